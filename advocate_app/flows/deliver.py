"""Letters leave: saved as files, printed, emailed through the outbox, or pasted into a
contact form. Each delivery is recorded in the history (the archive), under ONE rule for
both front ends and every channel:

- A history that cannot be written (a damaged database, a full disk) never undoes a letter
  already saved, printed or sent: the delivery counts, and ``Delivery.history_error`` says
  the history missed it (``history_note`` words it).
- A retry never makes a second copy: the ``Ledger`` (one per session) remembers what
  already left, by letter text, channel and place; a retry after a half-finished export
  writes only the files still missing, re-queues emails already in the outbox instead of
  adding them again, and only tries the history again for what it missed.

Email goes in two steps. ``email`` queues the messages in the outbox (which keeps them
across a restart and sends each once); ``send_queued`` has the outbox send them, then
records what it sent (``record_sent``). The history knows an email by its Message-ID, so
an email the history missed is recorded by the next ``send_queued`` or ``record_sent``
(in this process or another), and never twice.

Plain work, no widgets: the window runs these through its task runner, the command line
calls them directly.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import AdvocateError
from advocate_app.core.messages import Message

if TYPE_CHECKING:
    from advocate_app.core.archive import Archive
    from advocate_app.core.delivery.outbox import Outbox, SendResult
    from advocate_app.core.models import Letter

log = logging.getLogger(__name__)

History = Callable[[], "Archive"]  # the archive, opened when first needed (it may fail)
Progress = Callable[[int, int], Any]
HISTORY_ERRORS = (AdvocateError, OSError, sqlite3.Error)


def history_note(error: str, channel: str = "") -> Message:
    """The sentence a person reads when the history missed a delivery."""
    if channel == "email":
        return Message("deliver.history_missed_email", error=error)
    return Message("deliver.history_missed", error=error)


@dataclass
class _Done:
    where: str  # the file written, the printer, the address or form URL, the outbox id
    recorded: bool = False


class Ledger:
    """What already left in this session; thread-safe (exports run on a worker)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done: dict[tuple[str, str, str, str], _Done] = {}

    @staticmethod
    def key(letter: Letter, channel: str, place: str) -> tuple[str, str, str, str]:
        digest = hashlib.sha256(letter.as_text().encode("utf-8")).hexdigest()
        return (letter.member.bioguide, channel, place, digest)

    def get(self, key: tuple[str, str, str, str]) -> _Done | None:
        with self._lock:
            return self._done.get(key)

    def put(self, key: tuple[str, str, str, str], where: str) -> _Done:
        with self._lock:
            done = self._done.setdefault(key, _Done(where))
            return done

    def replace(self, key: tuple[str, str, str, str], where: str) -> _Done:
        with self._lock:
            done = self._done[key] = _Done(where)
            return done

    def __len__(self) -> int:
        with self._lock:
            return len(self._done)


@dataclass
class Delivery:
    """What one delivery did."""

    channel: str
    letters: list[Letter] = field(default_factory=list)
    files: dict[str, list[Path]] = field(default_factory=dict)  # bioguide -> files
    history_error: str = ""  # "" when the history has every letter
    skipped: int = 0  # already done before (a retry): not done again
    results: list[SendResult] = field(default_factory=list)  # email: what the outbox did

    @property
    def history_missed(self) -> bool:
        return bool(self.history_error)

    def all_files(self) -> list[Path]:
        return [path for paths in self.files.values() for path in paths]

    def notes(self) -> list[str]:
        return [history_note(self.history_error, self.channel)] if self.history_error else []


def _missed(delivery: Delivery, channel: str, exc: BaseException) -> None:
    log.warning("a %s letter was not added to the history (%s)", channel, type(exc).__name__)
    delivery.history_error = delivery.history_error or (str(exc) or type(exc).__name__)


def _record(
    history: History, delivery: Delivery, done: _Done, letter: Letter, channel: str, to: str
) -> None:
    if done.recorded:
        return
    try:
        history().record(letter, channel, recipient=to)
    except HISTORY_ERRORS as exc:
        _missed(delivery, channel, exc)
        return
    done.recorded = True


def save(
    letters: Sequence[Letter],
    formats: Sequence[str],
    folder: Path,
    *,
    paper: str,
    history: History,
    ledger: Ledger,
    progress: Progress | None = None,
) -> Delivery:
    """Write each letter in each format into ``folder``; record each file in the history.

    An export error (the folder cannot be written) propagates: what was already written
    stays in the ledger, so "Try again" writes only the rest.
    """
    from advocate_app.export import export_letter

    delivery = Delivery("file", list(letters))
    total = len(letters) * len(formats)
    step = 0
    for letter in letters:
        for fmt in formats:
            if progress is not None:
                progress(step, total)
            key = ledger.key(letter, fmt, f"{Path(folder)}|{paper}")
            done = ledger.get(key)
            if done is None or not Path(done.where).is_file():  # new, or the file is gone
                path = export_letter(letter, fmt, folder, paper=paper)
                done = ledger.replace(key, str(path))
            else:
                delivery.skipped += 1
            delivery.files.setdefault(letter.member.bioguide, []).append(Path(done.where))
            _record(history, delivery, done, letter, fmt, done.where)
            step += 1
    if progress is not None:
        progress(total, total)
    return delivery


