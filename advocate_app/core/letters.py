"""Letters: the campaign's template writes the body; Python writes everything around it.

The template (untrusted, run in ``sandbox``) produces only the body paragraphs from a
documented context. The date, inside address, salutation, closing and signature follow the
conventions offices expect (DOMAIN.md §5) and are composed here, so no pack can get them
wrong. ``personalization`` measures how much of a letter is the person's own words, because
offices discount identical form letters (DOMAIN.md §4).

Context a template can use (all read-only):

- ``constituent``: name, first_name, street, city, state, state_name, zip, email, phone,
  place ("Austin, TX 78701", or "ZIP code 78701" when only the ZIP is known)
- ``member``: name, first, last, title ("Senator", "Representative", "Delegate",
  "Commissioner"), role, chamber ("house"/"senate"), state, state_name, district, seat,
  constituency ("the 37th District of Texas", "Texas", "Puerto Rico"), party, office,
  is_cosponsor, is_sponsor (True/False, or None when unknown; the pack's ``sponsors`` list
  answers offline), supports (either is True), on_committee (True when the member sits on
  the committee the pack names for this bill, per the committee-membership data; False when
  not; None when the pack names none or there is no data), committee_note (the pack's
  sentence for committee members when on_committee, else "")
- ``bill``: label ("H.R. 3921"), type, number, congress, short_title, official_title, url,
  title (short title, else the label), latest_action and latest_action_date (from
  Congress.gov, else the pack's dated ``status``; both "" when unknown)
- ``campaign``: id, title, summary, congress, congress_ordinal ("119th"), end_date,
  organizer_email
- ``talking_points``: the ticked talking points (list of text), less any that speaks of the
  member in the third person ("Senators Hawley and Durbin introduced it" in Hawley's letter);
  ``story``: the person's own
  words ("" when none); ``today``: the letter's date as printed
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from advocate_app.core.campaign_model import ordinal
from advocate_app.core.errors import InputProblem
from advocate_app.core.letter_language import (
    CHAMBER_LINES_ES,
    CLOSING,
    constituency_es,
    format_date_es,
    honorable_es,
    ordinal_es,
    salutation_es,
    state_name_es,
    title_es,
)
from advocate_app.core.lookup.geography import state_name
from advocate_app.core.messages import Message
from advocate_app.core.models import Bill, Chamber, Constituent, Letter, Member, Office, Role
from advocate_app.core.sandbox import Fields, SecurityError, TemplateError, render
from advocate_app.core.text import clean_line, clean_text

if TYPE_CHECKING:
    from advocate_app.core.bills import BillStatus
    from advocate_app.core.campaign_model import Campaign

__all__ = [
    "SecurityError", "TemplateError", "build_context", "compose_letter", "courtesy_last", "format_date",
    "inside_address", "is_sponsor", "names_member", "normalize_story", "ordinal", "personalization",
    "render_body", "salutation", "selected_points", "signature",
]  # fmt: skip

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MAX_STORY_CHARS = 20_000
CHAMBER_LINES = {
    Chamber.SENATE: "United States Senate",
    Chamber.HOUSE: "United States House of Representatives",
}
CAPITOL_ZIPS = {Chamber.SENATE: "20510", Chamber.HOUSE: "20515"}
_WITH_ARTICLE = frozenset(
    {"DC", "VI", "MP"}
)  # "the District of Columbia", "the U.S. Virgin Islands"
_WORD = re.compile(r"[\w'’]+")


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


# --- the parts Python composes -------------------------------------------------------------
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
        title = (
            "United States Senator" if member.chamber is Chamber.SENATE else "Member of Congress"
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


def normalize_story(text: str) -> str:
    """The person's words as typed, minus stray whitespace and runs of blank lines (and any
    character no export can carry: see core/text.py)."""
    text = clean_text(text or "")
    if len(text) > MAX_STORY_CHARS:
        raise InputProblem(
            Message("letters.story_too_long", length=f"{len(text):,}", limit=f"{MAX_STORY_CHARS:,}")
        )
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def selected_points(campaign: Campaign, points: Iterable[int] | None) -> list[str]:
    """The ticked talking points; ``points`` are 0-based indices (None = the campaign's defaults)."""
    if points is None:
        indices: Sequence[int] = campaign.default_points or range(len(campaign.talking_points))
    else:
        indices = list(dict.fromkeys(points))  # keep the person's order, drop repeats
    count = len(campaign.talking_points)
    for index in indices:
        if not 0 <= index < count:
            raise InputProblem(Message("letters.no_such_point", number=index + 1, count=count))
    return [campaign.talking_points[i] for i in indices]


# --- the template's context -----------------------------------------------------------------
def is_sponsor(
    member: Member, pack_sponsors: Sequence[str], status: BillStatus | None
) -> bool | None:
    """Did ``member`` introduce the bill? From the pack's list (offline) or Congress.gov.

    None when neither says; False when the pack lists the sponsors and the member is not one.
    """
    if member.bioguide in pack_sponsors:
        return True
    from_status = _support(status, member, "sponsor_bioguides")
    if from_status is not None:
        return from_status
    return False if pack_sponsors else None


def names_member(point: str, member: Member, sponsor: bool | None) -> bool:
    """Whether a talking point speaks of ``member`` in the third person.

    "Senators Hawley and Durbin introduced it" must not reach Hawley: it names a sponsor by
    surname, or anyone by first and last name. A namesake (Rep. Gwen Moore, when the point
    names Rep. Barry Moore) keeps the point: only the full name or being a sponsor counts.
    """
    last = courtesy_last(member)
    if not last or not re.search(rf"\b{re.escape(last)}\b", point):
        return False
    if sponsor:
        return True
    firsts = {n for n in (member.first, member.name.split(" ")[0] if member.name else "") if n}
    return any(
        re.search(rf"\b{re.escape(f)}\s+(?:\w\.\s+)?{re.escape(last)}\b", point) for f in firsts
    )


def on_the_committee(member: Member, committee: str) -> bool | None:
    """Whether ``member`` sits on ``committee`` (a thomas id): None when the pack names no
    committee or there is no committee data (the letter then says nothing about it)."""
    if not committee or member.committees is None:
        return None
    return committee in member.committees


def _support(status: BillStatus | None, member: Member, attr: str) -> bool | None:
    if status is None:
        return None
    return member.bioguide in getattr(status, attr)


def build_context(
    campaign: Campaign,
    constituent: Constituent,
    member: Member,
    bill: Bill,
    *,
    story: str = "",
    points: Iterable[int] | None = None,
    today: date | None = None,
    cosponsor: bool | None = None,
    sponsor: bool | None = None,
    status: BillStatus | None = None,
) -> dict[str, Any]:
    """The documented template context (see the module docstring)."""
    address = constituent.address
    facts = campaign.facts_for(member)
    if cosponsor is None:
        cosponsor = _support(status, member, "cosponsor_bioguides")
    if sponsor is None:
        sponsor = is_sponsor(member, facts.sponsors, status)
    on_committee = on_the_committee(member, facts.committee)
    latest, latest_date = facts.status, facts.status_date
    if status is not None and status.latest_action:
        latest, latest_date = status.latest_action.strip().rstrip("."), status.latest_action_date
    spanish = campaign.language == "es"
    state_zip = " ".join(p for p in (address.state, address.zip) if p)
    zip_words = "el código postal" if spanish else "ZIP code"
    place = (
        ", ".join(p for p in (address.city, state_zip) if p)
        if address.city
        else (f"{zip_words} {address.zip}" if address.zip else "")
    )
    name = constituent.name.strip()
    lang = campaign.language
    member_state = state_name(member.state) or member.state
    context = {
        "constituent": Fields("constituent", {
            "name": name, "first_name": name.split(" ")[0] if name else "",
            "street": address.street, "city": address.city, "state": address.state,
            "state_name": state_name(address.state) if address.state else "", "zip": address.zip,
            "email": constituent.email.strip(), "phone": constituent.phone.strip(), "place": place,
        }),
        "member": Fields("member", {
            "name": member.name, "first": member.first, "last": courtesy_last(member),
            "title": member.role.title, "role": member.role.value, "chamber": member.chamber.value,
            "state": member.state, "state_name": state_name(member.state) or member.state,
            "district": member.district, "seat": member.seat, "constituency": constituency(member),
            "party": member.party, "office": member.office_address,
            "is_cosponsor": cosponsor, "is_sponsor": sponsor,
            "supports": True if (cosponsor or sponsor) else (None if cosponsor is None and sponsor is None else False),
            "on_committee": on_committee, "committee_note": facts.committee_note if on_committee else "",
        }),
        "bill": Fields("bill", {
            "label": bill.label, "type": bill.type, "number": bill.number, "congress": bill.congress,
            "short_title": bill.short_title, "official_title": bill.official_title, "url": bill.url,
            "title": bill.short_title or bill.label,
            "latest_action": latest if latest_date else "",
            "latest_action_date": format_date(latest_date) if latest and latest_date else "",
        }),
        "campaign": Fields("campaign", {
            "id": campaign.id, "title": campaign.title, "summary": campaign.summary,
            "congress": campaign.congress, "congress_ordinal": ordinal(campaign.congress),
            "end_date": format_date(campaign.end_date), "organizer_email": campaign.organizer_email,
        }),
        "talking_points": [
            p for p in selected_points(campaign, points) if not names_member(p, member, sponsor)
        ],
        "story": normalize_story(story),
        "today": format_date(today or date.today(), lang),
    }  # fmt: skip
    if spanish:  # the same fields, in the letter's language (bill labels stay official)
        context["constituent"] = Fields(
            "constituent",
            {
                **context["constituent"],
                "state_name": state_name_es(address.state, state_name(address.state))
                if address.state
                else "",
            },
        )
        context["member"] = Fields(
            "member",
            {
                **context["member"],
                "title": title_es(member),
                "state_name": state_name_es(member.state, member_state),
                "constituency": constituency_es(member, member_state),
            },
        )
        context["bill"] = Fields(
            "bill",
            {
                **context["bill"],
                "title": campaign.bill_titles.get(member.chamber) or context["bill"]["title"],
                "latest_action_date": format_date(latest_date, lang)
                if latest and latest_date
                else "",
            },
        )
        context["campaign"] = Fields(
            "campaign",
            {
                **context["campaign"],
                "congress_ordinal": ordinal_es(campaign.congress),
                "end_date": format_date(campaign.end_date, lang),
            },
        )
    return context


def _tidy(text: str) -> str:
    """Paragraphs separated by exactly one blank line, no trailing spaces, nothing unsafe."""
    lines = [line.rstrip() for line in clean_text(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _bill_for(campaign: Campaign, member: Member) -> Bill:
    bill = campaign.bill_for(member)
    if bill is None:
        code = (
            "letters.no_bill_senate"
            if member.chamber is Chamber.SENATE
            else "letters.no_bill_house"
        )
        raise InputProblem(Message(code, campaign=campaign.id))
    return bill


def render_body(
    campaign: Campaign,
    constituent: Constituent,
    member: Member,
    *,
    story: str = "",
    points: Iterable[int] | None = None,
    today: date | None = None,
    cosponsor: bool | None = None,
    sponsor: bool | None = None,
    status: BillStatus | None = None,
) -> str:
    """The body paragraphs from the campaign's template for this member's role."""
    bill = _bill_for(campaign, member)
    context = build_context(
        campaign, constituent, member, bill, story=story, points=points, today=today,
        cosponsor=cosponsor, sponsor=sponsor, status=status,
    )  # fmt: skip
    body = _tidy(render(campaign.environment, campaign.template_for(member), context))
    if not body:
        raise TemplateError(campaign.template_for(member), 0, "the template wrote an empty letter")
    return body


def compose_letter(
    campaign: Campaign,
    constituent: Constituent,
    member: Member,
    *,
    story: str = "",
    points: Iterable[int] | None = None,
    today: date | None = None,
    cosponsor: bool | None = None,
    sponsor: bool | None = None,
    status: BillStatus | None = None,
    office: Office | None = None,
    language: str | None = None,
) -> Letter:
    """A whole letter to ``member``.

    ``points`` are 0-based indices into ``campaign.talking_points`` (the CLI's ``--points``
    is 1-based and converts); None ticks the campaign's defaults. ``cosponsor``/``sponsor``
    say whether the member already backs the bill (None = unknown; taken from ``status``
    when given). ``office`` is the address on the letter: the DC office by default, or a
    district office for paper. ``language`` ("en", "es") picks the pack's translation; a pack
    without one writes in English (``Letter.language`` says which it is). The story goes in
    as written, never translated.
    """
    if language:
        translated = campaign.in_language(language)
        if translated.template_for(member) != campaign.template_for(member):
            campaign = translated  # else no template in that language for this role: English
    constituent = clean_constituent(constituent)
    if not constituent.name:
        raise InputProblem(Message("letters.name_needed"))
    bill = _bill_for(campaign, member)
    body = render_body(
        campaign, constituent, member, story=story, points=points, today=today,
        cosponsor=cosponsor, sponsor=sponsor, status=status,
    )  # fmt: skip
    return Letter(
        campaign_id=campaign.id,
        member=member,
        constituent=constituent,
        bill=bill,
        subject=clean_line(campaign.subject_for(bill)),
        date=format_date(today or date.today(), campaign.language),
        inside_address=inside_address(member, office, campaign.language),
        salutation=salutation(member, campaign.language),
        body=body,
        closing=CLOSING.get(campaign.language, CLOSING["en"]),
        signature=signature(constituent),
        language=campaign.language,
    )


def clean_constituent(constituent: Constituent) -> Constituent:
    """The person's details as one-line fields fit for every export and for email headers."""
    address = constituent.address
    if "\n" in clean_text(constituent.name).strip():
        raise InputProblem(Message("letters.name_one_line"))
    return replace(
        constituent,
        name=clean_line(constituent.name),
        address=replace(
            address,
            street=clean_line(address.street),
            city=clean_line(address.city),
            state=clean_line(address.state),
            zip=clean_line(address.zip),
        ),
        email=clean_line(constituent.email),
        phone=clean_line(constituent.phone),
    )


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text or "")]


def personalization(
    letter_or_text: Letter | str, story: str, *, boilerplate: str | None = None
) -> float:
    """Share (0..1) of the letter's body that is the person's own words.

    Own words are the story's words found in the body, in order. When the person edited the
    body itself, pass ``boilerplate`` (the body rendered with no story, from
    ``render_body(..., story="")``): then every word not taken from the boilerplate counts.
    """
    text = letter_or_text.body if isinstance(letter_or_text, Letter) else letter_or_text
    words = _words(text)
    if not words:
        return 0.0
    if boilerplate is not None:
        matcher = difflib.SequenceMatcher(None, _words(boilerplate), words, autojunk=False)
        own = len(words) - sum(block.size for block in matcher.get_matching_blocks())
    else:
        matcher = difflib.SequenceMatcher(None, _words(story), words, autojunk=False)
        own = sum(block.size for block in matcher.get_matching_blocks())
    return round(min(1.0, max(0.0, own / len(words))), 3)


def role_label(member: Member) -> str:
    """ "Senator", "Representative", "Delegate", "Resident Commissioner" for lists and files."""
    return (
        "Resident Commissioner" if member.role is Role.RESIDENT_COMMISSIONER else member.role.title
    )
