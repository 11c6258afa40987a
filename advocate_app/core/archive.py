"""The letter archive: every letter sent or exported, so a person can see what they sent.

Rows live in the ``archive`` table of the local database (core/store.py). The person can
re-open any entry and delete one or all of them; deleting also removes the outbox's copy
of a letter that was already sent, and the database overwrites deleted rows
(``secure_delete``) and truncates its WAL, so "delete my history" means it.

Deliveries are recorded by ``flows/deliver.py`` (``record`` for a letter, ``add`` for an
email the outbox sent, known by its Message-ID so it is never recorded twice).

Every entry also adds a tally row (``core/tallies.py``: campaign, member, route, time, no
writer's data). While event mode runs (the ``event_mode`` marker row, ``core/event.py``)
the archive is anonymous: an entry keeps only campaign, member, chamber, district, route
and time (no letter text, subject or recipient), and the outbox's copy of an email that was
sent is deleted when it is recorded, so nothing a participant wrote stays in the database.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.core.store import Store

_CHANNEL = re.compile(r"^[a-z][a-z0-9_]{0,30}$")


@dataclass(frozen=True)
class ArchiveEntry:
    id: int
    created_at: float
    channel: str  # "email", "pdf", "odt", "docx", "txt", "print", "contact_form", ...
    campaign_id: str
    member_bioguide: str
    member_name: str
    member_seat: str
    recipient: str  # an email address, a file path, or a form URL
    subject: str
    letter_text: str
    message_id: str
    outbox_id: int | None


class Archive:
    """Every letter sent or exported, so a person can see and re-open what they sent."""

    def __init__(self, store: Store, *, event_name: str | None = None) -> None:
        """``event_name``: the event the letters are counted for in the tallies. None (the
        window, the outbox) counts them for the running event, if any; the command line
        passes its ``--event NAME`` or "" (no event), so test letters typed in a terminal
        never join the event's tallies. Either way, while an event runs the archive keeps
        no trace of the letter (the laptop gives nothing away)."""
        self._store = store
        self._event_name = event_name
        self._has_tallies: bool | None = None

    def record(
        self,
        letter: Letter,
        channel: str,
        *,
        recipient: str = "",
        message_id: str = "",
        outbox_id: int | None = None,
        when: float | None = None,
    ) -> int:
        """Remember ``letter`` as sent or exported through ``channel``; returns its id."""
        member = letter.member
        return self.add(
            channel=channel,
            letter_text=letter.as_text(),
            campaign_id=letter.campaign_id,
            member_bioguide=member.bioguide,
            member_name=member.name,
            member_seat=member.seat,
            subject=letter.subject,
            recipient=recipient,
            message_id=message_id,
            outbox_id=outbox_id,
            when=when,
            bill_label=letter.bill.label if letter.bill else "",
        )

    def _tally(
        self,
        conn: sqlite3.Connection,
        route: str,
        campaign_id: str,
        bioguide: str,
        name: str,
        seat: str,
        bill_label: str,
        letter_text: str,
        when: float,
    ) -> str | None:
        """Count the letter (for ``event_name``, else the running event); returns the running
        event's name (None outside event mode)."""
        if self._has_tallies is None:
            found = conn.execute(
                "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('tallies', 'event_mode')"
            ).fetchone()[0]
            self._has_tallies = found == 2  # False only under a test's reduced schema
        if not self._has_tallies:
            return None
        from advocate_app.core.event import active_event
        from advocate_app.core.tallies import insert_tally

        event = active_event(conn)
        counted = event if self._event_name is None else self._event_name
        insert_tally(
            conn, route=route, campaign_id=campaign_id, member_bioguide=bioguide,
            member_name=name, member_seat=seat, bill_label=bill_label, letter_text=letter_text,
            event_name=counted or "", when=when,
        )  # fmt: skip
        return event

    def add(
        self,
        *,
        channel: str,
        letter_text: str,
        campaign_id: str = "",
        member_bioguide: str = "",
        member_name: str = "",
        member_seat: str = "",
        subject: str = "",
        recipient: str = "",
        message_id: str = "",
        outbox_id: int | None = None,
        when: float | None = None,
        bill_label: str = "",
    ) -> int:
        """The same as ``record`` from stored fields (the outbox has no ``Letter``).

        An email whose ``message_id`` the history already has is not added again (a retry,
        or two processes catching up at once): its entry's id is returned."""
        if not _CHANNEL.match(channel):
            raise ValueError(f"bad channel name {channel!r}")
        when = time.time() if when is None else when
        with self._store.transaction() as conn:
            if message_id:
                row = conn.execute(
                    "SELECT id FROM archive WHERE message_id = ?", (message_id,)
                ).fetchone()
                if row is not None:
                    return int(row[0])
            event = self._tally(
                conn, channel, campaign_id, member_bioguide, member_name, member_seat,
                bill_label, letter_text, when,
            )  # fmt: skip
            if event is not None:  # event mode: keep no trace of the participant
                letter_text = subject = recipient = message_id = ""
                if outbox_id is not None:
                    conn.execute("DELETE FROM outbox WHERE id = ? AND state = 'sent'", (outbox_id,))
                    outbox_id = None
            cursor = conn.execute(
                """INSERT INTO archive (created_at, channel, campaign_id, member_bioguide,
                       member_name, member_seat, recipient, subject, letter_text,
                       message_id, outbox_id)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    when,
                    channel,
                    campaign_id,
                    member_bioguide,
                    member_name,
                    member_seat,
                    recipient,
                    subject,
                    letter_text,
                    message_id,
                    outbox_id,
                ),
            )
            return int(cursor.lastrowid or 0)

    def has_messages(self, message_ids: Sequence[str]) -> set[str]:
        """Those of ``message_ids`` (emails) the history already has."""
        wanted = [m for m in message_ids if m]
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._store.query(
                f"SELECT message_id FROM archive WHERE message_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update(str(r[0]) for r in rows)
        return found

    def entries(
        self,
        *,
        campaign_id: str | None = None,
        member_bioguide: str | None = None,
        limit: int | None = None,
    ) -> list[ArchiveEntry]:
        """Newest first."""
        where, params = [], []
        if campaign_id is not None:
            where.append("campaign_id = ?")
            params.append(campaign_id)
        if member_bioguide is not None:
            where.append("member_bioguide = ?")
            params.append(member_bioguide)
        sql = "SELECT * FROM archive"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_entry(row) for row in self._store.query(sql, params)]

    def get(self, entry_id: int) -> ArchiveEntry | None:
        rows = self._store.query("SELECT * FROM archive WHERE id = ?", (entry_id,))
        return _entry(rows[0]) if rows else None

    def count(self) -> int:
        return int(self._store.query("SELECT COUNT(*) FROM archive")[0][0])

    def delete(self, entry_id: int) -> bool:
        """Forget one letter, with the outbox's copy of it when that was already sent."""
        with self._store.transaction() as conn:
            row = conn.execute("SELECT outbox_id FROM archive WHERE id = ?", (entry_id,)).fetchone()
            deleted = conn.execute("DELETE FROM archive WHERE id = ?", (entry_id,)).rowcount
            if row is not None and row["outbox_id"] is not None:
                conn.execute(
                    "DELETE FROM outbox WHERE id = ? AND state = 'sent'", (row["outbox_id"],)
                )
        self._store.checkpoint()
        return deleted > 0

    def delete_all(self) -> int:
        """Forget the whole history: the archive and the copies of letters already sent.

        Letters still waiting in the outbox are kept: they have not reached anyone yet.
        """
        with self._store.transaction() as conn:
            deleted = conn.execute("DELETE FROM archive").rowcount
            conn.execute("DELETE FROM outbox WHERE state = 'sent'")
        self._store.checkpoint()
        return deleted


def _entry(row: sqlite3.Row) -> ArchiveEntry:
    return ArchiveEntry(
        id=row["id"],
        created_at=row["created_at"],
        channel=row["channel"],
        campaign_id=row["campaign_id"],
        member_bioguide=row["member_bioguide"],
        member_name=row["member_name"],
        member_seat=row["member_seat"],
        recipient=row["recipient"],
        subject=row["subject"],
        letter_text=row["letter_text"],
        message_id=row["message_id"],
        outbox_id=row["outbox_id"],
    )
