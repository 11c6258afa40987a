"""``LetterSession``: one letter writer's work, from their address to the letters they send.

What it holds: the writer (name, address, contact), the lookup that found their members,
which members they unticked, the chosen campaign, their story and talking points, the
letters composed for them and their own edits to each letter (kept per member, across
steps). What it guarantees:

- Any change to the street, city, state or ZIP (or the one-line address the command line
  passes) voids the lookup, the letters built on it and the edits of those letters, at
  once: no member and no letter until a lookup for the new address succeeds.
- A lookup answer is taken only for the address it was asked for (``take_lookup``); a
  failed lookup leaves no members (``lookup_failed``), never the previous ones.
- Letters are taken only if the lookup they were built on still holds (``take_letters``).

Listeners (``subscribe``) get the set of what changed (``WRITER``, ``LOOKUP``, ...:
flows/changes.py), so a window re-renders only what it must. Choosing the campaign, story,
points and language is in ``letter_choices.py``. A draft is ``to_snapshot()``: plain JSON, restored by
``from_snapshot``. The session never does I/O; the operations in ``lookup``, ``compose``
and ``deliver`` do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from advocate_app.flows.changes import (
    CAMPAIGN,
    EDITS,
    INCLUSION,
    LANGUAGE,
    LETTERS,
    LOOKUP,
    POINTS,
    STORY,
    WRITER,
)
from advocate_app.flows.letter_choices import LetterChoices
from advocate_app.flows.writer import (  # noqa: F401 - the session's vocabulary, in one place
    ADDRESS_FIELDS,
    NEED_ADDRESS,
    NEED_CITY_OR_ZIP,
    NEED_HOUSE_NUMBER,
    WRITER_KEYS,
    ZIP_DIGITS,
    LookupQuery,
    QueryProblem,
    Writer,
    build_query,
)

if TYPE_CHECKING:
    from datetime import date

    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.lookup.result import LookupResult
    from advocate_app.core.models import Constituent, Letter, Member
    from advocate_app.core.terms import EndedTerm
    from advocate_app.flows.compose import LetterRequest
    from advocate_app.flows.deliver import Ledger


class LetterSession(LetterChoices):
    """One writer's work in progress; see the module docstring. What the letters say
    (campaign, story, points, language) is set through ``LetterChoices``
    (flows/letter_choices.py). (A plain class, not a dataclass: the window builds one at
    start-up, and every millisecond there counts.)"""

    def __init__(self) -> None:
        self.writer = Writer()
        self.lookup: LookupResult | None = None
        self.excluded: set[str] = set()  # bioguide ids the person unticked
        self.campaign: Campaign | None = None
        self.campaign_id = ""
        self.story = ""
        self.points: list[int] | None = None  # None: the campaign's defaults
        # An event's campaign (lock_campaign): no other may be chosen; ``offered`` are the
        # talking points the organizer offers (None: all of the campaign's).
        self.locked_campaign = ""
        self.offered: list[int] | None = None
        self.statuses: dict[Any, Any] = {}  # Chamber -> BillStatus | None
        self.letters: list[Letter] = []  # as composed, without edits
        self.edits: dict[str, str] = {}  # bioguide -> the person's body text
        self.generation = 0  # bumped each time the lookup changes or is voided
        self.no_street_confirmed = False  # the writer chose to write without a street (issue 13)
        self.letters_current = False  # False: an input changed since the letters were composed
        self.letter_language = "en"  # the letters' language; English is what offices log fastest
        self._edits_aside: dict[str, dict[str, str]] = {}  # language -> edits kept aside
        self._ledger: Ledger | None = None  # what already left (deliver.py)
        self._listeners: list[Callable[[frozenset[str]], None]] = []
        self._lookup_key: tuple[str, ...] | None = None

    # --- listening -------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[frozenset[str]], None]) -> None:
        self._listeners.append(listener)

    def _tell(self, changed: Iterable[str]) -> None:
        what = frozenset(changed)
        if what:
            for listener in list(self._listeners):
                listener(what)

    # --- the writer ------------------------------------------------------------------------
    def set_writer(self, **values: str) -> frozenset[str]:
        """Change some of the writer's fields; returns (and tells) what changed."""
        unknown = set(values) - set(WRITER_KEYS)
        if unknown:
            raise TypeError(f"unknown writer fields: {sorted(unknown)}")
        new = Writer.clean(**{**_as_dict(self.writer), **values})
        if new == self.writer:
            return frozenset()
        moved = new.address_key() != self.writer.address_key()
        self.writer = new
        changed = {WRITER}
        if moved:
            changed |= self._void_lookup()
            self.no_street_confirmed = False  # a new address: ask again
        elif self.letters:
            self.letters_current = False  # the signature changes: compose again
        self._tell(changed)
        return frozenset(changed)

    def _void_lookup(self, *, keep_edits: bool = False) -> set[str]:
        """No lookup, no members, no letter built on them (and, when the address moved, no
        edit of those letters either)."""
        self.generation += 1
        changed = {LOOKUP}
        if self.letters:
            changed.add(LETTERS)
        if self.edits and not keep_edits:
            changed.add(EDITS)
            self.edits.clear()
        self.lookup = None
        self._lookup_key = None
        self.excluded.clear()
        self.letters = []
        self.letters_current = False
        return changed

    def query(self) -> LookupQuery | QueryProblem:
        return build_query(self.writer)

    def constituent(self) -> Constituent:
        """The writer as the letters sign them; the state and ZIP filled from the lookup."""
        from advocate_app.core.lookup.zipcodes import zip_at_end
        from advocate_app.core.models import Address, Constituent  # not at start-up (~15 ms)

        w = self.writer
        state, zip_code = w.state, w.zip
        if self.lookup is not None:
            state = state or self.lookup.match.state
            zip_code = zip_code or zip_at_end(self.lookup.match.matched_address)
        return Constituent(
            name=w.name,
            address=Address(w.street, w.city, state, zip_code[:10]),
            email=w.email,
            phone=w.phone,
        )

    # --- the lookup ------------------------------------------------------------------------
    def take_lookup(
        self, query: LookupQuery, result: LookupResult, today: date | None = None
    ) -> bool:
        """A lookup answered: taken only if it answers the address the writer has now. A
        member whose term in the data has ended by ``today`` starts unticked (issue 13)."""
        current = self.query()
        if not isinstance(current, LookupQuery) or (current.kind, current.text) != (
            query.kind,
            query.text,
        ):
            return False
        self.generation += 1
        self.lookup = result
        self._lookup_key = self.writer.address_key()
        self.excluded = {t.member.bioguide for t in self._ended(today)}
        self.letters = []
        self.letters_current = False
        self._tell({LOOKUP, LETTERS})
        return True

    def refine_lookup(
        self, generation: int, result: LookupResult, today: date | None = None
    ) -> bool:
        """The person picked their address or district among the lookup's choices."""
        if generation != self.generation or self.lookup is None:
            return False
        self.generation += 1
        self.lookup = result
        self.excluded |= {t.member.bioguide for t in self._ended(today)}
        self.letters = []
        self.letters_current = False
        self._tell({LOOKUP, LETTERS})
        return True

    def lookup_failed(self) -> None:
        """The lookup failed (offline, the service refused): no members and no letters at
        all. The person's edits stay: they belong to this address (a moved address already
        dropped them) and come back if a retry finds the same members."""
        self._tell(self._void_lookup(keep_edits=True))

    def _ended(self, today: date | None) -> list[EndedTerm]:
        from datetime import date

        from advocate_app.core.terms import ended_term

        when = today or date.today()
        found = (ended_term(m, when) for m in (self.lookup.members if self.lookup else ()))
        return [t for t in found if t is not None]

    def ended_terms(self, today: date) -> list[EndedTerm]:
        """Members of this lookup whose term in the data has ended, with the reason: they get
        no letter unless the writer ticks them again (``include``)."""
        return self._ended(today) if self.has_lookup else []

    @property
    def has_lookup(self) -> bool:
        """True only when the lookup answers the writer's current address."""
        return self.lookup is not None and self._lookup_key == self.writer.address_key()

    @property
    def members(self) -> list[Member]:
        return list(self.lookup.members) if self.has_lookup and self.lookup else []

    @property
    def included(self) -> list[Member]:
        return [m for m in self.members if m.bioguide not in self.excluded]

    def include(self, bioguide: str, included: bool) -> None:
        before = set(self.excluded)
        if included:
            self.excluded.discard(bioguide)
        else:
            self.excluded.add(bioguide)
        if before != self.excluded:
            self.letters_current = False
            kept = [
                letter for letter in self.letters if letter.member.bioguide not in self.excluded
            ]
            changed = {INCLUSION} | ({LETTERS} if len(kept) != len(self.letters) else set())
            self.letters = kept
            self._tell(changed)

    # --- writing without a street address (issue 13) --------------------------------------
    @property
    def street_missing(self) -> bool:
        """The writer gave no street address (a ZIP code alone): offices can neither verify
        that they live in the district nor reply by mail (``core.participants.NO_STREET_WHY``)."""
        return not self.writer.street.strip()

    def may_write(self) -> bool:
        """May letters be written? Only with a street address, or once the writer confirmed
        they want to write without one (the window's checkbox; ``--allow-no-street``)."""
        return not self.street_missing or self.no_street_confirmed

    def confirm_no_street(self, confirmed: bool) -> None:
        """The writer's answer to "write without a street address?". Taking it back drops
        the letters already written without one."""
        if confirmed == self.no_street_confirmed:
            return
        self.no_street_confirmed = confirmed
        changed = {WRITER}
        if not self.may_write() and self.letters:
            self.letters = []
            self.letters_current = False
            changed.add(LETTERS)
        self._tell(changed)

    def targets(self) -> list[Member]:
        """The included members the campaign has a bill for."""
        campaign = self.campaign
        if campaign is None:
            return []
        return [m for m in self.included if campaign.targets(m)]

    def skipped(self) -> list[Member]:
        """Included members the campaign has no bill for."""
        wanted = {m.bioguide for m in self.targets()}
        return [m for m in self.included if m.bioguide not in wanted]

    # --- letters and edits -----------------------------------------------------------------
    def letter_request(self, today: date, *, office_route: str = "dc") -> LetterRequest | None:
        """Everything composing needs, frozen now (None when there is nothing to compose,
        including a campaign whose Congress has ended: its bills died with it, issue 14)."""
        from advocate_app.flows.compose import LetterRequest

        if self.campaign is None or not self.has_lookup or self.campaign.is_expired(today):
            return None
        return LetterRequest(
            generation=self.generation,
            campaign=self.campaign,
            constituent=self.constituent(),
            members=tuple(self.targets()),
            story=self.story,
            points=tuple(self.chosen_points()),
            today=today,
            statuses=dict(self.statuses),
            office_route=office_route,
            language=self.letter_language,
        )

    def drop_letters(self) -> None:
        """No letters now (the campaign ended): nothing stale can be sent."""
        if self.letters:
            self.letters = []
            self.letters_current = False
            self._tell({LETTERS})

    def take_letters(self, request: LetterRequest, letters: list[Letter]) -> bool:
        """Composed letters arrive: taken only if the lookup they were built on holds."""
        if request.generation != self.generation or not self.has_lookup:
            return False
        wanted = {m.bioguide for m in self.included}
        self.letters = [letter for letter in letters if letter.member.bioguide in wanted]
        self.letters_current = request == self.letter_request(
            request.today, office_route=request.office_route
        )
        self._tell({LETTERS})
        return True

    def set_edit(self, bioguide: str, body: str | None) -> None:
        """The person's own text of one letter (None: back to Advocate's text)."""
        before = self.edits.get(bioguide)
        if body is None:
            self.edits.pop(bioguide, None)
        else:
            self.edits[bioguide] = body
        if before != self.edits.get(bioguide):
            self._tell({EDITS})

    def final_letters(self) -> list[Letter]:
        """The letters to send, in order, with the person's edits."""
        from dataclasses import replace  # not at start-up: the module costs ~6 ms

        return [
            replace(letter, body=self.edits[letter.member.bioguide].strip())
            if letter.member.bioguide in self.edits
            else letter
            for letter in self.letters
        ]

    @property
    def ledger(self) -> Ledger:
        """What already left in this session, so a retry never makes a second copy."""
        if self._ledger is None:
            from advocate_app.flows.deliver import Ledger

            self._ledger = Ledger()
        return self._ledger

    # --- starting over and drafts ----------------------------------------------------------
    def reset(self, *, keep_campaign: bool = True) -> None:
        """The next writer: everything about this one is forgotten (the campaign stays)."""
        campaign = self.campaign if keep_campaign else None
        self.writer = Writer()
        self._void_lookup()
        self.story = ""
        self.points = None
        self.statuses = {}
        self._ledger = None
        self.letter_language, self._edits_aside = "en", {}
        self.no_street_confirmed = False
        if not keep_campaign:
            self.campaign, self.campaign_id = None, ""
        else:
            self.campaign = campaign
        self._tell({WRITER, LOOKUP, LETTERS, EDITS, STORY, POINTS, CAMPAIGN, INCLUSION, LANGUAGE})

    def to_snapshot(self) -> dict[str, Any]:
        """The draft: plain JSON, the keys the window has always kept."""
        data: dict[str, Any] = {k: getattr(self.writer, k) for k in WRITER_KEYS if k != "line"}
        data["story"] = self.story
        data["points"] = list(self.points) if self.points is not None else None
        data["campaign"] = self.campaign_id
        data["edits"] = dict(self.edits)
        if self.letter_language != "en":
            data["letter_language"] = self.letter_language
        return data

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any]) -> LetterSession:
        session = cls()
        session.restore(data)
        return session

    def restore(self, data: Mapping[str, Any]) -> None:
        """Put a draft back: its fields, campaign, story, points and edits (no lookup: the
        address is looked up again before any letter is built)."""
        self.writer = Writer.clean(**{k: str(data.get(k) or "") for k in WRITER_KEYS})
        self._void_lookup()
        self.no_street_confirmed = False
        points = data.get("points")
        self.points = [int(p) for p in points] if isinstance(points, list) else None
        self.story = str(data.get("story") or "")
        campaign_id = str(data.get("campaign") or "")
        if campaign_id and campaign_id != self.campaign_id:
            self.campaign, self.campaign_id, self.statuses = None, campaign_id, {}
        edits = data.get("edits")
        self.edits = (
            {str(k): str(v) for k, v in edits.items()} if isinstance(edits, Mapping) else {}
        )
        self.letter_language = "es" if data.get("letter_language") == "es" else "en"
        self._edits_aside = {}
        self._tell({WRITER, LOOKUP, LETTERS, EDITS, STORY, POINTS, CAMPAIGN, LANGUAGE})


def _as_dict(writer: Writer) -> dict[str, str]:
    return {k: getattr(writer, k) for k in WRITER_KEYS}
