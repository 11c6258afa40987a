"""Event (kiosk) mode: one laptop, a stream of strangers, an organizer who holds a PIN.

Why this exists: at a letter-writing table each participant types a name, an address and a
story on a shared laptop. The next person must see none of it, nothing personal may stay on
the disk, and only the organizer may reach settings, the campaign editor, the archive or
quit. This module is the Qt-free part of that promise:

- ``EventConfig``: what the organizer chose (event name, PIN hash, idle timeout, routes,
  collection email, PDF folder, the campaign and the talking points offered), persisted in
  settings under ``event.*``. Participants write for that campaign only (the window locks
  it in the session: ``flows/session.py`` ``lock_campaign``).
- The PIN (``core/pin.py``): only a salted hash is stored, compared in constant time, and
  guessing is slowed down after a few misses (counted in the database, so restarting the
  app gives no fresh tries).
- ``EventMode``: turns the mode on and off. It also writes a marker row into the database
  (``event_mode`` table), so every process using that database (the window, ``advocate
  outbox send``) keeps the archive anonymous while the event runs (see ``core/archive.py``).
- ``EventSession``: what one participant left behind that must be wiped on "Next
  participant": temporary files (in one private folder) and the text the app put on the
  clipboard (the GUI compares before clearing, so a person's own clipboard is left alone).

The print queue (letters kept in memory until the organizer prints them) is in
``core/print_queue.py``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import InputProblem
from advocate_app.core.pin import DATABASE, KEYRING, PinGuard, PinVault, check_pin_format

if TYPE_CHECKING:
    from advocate_app.core.print_queue import PrintQueue
    from advocate_app.core.settings import Settings
    from advocate_app.core.store import Store

log = logging.getLogger(__name__)

# Routes a participant may be offered, in the order the organizer sees them.
ROUTES = ("print", "pdf", "email_organizer", "contact_form")
DEFAULT_ROUTES = ("print",)
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 0.5, 120.0
MAX_EVENT_NAME = 120
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# --- the organizer's choices ---------------------------------------------------------------------
@dataclass(frozen=True)
class EventConfig:
    """Event mode as the organizer set it up (``event.*`` settings)."""

    enabled: bool = False
    name: str = ""
    pin_hash: str = field(default="", repr=False)  # where the hash is: "keyring"/"database"
    idle_minutes: float = 3.0
    routes: tuple[str, ...] = DEFAULT_ROUTES
    collection_email: str = ""
    pdf_folder: str = ""  # "" = PDFs go to a temporary folder wiped after each participant
    started_at: str = ""  # ISO date-time the event was turned on (for tallies and summaries)
    campaign_id: str = ""  # the campaign participants write for ("" = the default campaign)
    points: tuple[int, ...] = ()  # the talking points offered (indexes; () = all of them)

    @property
    def idle_ms(self) -> int:
        return int(self.idle_minutes * 60_000)

    def allows(self, route: str) -> bool:
        return route in self.routes

    def started(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.started_at) if self.started_at else None
        except ValueError:
            return None

    @classmethod
    def from_settings(cls, settings: Settings) -> EventConfig:
        routes = parse_routes(str(settings.get("event.routes") or ""))
        return cls(
            enabled=bool(settings.get("event.enabled")),
            name=str(settings.get("event.name") or "").strip(),
            pin_hash=str(settings.get("event.pin_hash") or ""),
            idle_minutes=float(settings.get("event.idle_minutes")),
            routes=routes or DEFAULT_ROUTES,
            collection_email=str(settings.get("event.collection_email") or "").strip(),
            pdf_folder=str(settings.get("event.pdf_folder") or "").strip(),
            started_at=str(settings.get("event.started_at") or ""),
            campaign_id=str(settings.get("event.campaign") or "").strip(),
            points=parse_points(str(settings.get("event.points") or "")),
        )

    def write(self, settings: Settings) -> None:
        """Put the values into ``settings`` (the caller saves)."""
        settings.set("event.enabled", self.enabled)
        settings.set("event.name", self.name)
        settings.set("event.pin_hash", self.pin_hash)
        settings.set("event.idle_minutes", float(self.idle_minutes))
        settings.set("event.routes", ",".join(self.routes))
        settings.set("event.collection_email", self.collection_email)
        settings.set("event.pdf_folder", self.pdf_folder)
        settings.set("event.started_at", self.started_at)
        settings.set("event.campaign", self.campaign_id)
        settings.set("event.points", ",".join(str(p) for p in self.points))


def parse_routes(text: str | Iterable[str]) -> tuple[str, ...]:
    """Known routes in canonical order; unknown names are dropped (a hand-edited file)."""
    names = text.split(",") if isinstance(text, str) else list(text)
    wanted = {n.strip().lower() for n in names if n.strip()}
    return tuple(r for r in ROUTES if r in wanted)


def parse_points(text: str | Iterable[int]) -> tuple[int, ...]:
    """Talking point indexes, sorted, without repeats; anything else is dropped."""
    items = text.split(",") if isinstance(text, str) else list(text)
    found: set[int] = set()
    for item in items:
        try:
            number = int(str(item).strip())
        except ValueError:
            continue
        if number >= 0:
            found.add(number)
    return tuple(sorted(found))


def check_event(
    *,
    name: str,
    idle_minutes: float,
    routes: Iterable[str],
    collection_email: str,
    pdf_folder: str = "",
) -> list[str]:
    """Every problem with the organizer's choices, as sentences (empty when all is well)."""
    problems: list[str] = []
    if not name.strip():
        problems.append("Give the event a name (it is printed on the tallies and cover sheets).")
    elif len(name.strip()) > MAX_EVENT_NAME:
        problems.append(f"Keep the event name under {MAX_EVENT_NAME} characters.")
    if not MIN_IDLE_MINUTES <= float(idle_minutes) <= MAX_IDLE_MINUTES:
        problems.append(
            f"The idle timeout must be between {MIN_IDLE_MINUTES:g} and {MAX_IDLE_MINUTES:g} minutes."
        )
    chosen = parse_routes(routes)
    unknown = {r.strip() for r in routes if r.strip()} - set(ROUTES)
    if unknown:
        word = "route" if len(unknown) == 1 else "routes"
        problems.append(f"Unknown {word}: {', '.join(sorted(unknown))}.")
    if not chosen:
        problems.append("Choose at least one way participants can send their letters.")
    email = collection_email.strip()
    if "email_organizer" in chosen and not email:
        problems.append("Give the collection email address for “email to organizer”.")
    if email and not _EMAIL.match(email):
        problems.append(f"'{email}' does not look like an email address.")
    if pdf_folder.strip() and not Path(pdf_folder).expanduser().is_absolute():
        problems.append("The PDF folder must be a full path (for example /home/me/Event letters).")
    return problems


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


