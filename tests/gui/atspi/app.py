"""The real window on an X display, for tests/gui/test_atspi.py (run as its own process).

It shows step 1 with a person's details typed in and prints ``STEP 0``; each line read on
stdin moves it one step on (the lookup, then Next twice) and it prints ``STEP n`` once the
step is on screen; ``quit`` ends it. The profile (with the data) and the services' addresses
come from the environment, as for ``advocate`` itself.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from advocate_app.app import Services
from advocate_app.core.paths import AppPaths
from advocate_app.gui.build import build_main_window
from advocate_app.gui.tasks import InlineRunner

APP_NAME = "advocate-atspi-test"
SETTLE_MS = 600  # layout and the accessibility bridge catch up before the reader looks
STORY = "I coach girls' soccer in Cheyenne and I have seen what these apps do to children."


def named(window: QWidget, name: str, kind: type = QWidget) -> QWidget:
    """The visible widget with this accessible name (found as the window's tests find it)."""
    found = [w for w in window.findChildren(kind) if w.accessibleName() == name and w.isVisible()]
    if len(found) != 1:
        raise SystemExit(f"{len(found)} visible widgets named {name!r}")
    return found[0]


def main() -> int:
    from advocate_app.gui.main import ensure_app

    app = ensure_app()
    app.setApplicationName(APP_NAME)
    services = Services(AppPaths.for_profile(os.environ["ADVOCATE_PROFILE"]))
    window = build_main_window(
        services, runner=InlineRunner(), url_opener=lambda _u: True, clipboard=lambda _t: None
    )
    window.auto_data_check = False
    window.resize(1100, 760)
    window.show()
    app.processEvents()
    named(window, "Full name", QLineEdit).setText("Maria Lopez")
    named(window, "ZIP code", QLineEdit).setText("82001")
    state = named(window, "State", QComboBox)
    state.setCurrentIndex(max(0, state.findData("WY")))

    def announce() -> None:
        print(f"STEP {window.current_step()}", flush=True)

    def advance() -> None:
        line = sys.stdin.readline().strip()
        if line in ("quit", ""):
            app.quit()
            return
        if window.current_step() == 0:
            named(window, "Find my representatives", QAbstractButton).click()
        else:
            named(window, "Next", QAbstractButton).click()
            if window.current_step() == 2:
                named(window, "Your story", QPlainTextEdit).setPlainText(STORY)
                # A ZIP code alone: letters are written once the writer confirms (issue 13).
                named(window, "Write my letters without a street address", QAbstractButton).click()
        QTimer.singleShot(SETTLE_MS, announce)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(advance)
    QTimer.singleShot(SETTLE_MS, announce)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
