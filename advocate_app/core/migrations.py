"""The database's schema, as an append-only list of migrations (opened by core/store.py).

Why a module of its own: the schema is data that grows with every feature, while
``store.py`` is the machinery that opens, checks and upgrades the file. The version is in
``PRAGMA user_version``; ``Store.open`` runs every migration above it, each in one
transaction. A later feature adds its tables by appending ``Migration(next_version, ...)``:
never edit or reorder a released entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


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
    Migration(
        6,
        "wrong event PINs, counted across restarts (core/pin.py PinGuard)",
        (
            """
            CREATE TABLE pin_tries (
                id           INTEGER PRIMARY KEY CHECK (id = 1),
                misses       INTEGER NOT NULL DEFAULT 0,
                locked_until REAL NOT NULL DEFAULT 0
            )
            """,
        ),
    ),
    Migration(
        7,
        "emails in the history found by Message-ID (flows/deliver records each one once)",
        ("CREATE INDEX archive_message ON archive (message_id)",),
    ),
)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0


def check_migrations(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration versions must be 1..n in order, got {versions}")


check_migrations(MIGRATIONS)
