"""Letters: the campaign's template writes the body; Python writes everything around it.

``compose_letter`` is the one place a letter is made, for the window, the command line, the
batch and the campaign editor's previews alike. The template (untrusted, run in ``sandbox``)
produces only the body paragraphs from the context ``letter_context`` documents and builds;
the date, inside address, salutation, closing and signature are the conventions of
``letter_conventions``, so no pack can get them wrong. ``personalization`` measures how much
of a letter is the person's own words, because offices discount identical form letters
(DOMAIN.md §4).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem
from advocate_app.core.letter_context import build_context
from advocate_app.core.letter_conventions import (
    format_date,
    inside_address,
    salutation,
    signature,
)
from advocate_app.core.letter_language import CLOSING
from advocate_app.core.messages import Message
from advocate_app.core.models import Bill, Chamber, Constituent, Letter, Member, Office
from advocate_app.core.sandbox import TemplateError, render
from advocate_app.core.text import clean_line, clean_text

if TYPE_CHECKING:
    from advocate_app.core.bills import BillStatus
    from advocate_app.core.campaign_model import Campaign

_WORD = re.compile(r"[\w'’]+")


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
