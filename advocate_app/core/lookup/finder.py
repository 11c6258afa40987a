"""Address or ZIP -> the person's members of Congress, with how sure we are.

- A street address goes to the Census geocoder: an exact district. Several fuzzy matches
  are all returned so the person can pick; if they disagree on the district, the result is
  ambiguous, like a split ZIP.
- A ZIP alone uses the ZIP table: one district -> "zip" confidence; several -> the senators
  that are certain plus every candidate district with its member, flagged ambiguous, with
  advice to enter the street address. With the Census table, candidates come largest land
  share first and the note says how much of the ZIP lies where; the share never picks.
- The ZIP table's map and the member data's congress are compared: when they differ, a ZIP
  in a state whose districts changed between the two maps (every state when that is not
  known) is answered as ambiguous and the person is asked for the street address.
- A street address falls back to its ZIP code when the address service cannot be reached,
  or for a PO Box (which the Census cannot place), with a note saying so.
- ZIP codes that are not places: DC's (all one delegate seat), military APO/FPO/DPO (no
  district: the person writes from their home-of-record address).
- DC and the territories have a delegate (PR: a resident commissioner) and no senators;
  a seat with no member is reported as a vacancy; a member whose term in the data has ended
  is kept but flagged, never silently dropped or replaced by a guess.

The answer's shape is ``result.LookupResult``; the notes it carries are written in ``notes``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import DataMissing, InputProblem, Unreachable
from advocate_app.core.lookup.census import ordinal
from advocate_app.core.lookup.geography import TERRITORIES, state_name, states_with_new_maps
from advocate_app.core.lookup.notes import (
    PO_BOX_NOTE,
    UNREACHABLE_NOTE,
    freshness_notes,
    share_note,
)
from advocate_app.core.lookup.result import AddressChoice, Candidate, LookupResult, MatchInfo
from advocate_app.core.lookup.zipcodes import military_zip, normalize_zip, zip_at_end
from advocate_app.core.messages import Message, and_list
from advocate_app.core.models import Chamber, Confidence, Vacancy, seat_label
from advocate_app.core.text import clean_line

if TYPE_CHECKING:
    from advocate_app.core.lookup.census import AddressMatch, CensusGeocoder
    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.core.lookup.zipcodes import ZipCrosswalk


class Finder:
    """Loads its data lazily (callables), so building one costs nothing at start-up."""

    def __init__(
        self,
        *,
        legislators: Callable[[], LegislatorIndex],
        zip_crosswalk: Callable[[], ZipCrosswalk],
        geocoder: CensusGeocoder,
        legislators_date: Callable[[], str] = lambda: "",
        zip_map_congress: int | Callable[[], int | None] = 119,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._legislators = legislators
        self._zip_crosswalk = zip_crosswalk
        self._zip_table: ZipCrosswalk | None = None
        self._zip_congress: int | None = None
        self.geocoder = geocoder
        self._legislators_date = legislators_date
        self.zip_map_congress = zip_map_congress
        self._today = today

    @property
    def index(self) -> LegislatorIndex:
        return self._legislators()

    @property
    def zip_table(self) -> ZipCrosswalk:
        if self._zip_table is None:
            self._zip_table = self._zip_crosswalk()
        return self._zip_table

    @property
    def zip_congress(self) -> int:
        """The congress whose map the ZIP table holds: the file's own header (Census), else
        what the data records or the settings say. Worked out once, like the table itself
        (a batch asks for every row; new data means a new Finder)."""
        if self._zip_congress is None:
            given = self.zip_map_congress
            value = self.zip_table.congress or (given() if callable(given) else given)
            self._zip_congress = int(value or 119)
        return self._zip_congress

    def _split_zip_result(
        self,
        zip5: str,
        districts: list[tuple[str, int]],
        congress: int,
        map_label: Any,
        shares: Any,
    ) -> LookupResult:
        """A ZIP whose Representative is not certain: every candidate, none picked."""
        match = MatchInfo(
            Message("lookup.zip_code", zip=zip5), districts[0][0], None, congress, "zip",
            Confidence.AMBIGUOUS,
        )  # fmt: skip
        return self._ambiguous_result(districts, match, map_label, shares)

    # --- by address ---------------------------------------------------------------------
    def find_by_address(self, address: str) -> LookupResult:
        text = clean_line(address or "")  # one line, nothing a URL cannot carry
        if len(text) < 5 or not any(ch.isdigit() for ch in text):
            raise InputProblem(Message("lookup.address_needed"))
        if len(text) > 200:
            raise InputProblem(Message("lookup.address_too_long"))
        index = self.index
        zip5 = zip_at_end(text)
        if zip5 and _PO_BOX.search(text):
            result = self.find_by_zip(zip5)
            result.notes.insert(0, PO_BOX_NOTE)
            return result
        try:
            answer = self.geocoder.geocode(text, index.congress)
        except Unreachable as unreachable:
            if not zip5:
                raise
            try:
                result = self.find_by_zip(zip5)
            except DataMissing:  # no ZIP table either: the address service is the news
                raise unreachable from None
            result.notes.insert(0, UNREACHABLE_NOTE)
            return result
        if not answer.matches:
            raise InputProblem(Message("lookup.address_not_found"))
        map_label = Message(
            "lookup.map_census", congress=index.congress,
            congress_ordinal=ordinal(index.congress), vintage=answer.vintage,
        )  # fmt: skip
        return self._result_for_matches(list(answer.matches), map_label)

    def choose_address(self, choice: AddressChoice, map_label: str = "") -> LookupResult:
        """The result for one of several geocoder matches, once the person has picked it."""
        congress = self.index.congress
        result = self._district_result(
            choice.state,
            choice.district,
            MatchInfo(
                choice.matched_address,
                choice.state,
                choice.district,
                congress,
                "census",
                Confidence.EXACT,
            ),
            map_label
            or Message(
                "lookup.map_census_plain", congress=congress, congress_ordinal=ordinal(congress)
            ),
        )
        return result

    def _result_for_matches(self, matches: list[AddressMatch], map_label: str) -> LookupResult:
        choices = [AddressChoice(m.matched_address, m.state, m.district) for m in matches]
        districts = sorted({(m.state, m.district) for m in matches})
        first = matches[0]
        congress = first.congress
        if len(districts) == 1:
            result = self._district_result(
                first.state,
                first.district,
                MatchInfo(
                    first.matched_address,
                    first.state,
                    first.district,
                    congress,
                    "census",
                    Confidence.EXACT,
                ),
                map_label,
            )
            if len(choices) > 1:
                result.matches = choices
                result.notes.append(Message("lookup.same_district_matches", count=len(choices)))
            return result
        result = self._ambiguous_result(
            districts,
            MatchInfo(
                first.matched_address, first.state, None, congress, "census", Confidence.AMBIGUOUS
            ),
            map_label,
        )
        result.matches = choices
        result.notes.append(Message("lookup.different_district_matches", count=len(choices)))
        return result

    # --- by ZIP -------------------------------------------------------------------------
    def find_by_zip(self, zip_code: str, district: str | None = None) -> LookupResult:
        """``district`` ("TX-37", "WY-AL") picks one of a split ZIP's candidates."""
        zip5 = normalize_zip(zip_code)
        if military_zip(zip5):
            raise InputProblem(Message("lookup.military_zip", zip=zip5))
        entries = self.zip_table.entries(zip5)
        districts = [(s, d) for s, d, _share in entries]
        shares = {(s, d): share for s, d, share in entries if share is not None}
        if not districts:
            raise InputProblem(Message("lookup.zip_unknown", zip=zip5))
        congress = self.index.congress
        zip_congress = self.zip_congress
        map_label = Message(
            "lookup.map_zip_table", congress=zip_congress, congress_ordinal=ordinal(zip_congress),
        )  # fmt: skip
        stale_map = self._stale_map_states(districts, zip_congress, congress)
        if district:
            districts = [self._chosen_district(zip5, district, districts, stale_map)]
            stale_map = set()  # the person chose
        if stale_map:
            result = self._split_zip_result(zip5, districts, congress, map_label, shares)
            names = and_list([state_name(s) for s in sorted(stale_map)])
            note = _two_maps_note("lookup.zip_map_stale", zip_congress, congress, states=names)
            result.notes.insert(0, note)
            return result
        result = self._zip_districts_result(zip5, districts, congress, map_label, shares)
        if zip_congress != congress:
            result.notes.append(_two_maps_note("lookup.zip_map_differs", zip_congress, congress))
        return result

    def _chosen_district(
        self, zip5: str, label: str, districts: list[tuple[str, int]], stale_map: set[str]
    ) -> tuple[str, int]:
        """The seat the person picked for a split ZIP, if the ZIP can lie in it."""
        wanted = _parse_district_label(label)
        allowed = list(districts)
        if wanted[0] in stale_map:  # the table's map is old there: any of the state's seats
            allowed += [seat for seat in self.index.house_seats(wanted[0]) if seat not in allowed]
        if wanted not in allowed:
            options = ", ".join(seat_label(s, d) for s, d in districts)
            raise InputProblem(
                Message("lookup.zip_not_in_district", zip=zip5, district=label, options=options)
            )
        return wanted

    def _zip_districts_result(
        self,
        zip5: str,
        districts: list[tuple[str, int]],
        congress: int,
        map_label: Any,
        shares: dict[tuple[str, int], float],
    ) -> LookupResult:
        """One district: its members, "zip" confidence. Several: every candidate, none picked,
        with the land shares described when the table has them."""
        if len(districts) == 1:
            state, number = districts[0]
            match = MatchInfo(
                Message("lookup.zip_code", zip=zip5), state, number, congress, "zip",
                Confidence.ZIP,
            )  # fmt: skip
            return self._district_result(state, number, match, map_label)
        result = self._split_zip_result(zip5, districts, congress, map_label, shares)
        result.notes.append(Message("lookup.zip_split", zip=zip5, count=len(districts)))
        if shares:
            result.notes.append(share_note(zip5, districts, shares))
        return result

    def _stale_map_states(
        self, districts: list[tuple[str, int]], zip_congress: int, member_congress: int
    ) -> set[str]:
        """States among ``districts`` whose lines may differ between the ZIP table's map and
        the member data's congress. A state with one at-large seat on both maps has no lines."""
        if zip_congress == member_congress:
            return set()
        changed = states_with_new_maps(zip_congress, member_congress)
        states = set()
        for state, number in districts:
            if state in TERRITORIES or state == "DC":
                continue
            if changed is not None and state not in changed:
                continue
            if number == 0 and self.index.house_seats(state) == [(state, 0)]:
                continue
            states.add(state)
        return states

    # --- shared -------------------------------------------------------------------------
    def _district_result(
        self, state: str, number: int, match: MatchInfo, map_label: str
    ) -> LookupResult:
        index = self.index
        result = LookupResult(match=match, legislators_date=self._legislators_date(), map=map_label)
        rep = index.representative(state, number)
        if rep is None:
            result.vacancies.append(Vacancy(Chamber.HOUSE, state, number))
            result.notes.append(Message("lookup.house_vacant", seat=seat_label(state, number)))
        else:
            result.members.append(rep)
        self._add_senators(result, state)
        self._add_freshness_notes(result)
        return result

    def _ambiguous_result(
        self,
        districts: list[tuple[str, int]],
        match: MatchInfo,
        map_label: str,
        shares: dict[tuple[str, int], float] | None = None,
    ) -> LookupResult:
        index = self.index
        result = LookupResult(match=match, legislators_date=self._legislators_date(), map=map_label)
        for state, number in districts:
            result.candidates.append(
                Candidate(
                    state,
                    number,
                    index.representative(state, number),
                    (shares or {}).get((state, number)),
                )
            )
        states = sorted({state for state, _ in districts})
        if len(states) == 1:
            self._add_senators(result, states[0])
        else:
            names = and_list([state_name(s) for s in states])
            result.notes.append(Message("lookup.several_states", states=names))
        self._add_freshness_notes(result)
        return result

    def _add_senators(self, result: LookupResult, state: str) -> None:
        if state in TERRITORIES:
            code = (
                "lookup.no_senators_resident_commissioner"
                if state == "PR"
                else "lookup.no_senators"
            )
            result.notes.append(Message(code, state=state_name(state)))
            return
        index = self.index
        result.members.extend(index.senators(state))
        result.vacancies.extend(index.senate_vacancies(state))

    def _add_freshness_notes(self, result: LookupResult) -> None:
        people = list(result.members) + [c.member for c in result.candidates if c.member]
        result.notes.extend(freshness_notes(people, self.index.congress, self._today()))


_PO_BOX = re.compile(r"\b(?:P\.?\s*O\.?\s*Box|Post\s+Office\s+Box|POB)\b", re.IGNORECASE)


def _parse_district_label(label: str) -> tuple[str, int]:
    text = label.strip().upper().replace(" ", "")
    state, _, number = text.partition("-")
    if len(state) != 2 or not number:
        raise InputProblem(Message("lookup.not_a_district", label=label))
    if number in ("AL", "00", "0"):
        return state, 0
    if not number.isdigit():
        raise InputProblem(Message("lookup.not_a_district", label=label))
    return state, int(number)


def _two_maps_note(code: str, zip_congress: int, congress: int, **args: Any) -> Message:
    """A note naming the ZIP table's map and the member data's Congress."""
    return Message(
        code, **args,
        zip_congress=zip_congress, zip_congress_ordinal=ordinal(zip_congress),
        congress=congress, congress_ordinal=ordinal(congress),
    )  # fmt: skip
