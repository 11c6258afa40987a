"""The organizer's print queue dialog on a real CUPS printer, driven by accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from tests.export.conftest import pdf_info, pdf_text
from tests.gui.conftest import by_name, click
from tests.support.sample_letters import constituent, letter_for


@pytest.fixture
def ctx(services_factory):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.tasks import InlineRunner

    return AppContext(services_factory(), InlineRunner())


@pytest.fixture
def queue_dialog(qtbot, ctx, legislator_index, cups):
    from advocate_app.gui.event.queue_dialog import PrintQueueDialog

    mode = ctx.services.event
    mode.start(name="Eastside library letter night", pin="123456")
    for district in (10, 21, 35):
        rep = legislator_index.representative("TX", district)
        for name in ("Ana Zamora", "Bo Young"):
            mode.queue.add(letter_for(rep, who=constituent(name)), rep.dc_office)
    dialog = PrintQueueDialog(ctx, mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog, printer: str) -> None:
    combo = by_name(dialog, "Printer", QComboBox)
    combo.setCurrentIndex(combo.findData(printer))


def test_print_all_sends_one_job_per_stack(qtbot, ctx, queue_dialog, cups) -> None:
    combo = by_name(queue_dialog, "Printer", QComboBox)
    assert combo.currentData() == "Letters" and "(default)" in combo.currentText()
    assert "6 letter" in by_name(queue_dialog, "Letters waiting", QLabel).text()
    click(qtbot, queue_dialog, "Print all")
    assert queue_dialog.banner.kind == "success", queue_dialog.banner.text
    printed = queue_dialog.banner.text  # "6 letters printed, in 3 stacks." (%n plurals)
    assert "6 letter" in printed and "printed, in 3 stack" in printed
    printed = cups.printed("Letters", 3)
    for number, path in enumerate(printed, start=1):
        first = pdf_text(path, page=1)
        assert f"Stack {number} of 3" in first and "Eastside library letter night" in first
        assert pdf_info(path)["Pages"] == "3" and "(letter)" in pdf_info(path)["Page size"]
    assert len(ctx.services.event.queue) == 0
    assert ctx.services.tallies.total().deliveries == 6


def test_the_printers_own_paper_is_shown_beside_the_letters_paper(qtbot, queue_dialog, cups):
    paper = by_name(queue_dialog, "Paper", QLabel)
    assert "Your letters are set for US Letter" in paper.text()
    choose(queue_dialog, "LettersA4")
    assert "This printer uses A4; your letters are set for US Letter." in paper.text()
    click(qtbot, queue_dialog, "Print all")
    for path in cups.printed("LettersA4", 3):  # the letters' paper wins
        assert "(letter)" in pdf_info(path)["Page size"]
    assert by_name(queue_dialog, "Printer", QComboBox).currentData() == "LettersA4"  # kept


@pytest.mark.parametrize("trouble", ["pause", "reject"])
def test_a_printer_that_cannot_print_keeps_the_queue(qtbot, ctx, queue_dialog, cups, trouble):
    getattr(cups, trouble)("Letters")
    queue_dialog.load_printers()
    assert "cannot print right now" in by_name(queue_dialog, "Paper", QLabel).text()
    click(qtbot, queue_dialog, "Print all")
    banner = queue_dialog.banner
    assert banner.kind == "error"
    assert ("is paused" if trouble == "pause" else "not accepting letters") in banner.text
    assert "The other 6 letter" in banner.text and "still in the queue" in banner.text
    assert len(ctx.services.event.queue) == 6 and cups.outputs("Letters") == []
    assert ctx.services.tallies.total().deliveries == 0
    cups.ready("Letters")
    click(qtbot, queue_dialog, "Print all")
    assert queue_dialog.banner.kind == "success" and len(ctx.services.event.queue) == 0
    assert len(cups.printed("Letters", 3)) == 3


def test_a_printer_unplugged_mid_batch_resumes_on_another(
    qtbot, ctx, queue_dialog, cups, monkeypatch
):
    from advocate_app.export import event_print

    cups.add_queue("Borrowed")
    queue_dialog.load_printers()
    choose(queue_dialog, "Borrowed")
    real_send, sent = event_print.send_pdf, []

    def unplugged_after_the_first_stack(name, data, title, *, paper="letter"):
        if sent:
            cups.remove_queue("Borrowed")  # the real printer goes away; the real send fails
        sent.append(title)
        return real_send(name, data, title, paper=paper)

    monkeypatch.setattr(event_print, "send_pdf", unplugged_after_the_first_stack)
    click(qtbot, queue_dialog, "Print all")
    monkeypatch.setattr(event_print, "send_pdf", real_send)
    assert ctx.services.tallies.total().deliveries == 2
    assert "“Borrowed” is not there any more" in queue_dialog.banner.text
    assert "press “Print all” again to print from stack 2" in queue_dialog.banner.text
    summary = by_name(queue_dialog, "Letters waiting", QLabel).text()
    assert "4 letter" in summary and "resumes at stack 2 of 3" in summary
    assert by_name(queue_dialog, "Printer", QComboBox).currentData() == "Letters"
    click(qtbot, queue_dialog, "Print all")
    printed = cups.printed("Letters", 2)
    assert ["Stack 2 of 3" in pdf_text(p, page=1) for p in printed] == [True, False]
    assert "Stack 3 of 3" in pdf_text(printed[1], page=1)
    assert ctx.services.tallies.total().deliveries == 6
