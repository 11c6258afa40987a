"""Issue 19, the event's campaign and its print queue: the organizer picks the campaign (and
the talking points offered) at set-up and participants cannot change it; "Discard all" asks
first, says how many letters would be lost, and offers Save as PDF instead; the banners of
an event go when the event does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import by_name, click
from tests.support.sample_letters import constituent, letter_for

PIN = "735146"


@pytest.fixture
def ctx(services_factory):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.tasks import InlineRunner

    return AppContext(services_factory(), InlineRunner())


@pytest.fixture
def english_plurals():
    from advocate_app.gui import i18n

    i18n.install_translators("en")
    yield
    app = QApplication.instance()
    for translator in i18n._installed:  # noqa: SLF001 - leave no translator for other tests
        app.removeTranslator(translator)
    i18n._installed.clear()  # noqa: SLF001


def _queue_dialog(qtbot, ctx, legislator_index, names):
    from advocate_app.gui.event.queue_dialog import PrintQueueDialog

    mode = ctx.services.event
    mode.start(name="Night", pin=PIN)
    rep = legislator_index.representative("TX", 37)
    for name in names:
        mode.queue.add(letter_for(rep, who=constituent(name)), rep.dc_office)
    dialog = PrintQueueDialog(ctx, mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return mode, dialog


def test_discard_all_asks_first_and_cancel_keeps_the_letters(
    qtbot, ctx, legislator_index, english_plurals
):
    mode, dialog = _queue_dialog(qtbot, ctx, legislator_index, ["Ana Zamora", "Bo Young", "Cy Ward"])
    assert "3 letters waiting" in by_name(dialog, "Letters waiting").text()
    click(qtbot, dialog, "Discard all")
    box = dialog.confirm
    assert isinstance(box, QMessageBox) and box.accessibleName() == "Discard all letters?"
    assert "Discard 3 letters?" in box.text() and "only copy" in box.text()
    assert len(mode.queue) == 3  # nothing gone while it asks
    click(qtbot, box, "Keep the letters")
    assert len(mode.queue) == 3 and dialog.confirm is None

    click(qtbot, dialog, "Discard all")
    click(qtbot, dialog.confirm, "Discard the letters")
    assert len(mode.queue) == 0 and "3 letters discarded" in dialog.banner.text
    assert not dialog.discard_button.isEnabled()


def test_discard_offers_save_as_pdf_instead(qtbot, ctx, legislator_index, english_plurals, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    mode, dialog = _queue_dialog(qtbot, ctx, legislator_index, ["Ana Zamora"])
    click(qtbot, dialog, "Discard all")
    assert "Discard 1 letter?" in dialog.confirm.text()  # the singular
    click(qtbot, dialog.confirm, "Save as PDF instead")
    chooser = [d for d in dialog.findChildren(QFileDialog) if d.isVisible()]
    assert len(chooser) == 1 and len(mode.queue) == 1  # the folder is asked for; nothing lost
    chooser[0].fileSelected.emit(str(tmp_path))
    assert len(mode.queue) == 0 and len(list(tmp_path.glob("*.pdf"))) == 1
    assert ctx.services.tallies.total().deliveries == 1  # printed to PDF, not discarded
    chooser[0].reject()
