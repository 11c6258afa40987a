"""What a lookup answers: the members, or the candidates when the district is not certain,
with how sure it is, which data it used, and notes for the person.

Why its own module: the result is read by every front end (the window's pages, the
``advocate lookup`` command, the letter session) and its JSON form is a contract scripts
rely on; none of them needs the ``Finder`` that builds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from advocate_app.core.models import Confidence, Member, Vacancy, seat_label


@dataclass(frozen=True)
class MatchInfo:
    matched_address: str
    state: str
    district: int | None  # None when ambiguous
    congress: int
    source: str  # "census" or "zip"
    confidence: Confidence


@dataclass(frozen=True)
class Candidate:
    state: str
    district: int
    member: Member | None  # None: the seat is vacant
    share: float | None = None  # of the ZIP area's land, when the ZIP table says

    @property
    def label(self) -> str:
        return seat_label(self.state, self.district)


@dataclass(frozen=True)
class AddressChoice:
    matched_address: str
    state: str
    district: int


@dataclass
class LookupResult:
    match: MatchInfo
    members: list[Member] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    matches: list[AddressChoice] = field(default_factory=list)
    vacancies: list[Vacancy] = field(default_factory=list)
    legislators_date: str = ""
    map: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.match.confidence is Confidence.AMBIGUOUS

    def to_json(self) -> dict[str, Any]:
        """The ``advocate lookup --json`` contract (keep stable)."""
        return {
            "match": {
                "matched_address": self.match.matched_address,
                "state": self.match.state,
                "district": self.match.district,
                "congress": self.match.congress,
                "source": self.match.source,
                "confidence": self.match.confidence.value,
            },
            "members": [member_json(m) for m in self.members],
            "candidates": [
                {
                    "state": c.state,
                    "district": c.district,
                    "member": member_json(c.member) if c.member else None,
                    "share": None if c.share is None else round(c.share, 4),
                }
                for c in self.candidates
            ],
            "matches": [
                {"matched_address": m.matched_address, "state": m.state, "district": m.district}
                for m in self.matches
            ],
            "vacancies": [
                {"chamber": v.chamber.value, "state": v.state, "district": v.district}
                for v in self.vacancies
            ],
            "data": {"legislators_date": self.legislators_date, "map": self.map},
            "notes": list(self.notes),
        }


def member_json(member: Member) -> dict[str, Any]:
    return {
        "bioguide": member.bioguide,
        "name": member.name,
        "chamber": member.chamber.value,
        "role": member.role.value,
        "party": member.party,
        "state": member.state,
        "district": member.district,
        "phone": member.phone,
        "url": member.url,
        "contact_form": member.contact_form,
        "office_address": member.office_address,
    }
