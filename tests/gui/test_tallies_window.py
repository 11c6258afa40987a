"""The Tallies window (issue 19): a Close button, Esc and Ctrl+W close it, and its total
uses Qt's plural forms in English and Spanish ("1 letter", "2 cartas")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent
from tests.gui.conftest import by_name

TODAY = date(2026, 11, 25)


@pytest.fixture
def plurals():
    """Install a language's translators for one test, then take them away again."""
    from advocate_app.gui import i18n

    def install(code: str) -> None:
        i18n.install_translators(code)

    yield install
    app = QApplication.instance()
    for translator in i18n._installed:  # noqa: SLF001 - leave no translator for other tests
        app.removeTranslator(translator)
    i18n._installed.clear()  # noqa: SLF001


@pytest.fixture
def tallies(qtbot, services_factory, legislator_index):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.tallies.window import TalliesWindow
    from advocate_app.gui.tasks import InlineRunner

    services = services_factory()
    campaign = services.campaigns.find("stop-csam-2025")
    person = Constituent("Ana Writer", Address("1100 Congress Ave", "Austin", "TX", "78701"))
    letter = compose_letter(
        campaign, person, legislator_index.representative("TX", 37), today=TODAY
    )
    services.tallies.record(letter, "print", event_name="")
    ctx = AppContext(services, InlineRunner(), today=lambda: TODAY)

    def make() -> TalliesWindow:
        window = TalliesWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.mark.parametrize("how", ["button", "Escape", "Ctrl+W"])
def test_the_window_closes_with_a_button_esc_and_ctrl_w(qtbot, tallies, how):
    window = tallies()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.table.setFocus()
    if how == "button":
        qtbot.mouseClick(by_name(window, "Close", QPushButton), Qt.MouseButton.LeftButton)
    elif how == "Escape":
        qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(window.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_total_uses_plural_forms(qtbot, tallies, plurals):
    plurals("en")
    window = tallies()
    assert by_name(window, "Total", QLabel).text() == "1 letter, sent or printed 1 time."
    translate = QCoreApplication.translate
    assert translate("TalliesWindow", "%n letter(s)", "tally total", 2) == "2 letters"
    plurals("es")
    assert translate("TalliesWindow", "%n letter(s)", "tally total", 1) == "1 carta"
    assert translate("TalliesWindow", "%n time(s)", "tally total", 3) == "3 veces"
    window.refresh()
    assert by_name(window, "Total", QLabel).text() == "1 carta, enviadas o impresas 1 vez."
