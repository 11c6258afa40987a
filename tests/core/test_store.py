"""The local SQLite database: WAL, foreign keys, migrations, corrupt files, the archive."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.migrations import MIGRATIONS, Migration, latest_version
from advocate_app.core.store import Store, StoreTooNew, StoreUnavailable
from tests.support.sample_letters import letter_for

CURRENT = latest_version()
LATER = Migration(
    CURRENT + 1,
    "a table a later version would add",
    ("CREATE TABLE later_things (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",),
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "advocate.sqlite3"


def test_new_database(db):
    store = Store.open(db)
    assert store.schema_version == latest_version() == len(MIGRATIONS)
    assert store.journal_mode == "wal" and store.recovered_from is None
    assert store.query("PRAGMA foreign_keys")[0][0] == 1
    assert store.query("PRAGMA secure_delete")[0][0] == 1
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"outbox", "archive", "drafts"} <= tables
    store.close()


def test_the_history_finds_an_email_by_message_id_without_scanning(db):
    """flows/deliver asks the history for each sent email's Message-ID (migration 7)."""
    store = Store.open(db)
    for sql in (
        "SELECT id FROM archive WHERE message_id = ?",
        "SELECT message_id FROM archive WHERE message_id IN (?, ?)",
    ):
        plan = " ".join(
            str(r[-1])
            for r in store.query("EXPLAIN QUERY PLAN " + sql, ("a", "b")[: sql.count("?")])
        )
        assert (
            "USING COVERING INDEX archive_message" in plan or "USING INDEX archive_message" in plan
        ), plan
    store.close()


def test_a_later_migration_upgrades_and_keeps_data(db, legislator_index):
    store = Store.open(db)
    letter = letter_for(legislator_index.senators("TX")[0])
    Archive(store).record(letter, "pdf", recipient="/tmp/letter.pdf")
    store.close()
    upgraded = Store.open(db, migrations=(*MIGRATIONS, LATER))
    assert upgraded.schema_version == CURRENT + 1 and Archive(upgraded).count() == 1
    with upgraded.transaction() as conn:
        conn.execute("INSERT INTO later_things (text) VALUES ('x')")
    upgraded.close()
    # An older app then refuses the newer file rather than damage it.
    with pytest.raises(StoreTooNew, match="newer version"):
        Store.open(db)
    assert Store.open(db, migrations=(*MIGRATIONS, LATER)).schema_version == CURRENT + 1


def test_a_failing_migration_changes_nothing(db):
    Store.open(db).close()
    broken = Migration(
        CURRENT + 1, "broken", ("CREATE TABLE later_things (id INTEGER)", "NOT SQL AT ALL")
    )
    with pytest.raises(StoreUnavailable):
        Store.open(db, migrations=(*MIGRATIONS, broken))
    store = Store.open(db)
    assert store.schema_version == CURRENT
    assert not store.query("SELECT name FROM sqlite_master WHERE name = 'later_things'")


def test_migrations_must_be_numbered_in_order(db):
    with pytest.raises(RuntimeError):
        Store.open(db, migrations=(*MIGRATIONS, Migration(CURRENT + 2, "gap", ())))


def test_garbage_file_is_kept_aside(db):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database " * 300)
    Path(f"{db}-wal").write_bytes(b"stale wal")
    store = Store.open(db)
    assert store.recovered_from is not None and store.recovered_from.exists()
    assert store.recovered_from.read_bytes().startswith(b"this is not a database")
    assert Path(f"{store.recovered_from}-wal").read_bytes() == b"stale wal"
    assert store.schema_version == CURRENT and Archive(store).count() == 0


def test_damaged_pages_are_detected(db, legislator_index):
    store = Store.open(db)
    letter = letter_for(legislator_index.senators("TX")[0], body="x" * 20000)
    for _ in range(20):
        Archive(store).record(letter, "pdf")
    store.checkpoint()
    store.close()
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 2 : page * 6] = b"\xff" * (page * 4)
    db.write_bytes(bytes(data))
    reopened = Store.open(db)
    assert reopened.recovered_from is not None
    assert Archive(reopened).count() == 0


