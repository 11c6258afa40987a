"""The window's Print, through the preview's print action and Qt's print dialog, to CUPS.

The person's path: Send step → *Print* → the print preview → its print button → the print
dialog (accepted as it comes: the computer's default printer) → a job on the private CUPS
server → a PDF read back with poppler.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from tests.conftest import serve_census
from tests.export.conftest import pdf_info, pdf_text
from tests.gui.conftest import (  # noqa: F401 - fixtures
    AUSTIN,
    austin_answer,
    click,
    fill_you,
    gui_services,
    hooks,
    make_window,
)


@pytest.fixture
def window(cups, qtbot, httpserver, gui_services, make_window, tmp_path):  # noqa: F811
    serve_census(httpserver, {AUSTIN: austin_answer()})
    services = gui_services()
    services.settings.set("export.folder", str(tmp_path / "letters"))
    win = make_window(services)
    fill_you(qtbot, win)
    click(qtbot, win, "Find my representatives")
    click(qtbot, win, "Next")
    click(qtbot, win, "Next")
    assert len(win.send.checked_letters()) == 3
    yield win
    cups.lp("lpadmin", "-d", "Letters")


def print_from_preview(qtbot, window) -> str:
    """Press the preview's print button and accept the print dialog; returns its printer."""
    dialog = window.send.jobs.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    action = next(a for a in dialog.findChildren(QAction) if a.text().replace("&", "") == "Print")
    chosen: list[str] = []

    def accept_print_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is dialog:
            QTimer.singleShot(50, accept_print_dialog)
            return
        chosen.append(modal.printer().printerName())
        modal.accept()

    QTimer.singleShot(50, accept_print_dialog)
    action.trigger()
    qtbot.waitUntil(lambda: window.send.jobs.preview_dialog is None, timeout=30000)
    return chosen[0]


def test_print_from_the_preview_reaches_the_printer(qtbot, window, cups) -> None:
    click(qtbot, window, "Print")
    assert print_from_preview(qtbot, window) == "Letters"
    (path,) = cups.printed("Letters", 1)
    info = pdf_info(path)
    assert "(letter)" in info["Page size"] and int(info["Pages"]) >= 3
    text = pdf_text(path)
    order = [text.index(f"Dear {who}:") for who in
             ("Representative Doggett", "Senator Cornyn", "Senator Cruz")]  # fmt: skip
    assert order == sorted(order) and "Maria Lopez" in text
    archive = window.ctx.services.archive
    qtbot.waitUntil(lambda: len(archive.entries()) == 3)
    assert {e.channel for e in archive.entries()} == {"print"}


def test_an_a4_printer_is_named_and_the_letters_keep_their_paper(qtbot, window, cups) -> None:
    cups.lp("lpadmin", "-d", "LettersA4")
    click(qtbot, window, "Print")
    assert "This printer uses A4; your letters are set for US Letter." in window.banner.text
    assert print_from_preview(qtbot, window) == "LettersA4"
    (path,) = cups.printed("LettersA4", 1)
    assert "(letter)" in pdf_info(path)["Page size"]


def test_a4_letters_print_on_a4(qtbot, window, cups) -> None:
    window.ctx.services.settings.set("export.paper_size", "a4")
    cups.lp("lpadmin", "-d", "LettersA4")
    click(qtbot, window, "Print")
    assert "uses" not in window.banner.text  # printer and letters agree: nothing to say
    print_from_preview(qtbot, window)
    (path,) = cups.printed("LettersA4", 1)
    assert "(A4)" in pdf_info(path)["Page size"]
    assert pdf_info(path)["Pages"] == "3"  # each letter still fits one page


def test_a_paused_printer_offers_save_as_pdf(qtbot, window, cups, tmp_path) -> None:
    cups.pause("Letters", "Out of toner")
    click(qtbot, window, "Print")
    assert window.send.jobs.preview_dialog is None  # no preview that would print nowhere
    assert "The printer “Letters” is paused" in window.banner.text
    click(qtbot, window.banner, "Save as PDF")
    qtbot.waitUntil(lambda: len(list((tmp_path / "letters").glob("*.pdf"))) == 3)
    assert cups.pending("Letters") == []
    # "Choose another printer…" opens the preview, whose print dialog lists the others.
    click(qtbot, window, "Print")
    window.banner.action_button("Choose another printer…").click()
    qtbot.waitUntil(lambda: window.send.jobs.preview_dialog is not None)
    window.send.jobs.preview_dialog.reject()
    qtbot.waitUntil(lambda: window.send.jobs.preview_dialog is None)


def test_a_printer_that_refuses_the_job_loses_nothing(qtbot, window, cups, tmp_path) -> None:
    click(qtbot, window, "Print")
    cups.reject("Letters", "Maintenance")  # between the preview and the print button
    print_from_preview(qtbot, window)
    text = window.banner.text
    assert "Your letters were not printed" in text and "not accepting letters" in text
    assert window.ctx.services.archive.entries() == []
    click(qtbot, window.banner, "Save as PDF")
    qtbot.waitUntil(lambda: len(list((tmp_path / "letters").glob("*.pdf"))) == 3)
