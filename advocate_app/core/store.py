"""The local database: one SQLite file for the outbox, the letter archive and drafts.

Why SQLite: a letter queued for sending must survive a crash, a ``kill -9`` or a power cut,
and two processes (the window and the ``advocate`` command) may use it at once. So:

- WAL journal, ``synchronous=FULL`` and explicit ``BEGIN IMMEDIATE`` transactions: a
  committed state change is on disk before the next network step starts.
- ``foreign_keys=ON``; ``secure_delete=ON`` so a deleted letter is overwritten, not left
  readable in free pages (the person can delete their history and mean it).
- Schema version in ``PRAGMA user_version``; ``MIGRATIONS`` is an append-only list. A later
  feature (drafts, tallies) adds its tables by appending ``Migration(next_version, ...)``
  here: never edit or reorder a released entry. A database from a newer app is refused
  (``StoreTooNew``) rather than damaged.
- A file SQLite calls corrupt (or "not a database") is moved aside as
  ``<name>.corrupt-<time>`` with its ``-wal``/``-shm`` files, a fresh database is created,
  and ``recovered_from`` tells the caller so the person can be told.

One connection per ``Store``, shared by threads under a lock (SMTP runs on workers); the
network step never runs inside a transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advocate_app.core.errors import AdvocateError
from advocate_app.core.messages import Message

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StoreUnavailable(AdvocateError):
    """The data file cannot be opened or written (permissions, full disk, locked)."""

    exit_code = 3


class StoreTooNew(AdvocateError):
    """The data file was written by a newer Advocate; we refuse to touch it."""

    exit_code = 1


@dataclass(frozen=True)
class Migration:
    """One step of the schema. ``statements`` run in one transaction, then ``apply``."""

    version: int
    name: str
    statements: tuple[str, ...]
    apply: Callable[[sqlite3.Connection], None] | None = field(default=None, compare=False)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "outbox and letter archive",
        (
            """
            CREATE TABLE outbox (
                id              INTEGER PRIMARY KEY,
                message_id      TEXT NOT NULL UNIQUE,
                channel         TEXT NOT NULL DEFAULT 'email',
                state           TEXT NOT NULL
                                CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
                attempts        INTEGER NOT NULL DEFAULT 0,
                next_attempt_at REAL,
                last_error      TEXT NOT NULL DEFAULT '',
                error_kind      TEXT NOT NULL DEFAULT '',
                envelope_from   TEXT NOT NULL,
                recipients      TEXT NOT NULL,
                to_kind         TEXT NOT NULL DEFAULT '',
                subject         TEXT NOT NULL DEFAULT '',
                campaign_id     TEXT NOT NULL DEFAULT '',
                member_bioguide TEXT NOT NULL DEFAULT '',
                member_name     TEXT NOT NULL DEFAULT '',
                member_seat     TEXT NOT NULL DEFAULT '',
                letter_text     TEXT NOT NULL,
                message         BLOB NOT NULL,
                created_at      REAL NOT NULL,
                updated_at      REAL NOT NULL,
                sent_at         REAL,
                server_reply    TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX outbox_state ON outbox (state, next_attempt_at)",
            """
            CREATE TABLE archive (
                id              INTEGER PRIMARY KEY,
                created_at      REAL NOT NULL,
                channel         TEXT NOT NULL,
                campaign_id     TEXT NOT NULL DEFAULT '',
                member_bioguide TEXT NOT NULL DEFAULT '',
                member_name     TEXT NOT NULL DEFAULT '',
                member_seat     TEXT NOT NULL DEFAULT '',
                recipient       TEXT NOT NULL DEFAULT '',
                subject         TEXT NOT NULL DEFAULT '',
                letter_text     TEXT NOT NULL,
                message_id      TEXT NOT NULL DEFAULT '',
                outbox_id       INTEGER REFERENCES outbox (id) ON DELETE SET NULL
            )
            """,
            "CREATE INDEX archive_created ON archive (created_at)",
            "CREATE INDEX archive_outbox ON archive (outbox_id)",
        ),
    ),
    Migration(
        2,
        "drafts: the letter being written, saved as the person types (core/drafts.py)",
        (
            """
            CREATE TABLE drafts (
                key        TEXT PRIMARY KEY,
                payload    TEXT NOT NULL,
                created_at REAL NOT NULL,
                updated_at REAL NOT NULL
            )
            """,
            "CREATE INDEX drafts_updated ON drafts (updated_at)",
        ),
    ),
    Migration(
        3,
        "event tallies (no writer's data) and the event-mode marker (core/tallies.py, event.py)",
        (
            """
            CREATE TABLE tallies (
                id              INTEGER PRIMARY KEY,
                created_at      REAL NOT NULL,
                event_name      TEXT NOT NULL DEFAULT '',
                campaign_id     TEXT NOT NULL DEFAULT '',
                bill_label      TEXT NOT NULL DEFAULT '',
                member_bioguide TEXT NOT NULL DEFAULT '',
                member_name     TEXT NOT NULL DEFAULT '',
                chamber         TEXT NOT NULL DEFAULT ''
                                CHECK (chamber IN ('house', 'senate', '')),
                state           TEXT NOT NULL DEFAULT '',
                district        INTEGER,
                route           TEXT NOT NULL,
                letter_key      TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX tallies_created ON tallies (created_at)",
            "CREATE INDEX tallies_event ON tallies (event_name, created_at)",
            """
            CREATE TABLE tally_salt (
                id   INTEGER PRIMARY KEY CHECK (id = 1),
                salt BLOB NOT NULL
            )
            """,
            "INSERT INTO tally_salt (id, salt) VALUES (1, randomblob(16))",
            """
            CREATE TABLE event_mode (
                id         INTEGER PRIMARY KEY CHECK (id = 1),
                event_name TEXT NOT NULL,
                started_at TEXT NOT NULL DEFAULT ''
            )
            """,
        ),
    ),
    Migration(
        4,
        "tallies keep no hash of letter content (random tokens instead; the salt goes), and "
        "the event PIN's hash where no keyring is available (core/tallies.py, core/pin.py)",
        (
            """
            CREATE TEMP TABLE rekey AS
                SELECT letter_key AS old, lower(hex(randomblob(8))) AS new
                FROM tallies WHERE letter_key != '' GROUP BY letter_key
            """,
            """
            UPDATE tallies SET letter_key = (SELECT new FROM rekey WHERE old = tallies.letter_key)
            WHERE letter_key != ''
            """,
            "DROP TABLE rekey",
            "DROP TABLE tally_salt",
            """
            CREATE TABLE event_pin (
                id       INTEGER PRIMARY KEY CHECK (id = 1),
                pin_hash TEXT NOT NULL
            )
            """,
        ),
    ),
    Migration(
        5,
        "the letter's language in tallies ('en', 'es'; earlier rows were English)",
        ("ALTER TABLE tallies ADD COLUMN letter_language TEXT NOT NULL DEFAULT 'en'",),
    ),
)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0


def _check_migrations(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration versions must be 1..n in order, got {versions}")


_check_migrations(MIGRATIONS)

_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPT_CODES
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


class _Corrupt(Exception):
    pass


class Store:
    """The open database. Use ``Store.open(path)``; ``":memory:"`` works for tests."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, recovered_from: Path | None = None
    ) -> None:
        self._conn = conn
        self.path = path
        self.recovered_from = recovered_from
        self._lock = threading.RLock()
        self._depth = 0

    # --- opening ---------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        _check_migrations(migrations)
        if str(path) == ":memory:":
            conn = _connect(":memory:")
            _migrate(conn, migrations)
            return cls(conn, None)
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _unavailable(path, exc) from exc
        try:
            conn = _open_checked(path, migrations)
            return cls(conn, path)
        except _Corrupt:
            kept = _move_aside(path)
            log.warning("database was corrupt; kept aside and starting a new one")
            try:
                conn = _open_checked(path, migrations)
            except _Corrupt as exc:  # pragma: no cover - a new file cannot be corrupt
                raise StoreUnavailable(Message("store.cannot_create")) from exc
            return cls(conn, path, kept)

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def journal_mode(self) -> str:
        with self._lock:
            return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- statements ------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``); nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _unavailable(self.path, exc) from exc
            self._depth = 1
            try:
                yield self._conn
            except sqlite3.OperationalError as exc:  # disk full, read-only, I/O error
                self._depth = 0
                self._rollback()
                raise _unavailable(self.path, exc) from exc
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            try:
                self._conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self._rollback()
                raise _unavailable(self.path, exc) from exc

    def _rollback(self) -> None:
        """Undo the open transaction, if SQLite has not already (it does on a full disk)."""
        if not self._conn.in_transaction:
            return
        try:
            self._conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            log.warning("database rollback failed (%s)", type(exc).__name__)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                raise _unavailable(self.path, exc) from exc

    def compact(self) -> None:
        """Rebuild the file (``VACUUM``) and truncate the WAL, so no freed page of deleted
        rows survives anywhere in it ("delete my data")."""
        self.checkpoint()
        self.query("VACUUM")
        self.checkpoint()

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it (after deleting history)."""
        with self._lock:
            if self._depth == 0 and self.path is not None:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _connect(target: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(target),
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    if str(target) != ":memory:":
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # e.g. some network file systems
            log.warning("database journal mode is %s, not WAL", mode)
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _open_checked(path: Path, migrations: Sequence[Migration]) -> sqlite3.Connection:
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path)
        row = conn.execute("PRAGMA quick_check").fetchone()
        if row is None or str(row[0]).lower() != "ok":
            raise _Corrupt("quick_check failed")
        _migrate(conn, migrations)
        return conn
    except _Corrupt:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if _is_corruption(exc):
            raise _Corrupt(str(exc)) from exc
        raise _unavailable(path, exc) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def _migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    newest = latest_version(migrations)
    if current > newest:
        raise StoreTooNew(
            Message("store.too_new"),
            detail=f"schema {current} > {newest}",
        )
    for migration in migrations:
        if migration.version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            if migration.apply is not None:
                migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("database schema upgraded to %d (%s)", migration.version, migration.name)


def _move_aside(path: Path) -> Path | None:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while kept.exists():
        kept = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    moved: Path | None = None
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            try:
                os.replace(source, Path(f"{kept}{suffix}"))
                if not suffix:
                    moved = kept
            except OSError as exc:
                raise _unavailable(path, exc) from exc
    return moved


def _unavailable(path: Path | None, exc: BaseException) -> StoreUnavailable:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        message = Message("store.busy")
    elif path:
        message = Message("store.cannot_write_at", path=path)
    else:
        message = Message("store.cannot_write")
    return StoreUnavailable(message, detail=type(exc).__name__)
