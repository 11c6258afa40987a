"""Looking up the writer's members: the address the session holds -> members, or none.

``find(finder, query)`` is the plain call (a worker thread may run it); ``look_up`` runs it
and hands the answer to the session, which takes it only for the address it was asked for.
Whatever goes wrong (offline, the Census service answers 503), the session is left with no
members: ``lookup_failed`` voids the lookup before the error goes on to the person.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message
from advocate_app.core.models import seat_label
from advocate_app.flows.session import LookupQuery, QueryProblem

if TYPE_CHECKING:
    from advocate_app.core.lookup.finder import Finder
    from advocate_app.core.lookup.result import LookupResult
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