# --- one participant's traces -------------------------------------------------------------------
@dataclass
class WipeReport:
    files_removed: int = 0
    failures: list[str] = field(default_factory=list)  # file names only, never contents
    undelivered: int = 0  # the participant's emails that could not be delivered (deleted)


class EventSession:
    """Temporary files, clipboard text and outbox rows of the current participant, wiped
    between people. ``forget_emails(mark)`` deletes the outbox rows added since ``mark``
    and returns (how many were undelivered, the new mark)."""

    def __init__(
        self,
        temp_root: Path | None = None,
        *,
        forget_emails: Callable[[int | None], tuple[int, int | None]] | None = None,
    ) -> None:
        self._temp_root = temp_root
        self._folder: Path | None = None
        self._clipboard: str | None = None
        self._forget_emails = forget_emails
        self._outbox_mark: int | None = None

    def temp_dir(self) -> Path:
        """A private folder (mode 700) for this participant's files; made on first use."""
        if self._folder is None or not self._folder.is_dir():
            root = str(self._temp_root) if self._temp_root else None
            self._folder = Path(tempfile.mkdtemp(prefix="advocate-event-", dir=root))
            os.chmod(self._folder, stat.S_IRWXU)
        return self._folder

    @property
    def has_files(self) -> bool:
        return self._folder is not None and self._folder.is_dir() and any(self._folder.iterdir())

    def note_clipboard(self, text: str) -> None:
        """Remember what the app put on the clipboard (kept in memory only)."""
        self._clipboard = text

    def owns_clipboard(self, current: str) -> bool:
        """True when the clipboard still holds what the app put there: safe to clear."""
        return self._clipboard is not None and current == self._clipboard

    def wipe(self) -> WipeReport:
        """Delete this participant's temporary files and outbox rows, forget the clipboard."""
        report = WipeReport()
        self._clipboard = None
        if self._forget_emails is not None:
            report.undelivered, self._outbox_mark = self._forget_emails(self._outbox_mark)
        folder, self._folder = self._folder, None
        if folder is None or not folder.exists():
            return report
        for path in sorted(folder.rglob("*"), reverse=True):
            try:
                if path.is_dir() and not path.is_symlink():
                    path.rmdir()
                else:
                    _overwrite(path)
                    path.unlink()
                    report.files_removed += 1
            except OSError:
                report.failures.append(path.name)
        try:
            folder.rmdir()
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
            if folder.exists():
                report.failures.append(folder.name)
        if report.failures:
            log.warning("event wipe: %d file(s) could not be removed", len(report.failures))
        return report


def _overwrite(path: Path) -> None:
    """Zero a regular file before unlinking it (best effort; SSDs may keep old blocks)."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > 64 * 1024 * 1024:
            return
        with open(path, "r+b") as handle:
            handle.write(b"\0" * info.st_size)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
