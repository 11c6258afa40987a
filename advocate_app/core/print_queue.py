"""The event's print queue: letters kept in memory until the organizer prints them all.

Why memory only: the letters carry each participant's name and address, and event mode
promises nothing personal on the disk. The price is that quitting (which needs the
organizer's PIN, and warns while letters wait) or a crash loses the queue; the organizer
can print it at any time, not only at the end.

Printing the queue makes one batch with cover sheets per office (``export.batch``): the
GUI sends it to the printer stack by stack (``export.event_print.print_queue``), or
``export.event_print.write_batch_files`` writes it to a folder the organizer chose.

Printing goes one office's stack at a time, through a ``PrintRun``: the plan of stacks,
and which of them the print service took (with its job number). A stack's letters leave
the queue only once the printer took that stack, so when the printer fails after stack 7
of 12, stacks 8 to 12 stay queued and printing again resumes at stack 8 (same numbering on
the cover sheets), never reprinting 1 to 7. ``taken()`` hands every letter over and empties
the queue in one step (saving the batch as a PDF); ``put_back()`` returns them on failure.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from advocate_app.core.models import Letter, Office


@dataclass(frozen=True)
class QueuedLetter:
    letter: Letter
    office: Office | None  # where the paper goes (None: the letter's own inside address)


@dataclass
class PrintRun:
    """One printing of the queue, stack by stack (see the module doc)."""

    stacks: tuple[tuple[QueuedLetter, ...], ...]  # in print order; stack n is stacks[n - 1]
    plan: object = None  # the export layer's own description of the stacks (opaque here)
    printed: dict[int, int] = field(default_factory=dict)  # stack number -> print job number

    @property
    def total(self) -> int:
        return len(self.stacks)

    @property
    def next_stack(self) -> int:
        """The first stack not printed yet (1-based); ``total + 1`` when all went out."""
        return next((n for n in range(1, self.total + 1) if n not in self.printed), self.total + 1)

    @property
    def finished(self) -> bool:
        return len(self.printed) >= self.total

    def remaining(self) -> list[int]:
        return [n for n in range(1, self.total + 1) if n not in self.printed]


class PrintQueue:
    """A thread-safe list of letters waiting for paper."""

    def __init__(self) -> None:
        self._items: list[QueuedLetter] = []
        self._lock = threading.Lock()
        self._run: PrintRun | None = None

    def add(self, letter: Letter, office: Office | None = None) -> int:
        """Queue ``letter``; returns how many letters now wait."""
        with self._lock:
            self._items.append(QueuedLetter(letter, office))
            return len(self._items)

    def extend(self, letters: Iterable[Letter]) -> int:
        with self._lock:
            self._items.extend(QueuedLetter(letter, None) for letter in letters)
            return len(self._items)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __bool__(self) -> bool:
        return len(self) > 0

    def items(self) -> list[QueuedLetter]:
        with self._lock:
            return list(self._items)

    def routed(self) -> list[tuple[Letter, Office | None]]:
        """(letter, office) pairs, the input ``export.batch`` and ``plan.group_letters`` take."""
        return [(item.letter, item.office) for item in self.items()]

    def counts_by_member(self) -> dict[str, int]:
        """Letters waiting per member ("Senator Cruz (TX)": 3), for the organizer's view."""
        counts: Counter[str] = Counter()
        for item in self.items():
            member = item.letter.member
            counts[f"{member.role.title} {member.last} ({member.seat})"] += 1
        return dict(sorted(counts.items()))

    # --- printing stack by stack --------------------------------------------------------
    @property
    def run(self) -> PrintRun | None:
        """The printing that stopped part-way (resume it), or None."""
        with self._lock:
            return self._run

    def start_run(self, run: PrintRun) -> PrintRun:
        """Begin printing ``run`` (its stacks must hold queued letters only)."""
        with self._lock:
            queued = {id(item) for item in self._items}
            if any(id(item) not in queued for stack in run.stacks for item in stack):
                raise ValueError("a print run may only hold letters from the queue")
            self._run = run
            return run

    def stack_printed(self, run: PrintRun, number: int, job: int) -> None:
        """The print service took stack ``number``: its letters leave the queue for good."""
        with self._lock:
            run.printed[number] = job
            gone = {id(item) for item in run.stacks[number - 1]}
            self._items = [item for item in self._items if id(item) not in gone]
            if run.finished and self._run is run:
                self._run = None

    def unplanned(self) -> list[QueuedLetter]:
        """Queued letters that no unfinished run holds (queued after a failure)."""
        with self._lock:
            planned = {id(i) for stack in (self._run.stacks if self._run else ()) for i in stack}
            return [item for item in self._items if id(item) not in planned]

    def taken(self) -> list[QueuedLetter]:
        """Every queued letter, removed from the queue (the caller prints them)."""
        with self._lock:
            items, self._items, self._run = self._items, [], None
            return items

    def put_back(self, items: Iterable[QueuedLetter]) -> None:
        """Return letters whose printing failed, ahead of any queued since."""
        with self._lock:
            self._items[:0] = list(items)

    def clear(self) -> int:
        """Discard every letter (the organizer chose to); returns how many."""
        with self._lock:
            count = len(self._items)
            self._items, self._run = [], None
            return count
