"""The local database: one SQLite file for the outbox, the letter archive and drafts.

Why SQLite: a letter queued for sending must survive a crash, a ``kill -9`` or a power cut,
and two processes (the window and the ``advocate`` command) may use it at once. So:

- WAL journal, ``synchronous=FULL`` and explicit ``BEGIN IMMEDIATE`` transactions: a
  committed state change is on disk before the next network step starts.
- ``foreign_keys=ON``; ``secure_delete=ON`` so a deleted letter is overwritten, not left
  readable in free pages (the person can delete their history and mean it).
- Schema version in ``PRAGMA user_version``; ``MIGRATIONS`` (``core/migrations.py``) is an
  append-only list, run here in order. A database from a newer app is refused
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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from advocate_app.core.errors import AdvocateError
from advocate_app.core.messages import Message
from advocate_app.core.migrations import MIGRATIONS, Migration, check_migrations, latest_version

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StoreUnavailable(AdvocateError):
    """The data file cannot be opened or written (permissions, full disk, locked)."""

    exit_code = 3


class StoreTooNew(AdvocateError):
    """The data file was written by a newer Advocate; we refuse to touch it."""

    exit_code = 1


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
        check_migrations(migrations)
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
