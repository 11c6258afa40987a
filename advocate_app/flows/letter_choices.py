"""What the letters say: the campaign, the writer's story and talking points, the letters'
language, and an event's locked campaign. A part of ``LetterSession`` (flows/session.py).

Why a module of its own: the session's rules about who gets a letter (the writer, the
lookup, the members, the letters and edits) are one responsibility; what the letters carry
is another, which never touches the lookup. ``LetterSession`` inherits these methods and
holds their state; each change marks the letters stale (``letters_current``) and tells
the listeners what changed (flows/changes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from advocate_app.flows.changes import CAMPAIGN, EDITS, LANGUAGE, POINTS, STORY

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign


class LetterChoices:
    """The choices part of ``LetterSession`` (which sets every attribute below)."""

    campaign: Campaign | None
    campaign_id: str
    story: str
    points: list[int] | None  # None: the campaign's defaults
    locked_campaign: str
    offered: list[int] | None
    statuses: dict[Any, Any]
    letters_current: bool
    letter_language: str
    edits: dict[str, str]
    _edits_aside: dict[str, dict[str, str]]
    _tell: Callable[[Iterable[str]], None]

    def lock_campaign(self, campaign_id: str, offered: list[int] | None = None) -> None:
        """An event: every participant writes for ``campaign_id`` with the points in
        ``offered`` (None: all); ``choose_campaign`` refuses any other. "" unlocks."""
        offered = sorted(set(offered)) if offered else None
        if (campaign_id, offered) == (self.locked_campaign, self.offered):
            return
        self.locked_campaign, self.offered = campaign_id, offered
        changed = {CAMPAIGN, POINTS}
        if campaign_id and campaign_id != self.campaign_id:
            self.campaign, self.campaign_id, self.statuses = None, campaign_id, {}
            self.letters_current = False
        self.points = None
        self.letters_current = False
        self._tell(changed)

    def choose_campaign(self, campaign: Campaign | None) -> None:
        new_id = campaign.id if campaign is not None else ""
        if self.locked_campaign and new_id != self.locked_campaign:
            return  # an event's campaign: participants cannot change it
        if campaign is self.campaign and new_id == self.campaign_id:
            return
        changed = {CAMPAIGN}
        if new_id != self.campaign_id:
            if self.campaign is not None or self.campaign_id:
                self.points = None  # another campaign: its own default points
                changed.add(POINTS)
            self.statuses = {}
        self.campaign = campaign
        self.campaign_id = new_id
        self.letters_current = False
        self._tell(changed)

    def set_story(self, story: str) -> None:
        if story != self.story:
            self.story = story
            self.letters_current = False
            self._tell({STORY})

    def set_points(self, points: list[int] | None) -> None:
        points = list(points) if points is not None else None
        if points is not None and self.offered is not None:
            points = [p for p in points if p in self.offered]  # only what the event offers
        if points != self.points:
            self.points = points
            self.letters_current = False
            self._tell({POINTS})

    def set_letter_language(self, language: str) -> None:
        """Letters in ``language`` ("en" or "es"); the story stays as written. The person's
        edits of the letters in one language are kept for when they switch back."""
        from advocate_app.core.letter_language import normalize_language  # not at start-up

        language = normalize_language(language)
        if language == self.letter_language:
            return
        self._edits_aside[self.letter_language] = dict(self.edits)
        self.edits = self._edits_aside.pop(language, {})
        self.letter_language = language
        self.letters_current = False
        self._tell({LANGUAGE, EDITS})

    def letter_campaign(self) -> Campaign | None:
        """The campaign in the letters' language (English when the pack has no translation)."""
        if self.campaign is None:
            return None
        return self.campaign.in_language(self.letter_language)

    def chosen_points(self) -> list[int]:
        """The talking points the letters carry: the writer's choice, else the campaign's
        defaults (every point when it names none). At an event that offers some points
        only, the defaults among them (all offered ones when none of the defaults is)."""
        if self.points is not None:
            return list(self.points)
        campaign = self.campaign
        if campaign is None:
            return []
        count = len(campaign.talking_points)
        defaults = sorted(set(campaign.default_points or range(count)))
        if self.offered is None:
            return defaults
        offered = [p for p in self.offered if p < count]
        return [p for p in offered if p in defaults] or offered

    def drop_last_point(self) -> bool:
        """Leave out the last chosen talking point (a letter runs over one page, issue 13);
        False when no point is left to drop."""
        chosen = self.chosen_points()
        if not chosen:
            return False
        self.set_points(chosen[:-1])
        return True

    def set_statuses(self, statuses: Mapping[Any, Any]) -> None:
        """Bill status per chamber (the letters thank a cosponsor): compose again."""
        self.statuses.update(statuses)
        self.letters_current = False
