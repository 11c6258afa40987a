#!/usr/bin/env python3
"""Screenshots of each step of the real app, offscreen, for the README (English and Spanish).

    python3 scripts/screenshots.py                      # docs/screenshots/{en,es}/*.png
    python3 scripts/screenshots.py --scale 2 --out /tmp/shots   # check 200 % scaling
    python3 scripts/screenshots.py --contrast --out /tmp/shots  # a high-contrast palette

The app runs exactly as a person gets it (``build_main_window``) in a temporary profile
(``scripts/screenshot_app.py``). Nothing reaches the internet: the public datasets are read
from the shared data folder (``--data``, default ``../shared/data`` beside the checkout), and
the Census geocoder and Congress.gov are answered by a stand-in on 127.0.0.1 with a recorded
answer. Each language/scale runs in its own process, because Qt reads the scale factor at
start.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from screenshot_app import PERSON, STORY, STORY_ES, shoot, start_app  # noqa: E402

WIDTH, HEIGHT = 1100, 780


def contrast_palette():  # noqa: ANN201 - a QPalette, made once the QApplication exists
    """Black, white and yellow, as a person with a high-contrast theme sees the app."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "black"),
        (roles.WindowText, "white"),
        (roles.Base, "black"),
        (roles.AlternateBase, "#1a1a1a"),
        (roles.Text, "white"),
        (roles.Button, "black"),
        (roles.ButtonText, "white"),
        (roles.BrightText, "yellow"),
        (roles.Light, "white"),
        (roles.Midlight, "#d0d0d0"),
        (roles.Mid, "#d0d0d0"),
        (roles.Dark, "white"),
        (roles.Shadow, "white"),
        (roles.Highlight, "yellow"),
        (roles.HighlightedText, "black"),
        (roles.Link, "cyan"),
        (roles.PlaceholderText, "#d0d0d0"),
        (roles.ToolTipBase, "black"),
        (roles.ToolTipText, "white"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#b0b0b0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#b0b0b0"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#b0b0b0"))
    return palette


def one_run(data: Path, out: Path, lang: str, contrast: bool, size: tuple[int, int]) -> None:
    # A folder as a person would see it (nothing is saved while taking screenshots).
    shot = start_app(
        data,
        lang=lang,
        size=size,
        settings={"export.folder": "/home/maria/Documents/Advocate letters"},
        palette=contrast_palette if contrast else None,
    )
    window = shot.window
    window.you.set_fields(**PERSON)
    shoot(window, out / "1-you.png")
    window.you.find.click()
    shoot(window, out / "2-members.png")
    window.go_next()
    window.letter.story.setPlainText(STORY_ES if lang == "es" else STORY)
    if lang == "es":  # a Spanish writer chooses "Carta en español"
        window.letter.spanish_letter.setChecked(True)
    window.letter.refresh()
    shoot(window, out / "3-letter.png")
    window.go_next()
    shoot(window, out / "4-send.png")
    # A split ZIP code, as a person who typed only their ZIP sees it.
    window.start_over()
    window.you.set_fields(name=PERSON["name"], zip="78704")
    window.you.find.click()
    shoot(window, out / "5-split-zip.png")
    window.open_settings("email")
    shoot(window.settings_dialog, out / "6-settings.png")
    window.settings_dialog.reject()
    shot.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("ADVOCATE_SHARED_DIR", REPO.parent / "shared")) / "data",
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", default="en,es", help="comma-separated language codes")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR for the run (2 = 200 %%)")
    parser.add_argument("--contrast", action="store_true", help="use a high-contrast palette")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size in logical pixels")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        width, height = (int(n) for n in args.size.lower().split("x"))
        one_run(args.data, args.out, args.lang, args.contrast, (width, height))
        return 0
    for lang in [code.strip() for code in args.lang.split(",") if code.strip()]:
        suffix = "" if args.scale == "1" else f"-{int(float(args.scale) * 100)}"
        suffix += "-contrast" if args.contrast else ""
        command = [
            sys.executable,
            __file__,
            "--one",
            "--data",
            str(args.data),
            "--out",
            str(args.out / f"{lang}{suffix}"),
            "--lang",
            lang,
            "--size",
            args.size,
        ]
        if args.contrast:
            command.append("--contrast")
        env = {**os.environ, "QT_SCALE_FACTOR": args.scale, "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run(command, check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
