#!/usr/bin/env python3
"""Screenshots of each step of the real app, offscreen, for the README (English and Spanish).

    python3 scripts/screenshots.py                      # docs/screenshots/{en,es}/*.png
    python3 scripts/screenshots.py --scale 2 --out /tmp/shots   # check 200 % scaling
    python3 scripts/screenshots.py --contrast --out /tmp/shots  # a high-contrast palette

The app runs exactly as a person gets it (``build_main_window``) in a temporary profile.
Nothing reaches the internet: the public datasets are read from the shared data folder
(``--data``, default ``../shared/data`` beside the checkout), and the Census geocoder and
Congress.gov are answered by a stand-in on 127.0.0.1 with a recorded answer. Each
language/scale runs in its own process, because Qt reads the scale factor at start.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

WIDTH, HEIGHT = 1100, 780
PERSON = {
    "name": "Maria Lopez",
    "street": "1100 Congress Ave",
    "city": "Austin",
    "state": "TX",
    "zip": "78701",
    "email": "maria@example.org",
}
STORY_ES = (
    "Entreno a un equipo de fútbol de niñas en Austin y he visto lo que estas aplicaciones "
    "les hacen. Los padres necesitan que las empresas respondan."
)
STORY = (
    "I teach ninth grade in Austin. Last year one of my students was targeted on an app "
    "she used every day, and the company took weeks to answer our reports. Please help "
    "make platforms answer for what happens on them."
)
BILL_ANSWER = {
    "bill": {
        "title": "STOP CSAM Act of 2025",
        "sponsors": [],
        "latestAction": {
            "actionDate": "2025-06-11",
            "text": "Referred to the Committee on the Judiciary.",
        },
    }
}


def _serve(census_file: Path) -> ThreadingHTTPServer:
    answer = census_file.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            if parts.path.endswith("/onelineaddress"):
                body = answer
            elif parts.path.endswith("/cosponsors"):
                body = json.dumps({"cosponsors": [], "pagination": {"count": 0}}).encode()
            elif "/bill/" in parts.path:
                body = json.dumps(BILL_ANSWER).encode()
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _shoot(widget, path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)


def one_run(data: Path, out: Path, lang: str, contrast: bool, size: tuple[int, int]) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    server = _serve(
        data / "fixtures" / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
    )
    base = f"http://127.0.0.1:{server.server_address[1]}"
    profile = Path(tempfile.mkdtemp(prefix="advocate-shots-"))
    env = {
        **os.environ,
        "ADVOCATE_LEGISLATORS_URL": str(data / "congress-legislators") + os.sep,
        "ADVOCATE_ZIP_CROSSWALK_URL": str(data / "zip-to-district" / "zccd.csv"),
        "ADVOCATE_CENSUS_URL": base + "/geocoder",
        "ADVOCATE_CONGRESS_API_URL": base + "/congress",
    }
    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths
    from advocate_app.gui.build import build_main_window, ensure_app
    from advocate_app.gui.tasks import InlineRunner

    services = Services(AppPaths.for_profile(profile), env=env)
    services.settings.set("ui.language", lang)
    # A folder as a person would see it (nothing is saved while taking screenshots).
    services.settings.set("export.folder", "/home/maria/Documents/Advocate letters")
    services.datasets.update_all()
    app = ensure_app()
    app.setStyle("Fusion")
    if contrast:
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
        app.setPalette(palette)
    window = build_main_window(
        services, runner=InlineRunner(), url_opener=lambda _u: True, clipboard=lambda _t: None
    )
    window.auto_data_check = False
    window.resize(*size)
    window.show()
    window.you.set_fields(**PERSON)
    _shoot(window, out / "1-you.png")
    window.you.find.click()
    _shoot(window, out / "2-members.png")
    window.go_next()
    window.letter.story.setPlainText(STORY_ES if lang == "es" else STORY)
    if lang == "es":  # a Spanish writer chooses "Carta en español"
        window.letter.spanish_letter.setChecked(True)
    window.letter.refresh()
    _shoot(window, out / "3-letter.png")
    window.go_next()
    _shoot(window, out / "4-send.png")
    # A split ZIP code, as a person who typed only their ZIP sees it.
    window.start_over()
    window.you.set_fields(name=PERSON["name"], zip="78704")
    window.you.find.click()
    _shoot(window, out / "5-split-zip.png")
    window.open_settings("email")
    _shoot(window.settings_dialog, out / "6-settings.png")
    window.settings_dialog.reject()
    window.close()
    server.shutdown()


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
