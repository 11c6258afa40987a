"""Drafts: saved as the person types, offered back after a crash, none in event mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advocate_app.app import Services
from advocate_app.core.archive import Archive
from advocate_app.core.drafts import MAX_PAYLOAD_BYTES, Drafts
from advocate_app.core.errors import InputProblem
from advocate_app.core.migrations import MIGRATIONS
from advocate_app.core.paths import AppPaths
from advocate_app.core.store import Store, StoreUnavailable
from tests.support.sample_letters import letter_for

STORY = "My daughter Dana was groomed through a game chat at eleven"
PAYLOAD = {
    "campaign": "stop-csam-2025",
    "name": "Maria Lopez",
    "street": "1100 Congress Ave",
    "zip": "78701",
    "story": STORY,
    "points": [0, 2],
}


@pytest.fixture
def services(tmp_path: Path) -> Services:
    made = Services(AppPaths.for_profile(tmp_path / "profile"), env={})
    yield made
    if "store" in made.__dict__:
        made.store.close()


def test_save_replace_offer_back_and_discard(services: Services) -> None:
    drafts = services.drafts
    clock = iter(range(100, 200))
    drafts._clock = lambda: float(next(clock))
    assert drafts.latest_draft() is None
    assert drafts.save_draft("letter:stop-csam-2025", PAYLOAD)
    assert drafts.save_draft("letter:other", {"story": "older words"})
    assert drafts.save_draft("letter:stop-csam-2025", {**PAYLOAD, "story": STORY + " and more"})
    latest = drafts.latest_draft()
    assert latest is not None and latest.key == "letter:stop-csam-2025"
    assert latest.payload["story"] == STORY + " and more" and latest.payload["points"] == [0, 2]
    assert latest.created_at == 100.0 and latest.updated_at == 102.0
    assert sorted(drafts.keys()) == ["letter:other", "letter:stop-csam-2025"]
    assert drafts.discard("letter:stop-csam-2025") and not drafts.discard("letter:stop-csam-2025")
    assert drafts.latest_draft().key == "letter:other"
    assert drafts.discard_all() == 1 and drafts.latest_draft() is None


def test_a_new_process_gets_the_draft_back(tmp_path: Path) -> None:
    profile = AppPaths.for_profile(tmp_path / "p")
    first = Services(profile, env={})
    first.drafts.save_draft("letter:x", PAYLOAD)
    # no close(): as after a crash
    second = Services(profile, env={})
    assert second.drafts.latest_draft().payload == PAYLOAD
    first.store.close()
    second.store.close()


def test_event_mode_writes_and_offers_nothing(services: Services) -> None:
    services.drafts.save_draft("letter:before", PAYLOAD)
    services.settings.set("event.enabled", True)
    assert not services.drafts.enabled
    assert services.drafts.save_draft("letter:x", {"story": "a stranger's words"}) is False
    assert services.drafts.latest_draft() is None and services.drafts.get("letter:before") is None
    rows = services.store.query("SELECT key FROM drafts")
    assert [r[0] for r in rows] == ["letter:before"]  # nothing new written
    services.settings.set("event.enabled", False)
    assert services.drafts.latest_draft().key == "letter:before"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00NUL\x00",
        "مرحبا بالعالم",
        "👩‍👩‍👧 🇺🇸",
        "\ud800 lone surrogate",
        "\u202eRTL override",
    ],
)
def test_any_text_round_trips(services: Services, text: str) -> None:
    services.drafts.save_draft("k", {"story": text, "nested": {"list": [text, 1, None, True]}})
    assert services.drafts.latest_draft().payload == {
        "story": text,
        "nested": {"list": [text, 1, None, True]},
    }


def test_bad_payloads_and_keys(services: Services) -> None:
    drafts = services.drafts
    with pytest.raises(InputProblem, match="too long to keep as a draft"):
        drafts.save_draft("k", {"story": "x" * (MAX_PAYLOAD_BYTES + 1)})
    with pytest.raises(ValueError, match="plain JSON"):
        drafts.save_draft("k", {"when": object()})
    with pytest.raises(ValueError, match="plain JSON"):
        drafts.save_draft("k", {"n": float("nan")})
    for key in ("", "k" * 201, None):
        with pytest.raises(ValueError):
            drafts.save_draft(key, {})  # type: ignore[arg-type]
    assert drafts.latest_draft() is None


def test_full_disk_keeps_the_previous_draft_whole(services: Services) -> None:
    drafts = services.drafts
    drafts.save_draft("k", PAYLOAD)
    store = services.store
    pages = store.query("PRAGMA page_count")[0][0]
    store.query(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    with pytest.raises(StoreUnavailable, match="disk is not full"):
        drafts.save_draft("k", {**PAYLOAD, "story": "y" * 200_000})
    assert drafts.latest_draft().payload == PAYLOAD


def test_a_version_1_database_gains_drafts_and_keeps_its_letters(tmp_path, legislator_index):
    db = tmp_path / "advocate.sqlite3"
    old = Store.open(db, migrations=MIGRATIONS[:1])
    Archive(old).record(letter_for(legislator_index.senators("TX")[0]), "pdf")
    old.close()
    store = Store.open(db)
    assert store.schema_version >= 2 and Archive(store).count() == 1
    Drafts(store).save_draft("k", PAYLOAD)
    store.close()


def test_discarded_words_do_not_stay_on_disk(services: Services) -> None:
    drafts = services.drafts
    for i in range(30):
        drafts.save_draft("letter:x", {**PAYLOAD, "story": f"{STORY} draft {i}"})
    drafts.discard("letter:x")
    path = services.paths.database_file
    blobs = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    assert STORY.encode() not in blobs and b"Maria Lopez" not in blobs
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
