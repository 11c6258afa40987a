"""Start-up loads and builds only what step 1 shows (issue 15: <= 1.3x a bare Qt window).

The later steps' pages, event mode's controller, the letter and export machinery and the
network and keyring libraries wait until the person needs them; so do the ~100 enums of
PySide's ``Qt`` namespace, which cost ~40 ms the first time any of them is used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

# Runs the real ``advocate`` start-up (gui/main.py) and reports what was loaded when the
# window had been painted, at the moment --quit-after-startup leaves (os._exit).
PROBE = """
import json, os, sys
leave = os._exit

def report(code):
    import PySide6.QtCore
    print(json.dumps({"modules": sorted(sys.modules), "qt_enums": "Qt" in vars(PySide6.QtCore)}))
    sys.stdout.flush()
    leave(code)

os._exit = report
from advocate_app.gui.main import main
main(["--quit-after-startup", "--profile", sys.argv[1]])
"""

NOT_AT_START_UP = (
    "advocate_app.gui.pages.members",
    "advocate_app.gui.pages.letter",
    "advocate_app.gui.pages.send",
    "advocate_app.gui.event.controller",
    "advocate_app.gui.settings_dialog",
    "advocate_app.core.models",  # the session needs it once letters are signed
    "advocate_app.core.letter_language",
    "datetime",
    "dataclasses",
    "advocate_app.export",
    "advocate_app.core.letters",
    "advocate_app.core.store",
    "jinja2",
    "requests",
    "keyring",
    "sqlite3",
    "email",
)


def test_start_up_loads_only_what_step_1_needs(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "profile")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert "advocate_app.gui.pages.you" in loaded["modules"]  # the probe saw the window
    early = [m for m in NOT_AT_START_UP if m in loaded["modules"]]
    assert early == []
    assert loaded["qt_enums"] is False  # step 1 sets Qt enum properties by name


def test_the_icon_is_set_once_the_window_is_painted(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths
    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner

    QApplication.setWindowIcon(QIcon())
    window = build_main_window(
        Services(AppPaths.for_profile(tmp_path / "profile")), runner=InlineRunner()
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert not QApplication.windowIcon().isNull()


def test_event_mode_is_built_only_for_an_event(qtbot, tmp_path) -> None:
    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths
    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner

    services = Services(AppPaths.for_profile(tmp_path / "profile"))
    window = build_main_window(services, runner=InlineRunner())
    qtbot.addWidget(window)
    assert window.event is None and window.ctx.event is None
    assert [window.built_page(step) is None for step in range(4)] == [False, True, True, True]
    letter = window.letter  # built when first needed, without leaving step 1
    assert window.built_page(2) is letter and window.current_step() == 0
    assert window.stack.count() == 4 and window.stack.widget(2) is letter
    menu = window.organizer.menu
    assert [a.text() for a in menu.actions() if a.text()][:2] == [
        "&Event mode…",
        "&Next participant",
    ]
    window.you.name.setText("Ana Writer")
    window.you.push()
    window.organizer.next_action.trigger()  # "Next participant" outside an event: a clean slate
    assert window.event is not None and window.ctx.event is window.event
    assert not window.event.active and not window.event.next_button.isVisibleTo(window)
    assert window.you.name.text() == "" and window.current_step() == 0

    services.event.start(name="Night", pin="123456")
    again = build_main_window(services, runner=InlineRunner())  # the laptop restarts mid-event
    qtbot.addWidget(again)
    assert again.event is not None
    qtbot.waitUntil(lambda: again.event.active and again.event.next_button.isVisibleTo(again))
    again.event._passes.add("quit")


def test_the_window_options_read_by_hand_match_argparse() -> None:
    from advocate_app.cli import _starts_window
    from advocate_app.gui.main import _parser, read_options

    cases = [
        [],
        ["--quit-after-startup", "--profile", "/tmp/p"],
        ["--profile=/tmp/p", "-v", "-style", "fusion"],
        ["--self-check", "--verbose"],
        ["--prof", "/tmp/p", "--quit"],  # abbreviations: argparse reads them
        ["-platform", "offscreen", "--profile", "/tmp/p"],
    ]
    for argv in cases:
        assert read_options(argv) == _parser().parse_known_args(argv), argv
    assert _starts_window(["--profile", "/tmp/p", "--quit-after-startup", "-v"])
    assert not _starts_window(["lookup", "--zip", "82001"])
    assert not _starts_window(["--profile", "/tmp/p", "--version"])
    assert not _starts_window(["--profile"])
    with pytest.raises(SystemExit):  # argparse's own message: "expected one argument"
        read_options(["--profile"])


def test_garbage_collection_waits_for_the_first_paint(qtbot, tmp_path) -> None:
    import gc

    from advocate_app.gui.main import _start, read_options

    args, qt_args = read_options(["--profile", str(tmp_path / "profile")])
    try:
        window, _app = _start(args, qt_args)
        qtbot.addWidget(window)
        assert not gc.isenabled()  # building the window: nothing to collect yet
        with qtbot.waitSignal(window.first_painted, timeout=5000):
            window.show()
        assert gc.isenabled()
    finally:
        gc.enable()
