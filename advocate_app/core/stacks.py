"""The stacks an organizer carries to each office: letters grouped by office, in walking order.

Qt-free: the grouping is plain logic the CLI, the GUI and the tests share. Which office a
letter goes to is ``core.routing.choose_office``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from advocate_app.core.letter_conventions import constituency
from advocate_app.core.models import Chamber, Letter, Member, Office, Role
from advocate_app.core.routing import norm_place


@dataclass(frozen=True)
class BatchInfo:
    """What the cover sheets say about the batch."""

    campaign_id: str
    campaign_title: str = ""
    event_name: str = ""
    event_date: str = ""
    bill_label: str = ""
    organizer: str = ""


@dataclass(frozen=True)
class OfficeGroup:
    """One stack of letters for one member's office, with what its cover sheet prints."""

    member: Member
    office: Office | None
    letters: tuple[Letter, ...]
    info: BatchInfo
    index: int = 1  # 1-based position in the batch
    count_groups: int = 1

    @property
    def recipient(self) -> str:
        return f"The Honorable {self.member.name}"

    @property
    def seat_label(self) -> str:
        """Worded as the letters word it: "Representative for the 1st District of Colorado"."""
        member = self.member
        where = constituency(member)
        if member.chamber is Chamber.SENATE:
            return f"United States Senator for {where}"
        if member.role is Role.RESIDENT_COMMISSIONER:
            return f"Resident Commissioner for {where}"
        if member.role is Role.DELEGATE:
            return f"Delegate for {where}"
        if not member.district:
            return f"Representative for {where} (at large)"
        return f"Representative for {where} ({member.seat})"

    @property
    def bill_label(self) -> str:
        """The bill of this stack's letters (one chamber's), else the batch's."""
        labels = dict.fromkeys(letter.bill.label for letter in self.letters if letter.bill)
        return " / ".join(labels) or self.info.bill_label

    @property
    def office_lines(self) -> tuple[str, ...]:
        return self.office.postal_lines() if self.office else ()

    @property
    def office_phone(self) -> str:
        if self.office and self.office.phone:
            return self.office.phone
        return self.member.phone if self.office and self.office.kind == "dc" else ""


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """A natural sort key whose parts always compare: (0, n, "") for digits, (1, 0, s) for text.

    Bare ``int``/``str`` parts crashed the sort ("13th St." vs "Liberty St.": 13 < 'liberty').
    """
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p)
        for p in re.split(r"(\d+)", text.casefold())
        if p
    )


def office_sort_key(member: Member, office: Office | None) -> tuple:
    """Offices in walking order: state, city, then building/street name, then room number."""
    if office is None:
        return ("~", "", (), (), member.last.casefold(), member.bioguide)
    # The street line (the first starting with a number) orders offices along a street;
    # a building-name line like "Chase Tower" would not.
    lines = office.lines or ("",)
    first = next((line for line in lines if line[:1].isdigit()), lines[0])
    number, _, rest = first.partition(" ")
    if not any(ch.isdigit() for ch in number):
        number, rest = "", first
    return (
        office.state.upper(),
        norm_place(office.city),
        _natural(rest),
        _natural(number),
        member.last.casefold(),
        member.bioguide,
    )


def _writer_key(letter: Letter) -> tuple[str, str]:
    name = letter.constituent.name.strip()
    last = name.split()[-1].casefold() if name else ""
    return (last, name.casefold())


def group_letters(
    routed: Iterable[tuple[Letter, Office | None]], info: BatchInfo
) -> list[OfficeGroup]:
    """Stacks by (member, office), sorted by office; letters in a stack by writer's last name."""
    stacks: dict[tuple, tuple[Member, Office | None, list[Letter]]] = {}
    for letter, office in routed:
        key = (letter.member.bioguide, office)
        stacks.setdefault(key, (letter.member, office, []))[2].append(letter)
    ordered = sorted(stacks.values(), key=lambda s: office_sort_key(s[0], s[1]))
    total = len(ordered)
    return [
        OfficeGroup(member, office, tuple(sorted(letters, key=_writer_key)), info, i, total)
        for i, (member, office, letters) in enumerate(ordered, start=1)
    ]
