"""The outbox: a letter to send is stored first, then sent, and never silently lost.

Each row holds the complete message bytes, made once with their ``Message-ID`` before any
network step. States: ``queued`` -> ``sending`` -> ``sent``, or back to ``queued`` (a
temporary failure, with ``next_attempt_at`` after a backoff) or ``failed`` (a permanent
one, or too many tries; it waits for the person). Every change is committed before and
after the network step, so the database always says where each letter is.

Crash rule (a ``kill -9``, a power cut or a crash while a letter was ``sending``):
- Only one process sends at a time: it holds an OS file lock beside the database, which
  the OS releases when the process dies. A row found in ``sending`` while nobody holds
  that lock was abandoned by a dead process.
- An abandoned row goes back to ``queued`` (due at once, marked ``interrupted``) and is
  sent again **with the same Message-ID and bytes**. SMTP offers no way to ask a server
  whether it already accepted a message, so this is the one case that can duplicate: if
  the process died in the instant after the server accepted the message but before we
  recorded it, the recipient gets a second, byte-identical copy whose shared Message-ID
  lets mail programs recognise it. We prefer that to losing the letter. A crash before the
  final ``.`` of the message reached the server cannot duplicate: servers discard
  incomplete messages.

The outbox reports what it sent (``SendResult``, ``sent_items``); it does not write the
history. ``flows/deliver.py`` records sent emails under the same rule as every other
delivery (a history that cannot be written never undoes a sent email, and a retry never
records one twice: the history knows each email by its Message-ID).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, Protocol

from advocate_app.core.delivery import CONNECTION_PHASES, DeliveryError
from advocate_app.core.delivery.email import envelope, message_bytes
from advocate_app.core.delivery.locking import SendLock
from advocate_app.core.delivery.outbox_items import (
    COLUMNS,
    OutboxItem,
    RetryPolicy,
    SendResult,
    State,
    item_from_row,
)
from advocate_app.core.models import Letter
from advocate_app.core.store import Store

__all__ = ["INTERRUPTED_NOTE", "Outbox", "OutboxItem", "RetryPolicy", "SendResult", "State"]

log = logging.getLogger(__name__)

INTERRUPTED_NOTE = (
    "Sending was interrupted (Advocate was closed or stopped). It will be sent again with "
    "the same message ID; if the first try had reached the server, the recipient may get "
    "two identical copies."
)


class Session(Protocol):
    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> str: ...


class Transport(Protocol):
    def session(self) -> Any: ...  # a context manager yielding a Session


class Outbox:
    def __init__(
        self,
        store: Store,
        *,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        lock_timeout: float = 120.0,
    ) -> None:
        self._store = store
        self.retry_policy = retry or RetryPolicy()
        self._clock = clock
        lock_path = None
        if store.path is not None:
            lock_path = store.path.with_name(store.path.name + ".send-lock")
        self._lock = SendLock(lock_path, lock_timeout)

    # --- adding and reading ----------------------------------------------------------
    def add(self, letter: Letter, msg: EmailMessage, *, to_kind: str) -> OutboxItem:
        """Store ``msg`` (already carrying its Message-ID) as queued, due now."""
        raw = message_bytes(msg)
        sender, recipients = envelope(msg)
        message_id = str(msg["Message-ID"])
        now = self._clock()
        member = letter.member
        with self._store.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM outbox WHERE message_id = ?", (message_id,)
            ).fetchone()
            if row is not None:  # the same message twice: keep one
                item_id = int(row["id"])
            else:
                cursor = conn.execute(
                    """INSERT INTO outbox (message_id, channel, state, attempts,
                           next_attempt_at, envelope_from, recipients, to_kind, subject,
                           campaign_id, member_bioguide, member_name, member_seat,
                           letter_text, message, created_at, updated_at)
                       VALUES (?, 'email', 'queued', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        message_id,
                        now,
                        sender,
                        json.dumps(recipients),
                        to_kind,
                        str(msg["Subject"] or ""),
                        letter.campaign_id,
                        member.bioguide,
                        member.name,
                        member.seat,
                        letter.as_text(),
                        raw,
                        now,
                        now,
                    ),
                )
                item_id = int(cursor.lastrowid or 0)
        log.info("letter queued in the outbox (#%d)", item_id)
        item = self.get(item_id)
        assert item is not None
        return item

    def get(self, item_id: int) -> OutboxItem | None:
        rows = self._store.query(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (item_id,))
        return item_from_row(rows[0]) if rows else None

    def items(self, states: Iterable[State | str] | None = None) -> list[OutboxItem]:
        sql = f"SELECT {COLUMNS} FROM outbox"
        params: list[str] = []
        if states is not None:
            wanted = [State(s).value for s in states]
            sql += f" WHERE state IN ({','.join('?' * len(wanted))})"
            params = wanted
        return [item_from_row(r) for r in self._store.query(sql + " ORDER BY id", params)]

    def due(self, now: float | None = None) -> list[OutboxItem]:
        now = self._clock() if now is None else now
        rows = self._store.query(
            f"SELECT {COLUMNS} FROM outbox WHERE state = 'queued' AND "
            "(next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id",
            (now,),
        )
        return [item_from_row(r) for r in rows]

    def sent_items(self) -> list[OutboxItem]:
        """Letters a server accepted that are still kept here (the history may miss some)."""
        rows = self._store.query(f"SELECT {COLUMNS} FROM outbox WHERE state = 'sent' ORDER BY id")
        return [item_from_row(r) for r in rows]

    def letter_text(self, item_id: int) -> str:
        """The letter as written (the email's body), "" for an unknown item."""
        rows = self._store.query("SELECT letter_text FROM outbox WHERE id = ?", (item_id,))
        return str(rows[0][0]) if rows else ""

    def counts(self) -> dict[str, int]:
        rows = self._store.query("SELECT state, COUNT(*) FROM outbox GROUP BY state")
        counts = {s.value: 0 for s in State}
        counts.update({r[0]: int(r[1]) for r in rows})
        return counts

    def unsent_count(self) -> int:
        """Letters no server has accepted yet (queued, sending or failed)."""
        rows = self._store.query("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
        return int(rows[0][0])

    def message(self, item_id: int) -> EmailMessage | None:
        rows = self._store.query("SELECT message FROM outbox WHERE id = ?", (item_id,))
        if not rows:
            return None
        parsed = BytesParser(policy=policy.SMTP).parsebytes(bytes(rows[0]["message"]))
        assert isinstance(parsed, EmailMessage)
        return parsed

    # --- the person's actions --------------------------------------------------------
    def retry(self, ids: Iterable[int] | None = None) -> int:
        """Make failed (and waiting) letters due now; returns how many."""
        now = self._clock()
        sql = (
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? "
            "WHERE state IN ('queued', 'failed')"
        )
        params: list[Any] = [now, now]
        if ids is not None:
            id_list = [int(i) for i in ids]
            if not id_list:
                return 0
            sql += f" AND id IN ({','.join('?' * len(id_list))})"
            params += id_list
        with self._store.transaction() as conn:
            return conn.execute(sql, params).rowcount

    def purge(self, *, include_failed: bool = False, ids: Iterable[int] | None = None) -> int:
        """Remove sent letters (their copy stays in the history: ``advocate outbox purge``
        has ``flows/deliver.record_sent`` record any it missed first); failed ones on request.

        With ``ids``, those letters go whatever their state, except one being sent.
        """
        if ids is not None:
            id_list = [int(i) for i in ids]
            if not id_list:
                return 0
            sql = (
                f"DELETE FROM outbox WHERE state != 'sending' AND "
                f"id IN ({','.join('?' * len(id_list))})"
            )
            params: list[Any] = id_list
        else:
            states = ["sent", "failed"] if include_failed else ["sent"]
            sql = f"DELETE FROM outbox WHERE state IN ({','.join('?' * len(states))})"
            params = states
        with self._store.transaction() as conn:
            removed = conn.execute(sql, params).rowcount
        self._store.checkpoint()
        return removed

    def pause_sending(self) -> bool:
        """Take the send lock without waiting, so no process sends until ``resume_sending``;
        False when one is sending right now."""
        return self._lock.acquire(blocking=False)

    def resume_sending(self) -> None:
        self._lock.release()

    def delete_all(self) -> tuple[int, int]:
        """Forget every letter in the outbox, sent or not ("delete my data"); call it between
        ``pause_sending`` and ``resume_sending``. Returns (deleted, not yet sent among them)."""
        with self._store.transaction() as conn:
            unsent = conn.execute("SELECT COUNT(*) FROM outbox WHERE state != 'sent'").fetchone()
            deleted = conn.execute("DELETE FROM outbox").rowcount
        self._store.checkpoint()
        return deleted, int(unsent[0])

    # --- crash recovery ------------------------------------------------------------
    def recover_interrupted(self) -> list[OutboxItem]:
        """Requeue rows a dead process left in ``sending`` (see the module's crash rule)."""
        if not self._lock.acquire(blocking=False):
            return []  # another process is sending right now: its rows are not abandoned
        try:
            return self._recover_locked()
        finally:
            self._lock.release()

    def _recover_locked(self) -> list[OutboxItem]:
        now = self._clock()
        with self._store.transaction() as conn:
            ids = [r["id"] for r in conn.execute("SELECT id FROM outbox WHERE state = 'sending'")]
            if ids:
                conn.execute(
                    "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ?, "
                    "error_kind = 'interrupted', last_error = ? WHERE state = 'sending'",
                    (now, now, INTERRUPTED_NOTE),
                )
        if ids:
            log.warning("%d letter(s) were interrupted while sending; queued again", len(ids))
        return [item for i in ids if (item := self.get(i)) is not None]

    # --- sending ---------------------------------------------------------------------
    def send_due(
        self, transport: Transport, *, ids: Iterable[int] | None = None, now: float | None = None
    ) -> list[SendResult]:
        """Send every due letter (or only ``ids`` among them) over one connection.

        A failure to connect, secure or log in stops the batch: it would fail the same way
        for the rest, which stay queued untouched.
        """
        wanted = None if ids is None else {int(i) for i in ids}
        results: list[SendResult] = []
        with self._lock.held():
            self._recover_locked()
            due = [i for i in self.due(now) if wanted is None or i.id in wanted]
            if not due:
                return results
            with transport.session() as session:
                for item in due:
                    result = self._send_one(item, session)
                    if result is None:
                        continue
                    results.append(result)
                    if result.error is not None and result.error.phase in CONNECTION_PHASES:
                        break
        return results

    def _send_one(self, item: OutboxItem, session: Session) -> SendResult | None:
        raw = self._claim(item.id)
        if raw is None:
            return None
        try:
            reply = session.send(raw, item.envelope_from, item.recipients)
        except DeliveryError as error:
            return SendResult(self._record_failure(item.id, error), error)
        except BaseException:
            # Not a delivery failure we understand (Ctrl+C, a bug): the server may or may
            # not have the letter, so treat it exactly like a crash.
            self._mark_interrupted(item.id)
            raise
        return SendResult(self._record_sent(item.id, reply))

    def _claim(self, item_id: int) -> bytes | None:
        now = self._clock()
        with self._store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                "WHERE id = ? AND state = 'queued'",
                (now, item_id),
            ).rowcount
            if not changed:
                return None
            row = conn.execute("SELECT message FROM outbox WHERE id = ?", (item_id,)).fetchone()
        return bytes(row["message"])

    def _record_sent(self, item_id: int, reply: str) -> OutboxItem:
        """Mark the item sent, on its own: the history is written afterwards by the caller
        (``flows/deliver.py``), so a history that cannot be written never leaves a sent
        letter in ``sending`` (which the crash rule would send again)."""
        now = self._clock()
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, updated_at = ?, last_error = '', "
                "error_kind = '', next_attempt_at = NULL, server_reply = ? WHERE id = ?",
                (now, now, reply[:300], item_id),
            )
        log.info("outbox #%d sent", item_id)
        item = self.get(item_id)
        assert item is not None
        return item

    def _record_failure(self, item_id: int, error: DeliveryError) -> OutboxItem:
        now = self._clock()
        row = self._store.query("SELECT attempts FROM outbox WHERE id = ?", (item_id,))
        attempts = int(row[0]["attempts"]) if row else 1
        message = str(error)
        if error.temporary and attempts < self.retry_policy.max_attempts:
            state, next_at = State.QUEUED, now + self.retry_policy.delay(attempts)
        else:
            state, next_at = State.FAILED, None
            if error.temporary:
                message += (
                    f" Advocate stopped trying after {attempts} attempts; "
                    "choose Retry to try again."
                )
        kind = "uncertain" if error.uncertain else error.kind
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ?, "
                "error_kind = ?, updated_at = ? WHERE id = ?",
                (state.value, next_at, message, kind, now, item_id),
            )
        log.info("outbox #%d not sent (%s, %s)", item_id, kind, error.phase)
        item = self.get(item_id)
        assert item is not None
        return item

    def _mark_interrupted(self, item_id: int) -> None:
        now = self._clock()
        try:
            with self._store.transaction() as conn:
                conn.execute(
                    "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ?, "
                    "error_kind = 'interrupted', last_error = ? WHERE id = ? AND "
                    "state = 'sending'",
                    (now, now, INTERRUPTED_NOTE, item_id),
                )
        except Exception:  # the crash rule still recovers it on the next start
            log.exception("could not mark outbox #%d as interrupted", item_id)
