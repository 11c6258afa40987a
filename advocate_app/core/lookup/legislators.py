"""Who holds each seat, from the public congress-legislators dataset.

The index answers "who represents TX-37" and "who are the senators for TX" in O(1), and
knows which congress the data describes (from the House terms' end date), so the geocoder
can ask for the matching district map. Missing fields are normal in this data (a new
member with no office yet, no ``official_full``): everything degrades to "".
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from advocate_app.core.errors import BadResponse
from advocate_app.core.lookup.derived import load_derived, read_dataset_bytes
from advocate_app.core.lookup.geography import TERRITORIES
from advocate_app.core.messages import Message
from advocate_app.core.models import Chamber, Member, Office, Role, Vacancy

log = logging.getLogger(__name__)

_DC_ADDRESS = re.compile(
    r"^(?P<office>.*?),?\s+Washington,?\s+DC,?\s+(?P<zip>\d{5}(?:-\d{4})?)\s*$"
)

FIRST_CONGRESS_YEAR = 1789


def congress_for_year(year: int) -> int:
    """The congress sitting on Jan 4 of ``year`` (each runs two years from an odd year)."""
    return (year - FIRST_CONGRESS_YEAR) // 2 + 1


def congress_end(congress: int) -> date:
    """Noon, Jan 3 of the year after its second session: the day its bills die."""
    return date(FIRST_CONGRESS_YEAR + 2 * congress, 1, 3)


def _role_for(term: Mapping[str, Any]) -> tuple[Chamber, Role]:
    if term.get("type") == "sen":
        return Chamber.SENATE, Role.SENATOR
    state = term.get("state", "")
    if state == "PR":
        return Chamber.HOUSE, Role.RESIDENT_COMMISSIONER
    if state in TERRITORIES:
        return Chamber.HOUSE, Role.DELEGATE
    return Chamber.HOUSE, Role.REPRESENTATIVE


def _dc_office(term: Mapping[str, Any]) -> Office | None:
    address = (term.get("address") or "").strip()
    if not address:
        return None
    match = _DC_ADDRESS.match(address)
    if match:
        room = (match.group("office") or term.get("office") or "").strip()  # "127A", as mailed
        return Office(
            kind="dc", lines=(room,), city="Washington", state="DC", zip=match.group("zip")
        )
    return Office(kind="dc", lines=(address,))


def _district_office(raw: Mapping[str, Any]) -> Office | None:
    street = (raw.get("address") or "").strip()
    city = (raw.get("city") or "").strip()
    if not street or not city:
        return None
    lines = [street]
    if raw.get("suite"):
        lines[0] = f"{street}, {raw['suite']}"
    if raw.get("building") and str(raw["building"]).strip() != str(raw.get("suite") or "").strip():
        lines.insert(0, str(raw["building"]))  # Warnock's data gives "Suite 530" as both
    lat, lon = raw.get("latitude"), raw.get("longitude")
    return Office(
        kind="district",
        lines=tuple(lines),
        city=city,
        state=(raw.get("state") or "").strip(),
        zip=str(raw.get("zip") or "").strip(),
        phone=(raw.get("phone") or "").strip(),
        latitude=float(lat) if isinstance(lat, (int, float)) else None,
        longitude=float(lon) if isinstance(lon, (int, float)) else None,
    )


def member_from_record(
    record: Mapping[str, Any], offices: Iterable[Mapping[str, Any]] = ()
) -> Member:
    name = record.get("name") or {}
    term = (record.get("terms") or [{}])[-1]
    chamber, role = _role_for(term)
    first = (name.get("nickname") or name.get("first") or "").strip()
    last = (name.get("last") or "").strip()
    full = (name.get("official_full") or "").strip()
    if not full:
        parts = [name.get("first", ""), name.get("last", ""), name.get("suffix", "")]
        full = " ".join(p.strip() for p in parts if p and p.strip())
    district = term.get("district") if chamber is Chamber.HOUSE else None
    district_offices = tuple(o for o in (_district_office(raw) for raw in offices) if o)
    return Member(
        bioguide=(record.get("id") or {}).get("bioguide", ""),
        name=full,
        first=first,
        last=last,
        chamber=chamber,
        role=role,
        party=term.get("party", "") or "",
        state=term.get("state", "") or "",
        district=int(district) if district is not None else None,
        phone=term.get("phone", "") or "",
        url=term.get("url", "") or "",
        contact_form=term.get("contact_form", "") or "",
        office_address=(term.get("address") or "").strip(),
        dc_office=_dc_office(term),
        district_offices=district_offices,
        term_end=term.get("end", "") or "",
        appointed=term.get("how") == "appointment" or term.get("end-type") == "special-election",
        gender=str((record.get("bio") or {}).get("gender") or "").strip().upper()[:1],
    )


def _well_formed(member: Member) -> bool:
    """The fields the index and the letters rely on have the types they expect."""
    texts = (member.bioguide, member.name, member.first, member.last, member.party,
             member.state, member.phone, member.url, member.contact_form, member.term_end)  # fmt: skip
    return (
        bool(member.bioguide)
        and all(isinstance(t, str) for t in texts)
        and (member.district is None or isinstance(member.district, int))
    )


class LegislatorIndex:
    """Seats -> members. Members are kept as plain tuples and built on first use: a lookup
    needs three of 537, and building them all costs more than loading the data."""

    def __init__(self, members: Iterable[Member | tuple], congress: int | None = None) -> None:
        self._rows: dict[str, tuple] = {}
        self._built: dict[str, Member] = {}
        self._seats: Mapping[str, tuple[str, ...]] | None = None  # committees, when known
        self._house: dict[tuple[str, int], str] = {}
        self._senate: dict[str, list[str]] = {}
        ends: Counter[str] = Counter()
        for item in members:
            row = _member_to_tuple(item) if isinstance(item, Member) else tuple(item)
            bioguide, chamber, state, district, term_end = row[0], row[4], row[7], row[8], row[15]
            self._rows[bioguide] = row
            if isinstance(item, Member):
                self._built[bioguide] = item
            if chamber == Chamber.HOUSE.value:
                self._house[(state, district or 0)] = bioguide
                if term_end:
                    ends[term_end] += 1
            else:
                self._senate.setdefault(state, []).append(bioguide)
        if congress is None:
            year = ends.most_common(1)[0][0][:4] if ends else ""
            if not year.isdigit():
                raise BadResponse(Message("data.no_house_members"))
            congress = congress_for_year(int(year) - 1)
        self.congress = congress

    def _member(self, bioguide: str) -> Member:
        member = self._built.get(bioguide)
        if member is None:
            member = _member_from_tuple(self._rows[bioguide])
            if self._seats is not None:
                member = replace(member, committees=self._seats.get(bioguide, ()))
            self._built[bioguide] = member
        return member

    def use_committee_seats(self, seats: Mapping[str, tuple[str, ...]] | None) -> None:
        """Give each member their committees (bioguide -> thomas ids, core/committees.py);
        None: no committee data, so ``Member.committees`` stays None (unknown)."""
        self._seats = seats
        self._built.clear()  # members already built are built again, with their seats

    @property
    def members(self) -> tuple[Member, ...]:
        return tuple(self._member(b) for b in self._rows)

    @classmethod
    def from_records(
        cls, records: Any, district_offices: Any = None, congress: int | None = None
    ) -> LegislatorIndex:
        if not isinstance(records, list):
            raise BadResponse(Message("data.members_not_a_list"))
        # The data is a public file that changes without notice: a record in a shape we do
        # not know is skipped (and counted), never a crash; no usable member at all is
        # ``BadResponse`` (from __init__: "no House members").
        offices_by_id: dict[str, list[Mapping[str, Any]]] = {}
        if isinstance(district_offices, list):
            for entry in district_offices:
                try:
                    bioguide = (entry.get("id") or {}).get("bioguide")
                    if (
                        isinstance(bioguide, str)
                        and bioguide
                        and isinstance(entry.get("offices"), list)
                    ):
                        offices_by_id[bioguide] = [
                            o for o in entry["offices"] if isinstance(o, dict)
                        ]
                except (AttributeError, TypeError):
                    continue
        members = []
        skipped = 0
        for record in records:
            if not isinstance(record, dict) or not record.get("terms"):
                continue
            try:
                bioguide = (record.get("id") or {}).get("bioguide", "")
                offices = offices_by_id.get(bioguide, ()) if isinstance(bioguide, str) else ()
                member = member_from_record(record, offices)
            except (AttributeError, TypeError, ValueError, KeyError, IndexError):
                skipped += 1
                continue
            if _well_formed(member):
                members.append(member)
            else:
                skipped += 1
        if skipped:
            log.warning("member data: skipped %d record(s) in an unknown format", skipped)
        return cls(members, congress)

    @classmethod
    def load(
        cls,
        legislators_path: Path,
        district_offices_path: Path | None = None,
        index_dir: Path | None = None,
    ) -> LegislatorIndex:
        legislators_path = Path(legislators_path)
        offices_path = Path(district_offices_path) if district_offices_path else None

        def build() -> list[tuple]:
            try:
                records = json.loads(read_dataset_bytes(legislators_path))
                offices = json.loads(read_dataset_bytes(offices_path)) if offices_path else None
            except (ValueError, RecursionError) as exc:
                raise BadResponse(
                    Message("data.members_damaged"),
                    detail=type(exc).__name__,
                ) from exc
            return list(cls.from_records(records, offices)._rows.values())

        # The derived index depends on both files: key it by the offices file too.
        kind = "members"
        if offices_path:
            stat = offices_path.stat()
            kind = f"members-{stat.st_size}-{stat.st_mtime_ns}"
        return cls(load_derived(legislators_path, kind, build, index_dir))

    # --- queries -----------------------------------------------------------------------
    def representative(self, state: str, district: int) -> Member | None:
        bioguide = self._house.get((state, district))
        return self._member(bioguide) if bioguide else None

    def house_seats(self, state: str) -> list[tuple[str, int]]:
        """The state's House seats that have a member in the data, in district order."""
        return sorted(seat for seat in self._house if seat[0] == state)

    def senators(self, state: str) -> list[Member]:
        """A state's senators in a stable order (by end of term, then name)."""
        return sorted(
            (self._member(b) for b in self._senate.get(state, [])),
            key=lambda m: (m.term_end, m.last),
        )

    def by_bioguide(self, bioguide: str) -> Member | None:
        return self._member(bioguide) if bioguide in self._rows else None

    def senate_vacancies(self, state: str) -> list[Vacancy]:
        if state in TERRITORIES:
            return []
        missing = max(0, 2 - len(self._senate.get(state, [])))
        return [Vacancy(Chamber.SENATE, state, None)] * missing


