"""Printing: the GUI hands a QPrinter (from QPrintDialog / QPrintPreviewDialog) to paint_letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocate_app.export.render import paint_letters
from tests.export.conftest import make_letter, pdf_info, pdf_text


@pytest.fixture
def printer_to(qapp):
    QtPrintSupport = pytest.importorskip("PySide6.QtPrintSupport")  # noqa: N806

    def build(path: Path, size_id=None):
        from PySide6.QtGui import QPageSize

        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if size_id is not None:
            printer.setPageSize(QPageSize(size_id))
        return printer

    return build


def test_printer_keeps_the_paper_the_person_chose(
    tmp_path: Path, printer_to, legislator_index
) -> None:
    from PySide6.QtGui import QPageSize

    printer = printer_to(tmp_path / "a4.pdf", QPageSize.PageSizeId.A4)
    letters = [make_letter(m, paragraphs=12) for m in legislator_index.senators("TX")]
    pages = paint_letters(printer, letters)  # paper=None: as chosen in the dialog
    assert pages == 4
    info = pdf_info(tmp_path / "a4.pdf")
    assert info["Pages"] == "4" and "(A4)" in info["Page size"]
    text = pdf_text(tmp_path / "a4.pdf", layout=True).split("\f")
    assert "Page 2" in text[1].splitlines()[0] and "Dear Senator Cruz:" in text[2]


def test_paper_argument_overrides_the_printer(tmp_path: Path, printer_to, legislator_index) -> None:
    from PySide6.QtGui import QPageSize

    printer = printer_to(tmp_path / "letter.pdf", QPageSize.PageSizeId.A4)
    paint_letters(printer, [make_letter(legislator_index.representative("WY", 0))], paper="letter")
    assert "(letter)" in pdf_info(tmp_path / "letter.pdf")["Page size"]


def test_print_preview_style_callback_matches_the_pdf(
    tmp_path: Path, printer_to, legislator_index
) -> None:
    """What QPrintPreviewDialog.paintRequested would do, twice on the same letters."""
    from advocate_app.export.pdf import write_pdf

    letter = make_letter(legislator_index.representative("PR", 0))
    printer = printer_to(tmp_path / "printed.pdf")
    paint_letters(printer, [letter], paper="letter")
    exported = write_pdf(letter, tmp_path / "pdf")
    assert pdf_text(tmp_path / "printed.pdf", layout=True) == pdf_text(exported, layout=True)
