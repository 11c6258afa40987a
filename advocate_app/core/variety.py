"""Batches that do not read as form mail: varied talking points, and checks of what was made.

Offices log identical letters as one organized campaign and weigh them far less than a
constituent's own words (DOMAIN.md section 4). So in a batch each writer's letter carries a
different small subset of the campaign's talking points (unless the writer chose their own,
in the CSV's ``points`` column, or the organizer fixed them with ``--points``), and the batch
summary reports the share of letters holding the writer's own words and names each stack
whose letters are identical apart from the writers' names and addresses.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from advocate_app.core.models import Letter

DEFAULT_SIZES = (2, 1)  # talking points per letter: pairs first, then single points


def point_subsets(
    count: int, seed: str, sizes: Sequence[int] = DEFAULT_SIZES
) -> list[tuple[int, ...]]:
    """Every subset of ``count`` talking points of the given sizes, in a shuffled order that
    is the same for the same ``seed`` (the campaign id), so a rerun prints the same letters."""
    subsets: list[tuple[int, ...]] = []
    for size in sizes:
        if 0 < size <= count:
            group = list(combinations(range(count), size))
            random.Random(f"{seed}:{size}").shuffle(group)
            subsets.extend(group)
    return subsets or [tuple(range(count))]


def points_for_writer(index: int, subsets: Sequence[tuple[int, ...]]) -> tuple[int, ...]:
    """The ``index``-th writer's points: the subsets in turn, so neighbours differ."""
    return subsets[index % len(subsets)]


@dataclass(frozen=True)
class SameStack:
    """A stack to one office whose letters are identical apart from the writers' details."""

    index: int  # the stack's number in the batch
    recipient: str
    letters: int  # how many identical letters


def _skeleton(letter: Letter) -> str:
    """The body with the writer's own details blanked: what is left is what repeats."""
    body = letter.body
    who = letter.constituent
    address = who.address
    for detail in sorted(
        {who.name, who.email, address.street, address.city, address.zip, address.state,
         who.name.split(" ")[0] if who.name else ""} - {""},
        key=len,
        reverse=True,
    ):  # fmt: skip
        body = body.replace(detail, "\x00")
    return re.sub(r"\s+", " ", body).strip()


def identical_stacks(groups: Sequence[object]) -> list[SameStack]:
    """Stacks (``OfficeGroup``-like: index, recipient, letters) holding two or more letters
    that are the same apart from names and addresses."""
    found: list[SameStack] = []
    for group in groups:
        letters: Sequence[Letter] = group.letters  # type: ignore[attr-defined]
        if len(letters) < 2:
            continue
        counts: dict[str, int] = {}
        for letter in letters:
            key = _skeleton(letter)
            counts[key] = counts.get(key, 0) + 1
        same = max(counts.values())
        if same >= 2:
            found.append(SameStack(group.index, group.recipient, same))  # type: ignore[attr-defined]
    return found


def own_words_share(stories: Sequence[str]) -> float:
    """Share (0..1) of letters carrying the writer's own words (a story)."""
    if not stories:
        return 0.0
    return sum(1 for s in stories if s.strip()) / len(stories)