def _office_to_tuple(office: Office) -> tuple:
    return (
        office.kind,
        office.lines,
        office.city,
        office.state,
        office.zip,
        office.phone,
        office.latitude,
        office.longitude,
    )


def _member_to_tuple(m: Member) -> tuple:
    """Built-in types only, for the marshal cache (see derived.py)."""
    return (
        m.bioguide,
        m.name,
        m.first,
        m.last,
        m.chamber.value,
        m.role.value,
        m.party,
        m.state,
        m.district,
        m.phone,
        m.url,
        m.contact_form,
        m.office_address,
        _office_to_tuple(m.dc_office) if m.dc_office else None,
        tuple(_office_to_tuple(o) for o in m.district_offices),
        m.term_end,
        m.appointed,
        m.gender,
    )


def _member_from_tuple(t: tuple) -> Member:
    return Member(
        bioguide=t[0],
        name=t[1],
        first=t[2],
        last=t[3],
        chamber=Chamber(t[4]),
        role=Role(t[5]),
        party=t[6],
        state=t[7],
        district=t[8],
        phone=t[9],
        url=t[10],
        contact_form=t[11],
        office_address=t[12],
        dc_office=Office(*t[13]) if t[13] else None,
        district_offices=tuple(Office(*o) for o in t[14]),
        term_end=t[15],
        appointed=t[16],
        gender=t[17] if len(t) > 17 else "",
    )
