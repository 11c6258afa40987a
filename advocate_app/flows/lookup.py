"""Looking up the writer's members: the address the session holds -> members, or none.

``find(finder, query)`` is the plain call (a worker thread may run it); ``look_up`` runs it
and hands the answer to the session, which takes it only for the address it was asked for.
Whatever goes wrong (offline, the Census service answers 503), the session is left with no
members: ``lookup_failed`` voids the lookup before the error goes on to the person.

``row_finder`` is the same job for each row of a participants file (``advocate batch``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem, ServiceUnavailable
from advocate_app.core.messages import Message
from advocate_app.core.models import seat_label
from advocate_app.flows.session import LookupQuery, QueryProblem

if TYPE_CHECKING:
    from collections.abc import Callable

    from advocate_app.core.lookup.finder import Finder
    from advocate_app.core.lookup.result import LookupResult
    from advocate_app.core.models import Address
    from advocate_app.core.participants import Found, Participant
    from advocate_app.flows.session import LetterSession

QUERY_PROBLEM_TEXT = {  # for the command line (the window words its own)
    code: Message(f"query.{code}")
    for code in ("need_house_number", "need_city_or_zip", "zip_digits", "need_address")
}


def find(finder: Finder, query: LookupQuery) -> LookupResult:
    if query.kind == "address":
        return finder.find_by_address(query.text)
    return finder.find_by_zip(query.text, query.district)


def look_up(
    finder: Finder,
    session: LetterSession,
    *,
    district: str | None = None,
    today: date | None = None,
) -> LookupResult:
    """Look up the session's address now (the command line; the window goes through its
    task runner with ``find`` and ``take_lookup``/``lookup_failed``)."""
    query = session.query()
    if isinstance(query, QueryProblem):
        session.lookup_failed()
        raise InputProblem(QUERY_PROBLEM_TEXT[query.code])
    if district:
        query = LookupQuery(query.kind, query.text, district)
    try:
        result = find(finder, query)
    except BaseException:
        session.lookup_failed()
        raise
    session.take_lookup(query, result, today)
    return result


def certainty_problem(result: LookupResult, how: str) -> InputProblem | None:
    """Why letters cannot be written from this answer yet (several addresses in different
    districts, a split ZIP), or None: a letter to the wrong member is the worst outcome."""
    if not (result.ambiguous or result.candidates):
        return None
    if result.matches and len({(m.state, m.district) for m in result.matches}) > 1:
        options = "; ".join(
            f"{m.matched_address} ({seat_label(m.state, m.district)})" for m in result.matches
        )
        return InputProblem(Message("query.matches_differ", options=options))
    labels = ", ".join(c.label for c in result.candidates)
    example = result.candidates[0].label if result.candidates else "TX-37"
    return InputProblem(Message("query.split_cli", how=how, labels=labels, example=example))


def row_finder(finder: Finder, *, offline: bool) -> Callable[[Participant], Found]:
    """Each participant's members: the ZIP table first; for a ZIP code split between
    districts, the row's street address through the Census service (not ``offline``). A row
    that stays uncertain gets only its senators' letters, with a note saying which column
    to add; a ZIP code outside the row's state is refused (a typo would reach a stranger)."""
    from advocate_app.core.lookup.geography import state_name
    from advocate_app.core.participants import Found

    def street_lookup(address: Address) -> Found | Message:
        """The exact members from the street address, or why there are none."""
        if offline:
            return Message("batch.reason_offline")
        parts = (address.street, address.city, f"{address.state} {address.zip}".strip())
        try:
            exact = finder.find_by_address(", ".join(p for p in parts if p))
        except ServiceUnavailable:
            return Message("batch.reason_unreachable")
        except InputProblem:
            return Message("batch.reason_not_found")
        if exact.ambiguous or exact.candidates:
            return Message("batch.reason_several")
        return Found(list(exact.members))

    def find(person: Participant) -> Found:
        address = person.constituent.address
        result = finder.find_by_zip(address.zip, person.district or None)
        states = {c.state for c in result.candidates} or {result.match.state}
        if address.state and address.state not in states:
            where = ", ".join(state_name(s) for s in sorted(states))
            raise InputProblem(
                Message("batch.wrong_state", zip=address.zip, where=where,
                        state=state_name(address.state))
            )  # fmt: skip
        if not result.candidates:
            return Found(list(result.members))
        exact = street_lookup(address)
        if isinstance(exact, Found):
            return exact
        split = {
            "zip": address.zip,
            "labels": ", ".join(c.label for c in result.candidates),
            "reason": exact,
            "example": result.candidates[0].label,
        }
        if result.members:  # the senators are certain
            return Found(list(result.members), [Message("batch.split_senators_only", **split)])
        raise InputProblem(Message("batch.split_no_letters", **split))

    return find
