"""Who sits on which committee of Congress, so a letter can acknowledge a member's seat.

The data is congress-legislators' ``committee-membership-current.json`` (CC0, the same
source and host as the member list): ``{"SSJU": [{"bioguide": "G000386", "name": ...,
"party": "majority", "rank": 1, "title": "Chairman"}, ...], "SSJU01": [...], ...}``,
keyed by each committee's thomas id (Senate Judiciary ``SSJU``, House Judiciary ``HSJU``;
a subcommittee adds two digits).

This module only answers "which committees is this member on". What a letter says about it
is the campaign pack's (``committee`` and ``committee_note`` under ``[bills.x]``). The rules
keep the answer from ever being wrong:

- a file in another shape is refused whole (``roster_problem``), before it replaces a good
  copy; a malformed entry inside a good file is skipped;
- the file does not say which congress it describes, so its date decides: a copy dated
  before the congress began (Jan 3 of its first year) is not used, since committee seats
  are handed out anew each congress. A copy older than the letters is otherwise fine:
  members keep their seats through a congress, with rare changes;
- no usable data means no acknowledgement (``None``: unknown), never a guess or a crash.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from advocate_app.core.errors import AdvocateError
from advocate_app.core.lookup.derived import load_derived, read_dataset_bytes
from advocate_app.core.lookup.legislators import congress_for_year

log = logging.getLogger(__name__)

COMMITTEE_ID = re.compile(r"^[A-Z]{4}(?:[0-9]{2})?$")  # "SSJU", "HSJU", "SSJU22"
_BIOGUIDE = re.compile(r"^[A-Z][0-9]{6}$")
MAX_COMMITTEES = 2000  # today 230 committees and subcommittees
MAX_SEATS = 500  # per committee; the largest has about 60

# bioguide id -> the thomas ids of the committees the member sits on (sorted)
Seats = dict[str, tuple[str, ...]]


def roster_problem(parsed: Any) -> str:
    """Why ``parsed`` (the file's JSON) is not a committee roster; "" when it is one."""
    if not isinstance(parsed, dict) or not parsed:
        return "not a table of committees"
    if len(parsed) > MAX_COMMITTEES:
        return f"more than {MAX_COMMITTEES} committees"
    usable = 0
    for committee, seats in parsed.items():
        if not isinstance(seats, list) or len(seats) > MAX_SEATS:
            return f"committee {str(committee)[:12]!r} is not a list of members"
        if COMMITTEE_ID.match(str(committee)) and any(
            isinstance(s, dict) and _BIOGUIDE.match(str(s.get("bioguide", ""))) for s in seats
        ):
            usable += 1
    return "" if usable else "no committee lists a member by bioguide id"


def seats_from_roster(parsed: Any) -> Seats:
    """Each member's committees, from a roster; entries in an unknown shape are skipped."""
    seats: dict[str, set[str]] = {}
    if not isinstance(parsed, dict):
        return {}
    for committee, members in parsed.items():
        if not isinstance(committee, str) or not COMMITTEE_ID.match(committee):
            continue
        if not isinstance(members, list):
            continue
        for entry in members:
            bioguide = entry.get("bioguide") if isinstance(entry, dict) else None
            if isinstance(bioguide, str) and _BIOGUIDE.match(bioguide):
                seats.setdefault(bioguide, set()).add(committee)
    return {bioguide: tuple(sorted(ids)) for bioguide, ids in seats.items()}


def committee_ids(parsed: Any) -> frozenset[str]:
    """The thomas ids a roster knows (for ``campaign check``)."""
    if not isinstance(parsed, dict):
        return frozenset()
    return frozenset(c for c in parsed if isinstance(c, str) and COMMITTEE_ID.match(c))


def congress_of_date(day: str) -> int | None:
    """The congress sitting on ``day`` (YYYY-MM-DD...): a new one from Jan 4 of odd years."""
    try:
        when = date.fromisoformat(day[:10])
    except (TypeError, ValueError):
        return None
    if (when.month, when.day) <= (1, 3):
        return congress_for_year(when.year - 1)
    return congress_for_year(when.year)


def read_roster(path: Path) -> Any:
    """The roster file's JSON (plain or ``.gz``); ``ValueError`` when it is not JSON."""
    try:
        return json.loads(read_dataset_bytes(path))
    except RecursionError as exc:  # absurd nesting
        raise ValueError("nested too deeply") from exc


def load_seats(path: Path | None, index_dir: Path | None = None) -> Seats | None:
    """Each member's committees from the roster at ``path``; None when there is no usable
    file (missing, unreadable or in another shape): the letters then acknowledge no one."""
    if path is None:
        return None

    def build() -> Seats | None:
        parsed = read_roster(path)
        if roster_problem(parsed):
            return None
        return seats_from_roster(parsed)

    try:
        return load_derived(Path(path), "committee-seats", build, index_dir)
    except (OSError, ValueError) as exc:
        log.warning("committee data not used (%s)", type(exc).__name__)
        return None


def seats_for_congress(datasets: Any, congress: int, index_dir: Path | None = None) -> Seats | None:
    """The committee seats to use for members of ``congress``: from ``datasets`` (a
    ``DatasetStore``) when it holds a roster dated within that congress, else None.

    Like the district offices, the roster is fetched (or revalidated) when due; no copy at
    all, or no way to reach one, is not an error."""
    if "committee_membership" not in datasets.sources:
        return None
    try:
        path = datasets.path_if_available("committee_membership")
        info = datasets.info("committee_membership")
    except (AdvocateError, OSError) as exc:  # an unwritable cache, a damaged record
        log.warning("committee data not used (%s)", type(exc).__name__)
        return None
    if path is None:
        return None
    dated = congress_of_date(info.date)
    if dated != congress:
        log.info("committee data dated for congress %s, members for %s: not used", dated, congress)
        return None
    return load_seats(path, index_dir)


def unknown_committees(wanted: Iterable[str], roster_path: Path | None) -> list[str]:
    """The ids in ``wanted`` that the roster at ``roster_path`` does not list (a typo in a
    pack: "SJU" for "SSJU"); [] when there is no usable roster to tell."""
    if roster_path is None:
        return []
    try:
        parsed = read_roster(roster_path)
    except (OSError, ValueError):
        return []
    if roster_problem(parsed):
        return []
    known = committee_ids(parsed)
    return sorted({c for c in wanted if c and c not in known})
