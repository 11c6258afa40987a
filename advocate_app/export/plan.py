"""Where each paper letter goes, and the stacks an organizer carries to each office.

Qt-free: the routing rule and the grouping are plain logic the CLI, the GUI and the tests
share. Advocacy guides advise paper to the district office (DC mail is screened off-site
for weeks), so ``route="district"`` picks the member's district office nearest the writer:

1. If a location for the writer is known (``locate(constituent) -> (lat, lon)``, e.g. a ZIP
   centroid table), the district office with coordinates nearest to it (great circle).
2. Otherwise an office in the writer's city and state (the one in the writer's ZIP first).
3. Otherwise an office sharing the writer's 3-digit ZIP prefix (the same USPS sectional
   centre, so the same area), numerically closest ZIP first.
4. Otherwise the office in the writer's state with the numerically closest ZIP, then the
   member's first district office.
5. A member with no district office on file gets the DC office.

``route="dc"`` always uses the DC office.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from advocate_app.core.errors import InputProblem
from advocate_app.core.lookup.geography import state_name
from advocate_app.core.messages import Message
from advocate_app.core.models import Chamber, Constituent, Letter, Member, Office, Role

ROUTES = ("dc", "district")
Locate = Callable[[Constituent], "tuple[float, float] | None"]


@dataclass(frozen=True)
class BatchInfo:
    """What the cover sheets say about the batch."""

    campaign_id: str
    campaign_title: str = ""
    event_name: str = ""
    event_date: str = ""
    bill_label: str = ""
    organizer: str = ""


def check_route(route: str) -> str:
    route = (route or "dc").strip().lower()
    if route not in ROUTES:
        raise InputProblem(Message("export.unknown_route", route=repr(route)))
    return route


def choose_office(
    member: Member, constituent: Constituent, route: str = "dc", *, locate: Locate | None = None
) -> Office | None:
    """The office this member's paper letter from ``constituent`` should go to (see module doc)."""
    if check_route(route) == "dc" or not member.district_offices:
        return member.dc_office
    offices = member.district_offices
    here = locate(constituent) if locate else None
    if here is not None:
        placed = [o for o in offices if o.latitude is not None and o.longitude is not None]
        if placed:
            return min(placed, key=lambda o: _distance_km(here, (o.latitude, o.longitude)))
    address = constituent.address
    zip5 = _zip5(address.zip)
    city, state = _norm(address.city), address.state.strip().upper()
    same_city = [o for o in offices if _norm(o.city) == city and o.state.upper() == state and city]
    if same_city:
        return next((o for o in same_city if _zip5(o.zip) == zip5), same_city[0])
    if zip5:
        same_area = [o for o in offices if _zip5(o.zip)[:3] == zip5[:3]]
        same_state = [o for o in offices if o.state.upper() == state]
        for pool in (same_area, same_state):
            numbered = [o for o in pool if _zip5(o.zip)]
            if numbered:
                return min(numbered, key=lambda o: abs(int(_zip5(o.zip)) - int(zip5)))
    return offices[0]


def _zip5(value: str) -> str:
    digits = (value or "").strip()[:5]
    return digits if len(digits) == 5 and digits.isdigit() else ""


def _norm(value: str) -> str:
    value = re.sub(r"[.\s]+", " ", (value or "").casefold()).strip()
    return re.sub(r"^(st|saint) ", "saint ", value)


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


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
        member = self.member
        state = state_name(member.state) or member.state
        if member.chamber is Chamber.SENATE:
            return f"United States Senator for {state}"
        if member.role is Role.RESIDENT_COMMISSIONER:
            return "Resident Commissioner for Puerto Rico"
        if member.role is Role.DELEGATE:
            return f"Delegate for {state}"
        if not member.district:
            return f"Representative for {state} (at large)"
        return f"Representative for {state}, district {member.district} ({member.seat})"

    @property
    def office_lines(self) -> tuple[str, ...]:
        return self.office.postal_lines() if self.office else ()

    @property
    def office_phone(self) -> str:
        if self.office and self.office.phone:
            return self.office.phone
        return self.member.phone if self.office and self.office.kind == "dc" else ""


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text.casefold()) if p)


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
        _norm(office.city),
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