def record(
    letters: Sequence[Letter], channel: str, to: str, *, history: History, ledger: Ledger
) -> Delivery:
    """Letters that left another way (printed, a contact form opened, a mail program):
    recorded once each, under the same rule."""
    delivery = Delivery(channel, list(letters))
    for letter in letters:
        key = ledger.key(letter, channel, to)
        done = ledger.get(key)
        if done is None:
            done = ledger.put(key, to)
        elif done.recorded:
            delivery.skipped += 1
        _record(history, delivery, done, letter, channel, to)
    return delivery


def sender_address(configured: str, smtp_user: str, writer_email: str) -> str:
    """Who the letters' email is from, for the window and ``advocate send`` alike: the
    configured From address (``smtp.from``), else the mail-server login when it is an
    address, else the writer's own address; "" when none is known (the caller asks for one).
    """
    user = smtp_user.strip()
    return configured.strip() or (user if "@" in user else "") or writer_email.strip()


def email(
    letters: Sequence[Letter],
    *,
    to: str,
    kind: str,
    sender: str,
    outbox: Outbox,
    ledger: Ledger,
    attach: bool = False,
    paper: str = "letter",
) -> list[int]:
    """Queue one email per letter in the outbox (built and checked first: all or none);
    returns the outbox ids. A letter already queued for ``to`` in this session is not
    queued again: its item is made due again instead (one already sent stays sent).
    ``send_queued`` sends them and records them in the history."""
    from advocate_app.core.delivery.email import compose_email, subject_for
    from advocate_app.export.naming import letter_filename

    fresh: list[tuple[Letter, Any]] = []
    again: list[int] = []
    for letter in letters:
        done = ledger.get(ledger.key(letter, "email", to))
        if done is not None:
            again.append(int(done.where))
            continue
        pdf = None
        if attach:
            from advocate_app.export.pdf import pdf_bytes

            pdf = pdf_bytes([letter], paper=paper)
        message = compose_email(
            letter,
            sender=sender,
            to=[to],
            reply_to=letter.constituent.email,
            subject=subject_for(letter, kind),
            pdf=pdf,
            pdf_filename=letter_filename(letter, "pdf"),
        )
        fresh.append((letter, message))
    ids: list[int] = []
    if again:
        outbox.retry(again)
    for letter, message in fresh:
        item_id = outbox.add(letter, message, to_kind=kind).id
        ledger.put(ledger.key(letter, "email", to), str(item_id))
        ids.append(item_id)
    return again + ids


def send_queued(
    outbox: Outbox, transport: Any, ids: Sequence[int] | None = None, *, history: History
) -> Delivery:
    """Have the outbox send its due emails (only ``ids`` among them, when given), then
    record in the history what it sent (``record_sent``). ``Delivery.results`` are the
    outbox's results; a history that cannot be written leaves them sent, with a note."""
    try:
        results = outbox.send_due(transport, ids=ids)
    except BaseException:  # stopped half-way: what did leave still reaches the history
        try:
            record_sent(outbox, history)
        except Exception:  # the first problem is the one to tell
            log.exception("could not record the emails sent before sending stopped")
        raise
    return record_sent(outbox, history, Delivery("email", results=results))


def record_sent(outbox: Outbox, history: History, delivery: Delivery | None = None) -> Delivery:
    """Record every email a server accepted that the history does not have yet (by its
    Message-ID): the ones just sent, and any an earlier run sent while the history could
    not be written."""
    delivery = delivery if delivery is not None else Delivery("email")
    try:
        archive = history()
        sent = outbox.sent_items()
        known = archive.has_messages([item.message_id for item in sent])
        for item in sent:
            if item.message_id in known:
                continue
            archive.add(
                channel="email",
                letter_text=outbox.letter_text(item.id),
                campaign_id=item.campaign_id,
                member_bioguide=item.member_bioguide,
                member_name=item.member_name,
                member_seat=item.member_seat,
                subject=item.subject,
                recipient=", ".join(item.recipients),
                message_id=item.message_id,
                outbox_id=item.id,
                when=item.sent_at,
            )
    except HISTORY_ERRORS as exc:
        _missed(delivery, "email", exc)
    return delivery
