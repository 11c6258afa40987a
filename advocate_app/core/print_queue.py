"""The event's print queue: letters kept in memory until the organizer prints them all.

Why memory only: the letters carry each participant's name and address, and event mode
promises nothing personal on the disk. The price is that quitting (which needs the
organizer's PIN, and warns while letters wait) or a crash loses the queue; the organizer
can print it at any time, not only at the end.

Printing the queue makes one batch with cover sheets per office (``export.batch``): the
GUI paints it on the printer, or ``export.event_print.write_batch_files`` writes it to a folder
the organizer chose. ``taken()`` hands the letters over and empties the queue in one step,
so a letter is never printed twice; ``put_back()`` returns them when printing failed.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from advocate_app.core.models import Letter, Office


@dataclass(frozen=True)
class QueuedLetter:
    letter: Letter
    office: Office | None  # where the paper goes (None: the letter's own inside address)


class PrintQueue:
    """A thread-safe list of letters waiting for paper."""

    def __init__(self) -> None:
        self._items: list[QueuedLetter] = []
        self._lock = threading.Lock()

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

    def taken(self) -> list[QueuedLetter]:
        """Every queued letter, removed from the queue (the caller prints them)."""
        with self._lock:
            items, self._items = self._items, []
            return items

    def put_back(self, items: Iterable[QueuedLetter]) -> None:
        """Return letters whose printing failed, ahead of any queued since."""
        with self._lock:
            self._items[:0] = list(items)

    def clear(self) -> int:
        """Discard every letter (the organizer chose to); returns how many."""
        with self._lock:
            count = len(self._items)
            self._items = []
            return count
