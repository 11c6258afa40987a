"""Printing an event's queue as one batch: a cover sheet per office, then its letters.

The queue (``core/print_queue.py``) lives in memory; this paints it straight onto the
printer (no file at all), or writes the batch files into a folder the organizer chose
(``export.batch.write_batch``: letters PDF and delivery list). Either way the letters come
in walking order, each office's stack behind its cover sheet (``core.stacks``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.stacks import BatchInfo, group_letters
from advocate_app.export.batch import BatchResult, ordered_items, write_batch
from advocate_app.export.render import Printable, paint_items

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from advocate_app.core.models import Letter, Office
    from advocate_app.export.progress import Progress

Routed = Sequence[tuple["Letter", "Office | None"]]


def batch_items(routed: Routed, info: BatchInfo) -> list[Printable]:
    """Cover sheets and letters in print order."""
    return ordered_items(group_letters(routed, info))


def paint_batch(
    device: QPagedPaintDevice,
    routed: Routed,
    info: BatchInfo,
    *,
    paper: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Paint the whole queue on ``device`` (a QPrinter); returns the pages painted."""
    if not routed:
        raise ValueError("the print queue is empty")
    return paint_items(device, batch_items(routed, info), paper=paper, progress=progress)


def write_batch_files(
    routed: Routed, info: BatchInfo, folder: Path, *, paper: str = "letter",
    progress: Progress | None = None,
) -> BatchResult:  # fmt: skip
    """The queue as batch files in ``folder`` (the organizer's choice, never a default)."""
    return write_batch(routed, info, Path(folder), paper=paper, progress=progress)
