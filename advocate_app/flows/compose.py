"""Composing the session's letters, anywhere: a frozen request, plain work, no widgets.

``LetterSession.letter_request`` freezes what composing needs (on the GUI thread, or in
the command line); ``LetterRequest.compose`` renders the letters (a worker thread may run
it: a slow or hostile template never freezes the window); ``LetterSession.take_letters``
accepts them only if the lookup they were built on still holds.

The right bill goes to each chamber (``Campaign.targets`` / ``compose_letter``); with
``office_route="district"`` a letter is addressed to the district office nearest the
writer (paper mail), else to Washington.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from advocate_app.core.messages import Message

if TYPE_CHECKING:
    from datetime import date

    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.models import Constituent, Letter, Member, Office


@dataclass(frozen=True)
class LetterRequest:
    generation: int  # the session's lookup generation these letters are built on
    campaign: Campaign
    constituent: Constituent
    members: tuple[Member, ...]
    story: str
    points: tuple[int, ...] | None
    today: date
    statuses: dict[Any, Any] = field(default_factory=dict)
    office_route: str = "dc"
    language: str = "en"  # the letters' language (the pack's translation, else English)

    def compose(self, notes: list[str] | None = None) -> list[Letter]:
        """One letter per member, in order. Raises the first letter's problem (a missing
        name, a template error): no half set of letters."""
        return [self.compose_one(member, notes) for member in self.members]

    def compose_one(self, member: Member, notes: list[str] | None = None) -> Letter:
        from advocate_app.core.letters import compose_letter

        return compose_letter(
            self.campaign,
            self.constituent,
            member,
            story=self.story,
            points=self.points,
            today=self.today,
            status=self.statuses.get(member.chamber),
            office=office_for(member, self.constituent, self.office_route, notes),
            language=self.language,
        )

    def boilerplate(self, member: Member) -> str:
        """The campaign's body for ``member`` without the story: what an edited letter's
        own words are measured against."""
        from advocate_app.core.letters import render_body

        return render_body(
            self.campaign.in_language(self.language),
            self.constituent,
            member,
            story="",
            points=self.points,
            today=self.today,
            status=self.statuses.get(member.chamber),
        )


def office_for(
    member: Member, constituent: Constituent, route: str, notes: list[str] | None = None
) -> Office | None:
    """The district office nearest the writer for ``route="district"``, else None (DC)."""
    if route != "district":
        return None
    if member.district_offices:
        from advocate_app.core.routing import choose_office

        return choose_office(member, constituent, "district")
    if notes is not None:
        notes.append(Message("compose.no_district_office", name=member.name))
    return None


def fetch_statuses(
    client: Any, campaign: Campaign, chambers: Iterable[Any]
) -> tuple[dict[Any, Any], list[str]]:
    """Bill status per chamber from Congress.gov (optional: a failure is a note, and the
    letters then ask for cosponsorship)."""
    statuses: dict[Any, Any] = {}
    notes: list[str] = []
    for chamber in sorted(set(chambers), key=lambda c: c.value):
        bill = campaign.bill_for(chamber)
        if bill is None:
            continue
        status, note = client.try_status(bill)
        statuses[chamber] = status
        if note:
            notes.append(note)
    return statuses, notes
