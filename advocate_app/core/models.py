"""Plain, frozen data that every layer passes around.

These are the contract between lookup, letters, export, delivery and the GUI: keep them
small, immutable and free of behaviour that needs I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Chamber(str, Enum):
    HOUSE = "house"
    SENATE = "senate"


class Role(str, Enum):
    REPRESENTATIVE = "representative"
    SENATOR = "senator"
    DELEGATE = "delegate"
    RESIDENT_COMMISSIONER = "resident_commissioner"

    @property
    def title(self) -> str:
        """The courtesy title used in salutations ("Dear Senator Last:")."""
        return {
            Role.REPRESENTATIVE: "Representative",
            Role.SENATOR: "Senator",
            Role.DELEGATE: "Delegate",
            Role.RESIDENT_COMMISSIONER: "Commissioner",
        }[self]


def seat_label(state: str, district: int | None) -> str:
    """ "TX-37", "WY-AL" (0: at-large or delegate), or "TX" for a Senate seat (None)."""
    if district is None:
        return state
    return f"{state}-{'AL' if district == 0 else f'{district:02d}'}"


class Confidence(str, Enum):
    EXACT = "exact"  # a geocoded street address
    ZIP = "zip"  # a ZIP code that lies in exactly one district
    AMBIGUOUS = "ambiguous"  # a ZIP code that spans several districts


@dataclass(frozen=True)
class Address:
    street: str = ""
    city: str = ""
    state: str = ""  # USPS code, e.g. "TX"
    zip: str = ""

    def one_line(self) -> str:
        parts = [p for p in (self.street, self.city) if p]
        tail = " ".join(p for p in (self.state, self.zip) if p)
        if tail:
            parts.append(tail)
        return ", ".join(parts)

    def lines(self) -> tuple[str, ...]:
        """Postal form: street on one line, "City, ST ZIP" on the next."""
        last = ", ".join(
            p for p in (self.city, " ".join(p for p in (self.state, self.zip) if p)) if p
        )
        return tuple(p for p in (self.street, last) if p)


@dataclass(frozen=True)
class Constituent:
    name: str
    address: Address = field(default_factory=Address)
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Office:
    """A member's office with a postal address (the DC office or a district office)."""

    kind: str  # "dc" or "district"
    lines: tuple[str, ...]  # street lines, without the member's name
    city: str = ""
    state: str = ""
    zip: str = ""
    phone: str = ""
    latitude: float | None = None
    longitude: float | None = None

    def postal_lines(self) -> tuple[str, ...]:
        last = f"{self.city}, {self.state} {self.zip}".strip(", ").strip()
        return (*self.lines, last) if last else self.lines


@dataclass(frozen=True)
class Member:
    bioguide: str
    name: str  # official full name, or first + last when the data has none
    first: str
    last: str
    chamber: Chamber
    role: Role
    party: str
    state: str
    district: int | None  # House only; 0 = at-large or delegate
    phone: str = ""
    url: str = ""
    contact_form: str = ""
    office_address: str = ""  # DC office, as one line from the data ("" when unknown)
    dc_office: Office | None = None
    district_offices: tuple[Office, ...] = ()
    term_end: str = ""  # ISO date
    appointed: bool = False  # an appointed senator awaiting a special election
    gender: str = ""  # "M", "F" (congress-legislators bio.gender), "" when unknown
    # Thomas ids of the committees the member sits on ("SSJU"), from committee-membership
    # data (core/committees.py); None when there is no such data (not "on no committee").
    committees: tuple[str, ...] | None = None

    @property
    def seat(self) -> str:
        """ "TX-37", "WY-AL", "DC-AL" or "TX" for a senator."""
        if self.chamber is Chamber.SENATE:
            return self.state
        return seat_label(self.state, self.district or 0)


@dataclass(frozen=True)
class District:
    state: str  # USPS code
    number: int  # 0 = at-large or non-voting delegate
    congress: int

    @property
    def label(self) -> str:
        return seat_label(self.state, self.number)


@dataclass(frozen=True)
class Vacancy:
    chamber: Chamber
    state: str
    district: int | None


@dataclass(frozen=True)
class Bill:
    congress: int
    type: str  # Congress.gov type: "hr", "s", "hres", "sres", "hjres", "sjres", ...
    number: int
    short_title: str = ""
    official_title: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        """Human citation: "H.R. 3921", "S. 1829"."""
        labels = {
            "hr": "H.R.",
            "s": "S.",
            "hres": "H.Res.",
            "sres": "S.Res.",
            "hjres": "H.J.Res.",
            "sjres": "S.J.Res.",
            "hconres": "H.Con.Res.",
            "sconres": "S.Con.Res.",
        }
        return f"{labels.get(self.type, self.type.upper())} {self.number}"


@dataclass(frozen=True)
class Letter:
    """A letter ready to export or send: every part already composed as text.

    ``body`` is the person's (editable) text: paragraphs separated by blank lines.
    Exporters lay out the parts; they never re-render templates.
    """

    campaign_id: str
    member: Member
    constituent: Constituent
    bill: Bill | None
    subject: str
    date: str  # as printed, e.g. "November 25, 2026"
    inside_address: tuple[str, ...]  # "The Honorable ...", office lines
    salutation: str  # "Dear Senator Last:"
    body: str
    closing: str = "Sincerely,"
    signature: tuple[str, ...] = ()  # name, street, "City, ST ZIP", email
    language: str = "en"  # the letter's language ("en", "es"); the story is never translated

    @property
    def subject_line(self) -> str:
        """ "Re: ..." (English) or "Asunto: ..." (Spanish); "" without a subject."""
        if not self.subject:
            return ""
        return f"{'Asunto' if self.language == 'es' else 'Re'}: {self.subject}"

    def as_text(self) -> str:
        """The whole letter as plain text, the form every exporter must agree with."""
        blocks = [
            self.date,
            "\n".join(self.inside_address),
            self.subject_line,
            self.salutation,
            self.body.strip(),
            self.closing + "\n\n" + "\n".join(self.signature),
        ]
        return "\n\n".join(b for b in blocks if b) + "\n"
