"""The template's context: what a campaign's template may know, and what a letter may say.

A template is untrusted (it runs in ``sandbox``), so it sees only the documented, read-only
fields below, built here by ``build_context`` from the writer's details, the member's record,
the pack's facts and the bill's status on Congress.gov. The rules that decide what reaches a
given member's letter live beside it, because they read the same facts: ``is_sponsor`` (did
the member introduce the bill), ``is_cosponsor`` (did they sign on), ``names_member`` (a
talking point that speaks of the member in the third person is left out of that member's
letter), ``selected_points`` (the ticked talking points) and ``normalize_story`` (the
person's own words, tidied and capped).

Context a template can use (all read-only):

- ``constituent``: name, first_name, street, city, state, state_name, zip, email, phone,
  place ("Austin, TX 78701", or "ZIP code 78701" when only the ZIP is known)
- ``member``: name, first, last, title ("Senator", "Representative", "Delegate",
  "Commissioner"), role, chamber ("house"/"senate"), state, state_name, district, seat,
  constituency ("the 37th District of Texas", "Texas", "Puerto Rico"), party, office,
  is_cosponsor, is_sponsor (True/False, or None when unknown; the pack's ``cosponsors`` and
  ``sponsors`` lists answer offline, Congress.gov's cosponsors add to them), supports (True
  when either is True, False when both are False, else None: ``backs_the_bill``),
  on_committee (True when the member sits on the committee the pack names for this bill,
  per the committee-membership data; False when not; None when the pack names none or there
  is no data), committee_note (the pack's sentence for committee members when on_committee,
  else "")
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

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from advocate_app.core.campaign_model import ordinal
from advocate_app.core.errors import InputProblem
from advocate_app.core.letter_conventions import constituency, courtesy_last, format_date
from advocate_app.core.letter_language import (
    constituency_es,
    ordinal_es,
    state_name_es,
    title_es,
)
from advocate_app.core.lookup.geography import state_name
from advocate_app.core.messages import Message
from advocate_app.core.models import Bill, Constituent, Member
from advocate_app.core.sandbox import Fields
from advocate_app.core.text import clean_text

if TYPE_CHECKING:
    from advocate_app.core.bills import BillStatus
    from advocate_app.core.campaign_model import Campaign

MAX_STORY_CHARS = 20_000


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


def is_cosponsor(
    member: Member, pack_cosponsors: Sequence[str], status: BillStatus | None
) -> bool | None:
    """Does ``member`` cosponsor the bill? The pack's original cosponsors (known offline) and
    Congress.gov's list (when reachable) together: a member on either is thanked, never asked.

    None when Congress.gov was not asked and the pack does not name the member.
    """
    if member.bioguide in pack_cosponsors:
        return True
    return _support(status, member, "cosponsor_bioguides")


def backs_the_bill(sponsor: bool | None, cosponsor: bool | None) -> bool | None:
    """One answer from the two: True when the member sponsors or cosponsors the bill (the
    letter thanks them); False only when both are known to be False; otherwise None (nobody
    could say: offline, a member the pack does not name may have signed on since)."""
    if sponsor or cosponsor:
        return True
    return None if sponsor is None or cosponsor is None else False


def supports_bill(campaign: Campaign, member: Member, status: BillStatus | None) -> bool | None:
    """Does ``member`` already back the campaign's bill (``backs_the_bill`` of the pack's
    facts and Congress.gov's answer)? The letter's ``member.supports`` is the same answer."""
    facts = campaign.facts_for(member)
    return backs_the_bill(
        is_sponsor(member, facts.sponsors, status), is_cosponsor(member, facts.cosponsors, status)
    )


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
        cosponsor = is_cosponsor(member, facts.cosponsors, status)
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
            "supports": backs_the_bill(sponsor, cosponsor),
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
