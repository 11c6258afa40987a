"""Printing an event's queue as one batch: a cover sheet per office, then its letters.

The queue (``core/print_queue.py``) lives in memory. ``print_queue`` sends it to a printer
through the system's print service, one office's stack (cover sheet and letters) per print
job, rendered in memory (no file at all); each stack leaves the queue only when the print
service took it, so a printer that fails part-way loses nothing and printing again resumes
at the first stack that did not go out. ``paint_batch`` paints the whole batch on a Qt
printer (where there is no CUPS), and ``write_batch_files`` writes the batch files into a
folder the organizer chose (``export.batch.write_batch``: letters PDF and delivery list).
Either way the letters come in walking order, each office's stack behind its cover sheet
(``core.stacks``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.print_queue import PrintQueue, PrintRun, QueuedLetter
from advocate_app.core.printers import PrintFailed, send_pdf
from advocate_app.core.stacks import BatchInfo, OfficeGroup, group_letters
from advocate_app.export.batch import BatchResult, ordered_items, write_batch
from advocate_app.export.pdf import pdf_bytes
from advocate_app.export.render import Printable, paint_items

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from advocate_app.core.models import Letter, Office
    from advocate_app.export.progress import Progress

log = logging.getLogger(__name__)

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


# --- printing stack by stack through the print service --------------------------------------
@dataclass
class PrintOutcome:
    """What one press of "Print" did: stacks and letters that went out, and why it stopped."""

    total_stacks: int = 0
    stacks: list[int] = field(default_factory=list)  # stack numbers printed now, in order
    jobs: list[int] = field(default_factory=list)  # the print service's job numbers
    letters: list[QueuedLetter] = field(default_factory=list)
    failed: str = ""  # the reason printing stopped, in plain words ("" = all printed)
    waiting: int = 0  # letters still in the queue afterwards

    @property
    def ok(self) -> bool:
        return not self.failed


def plan_run(queue: PrintQueue, info: BatchInfo) -> PrintRun:
    """The stacks (office groups in walking order) of the queued letters no run holds yet."""
    items = queue.unplanned()
    by_letter = {id(item.letter): item for item in items}
    groups = group_letters([(item.letter, item.office) for item in items], info)
    stacks = tuple(tuple(by_letter[id(letter)] for letter in group.letters) for group in groups)
    return PrintRun(stacks, plan=tuple(groups))


def print_queue(
    queue: PrintQueue,
    info: BatchInfo,
    printer: str | None,
    *,
    paper: str = "letter",
    on_stack: Callable[[int, int], object] | None = None,
) -> PrintOutcome:
    """Print the queue on ``printer`` (None: the default) one stack per job; see module doc.

    Resumes an earlier run that stopped part-way (its stacks keep their numbers), then
    prints letters queued since. Never raises for printer trouble: ``outcome.failed`` says
    what went wrong and every letter not printed is still in the queue. ``on_stack(n,
    total)`` is called after stack ``n`` went out.
    """
    outcome = PrintOutcome()
    while not outcome.failed:
        run = queue.run
        if run is None:
            if not queue.unplanned():
                break
            run = queue.start_run(plan_run(queue, info))
        outcome.total_stacks = run.total
        groups: tuple[OfficeGroup, ...] = run.plan  # type: ignore[assignment]
        for number in run.remaining():
            group = groups[number - 1]
            title = f"Stack {number} of {run.total}: {group.recipient}"
            try:
                data = pdf_bytes([group, *group.letters], paper=paper, title=title)
                job = send_pdf(printer, data, title, paper=paper)
            except PrintFailed as exc:
                outcome.failed = str(exc)
            except (OSError, ValueError) as exc:
                outcome.failed = f"Stack {number} could not be prepared for printing: {exc}"
            if outcome.failed:
                log.warning("printing stopped at stack %d of %d", number, run.total)
                break
            queue.stack_printed(run, number, job)
            outcome.stacks.append(number)
            outcome.jobs.append(job)
            outcome.letters.extend(run.stacks[number - 1])
            if on_stack is not None:
                on_stack(number, run.total)
    outcome.waiting = len(queue)
    return outcome
