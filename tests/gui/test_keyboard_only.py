"""A keyboard-only run: from an empty window to a saved PDF with Tab, Alt+letter mnemonics
and Enter, no mouse. Keys go to whatever has the focus, as a keyboard's do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import STORY

ALT = Qt.KeyboardModifier.AltModifier


def _focused() -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget is not None else ""


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifier)
    qtbot.wait(10)


def _type(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def test_from_an_empty_window_to_a_saved_pdf_without_a_mouse(
    qtbot, gui_services, make_window, tmp_path
) -> None:
    services = gui_services()
    services.settings.set("export.folder", str(tmp_path / "letters"))
    window = make_window(services)
    window.activateWindow()
    qtbot.waitUntil(lambda: _focused() == "Full name")  # the first field has the focus
    _type("Maria Lopez")

    for expected in ("Street address", "City", "State", "ZIP code"):  # Tab walks the form
        _key(qtbot, Qt.Key.Key_Tab)
        assert _focused() == expected
    _type("82001")
    _key(qtbot, Qt.Key.Key_Return)  # Enter in a field looks the person up
    qtbot.waitUntil(lambda: window.current_step() == 1)

    _key(qtbot, Qt.Key.Key_N, ALT)  # Alt+N: Next
    qtbot.waitUntil(lambda: window.current_step() == 2)
    _key(qtbot, Qt.Key.Key_Y, ALT)  # Alt+Y: "Your story, in your own words"
    assert _focused() == "Your story"
    _type(STORY)
    _key(qtbot, Qt.Key.Key_W, ALT)  # Alt+W: "Write my letters without a street address"
    assert _focused() == "Write my letters without a street address"
    qtbot.waitUntil(lambda: window.letter.tabs.count() == 3)

    _key(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: window.current_step() == 3)
    _key(qtbot, Qt.Key.Key_S, ALT)  # Alt+S: Save as PDF
    folder = tmp_path / "letters"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 3, timeout=20000)
    assert {e.channel for e in services.archive.entries()} == {"pdf"}
