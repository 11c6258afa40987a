"""Event mode core: PIN hashing and lockout, settings, the database marker, the anonymous
archive (sent emails included, over a real SMTP server), the participant's wipe list, the
print queue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.delivery.email import compose_email
from advocate_app.core.delivery.outbox import Outbox
from advocate_app.core.errors import InputProblem
from advocate_app.core.event import EventMode
from advocate_app.core.event_config import EventConfig, check_event, parse_routes
from advocate_app.core.event_session import EventSession
from advocate_app.core.pin import PinGuard, hash_pin, verify_pin
from advocate_app.core.print_queue import PrintQueue
from advocate_app.core.settings import Settings
from advocate_app.core.store import Store
from advocate_app.flows import deliver
from tests.core.delivery.conftest import transport_for
from tests.support.sample_letters import constituent, letter_for

PIN = "246813"
NAME = "María José O'Brien"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "config" / "settings.json", env={})


@pytest.fixture
def mode(settings, store) -> EventMode:
    from advocate_app.core.secrets import SecretStore

    return EventMode(settings, store, secrets=SecretStore())  # the in-memory test keyring


def start(mode: EventMode, **overrides) -> EventConfig:
    fields = dict(name="Austin writing night", pin=PIN, idle_minutes=2.0,
                  routes=["print", "email_organizer"], collection_email="org@example.org")  # fmt: skip
    fields.update(overrides)
    return mode.start(**fields)


# --- the PIN ---------------------------------------------------------------------------------
def test_pin_is_stored_only_as_a_salted_hash():
    first, second = hash_pin(PIN), hash_pin(PIN)
    assert first != second  # a new random salt each time
    assert first.startswith("scrypt$") and PIN not in first
    assert verify_pin(PIN, first) and verify_pin(f" {PIN} ", second)
    assert not verify_pin("246814", first) and not verify_pin("", first)


@pytest.mark.parametrize(
    "stored",
    ["", "plain", "scrypt$1$2$3", "scrypt$16384$8$1$%%%$%%%", "scrypt$1073741824$8$1$AA==$AA==",
     "md5$abc", "pbkdf2_sha256$99999999999$AA==$AA=="],
)  # fmt: skip
def test_a_damaged_or_hostile_hash_never_matches(stored):
    assert verify_pin(PIN, stored) is False


@pytest.mark.parametrize("pin", ["", "12", "   123  ", "x" * 65])
def test_pin_rules(pin):
    with pytest.raises(InputProblem, match="PIN"):
        hash_pin(pin)


def test_guessing_is_slowed_down():
    now = [100.0]
    guard = PinGuard(free_tries=3, clock=lambda: now[0])
    stored = hash_pin(PIN)
    assert [guard.check(p, stored) for p in ("0000", "1111", "2222")] == [False] * 3
    with pytest.raises(InputProblem, match="Too many wrong PINs"):
        guard.check(PIN, stored)  # even the right one waits during the lockout
    now[0] += 31
    assert guard.check("3333", stored) is False  # the next miss doubles the wait
    assert guard.seconds_locked() == pytest.approx(60)
    now[0] += 61
    assert guard.check(PIN, stored) is True and guard.misses == 0


def test_wrong_pins_are_still_counted_after_a_restart(settings, store):
    from advocate_app.core.secrets import SecretStore

    now, secrets = [1_000_000.0], SecretStore()
    first = EventMode(settings, store, secrets=secrets, clock=lambda: now[0])
    start(first)
    assert [first.unlock(p) for p in ["000000"] * 5] == [False] * 5
    path = store.path
    store.close()  # the app is quit and started again
    reopened = Store.open(path)
    try:
        restarted = EventMode(settings, reopened, secrets=secrets, clock=lambda: now[0])
        assert restarted.guard.misses == 5
        with pytest.raises(InputProblem, match="Too many wrong PINs"):
            restarted.unlock(PIN)
        now[0] += 31
        assert restarted.unlock(PIN) is True
        assert restarted.guard.misses == 0 and restarted.guard.seconds_locked() == 0
    finally:
        reopened.close()


def test_a_clock_turned_back_locks_no_longer_than_fifteen_minutes(store):
    now = [1_000_000.0]
    guard = PinGuard(free_tries=1, clock=lambda: now[0], store=store)
    stored = hash_pin(PIN)
    assert guard.check("000000", stored) is False and guard.seconds_locked() == 30
    now[0] -= 86_400  # someone set the computer's clock a day back
    with pytest.raises(InputProblem):
        guard.check(PIN, stored)
    assert guard.seconds_locked() == 900
    now[0] += 901
    assert guard.check(PIN, stored) is True


# --- configuration ----------------------------------------------------------------------------
def test_start_saves_settings_without_the_pin(mode, settings, store):
    config = start(mode, pdf_folder="~/Event letters")
    assert mode.active and config.enabled and config.idle_ms == 120_000
    assert config.routes == ("print", "email_organizer") and config.started()
    saved = settings.path.read_text(encoding="utf-8")
    assert PIN not in saved
    values = json.loads(saved)["values"]
    assert values["event.enabled"] is True and values["event.pin_hash"] == "keyring"
    assert "scrypt$" not in saved  # the hash is in the keyring or the database (issue 16)
    assert values["event.routes"] == "print,email_organizer"
    assert Path(values["event.pdf_folder"]).is_absolute()
    reloaded = EventConfig.from_settings(Settings.load(settings.path, env={}))
    assert reloaded == config
    assert store.query("SELECT event_name FROM event_mode")[0][0] == "Austin writing night"


def test_every_problem_is_listed(mode, settings):
    with pytest.raises(InputProblem) as caught:
        mode.start(name=" ", pin="1", idle_minutes=0, routes=["fax"], collection_email="nope")
    text = str(caught.value)
    for part in ("PIN", "name", "idle timeout", "Unknown route", "at least one way", "nope"):
        assert part in text
    assert not mode.active and not settings.path.exists()
    assert check_event(name="x", idle_minutes=3, routes=["email_organizer"],
                       collection_email="") == ["Give the collection email address for “email to organizer”."]  # fmt: skip


def test_routes_are_canonical():
    assert parse_routes("contact_form, PRINT,fax,,pdf") == ("print", "pdf", "contact_form")


def test_stop_and_change_need_the_pin(mode, store):
    start(mode)
    assert mode.unlock("0000") is False
    with pytest.raises(InputProblem, match="not right"):
        mode.stop("0000")
    assert mode.active
    changed = mode.change(PIN, idle_minutes=5.0, routes=("print", "pdf"))
    assert changed.idle_minutes == 5.0 and changed.routes == ("print", "pdf")
    with pytest.raises(InputProblem, match="idle timeout"):
        mode.change(PIN, idle_minutes=1000.0)
    mode.stop(PIN)
    assert not mode.active and mode.config.pin_hash == ""
    assert store.query("SELECT COUNT(*) FROM event_mode")[0][0] == 0


def test_restarting_the_same_event_keeps_its_start(mode):
    first = start(mode)
    again = start(mode, pin="999999")
    assert again.started_at == first.started_at
    assert mode.unlock("999999") and not mode.unlock(PIN)


def test_sync_repairs_a_missing_marker(mode, store):
    start(mode)
    with store.transaction() as conn:
        conn.execute("DELETE FROM event_mode")  # e.g. a database recreated after corruption
    mode.sync()
    assert store.query("SELECT COUNT(*) FROM event_mode")[0][0] == 1


# --- nothing personal in the database ------------------------------------------------------------
def test_archive_is_anonymous_during_the_event(mode, store, legislator_index):
    letter = letter_for(legislator_index.representative("TX", 37), who=constituent(NAME))
    Archive(store).record(letter, "pdf", recipient="/home/me/letter.pdf")  # before the event
    start(mode)
    Archive(store).record(letter, "print", recipient="Office printer")
    before, during = sorted(Archive(store).entries(), key=lambda e: e.id)
    assert NAME in before.letter_text
    assert (during.letter_text, during.subject, during.recipient) == ("", "", "")
    assert (during.campaign_id, during.member_seat, during.channel) == (
        "stop-csam-2025",
        "TX-37",
        "print",
    )
    rows = store.query("SELECT * FROM tallies ORDER BY id")
    assert [(r["event_name"], r["route"]) for r in rows] == [
        ("", "pdf"),
        ("Austin writing night", "print"),
    ]
    assert rows[0]["letter_key"] == rows[1]["letter_key"]  # the same letter, two routes


def test_sent_email_leaves_no_copy_in_event_mode(mode, store, server, tls_files, legislator_index):  # noqa: F811
    start(mode)
    outbox = Outbox(store)
    letter = letter_for(legislator_index.senators("TX")[0], who=constituent(NAME))
    msg = compose_email(letter, sender="kiosk@example.org", to="org@example.org")
    item = outbox.add(letter, msg, to_kind="organizer")
    waiting = store.query("SELECT letter_text FROM outbox WHERE id = ?", (item.id,))[0][0]
    assert NAME in waiting  # waits in full until a server has it
    transport = transport_for(server, tls_files)
    [result] = deliver.send_queued(outbox, transport, history=lambda: Archive(store)).results
    assert result.sent and len(server.handler.messages) == 1
    assert outbox.get(item.id) is None  # the sent copy is gone
    [entry] = Archive(store).entries()
    assert entry.channel == "email" and entry.letter_text == "" and entry.recipient == ""
    store.checkpoint()
    for path in store.path.parent.iterdir():
        data = path.read_bytes()
        for trace in (NAME, "O'Brien", "1200 Main St"):  # the email itself was quoted-printable
            assert trace.encode() not in data, (path.name, trace)


# --- one participant's traces -------------------------------------------------------------------
def test_session_wipe_removes_files_and_forgets_the_clipboard(tmp_path):
    session = EventSession(tmp_path)
    folder = session.temp_dir()
    assert folder.parent == tmp_path and (folder.stat().st_mode & 0o777) == 0o700
    (folder / "letter.pdf").write_bytes(NAME.encode())
    (folder / "sub").mkdir()
    (folder / "sub" / "more.txt").write_text(NAME)
    session.note_clipboard("Dear Senator")
    assert session.owns_clipboard("Dear Senator") and not session.owns_clipboard("mine")
    assert session.has_files
    report = session.wipe()
    assert report.files_removed == 2 and not report.failures
    assert not folder.exists() and list(tmp_path.iterdir()) == []
    assert not session.owns_clipboard("Dear Senator")
    assert session.temp_dir() != folder  # the next participant gets a new folder
    session.wipe()


def test_stop_wipes_the_session(mode, tmp_path):
    start(mode)
    folder = mode.session.temp_dir()
    (folder / "x.pdf").write_bytes(b"%PDF")
    mode.stop(PIN)
    assert not folder.exists()


def test_print_queue_hands_letters_over_once(legislator_index):
    queue = PrintQueue()
    rep = legislator_index.representative("TX", 37)
    senators = legislator_index.senators("TX")
    assert queue.add(letter_for(rep)) == 1
    assert queue.extend(letter_for(s) for s in senators) == 3
    assert queue.counts_by_member()[f"Representative {rep.last} (TX-37)"] == 1
    assert [letter.member for letter, _office in queue.routed()] == [rep, *senators]
    taken = queue.taken()
    assert len(taken) == 3 and not queue
    queue.add(letter_for(rep))
    queue.put_back(taken)  # printing failed: back in front
    assert len(queue) == 4 and queue.items()[0] == taken[0]
    assert queue.clear() == 4 and len(queue) == 0


def test_a_settings_file_that_cannot_be_saved_changes_nothing(mode, settings, store, monkeypatch):
    def refuse() -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings, "save", refuse)
    with pytest.raises(OSError):
        start(mode)
    assert not mode.active and store.query("SELECT COUNT(*) FROM event_mode")[0][0] == 0
