"""The organizer's dialogs on their own: event set-up mistakes, the print queue's failure and
discard paths, the tallies window's filters, and no idle warning on an empty screen."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import by_name, click
from tests.support.sample_letters import constituent, letter_for


@pytest.fixture
def ctx(services_factory, tmp_path):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.tasks import InlineRunner

    return AppContext(services_factory(), InlineRunner())


def test_setup_dialog_reports_mistakes_and_turns_off_with_the_pin(qtbot, ctx):
    from advocate_app.gui.event.setup_dialog import EventSetupDialog

    mode = ctx.services.event
    dialog = EventSetupDialog(mode)
    qtbot.addWidget(dialog)
    by_name(dialog, "Event name", QLineEdit, visible=False).setText("Night")
    by_name(dialog, "Organizer PIN", QLineEdit, visible=False).setText("123456")
    by_name(dialog, "Repeat PIN", QLineEdit, visible=False).setText("124356")
    assert dialog.apply() is None and "not the same" in dialog.banner.text
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    dialog.routes["email_organizer"].setChecked(True)
    assert dialog.apply() is None
    assert (
        "at least 6 characters" in dialog.banner.text and "collection email" in dialog.banner.text
    )
    assert not mode.active and dialog.pin.text() == ""  # the PIN never lingers in a field
    dialog.pin.setText("123456")
    dialog.pin_again.setText("123456")
    dialog.email.setText("org@example.org")
    assert dialog.apply() is not None and mode.active
    wrong = EventSetupDialog(mode, pin="999999")
    qtbot.addWidget(wrong)
    assert wrong.stop.isVisibleTo(wrong) and not wrong.turn_off() and mode.active
    right = EventSetupDialog(mode, pin="123456")
    qtbot.addWidget(right)
    right.idle.setValue(7)
    assert right.apply().idle_minutes == 7.0  # changed without a new PIN
    again = EventSetupDialog(mode, pin="123456")
    qtbot.addWidget(again)
    assert again.turn_off() and not mode.active


def test_print_queue_failure_keeps_the_letters_and_discard_empties(
    qtbot, ctx, legislator_index, tmp_path
):
    from PySide6.QtGui import QPdfWriter

    from advocate_app.gui.event.queue_dialog import PrintQueueDialog

    mode = ctx.services.event
    mode.start(name="Night", pin="123456")
    rep = legislator_index.representative("TX", 37)
    for name in ("Ana Zamora", "Bo Young"):
        mode.queue.add(letter_for(rep, who=constituent(name)), rep.dc_office)
    dialog = PrintQueueDialog(ctx, mode)
    qtbot.addWidget(dialog)
    waiting = dialog.summary.text()  # "2 letters waiting." (or "letter(s)" without translators)
    assert "2 letter" in waiting and "waiting" in waiting and dialog.list.count() == 1
    broken = QPdfWriter(str(tmp_path / "no-such-folder" / "x.pdf"))  # cannot be opened
    assert dialog.print_to(broken) == 0
    assert len(mode.queue) == 2 and dialog.banner.kind == "error"
    assert dialog.save_pdf(tmp_path / "batch") == 2 and len(mode.queue) == 0
    assert len(list((tmp_path / "batch").glob("*.pdf"))) == 1
    assert ctx.services.tallies.total().deliveries == 2
    mode.queue.add(letter_for(rep))
    dialog.refresh()
    assert dialog.discard() == 1 and not dialog.print_button.isEnabled()


def test_tallies_window_filters(qtbot, ctx, legislator_index):
    from advocate_app.gui.tallies.window import TalliesWindow

    archive = ctx.services.archive
    rep = legislator_index.representative("TX", 37)
    senator = legislator_index.senators("TX")[0]
    archive.record(letter_for(rep), "pdf", when=datetime(2026, 10, 1, 12).timestamp())
    ctx.services.event.start(name="Night", pin="123456")
    archive.record(letter_for(senator), "print")
    archive.record(letter_for(rep, who=constituent("Bo Young")), "print")
    window = TalliesWindow(ctx, event="Night")
    qtbot.addWidget(window)
    assert window.event.currentText() == "Night"
    assert "2 letter" in window.total.text()
    assert dict(window.chart.rows) == {f"{senator.name} (TX)": 1, f"{rep.name} (TX-37)": 1}
    window.event.setCurrentIndex(0)  # all letters
    assert "3 letter" in window.total.text()
    window.limit.setChecked(True)
    window.since.setDate(date(2026, 9, 1))
    window.until.setDate(date(2026, 10, 31))
    assert window.total.text().startswith("1 letter") and window.table.rowCount() == 1
    window.since.setDate(date(2030, 1, 1))
    window.until.setDate(date(2030, 1, 2))
    assert window.total.text() == "No letters counted yet."
    assert not window.csv_button.isEnabled() and window.chart.rows == []


def test_no_idle_warning_on_an_empty_screen(qtbot, gui_services, make_window):
    services = gui_services()
    services.event.start(name="Night", pin="123456")
    window = make_window(services)
    controller = window.event
    qtbot.waitUntil(lambda: controller._filtering)  # event mode picked up at start-up
    controller.idle_ms = 50
    controller._restart_idle()
    qtbot.wait(300)
    assert controller.idle_warning is None and controller.idle_timer.isActive()
    controller._passes.add("quit")
    click(qtbot, window, "Next participant")
    assert window.banner.text == "Ready for the next participant."
