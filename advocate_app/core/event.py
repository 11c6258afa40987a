"""Event (kiosk) mode: one laptop, a stream of strangers, an organizer who holds a PIN.

Why this exists: at a letter-writing table each participant types a name, an address and a
story on a shared laptop. The next person must see none of it, nothing personal may stay on
the disk, and only the organizer may reach settings, the campaign editor, the archive or
quit. This module is the Qt-free part of that promise:

- ``EventConfig`` (``core/event_config.py``): what the organizer chose (event name, PIN
  hash, idle timeout, routes, collection email, PDF folder, the campaign and the talking
  points offered), persisted in settings under ``event.*``. Participants write for that
  campaign only (the window locks it in the session: ``flows/session.py``
  ``lock_campaign``).
- The PIN (``core/pin.py``): only a salted hash is stored, compared in constant time, and
  guessing is slowed down after a few misses (counted in the database, so restarting the
  app gives no fresh tries).
- ``EventMode``: turns the mode on and off. It also writes a marker row into the database
  (``event_mode`` table), so every process using that database (the window, ``advocate
  outbox send``) keeps the archive anonymous while the event runs (see ``core/archive.py``).
- ``EventSession`` (``core/event_session.py``): what one participant left behind that
  must be wiped on "Next participant": temporary files (in one private folder) and the
  text the app put on the clipboard (the GUI compares before clearing, so a person's own
  clipboard is left alone).

The print queue (letters kept in memory until the organizer prints them) is in
``core/print_queue.py``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import InputProblem
from advocate_app.core.event_config import (
    DEFAULT_ROUTES,
    EventConfig,
    check_event,
    parse_points,
    parse_routes,
)
from advocate_app.core.event_session import EventSession
from advocate_app.core.pin import DATABASE, KEYRING, PinGuard, PinVault, check_pin_format

if TYPE_CHECKING:
    from advocate_app.core.print_queue import PrintQueue
    from advocate_app.core.settings import Settings
    from advocate_app.core.store import Store

log = logging.getLogger(__name__)


# --- the mode ----------------------------------------------------------------------------------
class EventMode:
    """Turns event mode on and off, checks the PIN, and keeps the database marker in step."""

    def __init__(
        self,
        settings: Settings,
        store: Store | Callable[[], Store],
        *,
        clock: Callable[[], float] = time.time,
        now: Callable[[], datetime] = datetime.now,
        secrets: Any | None = None,
    ) -> None:
        """``secrets``: the OS keyring (``SecretStore``) that keeps the PIN's hash; without
        one it is kept in the database with a slower KDF (``core/pin.PinVault``)."""
        self._settings = settings
        self._store_source = store
        self._now = now
        self.guard = PinGuard(clock=clock, store=lambda: self.store)  # survives a restart
        self.vault = PinVault(secrets, lambda: self.store)
        self.session = EventSession(forget_emails=self._forget_emails)
        self.undelivered = 0  # emails of past participants that could not be delivered
        self._queue: PrintQueue | None = None

    @property
    def store(self) -> Store:
        source = self._store_source
        return source() if callable(source) else source

    @property
    def config(self) -> EventConfig:
        return EventConfig.from_settings(self._settings)

    @property
    def active(self) -> bool:
        config = self.config
        return config.enabled and bool(config.pin_hash)

    @property
    def queue(self) -> PrintQueue:
        """Letters waiting to be printed as one batch (memory only)."""
        if self._queue is None:
            from advocate_app.core.print_queue import PrintQueue

            self._queue = PrintQueue()
        return self._queue

    def start(
        self,
        *,
        name: str,
        pin: str,
        idle_minutes: float = 3.0,
        routes: Iterable[str] = DEFAULT_ROUTES,
        collection_email: str = "",
        pdf_folder: str = "",
        campaign_id: str = "",
        points: Iterable[int] = (),
    ) -> EventConfig:
        """Turn event mode on (or change its settings); ``InputProblem`` listing every problem.
        ``campaign_id``/``points``: the campaign participants write for, and the talking
        points offered (none: all of them)."""
        routes = list(routes)
        problems = check_event(
            name=name, idle_minutes=idle_minutes, routes=routes,
            collection_email=collection_email, pdf_folder=pdf_folder,
        )  # fmt: skip
        try:
            check_pin_format(pin)
        except InputProblem as exc:
            problems.insert(0, str(exc))
        if problems:
            raise InputProblem(" ".join(problems))
        pin_hash = self.vault.save(pin)  # the keyring, else the database: never the settings
        previous = self.config
        same_event = previous.enabled and previous.name == name.strip()
        config = EventConfig(
            enabled=True,
            name=name.strip(),
            pin_hash=pin_hash,
            idle_minutes=float(idle_minutes),
            routes=parse_routes(routes),
            collection_email=collection_email.strip(),
            pdf_folder=str(Path(pdf_folder).expanduser()) if pdf_folder.strip() else "",
            started_at=previous.started_at
            if same_event and previous.started_at
            else self._now().isoformat(timespec="seconds"),
            campaign_id=campaign_id.strip(),
            points=parse_points(points),
        )
        self._mark(config)  # the database first: no letter may be archived in full after this
        try:
            config.write(self._settings)
            self._settings.save()
        except BaseException:  # settings not saved (full disk): leave everything as it was
            previous.write(self._settings)
            self._mark(previous if previous.enabled and previous.pin_hash else None)
            raise
        log.info("event mode on (%d routes)", len(config.routes))
        return config

    def change(self, pin: str, **changes: object) -> EventConfig:
        """Change idle timeout, routes, emails, folder, campaign or points while the event
        runs (PIN needed)."""
        self.require_pin(pin)
        if "points" in changes:
            changes["points"] = parse_points(changes["points"])  # type: ignore[arg-type]
        config = replace(self.config, **changes)  # type: ignore[arg-type]
        problems = check_event(
            name=config.name, idle_minutes=config.idle_minutes, routes=config.routes,
            collection_email=config.collection_email, pdf_folder=config.pdf_folder,
        )  # fmt: skip
        if problems:
            raise InputProblem(" ".join(problems))
        config.write(self._settings)
        self._settings.save()
        self._mark(config)
        return config

    def unlock(self, pin: str) -> bool:
        """True for the organizer's PIN (wrong tries are counted; see ``PinGuard``)."""
        config = self.config
        where = config.pin_hash
        stored = self.vault.load(where) if where in (KEYRING, DATABASE) else where
        if not self.guard.check(pin, stored):
            return False
        if where not in (KEYRING, DATABASE):  # an older version kept the hash in the settings
            replace(config, pin_hash=self.vault.save(pin)).write(self._settings)
            self._settings.save()
        return True

    def require_pin(self, pin: str) -> None:
        if not self.unlock(pin):
            raise InputProblem("That PIN is not right.")

    def stop(self, pin: str) -> None:
        """Turn event mode off (the print queue must have been printed or discarded first)."""
        self.require_pin(pin)
        self.session.wipe()
        self.vault.clear()
        config = replace(
            self.config, enabled=False, pin_hash="", started_at="", campaign_id="", points=()
        )
        config.write(self._settings)
        self._settings.save()
        self._mark(None)
        log.info("event mode off")

    def _forget_emails(self, after: int | None) -> tuple[int, int | None]:
        """Delete the outbox rows added after ``after`` (the participant who is leaving): no
        letter of a past participant stays on the laptop, sent or not. With no mark yet (the
        event starts, or the app restarted during it) that is every row since the event
        started. Returns how many could not be delivered and the new mark (rows still being
        sent are left for the next wipe). Outside an event nothing is touched."""
        if not self.active:
            return 0, None  # the next event's first wipe sets a fresh mark
        with self.store.transaction() as conn:
            if after is not None:
                rows = conn.execute("SELECT id, state FROM outbox WHERE id > ?", (after,))
            else:
                started = self.config.started()
                # started_at has whole seconds: rows of that second may predate the event
                since = started.timestamp() + 1.0 if started is not None else float("inf")
                rows = conn.execute("SELECT id, state FROM outbox WHERE created_at >= ?", (since,))
            rows = rows.fetchall()
            top = conn.execute("SELECT COALESCE(MAX(id), 0) FROM outbox").fetchone()[0]
            sending = [r[0] for r in rows if r[1] == "sending"]
            gone = [r[0] for r in rows if r[1] != "sending"]
            failed = sum(1 for r in rows if r[1] in ("queued", "failed"))
            if gone:
                marks = ",".join("?" * len(gone))
                conn.execute(f"DELETE FROM outbox WHERE id IN ({marks})", gone)
        if gone:
            self.store.checkpoint()
        self.undelivered += failed
        return failed, int(min(sending) - 1 if sending else top)

    def sync(self) -> None:
        """Make the database marker agree with the settings (after a crash or a copied profile)."""
        config = self.config
        self._mark(config if config.enabled and config.pin_hash else None)

    def _mark(self, config: EventConfig | None) -> None:
        with self.store.transaction() as conn:
            if config is None:
                conn.execute("DELETE FROM event_mode")
            else:
                conn.execute(
                    "INSERT INTO event_mode (id, event_name, started_at) VALUES (1, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET event_name = excluded.event_name, "
                    "started_at = excluded.started_at",
                    (config.name, config.started_at),
                )


def active_event(conn: object) -> str | None:
    """The running event's name from the database marker, or None (``conn``: a sqlite3
    connection or cursor source inside the caller's transaction)."""
    row = conn.execute("SELECT event_name FROM event_mode WHERE id = 1").fetchone()  # type: ignore[attr-defined]
    return None if row is None else str(row[0])
