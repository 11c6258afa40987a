"""Letters to PDF: one file per letter, or one combined file (each letter on a new page).

Each PDF is painted into memory and then written atomically, so a cancelled or failed
export never leaves half a file, and an existing file is never overwritten (a new name
like ``... (2).pdf`` is chosen). Fonts are the shipped ones, embedded as subsets; the text
stays text (selectable, searchable, read by screen readers and ``pdftotext``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from advocate_app import __version__
from advocate_app.core.files import atomic_write_bytes
from advocate_app.core.models import Letter
from advocate_app.export.naming import (
    flush_to_disk,
    letter_path,
    write_atomic_unsynced,
    write_new_file,
)
from advocate_app.export.paper import paper_for
from advocate_app.export.progress import Progress, Ticker
from advocate_app.export.qt import ensure_gui_app
from advocate_app.export.render import Frame, Printable, layout_document, paint_items, set_paper

log = logging.getLogger(__name__)

PDF_RESOLUTION = 1200  # device units per inch: layout precision, not an image resolution


def _memory_writer() -> tuple[QByteArray, QBuffer, QPdfWriter]:
    """A ``QPdfWriter`` at our resolution writing into memory (its bytes, buffer, writer)."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    return data, buffer, writer


def render_pdf(
    paint: Callable[[QPagedPaintDevice], object], *, title: str = "", paper: str | None = "letter"
) -> bytes:
    """Run ``paint(writer)`` on an in-memory ``QPdfWriter`` and return the PDF bytes."""
    data, buffer, writer = _memory_writer()
    writer.setCreator(f"Advocate {__version__}")
    if title:
        writer.setTitle(title)
    if paper is not None:
        set_paper(writer, paper)
    paint(writer)
    del writer  # flushes the PDF trailer into the buffer
    buffer.close()
    return bytes(data.data())


def pdf_bytes(
    items: Sequence[Printable],
    *,
    paper: str = "letter",
    progress: Progress | None = None,
    ticker: Ticker | None = None,
    title: str = "",
    page_counts: list[int] | None = None,
) -> bytes:
    """Letters and cover sheets as one PDF document (each item starts a new page)."""
    return render_pdf(
        lambda w: paint_items(
            w, items, paper=paper, progress=progress, ticker=ticker, page_counts=page_counts
        ),
        title=title,
        paper=paper,
    )


def _title(letter: Letter) -> str:
    return f"Letter to {letter.member.role.title} {letter.member.last}: {letter.subject}".strip(
        ": "
    )


def write_pdf(letter: Letter, folder: Path, *, paper: str = "letter") -> Path:
    """One letter as ``folder/<safe name>.pdf``; returns the new file."""
    data = pdf_bytes([letter], paper=paper, title=_title(letter))
    path = letter_path(letter, Path(folder), "pdf")
    atomic_write_bytes(path, data)
    return path


def write_pdfs(
    letters: Sequence[Letter],
    folder: Path,
    *,
    paper: str = "letter",
    progress: Progress | None = None,
    writer_names: bool = False,
) -> list[Path]:
    """One PDF per letter. On cancel, the files already finished stay (they are whole).

    ``writer_names`` puts each writer's name in the file name (an event's letters).
    """
    ticker = Ticker(len(letters), progress)
    ticker.start()
    folder = Path(folder)
    paths: list[Path] = []
    try:
        for letter in letters:
            data = pdf_bytes([letter], paper=paper, title=_title(letter))
            path = letter_path(letter, folder, "pdf", writer=writer_names)
            write_atomic_unsynced(path, data)
            paths.append(path)
            ticker.step()
    finally:
        if paths:
            flush_to_disk()
    log.info("wrote %d letter PDFs", len(paths))
    return paths


def write_combined_pdf(
    items: Sequence[Printable],
    folder: Path,
    filename: str,
    *,
    paper: str = "letter",
    progress: Progress | None = None,
    ticker: Ticker | None = None,
    title: str = "",
) -> Path:
    """All ``items`` in one PDF ``folder/filename`` (made safe and unique); nothing on cancel."""
    data = pdf_bytes(items, paper=paper, progress=progress, ticker=ticker, title=title)
    stem = filename[:-4] if filename.lower().endswith(".pdf") else filename
    path = write_new_file(data, Path(folder), stem, "pdf")
    log.info("wrote a combined PDF of %d items", len(items))
    return path


def page_count(letter: Letter, *, paper: str = "letter") -> int:
    """How many pages ``letter`` prints on (the same layout as its PDF, ODT and DOCX).

    For the window's page count beside the "how personal" gauge and the CLI's two-page
    note; lays the letter out without painting (a few milliseconds).
    """
    _data, buffer, writer = _memory_writer()
    set_paper(writer, paper_for(paper).key)
    doc = layout_document(letter, writer, Frame.of(writer))
    count = doc.pageCount()
    del doc, writer
    buffer.close()
    return count
