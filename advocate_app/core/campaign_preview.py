"""What a campaign's letter looks like for each kind of member, before anyone writes one.

Why its own module: the campaign editor previews the letter for a sample Representative,
Senator and Delegate, and for a Representative who already cosponsors (the thank-you
version), with a sample constituent and the story the organizer tries out. The sample
Senator sits on the committee the pack names for the Senate bill (if any), so the pack's
committee sentence is previewed too, and the sample Representative shows the letter
without. A broken template shows its error for the roles that use it while the others
still render. The samples are invented people at real Capitol addresses, so no real member
is ever named.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from advocate_app.core.campaign_model import Campaign, Problem
from advocate_app.core.campaign_pack import MANIFEST
from advocate_app.core.errors import InputProblem
from advocate_app.core.models import Address, Chamber, Constituent, Letter, Member, Office, Role

SAMPLE_CONSTITUENT = Constituent(
    "Jordan Example", Address("12 Main St", "Austin", "TX", "78701"), "jordan@example.org"
)
_SAMPLE_DC = Constituent(
    "Jordan Example", Address("12 Main St NE", "Washington", "DC", "20002"), "jordan@example.org"
)
SAMPLE_STORY = "(The writer's own story appears here, in their words.)"


def _sample(role: Role, first: str, last: str, state: str, district: int | None) -> Member:
    chamber = Chamber.SENATE if role is Role.SENATOR else Chamber.HOUSE
    zip_code = "20510" if chamber is Chamber.SENATE else "20515"
    building = (
        "Hart Senate Office Building"
        if chamber is Chamber.SENATE
        else "Rayburn House Office Building"
    )
    office = Office("dc", (f"100 {building}",), "Washington", "DC", zip_code)
    return Member(
        bioguide=f"Z{role.name[:6]}", name=f"{first} {last}", first=first, last=last,
        chamber=chamber, role=role, party="Independent", state=state, district=district,
        dc_office=office, office_address=f"100 {building} Washington DC {zip_code}",
    )  # fmt: skip


SAMPLE_MEMBERS: tuple[tuple[str, Member], ...] = (
    ("House", _sample(Role.REPRESENTATIVE, "Jamie", "Rivera", "TX", 7)),
    ("Senate", _sample(Role.SENATOR, "Morgan", "Lee", "TX", None)),
    ("Delegate", _sample(Role.DELEGATE, "Casey", "Brooks", "DC", 0)),
)


@dataclass(frozen=True)
class Preview:
    label: str  # "House", "Senate", "Delegate", "Cosponsor" (a Representative who cosponsors)
    member: Member
    letter: Letter | None = None
    problem: Problem | None = None  # why there is no letter
    note: str = ""  # e.g. the campaign writes to no one in this role


def preview_letters(
    campaign: Campaign | None,
    errors: list[Problem],
    broken: set[str],
    *,
    story: str = SAMPLE_STORY,
    today: date | None = None,
    language: str = "en",
) -> list[Preview]:
    """One preview per sample member. ``campaign`` is None when the pack cannot be read at
    all; ``broken`` names the templates with errors (their roles show the first of them)."""
    from advocate_app.core.letters import compose_letter

    def preview(label: str, member: Member, cosponsor: bool | None) -> Preview:
        if campaign is None:
            first = errors[0] if errors else Problem(MANIFEST, 0, "not checked")
            return Preview(label, member, problem=first)
        if not campaign.targets(member):
            return Preview(label, member, note="This campaign has no bill for this chamber.")
        try:
            template = campaign.in_language(language).template_for(member)
        except InputProblem as exc:
            return Preview(label, member, note=str(exc))
        if template in broken:
            return Preview(label, member, problem=next(p for p in errors if p.file == template))
        committee = campaign.facts_for(member).committee
        if committee and member.chamber is Chamber.SENATE:
            member = replace(member, committees=(committee,))
        person = _SAMPLE_DC if member.state == "DC" else SAMPLE_CONSTITUENT
        try:
            letter = compose_letter(campaign, person, member, story=story, today=today,
                                    cosponsor=cosponsor, language=language)  # fmt: skip
        except InputProblem as exc:
            where = getattr(exc, "template", template)
            return Preview(label, member, problem=Problem(where, getattr(exc, "line", 0), str(exc)))
        return Preview(label, member, letter=letter)

    samples = [(label, member, None) for label, member in SAMPLE_MEMBERS]
    samples.append(("Cosponsor", SAMPLE_MEMBERS[0][1], True))  # the thank-you version
    return [preview(label, member, cosponsor) for label, member, cosponsor in samples]
