"""The parts of a letter Python writes by convention, around the template's body.

Offices expect the date, the inside address, the salutation and the signature in set forms
(DOMAIN.md section 5): "The Honorable ..." above the office's postal lines, "Dear Senator
Last:", the writer's full name and address as proof of being a constituent. A campaign's
template never writes them, so no pack can get them wrong; they are composed here, in
English or (through ``letter_language``) Spanish, never by the computer's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from advocate_app.core.campaign_model import ordinal
from advocate_app.core.letter_language import (
    CHAMBER_LINES_ES,
    format_date_es,
    honorable_es,
    office_title_es,
    salutation_es,
)
from advocate_app.core.lookup.geography import state_name
from advocate_app.core.models import Chamber, Constituent, Member, Office, Role

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
CHAMBER_LINES = {
    Chamber.SENATE: "United States Senate",
    Chamber.HOUSE: "United States House of Representatives",
}
CAPITOL_ZIPS = {Chamber.SENATE: "20510", Chamber.HOUSE: "20515"}
_WITH_ARTICLE = frozenset(
    {"DC", "VI", "MP"}
)  # "the District of Columbia", "the U.S. Virgin Islands"


def format_date(day: date, language: str = "en") -> str:
    """ "November 25, 2026" ("25 de noviembre de 2026" in Spanish), whatever the locale."""
    if language == "es":
        return format_date_es(day)
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _place_name(state: str) -> str:
    name = state_name(state) or state
    return f"the {name}" if state in _WITH_ARTICLE else name


def constituency(member: Member) -> str:
    """Whom the member represents, for prose: "the 37th District of Texas", "Wyoming"."""
    if member.chamber is Chamber.SENATE or not member.district:
        return _place_name(member.state)
    return f"the {ordinal(member.district)} District of {state_name(member.state) or member.state}"


def inside_address(
    member: Member, office: Office | None = None, language: str = "en"
) -> tuple[str, ...]:
    """ "The Honorable ..." then the DC office (default) or the given district office
    (Spanish: "Honorable ...", "Senado de los Estados Unidos")."""
    if language == "es":
        honorable = honorable_es(member)
    else:
        honorable = f"The Honorable {member.name or f'{member.first} {member.last}'.strip()}"
    if office is not None and office.kind != "dc":
        # A title line (DOMAIN.md section 5): two offices in one federal building differ.
        if language == "es":
            title = office_title_es(member)
        else:
            title = (
                "United States Senator"
                if member.chamber is Chamber.SENATE
                else "Member of Congress"
            )
        return unique_lines((honorable, title, *office.postal_lines()))
    dc = office or member.dc_office
    chamber_line = (CHAMBER_LINES_ES if language == "es" else CHAMBER_LINES)[member.chamber]
    if dc is None:
        return (honorable, chamber_line, f"Washington, DC {CAPITOL_ZIPS[member.chamber]}")
    if not dc.city:  # an address the data could not split: print it as given
        return (honorable, *dc.lines, chamber_line)
    zip_code = dc.zip or CAPITOL_ZIPS[member.chamber]
    return (honorable, *dc.lines, chamber_line, f"{dc.city}, {dc.state or 'DC'} {zip_code}")


def unique_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """Address lines without repeats: a line that is another line, or one comma-separated part
    of another ("Suite 530" above "201 17th Street NW, Suite 530"), is dropped."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        key = line.strip().casefold()
        if not key or any(key == k.strip().casefold() for k in kept):
            continue
        parts_elsewhere = {
            part.strip().casefold()
            for j, other in enumerate(lines)
            if j != i and "," in other
            for part in other.split(",")
        }
        if "," not in line and key in parts_elsewhere:
            continue
        kept.append(line)
    return tuple(kept)


def courtesy_last(member: Member) -> str:
    """The surname as the member styles it in their official name.

    The data's ``last`` can hold both Spanish surnames ("Hernández Rivera") while the official
    name uses one ("Pablo José Hernández"); the salutation should match the inside address.
    """
    last = member.last or member.name.rpartition(" ")[2]
    if not member.name or last in member.name:
        return last
    words = last.split()
    for size in range(len(words) - 1, 0, -1):
        if member.name.endswith(" " + " ".join(words[:size])):
            return " ".join(words[:size])
    return last


def salutation(member: Member, language: str = "en") -> str:
    """ "Dear Senator Last:", "Dear Representative Last:", "Dear Delegate Last:", "Dear Commissioner Last:"
    (Spanish: "Estimado Senador Last:", "Estimada Representante Last:", by gender when known)."""
    if language == "es":
        return salutation_es(member, courtesy_last(member))
    return f"Dear {member.role.title} {courtesy_last(member)}:"


def signature(constituent: Constituent) -> tuple[str, ...]:
    """Full name, street, "City, ST ZIP", and email when given: proof of being a constituent."""
    lines = [constituent.name.strip(), *constituent.address.lines()]
    if constituent.email.strip():
        lines.append(constituent.email.strip())
    return tuple(line for line in lines if line)


def role_label(member: Member) -> str:
    """ "Senator", "Representative", "Delegate", "Resident Commissioner" for lists and files."""
    return (
        "Resident Commissioner" if member.role is Role.RESIDENT_COMMISSIONER else member.role.title
    )
