"""Tallies: how many letters went to whom, by which route, at which event. No writer's data.

Why: after a letter-writing event the organizer reports to each office ("42 constituents of
TX-37 wrote about H.R. 3921") and to the group. A tally row holds only the campaign, the
bill, the member (bioguide id, name, chamber, state, district), the route, the event name
and the time: never the writer's name, address, email or words.

Rows are written by the archive (``Archive.add``, in the same transaction), so every letter
that reached paper, a PDF, a server or a web form is counted once per route, whichever part
of the app sent it, with the running event's name taken from the database marker
(``core/event.py``).

No row holds anything computed from the letter's words: ``letter_key`` is a random token
that only this session can find again (``tally_keys``), so one letter printed *and* emailed
counts as one letter and two deliveries.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import TYPE_CHECKING, Any

from advocate_app.core.csv_safe import safe_cell
from advocate_app.core.errors import InputProblem
from advocate_app.core.letter_language import language_of_letter
from advocate_app.core.models import seat_label as _seat_code
from advocate_app.core.tally_keys import SESSION_KEYS

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.core.store import Store

ROUTE = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
GROUPINGS = ("member", "district", "campaign", "route", "event")
CSV_COLUMNS = (
    "date", "time", "event", "campaign", "bill", "member", "bioguide", "chamber", "state",
    "district", "seat", "route", "letter",
)  # fmt: skip
_SEAT = re.compile(r"^([A-Z]{2})(?:-(AL|\d{1,2}))?$")
# One letter, counted once even when it went out by several routes.
_LETTERS = "COUNT(DISTINCT CASE WHEN letter_key = '' THEN 'row' || id ELSE letter_key END)"


def seat_parts(seat: str) -> tuple[str, str, int | None]:
    """ "TX-37" -> ("house", "TX", 37); "WY-AL" -> ("house", "WY", 0); "TX" -> ("senate", "TX", None)."""
    found = _SEAT.match((seat or "").strip().upper())
    if not found:
        return "", "", None
    state, district = found.group(1), found.group(2)
    if district is None:
        return "senate", state, None
    return "house", state, 0 if district == "AL" else int(district)


def seat_label(chamber: str, state: str, district: int | None) -> str:
    return _seat_code(state, None if chamber == "senate" else district or 0)


def insert_tally(
    conn: sqlite3.Connection,
    *,
    route: str,
    campaign_id: str,
    member_bioguide: str,
    member_name: str,
    member_seat: str,
    bill_label: str = "",
    letter_text: str = "",
    event_name: str = "",
    when: float | None = None,
) -> int:
    """One tally row inside the caller's transaction (the archive calls this)."""
    if not ROUTE.match(route):
        raise ValueError(f"bad route name {route!r}")
    chamber, state, district = seat_parts(member_seat)
    cursor = conn.execute(
        """INSERT INTO tallies (created_at, event_name, campaign_id, bill_label, member_bioguide,
               member_name, chamber, state, district, route, letter_key, letter_language)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            time.time() if when is None else when, event_name, campaign_id, bill_label,
            member_bioguide, member_name, chamber, state, district, route,
            SESSION_KEYS.key(letter_text), language_of_letter(letter_text),
        ),
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


@dataclass(frozen=True)
class TallyFilter:
    """Which tallies: an event's, a date range (local dates, both ends included), a campaign."""

    event: str | None = None
    since: date | None = None
    until: date | None = None
    campaign: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.event is not None:
            where.append("event_name = ?")
            params.append(self.event)
        if self.campaign is not None:
            where.append("campaign_id = ?")
            params.append(self.campaign)
        if self.since is not None:
            where.append("created_at >= ?")
            params.append(datetime.combine(self.since, dtime.min).timestamp())
        if self.until is not None:
            where.append("created_at < ?")
            params.append(datetime.combine(self.until + timedelta(days=1), dtime.min).timestamp())
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def describe(self) -> str:
        """ "Austin writing night, 2026-11-01 to 2026-11-25" for headings."""
        parts = []
        if self.event:
            parts.append(self.event)
        if self.campaign:
            parts.append(f"campaign {self.campaign}")
        if self.since and self.until:
            parts.append(f"{self.since.isoformat()} to {self.until.isoformat()}")
        elif self.since:
            parts.append(f"since {self.since.isoformat()}")
        elif self.until:
            parts.append(f"until {self.until.isoformat()}")
        return ", ".join(parts) or "all letters"


def parse_day(text: str, what: str = "date") -> date:
    """A ``YYYY-MM-DD`` date from the command line, or ``InputProblem``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputProblem(f"The {what} '{text}' is not a date like 2026-11-25.") from None


@dataclass(frozen=True)
class Count:
    key: str  # what the row is about: a bioguide id, "TX-37", a campaign id, a route, an event
    label: str  # how to show it: "Rep. Wesley Hunt (TX-38)", "TX-37", ...
    letters: int  # distinct letters
    deliveries: int  # letters x routes (one letter printed and emailed counts 2 here)


@dataclass(frozen=True)
class OfficeTally:
    """What one office gets told: letters from constituents about a campaign's bill."""

    member_bioguide: str
    member_name: str
    chamber: str
    state: str
    district: int | None
    campaign_id: str
    bill_label: str
    letters: int
    routes: dict[str, int] = field(default_factory=dict, hash=False)

    @property
    def seat(self) -> str:
        return seat_label(self.chamber, self.state, self.district)


@dataclass(frozen=True)
class EventInfo:
    name: str
    first: float
    last: float
    letters: int


class Tallies:
    """Counts over the ``tallies`` table (written by the archive; see the module doc)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(
        self,
        letter: Letter,
        route: str,
        *,
        event_name: str | None = None,
        when: float | None = None,
    ) -> int:
        """Count a letter that left by ``route`` without archiving it (the archive usually
        does both). ``event_name`` None takes the running event's name."""
        from advocate_app.core.event import active_event

        with self._store.transaction() as conn:
            event = active_event(conn) if event_name is None else event_name
            return insert_tally(
                conn, route=route, campaign_id=letter.campaign_id,
                member_bioguide=letter.member.bioguide, member_name=letter.member.name,
                member_seat=letter.member.seat, bill_label=letter.bill.label if letter.bill else "",
                letter_text=letter.as_text(), event_name=event or "", when=when,
            )  # fmt: skip

    def total(self, where: TallyFilter | None = None) -> Count:
        sql, params = (where or TallyFilter()).sql()
        row = self._store.query(f"SELECT {_LETTERS}, COUNT(*) FROM tallies{sql}", params)[0]
        return Count("", "all", int(row[0]), int(row[1]))

    def counts(self, by: str, where: TallyFilter | None = None) -> list[Count]:
        """Letters grouped ``by`` member, district, campaign, route or event, most first."""
        if by not in GROUPINGS:
            raise ValueError(f"cannot group tallies by {by!r}; use one of {', '.join(GROUPINGS)}")
        sql, params = (where or TallyFilter()).sql()
        if by == "member":
            key, label = "member_bioguide", "member_name || ' (' || {seat} || ')'"
        elif by == "district":
            key = label = "{seat}"
        else:
            key = label = {"campaign": "campaign_id", "route": "route", "event": "event_name"}[by]
        seat = "CASE WHEN chamber = 'house' AND district IS NOT NULL THEN state || '-' || " \
               "CASE WHEN district = 0 THEN 'AL' ELSE printf('%02d', district) END ELSE state END"  # fmt: skip
        key, label = key.format(seat=seat), label.format(seat=seat)
        rows = self._store.query(
            f"SELECT {key} AS k, MAX({label}) AS l, {_LETTERS} AS n, COUNT(*) AS d FROM tallies"
            f"{sql} GROUP BY k ORDER BY n DESC, d DESC, l",
            params,
        )
        return [Count(str(r["k"]), str(r["l"]), int(r["n"]), int(r["d"])) for r in rows]

    def languages(self, where: TallyFilter | None = None) -> dict[str, int]:
        """Letters by their language ("en", "es"), each letter counted once."""
        sql, params = (where or TallyFilter()).sql()
        rows = self._store.query(
            f"SELECT letter_language AS k, {_LETTERS} AS n FROM tallies{sql} GROUP BY k", params
        )
        return {str(r["k"]): int(r["n"]) for r in rows}

    def offices(self, where: TallyFilter | None = None) -> list[OfficeTally]:
        """Per member and campaign: letters and routes, in state / district order."""
        sql, params = (where or TallyFilter()).sql()
        rows = self._store.query(
            f"""SELECT member_bioguide, MAX(member_name) AS name, chamber, state, district,
                       campaign_id, MAX(bill_label) AS bill, route, {_LETTERS} AS n
                FROM tallies{sql}
                GROUP BY member_bioguide, chamber, state, district, campaign_id, route""",
            params,
        )
        merged: dict[tuple, dict[str, Any]] = {}
        for r in rows:
            key = (r["member_bioguide"], r["chamber"], r["state"], r["district"], r["campaign_id"])
            entry = merged.setdefault(key, {"name": r["name"], "bill": r["bill"], "routes": {}})
            entry["routes"][r["route"]] = int(r["n"])
            entry["bill"] = entry["bill"] or r["bill"]
        letters = self._distinct_per_office(sql, params)
        result = [
            OfficeTally(
                member_bioguide=k[0], member_name=v["name"], chamber=k[1], state=k[2],
                district=k[3], campaign_id=k[4], bill_label=v["bill"] or "",
                letters=letters.get(k, 0), routes=dict(sorted(v["routes"].items())),
            )
            for k, v in merged.items()
        ]  # fmt: skip
        return sorted(
            result,
            key=lambda o: (
                o.state,
                o.chamber != "senate",
                o.district or 0,
                o.member_name,
                o.campaign_id,
            ),
        )

    def _distinct_per_office(self, sql: str, params: list[Any]) -> dict[tuple, int]:
        rows = self._store.query(
            f"""SELECT member_bioguide, chamber, state, district, campaign_id, {_LETTERS} AS n
                FROM tallies{sql} GROUP BY member_bioguide, chamber, state, district, campaign_id""",
            params,
        )
        return {
            (r["member_bioguide"], r["chamber"], r["state"], r["district"], r["campaign_id"]): int(
                r["n"]
            )
            for r in rows
        }

    def events(self) -> list[EventInfo]:
        """Events with tallies, newest first (letters written outside an event have name "")."""
        rows = self._store.query(
            f"SELECT event_name, MIN(created_at) AS f, MAX(created_at) AS l, {_LETTERS} AS n "
            "FROM tallies GROUP BY event_name ORDER BY l DESC"
        )
        return [EventInfo(str(r[0]), float(r["f"]), float(r["l"]), int(r["n"])) for r in rows]

    def span(self, where: TallyFilter | None = None) -> tuple[datetime, datetime] | None:
        """Local times of the first and last tally matched (None when there are none)."""
        sql, params = (where or TallyFilter()).sql()
        row = self._store.query(
            f"SELECT MIN(created_at), MAX(created_at) FROM tallies{sql}", params
        )[0]
        if row[0] is None:
            return None
        return datetime.fromtimestamp(row[0]), datetime.fromtimestamp(row[1])

    def csv_bytes(self, where: TallyFilter | None = None) -> bytes:
        """One row per letter and route (UTF-8 with BOM, for spreadsheets); ``letter`` numbers
        the distinct letters, so two rows with one number are one letter sent two ways.
        Text cells go through ``safe_cell``: an event named ``=HYPERLINK(...)`` stays text."""
        sql, params = (where or TallyFilter()).sql()
        rows = self._store.query(f"SELECT * FROM tallies{sql} ORDER BY created_at, id", params)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        numbers: dict[str, int] = {}
        for r in rows:
            key = r["letter_key"] or f"row{r['id']}"
            number = numbers.setdefault(key, len(numbers) + 1)
            when = datetime.fromtimestamp(r["created_at"])
            writer.writerow([
                when.date().isoformat(), when.strftime("%H:%M"), safe_cell(r["event_name"]),
                safe_cell(r["campaign_id"]), safe_cell(r["bill_label"]), safe_cell(r["member_name"]),
                safe_cell(r["member_bioguide"]), r["chamber"], safe_cell(r["state"]),
                "" if r["district"] is None else r["district"],
                seat_label(r["chamber"], r["state"], r["district"]), r["route"], number,
            ])  # fmt: skip
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def delete(self, where: TallyFilter) -> int:
        """Forget the tallies matched (an organizer clearing a test run); returns how many."""
        sql, params = where.sql()
        with self._store.transaction() as conn:
            removed = conn.execute(f"DELETE FROM tallies{sql}", params).rowcount
        self._store.checkpoint()
        return removed


def routes_text(routes: dict[str, int], names: Sequence[tuple[str, str]] = ()) -> str:
    """ "printed 30, email 12" for a summary line; ``names`` maps route -> words."""
    words = dict(names) or ROUTE_WORDS
    return ", ".join(f"{words.get(route, route)} {count}" for route, count in routes.items())


ROUTE_WORDS = {
    "print": "printed",
    "pdf": "PDF",
    "email": "email",
    "contact_form": "web form",
    "mailto": "mail program",
}
