#!/usr/bin/env python3
"""Screenshots of the campaign editor's Paragraphs view and the New campaign wizard, for
the README's organizer section (offscreen, in a temporary profile, no network).

    python3 scripts/editor_screenshots.py              # docs/screenshots/en/7-*.png, 8-*.png
    python3 scripts/editor_screenshots.py --out /tmp/shots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def settle(app, rounds: int = 20) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "en")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox

    app = QApplication([])
    from advocate_app.app import Services
    from advocate_app.core.new_campaign import NewCampaignAnswers
    from advocate_app.core.paths import AppPaths
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.editor.window import CampaignEditor
    from advocate_app.gui.tasks import InlineRunner

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="advocate-shots-") as tmp:
        services = Services(AppPaths.for_profile(Path(tmp)))
        ctx = AppContext(services, InlineRunner(), today=lambda: date(2026, 11, 25))
        editor = CampaignEditor(ctx)
        editor.confirm_discard = lambda: True
        editor.resize(1400, 900)
        editor.show()
        wizard = editor.new_campaign_wizard()
        wizard.resize(720, 520)
        fill = {"Campaign title": "Kids Online Safety Act", "House bill number": 7757,
                "Senate bill number": 1748}  # fmt: skip
        for widget in wizard.findChildren(QLineEdit) + wizard.findChildren(QSpinBox):
            if widget.accessibleName() in fill:
                value = fill[widget.accessibleName()]
                widget.setValue(value) if isinstance(widget, QSpinBox) else widget.setText(value)
        settle(app)
        wizard.grab().save(str(args.out / "8-new-campaign.png"))
        wizard.next()
        wizard.next()
        points = ["Children deserve apps and sites designed with their safety in mind.",
                  "Parents need tools that work, and the default settings should be the safe ones.",
                  "Platforms should answer for the harm their designs cause to kids."]  # fmt: skip
        for edit in wizard.findChildren(QPlainTextEdit):
            if edit.accessibleName().startswith("Talking point "):
                number = int(edit.accessibleName().rsplit(" ", 1)[1])
                if number <= len(points):
                    edit.setPlainText(points[number - 1])
        settle(app)
        answers = wizard.answers()
        wizard.reject()
        editor.start_campaign(NewCampaignAnswers(**{**answers.__dict__}))
        editor.banner.hide()
        settle(app, 30)
        editor.grab().save(str(args.out / "7-campaign-editor.png"))
    print(f"wrote {args.out / '7-campaign-editor.png'} and {args.out / '8-new-campaign.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
