"""What a campaign pack may say about a bill besides its number: ``BillFacts``.

An organizer can state, per ``[bills.house]``/``[bills.senate]``, who introduced the bill
(``sponsors``) and who joined them as original cosponsors (``cosponsors``), its latest action with a date (``status``, ``status_date``), and a committee
whose members' letters acknowledge their seat on it (``committee``, ``committee_note``).
Letters written offline use these; Congress.gov, when reachable, adds sponsors and replaces
the status, and the committee-membership data decides who is on the committee.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_BIOGUIDE = re.compile(r"^[A-Z][0-9]{6}$")


@dataclass(frozen=True)
class BillFacts:
    """Facts an organizer states about a bill in the pack, for offline letters.

    ``sponsors``: bioguide ids of the members who introduced the bill (thanked for introducing
    it). ``cosponsors``: bioguide ids of its original cosponsors, who signed on when it was
    introduced (thanked for cosponsoring; Congress.gov, when reachable, adds later ones).
    Neither is ever asked to cosponsor. ``status``: the bill's
    latest action as of ``status_date`` (a letter never states a status without its date).
    Congress.gov, when reachable, adds to the sponsors and replaces the status.

    ``committee``: the thomas id of a committee ("SSJU": Senate Judiciary) whose members'
    letters say so; ``committee_note``: the sentence they get (the committee-membership data
    decides who is on it; see core/committees.py).
    """

    sponsors: tuple[str, ...] = ()
    cosponsors: tuple[str, ...] = ()
    status: str = ""
    status_date: date | None = None
    committee: str = ""
    committee_note: str = ""


# More ids than seats in Congress is a mistake, not a list (and keeps a pack's lists small).
MAX_MEMBER_IDS = 535


def _member_ids(spec: Mapping[str, Any], key: str, problems: list[tuple[str, str]]) -> list[str]:
    """The bioguide ids under ``key`` (``sponsors`` or ``cosponsors``), upper-cased, each once."""
    raw = spec.get(key, [])
    ids: list[str] = []
    if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
        problems.append((key, f'{key} must be a list of bioguide ids, e.g. ["M001212"]'))
        return ids
    if len(raw) > MAX_MEMBER_IDS:
        problems.append(
            (key, f"{key} lists {len(raw)} ids; Congress has {MAX_MEMBER_IDS} voting seats")
        )
        return ids
    for item in raw:
        bioguide = item.strip().upper()
        if not _BIOGUIDE.match(bioguide):
            problems.append(
                (key, f"'{item}' is not a bioguide id (a letter and six digits, e.g. M001212)")
            )
        elif bioguide not in ids:
            ids.append(bioguide)
    return ids


def bill_facts(spec: Mapping[str, Any]) -> tuple[BillFacts, list[tuple[str, str]]]:
    """The optional ``sponsors``, ``cosponsors``, ``status``, ``status_date``, ``committee``
    and ``committee_note`` of one ``[bills.x]`` table, and problems as ``(key, message)`` for
    the pack's checker."""
    problems: list[tuple[str, str]] = []
    sponsors = _member_ids(spec, "sponsors", problems)
    cosponsors = _member_ids(spec, "cosponsors", problems)
    both = [b for b in cosponsors if b in sponsors]
    if both:
        problems.append(
            (
                "cosponsors",
                f"{', '.join(both)} is listed under both sponsors and cosponsors; "
                "name each member once (sponsors: who introduced the bill)",
            )
        )
        cosponsors = [b for b in cosponsors if b not in sponsors]
    status = spec.get("status", "")
    if not isinstance(status, str):
        problems.append(
            ("status", 'status must be text, e.g. "Referred to the House Judiciary Committee"')
        )
        status = ""
    status = " ".join(status.split()).rstrip(".")
    when = spec.get("status_date")
    if isinstance(when, str):
        try:
            when = date.fromisoformat(when.strip())
        except ValueError:
            when = "bad"
    if when is not None and (not isinstance(when, date) or isinstance(when, datetime)):
        problems.append(("status_date", "status_date must be a date like 2025-06-26"))
        when = None
    if status and when is None:
        problems.append(
            (
                "status",
                "a status needs its date (status_date = 2025-06-26): a letter "
                "must not state a bill's status without saying as of when",
            )
        )
        status = ""
    committee, note = _committee(spec, problems)
    facts = BillFacts(
        tuple(sponsors), tuple(cosponsors), status, when if status else None, committee, note
    )
    return facts, problems


_COMMITTEE_ID = re.compile(r"^[A-Z]{4}(?:[0-9]{2})?$")  # as core/committees.py reads them
MAX_NOTE_CHARS = 400


def committee_note_problem(note: Any) -> str:
    """Why a ``committee_note`` (here or in a translation) cannot go into a letter."""
    if not isinstance(note, str):
        return "committee_note must be text: the sentence a committee member's letter gets"
    if len(note) > MAX_NOTE_CHARS:
        return f"committee_note is longer than {MAX_NOTE_CHARS} characters; one sentence is enough"
    if "{" in note or "}" in note:
        return "committee_note is plain text: write the bill's number out (no { })"
    return ""


def _committee(spec: Mapping[str, Any], problems: list[tuple[str, str]]) -> tuple[str, str]:
    """The optional ``committee`` (a thomas id) and ``committee_note`` of a ``[bills.x]``."""
    raw = spec.get("committee", "")
    committee = raw.strip().upper() if isinstance(raw, str) else ""
    if not isinstance(raw, str) or (committee and not _COMMITTEE_ID.match(committee)):
        problems.append(
            (
                "committee",
                f'committee must be a committee\'s thomas id, e.g. "SSJU" (Senate Judiciary) '
                f'or "HSJU" (House Judiciary), not {raw!r}',
            )
        )
        committee = ""
    note = spec.get("committee_note", "")
    problem = committee_note_problem(note)
    if problem:
        problems.append(("committee_note", problem))
        note = ""
    note = " ".join(note.split())
    if note and not committee:
        problems.append(
            (
                "committee_note",
                'a committee_note needs the committee it speaks of (committee = "SSJU")',
            )
        )
        note = ""
    return committee, note