def test_unwritable_location_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="cannot open or write"):
        Store.open(blocker / "data" / "advocate.sqlite3")


def test_transactions_roll_back_and_nest(db):
    store = Store.open(db)
    with pytest.raises(ZeroDivisionError):
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO archive (created_at, channel, letter_text) VALUES (1, 'pdf', 'a')"
            )
            raise ZeroDivisionError
    assert Archive(store).count() == 0
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO archive (created_at, channel, letter_text) VALUES (1, 'pdf', 'a')"
        )
        with store.transaction() as inner:
            inner.execute(
                "INSERT INTO archive (created_at, channel, letter_text) VALUES (2, 'pdf', 'b')"
            )
    assert Archive(store).count() == 2


def test_foreign_keys_are_enforced(db):
    store = Store.open(db)
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO archive (created_at, channel, letter_text, outbox_id) "
                "VALUES (1, 'email', 't', 999)"
            )


def test_two_connections_and_threads(db, legislator_index):
    first, second = Store.open(db), Store.open(db)
    letter = letter_for(legislator_index.senators("TX")[0])

    def write(store):
        for _ in range(20):
            Archive(store).record(letter, "txt")

    threads = [threading.Thread(target=write, args=(s,)) for s in (first, second, first)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert Archive(first).count() == Archive(second).count() == 60


def test_archive_list_open_delete(db, legislator_index):
    store = Store.open(db)
    senator = legislator_index.senators("TX")[0]
    rep = legislator_index.representative("TX", 37)
    a = Archive(store).record(letter_for(senator), "pdf", recipient="/x/a.pdf", when=100)
    b = Archive(store).record(letter_for(rep), "contact_form", recipient=rep.url, when=200)
    entries = Archive(store).entries()
    assert [e.id for e in entries] == [b, a]  # newest first
    assert [e.id for e in Archive(store).entries(member_bioguide=rep.bioguide)] == [b]
    assert Archive(store).entries(campaign_id="other") == []
    opened = Archive(store).get(a)
    assert opened.letter_text == letter_for(senator).as_text() and opened.member_seat == "TX"
    assert opened.channel == "pdf" and opened.recipient == "/x/a.pdf"
    assert Archive(store).delete(a) and not Archive(store).delete(a)
    assert Archive(store).get(a) is None and Archive(store).count() == 1
    with pytest.raises(ValueError):
        Archive(store).record(letter_for(senator), "Bad Channel!")


def test_delete_all_leaves_no_trace_on_disk(db, legislator_index):
    from advocate_app.core.delivery.email import compose_email
    from advocate_app.core.delivery.outbox import Outbox

    store = Store.open(db)
    marker = "Unmistakable-private-story-7f3a9"
    letter = letter_for(legislator_index.senators("TX")[0], body=f"My story: {marker}.")
    outbox = Outbox(store)
    queued = outbox.add(
        letter, compose_email(letter, sender="v@example.org", to="m@example.org"), to_kind="self"
    )
    Archive(store).record(letter, "pdf")
    letter2 = letter_for(legislator_index.senators("TX")[1], body=f"Sent: {marker}.")
    sent = outbox.add(
        letter2, compose_email(letter2, sender="v@example.org", to="m@example.org"), to_kind="self"
    )
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", (sent.id,))
    store.checkpoint()
    assert any(marker.encode() in p.read_bytes() for p in db.parent.iterdir())
    assert Archive(store).delete_all() == 1
    assert outbox.get(sent.id) is None and outbox.get(queued.id) is not None  # unsent kept
    outbox.purge(ids=[queued.id])
    store.close()
    for path in db.parent.iterdir():
        assert marker.encode() not in path.read_bytes(), path.name
