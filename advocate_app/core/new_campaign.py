"""A new campaign pack from a few answers: the campaign editor's "New campaign" wizard.

Why its own module: the wizard (gui/editor/wizard.py) and the editor's sample campaign ask a
few plain questions (title, bills, what members are asked to do, points) and need a pack
that already checks clean, written as paragraphs rather than template code, so a first-time
organizer never has to read Jinja.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.campaign_manifest_fields import BillFields, ManifestFields
from advocate_app.core.campaign_model import TEMPLATE_KEYS


@dataclass
class NewCampaignAnswers:
    title: str
    congress: int
    bills: dict[str, tuple[str, int]]  # "house"/"senate" -> (type, number)
    short_title: str = ""
    ask: str = ""  # what members are asked to do: "cosponsor it and help bring it to a vote"
    summary: str = ""
    points: list[str] = field(default_factory=list)
    story_prompts: list[str] = field(default_factory=list)


def campaign_id_for(title: str) -> str:
    """A valid id from a title: "Kids Online Safety Act" -> "kids-online-safety-act"."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    base = "-".join(words)[:56].strip("-") or "campaign"
    if len(base) < 3:
        base = f"{base}-campaign"
    return base


def new_campaign(answers: NewCampaignAnswers) -> PackDraft:
    """A pack that writes one letter for every role (the paragraph form), with the
    thank-you version for cosponsors and sponsors: it checks clean once the answers are."""
    from advocate_app.core.letter_paragraphs import LETTER_FILE, LetterParagraphs

    short = answers.short_title.strip() or answers.title.strip()
    bills = {
        chamber: BillFields(kind, int(number), short)
        for chamber, (kind, number) in answers.bills.items()
        if number
    }
    ask = " ".join(answers.ask.split())
    summary = " ".join(answers.summary.split()) or (
        f"Ask your members of Congress to {ask.rstrip('.') or 'support the ' + short}."
    )
    fields = ManifestFields(
        id=campaign_id_for(answers.title), title=answers.title.strip(), summary=summary,
        congress=answers.congress, subject="{bill}, the {short_title}", bills=bills,
        templates={key: LETTER_FILE for key in TEMPLATE_KEYS},
        talking_points=[(" ".join(p.split()), True) for p in answers.points if p.strip()],
        story_prompts=[p.strip() for p in answers.story_prompts if p.strip()],
    )  # fmt: skip
    return PackDraft(fields, {LETTER_FILE: LetterParagraphs.starter(ask).to_template()})


def sample_campaign() -> PackDraft:
    """The editor's sample: the built-in STOP CSAM campaign's facts, written as paragraphs."""
    return new_campaign(NewCampaignAnswers(
        title="STOP CSAM Act of 2025 (sample)", congress=119,
        bills={"house": ("hr", 3921), "senate": ("s", 1829)},
        short_title="STOP CSAM Act of 2025",
        ask="cosponsor it and help bring it to a vote before this Congress ends",
        summary="A sample campaign written in the paragraph view: open it to see how a letter "
        "is put together, then change it or start your own with File > New campaign.",
        points=[
            "Survivors deserve their day in court. The bill would let victims seek legal "
            "recourse against online platforms that promote or aid and abet their exploitation.",
            "Reports to the CyberTipline would become more useful to the investigators who "
            "find and protect children.",
            "Accountability changes behavior: companies that answer for harm design safer "
            "services.",
        ],
        story_prompts=["Why does keeping children safe online matter to you?"],
    ))  # fmt: skip
