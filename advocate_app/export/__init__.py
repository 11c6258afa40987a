"""Paper and files: letters to PDF, ODT, DOCX and text; print; envelopes, labels, batches.

May use QtGui / QtPrintSupport (an offscreen ``QGuiApplication`` is enough), never
QtWidgets. ``export_letter`` is the one entry point the CLI and GUI call for a single
letter; the format modules are imported lazily so text (and DOCX) export needs no Qt.

Other entry points (see each module): ``pdf.write_pdfs`` / ``pdf.write_combined_pdf``
(many letters), ``render.paint_letters`` (QPrinter, print preview), ``labels.write_envelopes``
/ ``labels.write_labels``, ``batch.write_batch`` (hand delivery sorted by office).
"""

from __future__ import annotations

from pathlib import Path

from advocate_app.core.models import Letter

FORMATS: tuple[str, ...] = ("pdf", "odt", "docx", "txt")


def export_letter(letter: Letter, fmt: str, folder: Path, *, paper: str = "letter") -> Path:
    """Write ``letter`` into ``folder`` as ``fmt``; returns the new file (never overwrites).

    ``paper`` ("letter" or "a4") applies to pdf, odt and docx. Raises ``ValueError`` for an
    unknown format and ``InputProblem`` for an unknown paper size.
    """
    fmt = (fmt or "").strip().lower().lstrip(".")
    folder = Path(folder)
    if fmt == "txt":
        from advocate_app.export.text import write_text

        return write_text(letter, folder)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    from advocate_app.export.paper import paper_for

    paper = paper_for(paper).key
    if fmt == "pdf":
        from advocate_app.export.pdf import write_pdf

        return write_pdf(letter, folder, paper=paper)
    if fmt == "odt":
        from advocate_app.export.odt import write_odt

        return write_odt(letter, folder, paper=paper)
    from advocate_app.export.word import write_docx

    return write_docx(letter, folder, paper=paper)
