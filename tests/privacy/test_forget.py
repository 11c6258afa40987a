""" "Delete my data": afterwards no file Advocate keeps holds the person's name, address,
email, phone or story; public data and other settings stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocate_app.app import Services
from advocate_app.core.delivery.locking import SendLock
from advocate_app.core.paths import AppPaths
from advocate_app.core.settings import Settings
from tests.privacy.conftest import ADDRESS, NAME, PERSONAL, PHONE, STORY, STREET, World


def _leftovers(profile: Path) -> dict[str, list[str]]:
    """Which personal strings are still in which file, in UTF-8 or UTF-16 (keyring-free)."""
    found: dict[str, list[str]] = {}
    for path in profile.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        hits = [s for s in PERSONAL if s.encode() in data or s.encode("utf-16-le") in data]
        if hits:
            found[str(path.relative_to(profile))] = hits
    return found


def _personal_session(world: World, capsys) -> None:
    for code, _, err in world.day(capsys):
        assert code == 0, err
    paths = AppPaths.for_profile(world.profile)
    services = Services(paths)
    services.drafts.save_draft("letter:stop-csam-2025", {"name": NAME, "story": STORY + " (draft)"})
    settings = services.settings
    for key, value in (("name", NAME), ("street", STREET), ("city", "Austin"), ("zip", "78745"),
                       ("phone", PHONE)):  # fmt: skip
        settings.set(f"identity.{key}", value)
    settings.set("export.paper_size", "a4")
    settings.save()
    services.store.close()
    # An old damaged settings file kept aside, with the same identity in it.
    kept = paths.settings_file.with_name("settings.json.corrupt-1700000000")
    kept.write_text('{"values": {"identity.name": "' + NAME + '", "identity.street": "' + STREET)
    assert _leftovers(world.profile)  # the test would prove nothing otherwise


def test_forget_leaves_nothing_personal_in_any_file(world: World, capsys) -> None:
    _personal_session(world, capsys)
    datasets_before = sorted(p.name for p in (world.profile / "cache" / "datasets").iterdir())
    code, out, err = world.run(capsys, "forget", "--yes", "--json")
    assert code == 0, err
    report = json.loads(out)
    # History: 3 members x 4 saved formats from 'advocate letters', plus 3 emailed letters.
    assert report["letters"] == 15 and report["outbox"] == 3 and report["drafts"] == 1
    assert "identity.name" in report["settings_cleared"]
    assert _leftovers(world.profile) == {}
    # What is not personal stays: public data, its indexes, other settings.
    assert (
        sorted(p.name for p in (world.profile / "cache" / "datasets").iterdir()) == datasets_before
    )
    settings = Settings.load(world.profile / "config" / "settings.json", env={})
    assert settings.get("export.paper_size") == "a4" and settings.get("identity.name") == ""
    # The app still works afterwards, and starts empty.
    code, out, _ = world.run(capsys, "outbox", "list")
    assert code == 0 and "empty" in out
    code, _, err = world.run(capsys, "lookup", "--address", ADDRESS)
    assert code == 0, err


def test_forget_asks_first_and_refuses_without_a_terminal(world: World, capsys) -> None:
    _personal_session(world, capsys)
    code, _, err = world.run(capsys, "forget")
    assert code == 1 and "Nothing was deleted: add --yes" in err
    assert _leftovers(world.profile)


def test_forget_accounts_removes_the_saved_password(world: World, capsys, memory_keyring):
    from advocate_app.core.secrets import smtp_account

    services = Services(AppPaths.for_profile(world.profile))
    services.settings.set("smtp.host", "mail.example.org")
    services.settings.set("smtp.user", "marisol")
    services.settings.save()
    services.secrets.set(smtp_account("marisol", "mail.example.org"), "hunter2-long")
    services.secrets.set("congress-api-key", "KEY")
    code, out, err = world.run(capsys, "forget", "--yes", "--accounts")
    assert code == 0, err
    assert "Removed 2 passwords from the system keyring." in out
    assert services.secrets.get(smtp_account("marisol", "mail.example.org")) is None
    settings = Settings.load(world.profile / "config" / "settings.json", env={})
    assert settings.stored("smtp.user") == "" and settings.stored("smtp.host") == "mail.example.org"


def test_forget_waits_for_a_sender(tmp_path: Path) -> None:
    from advocate_app.core.errors import ServiceUnavailable
    from advocate_app.core.privacy import delete_my_data

    services = Services(AppPaths.for_profile(tmp_path / "p"), env={})
    services.drafts.save_draft("k", {"story": STORY})
    db = services.paths.database_file
    sender = SendLock(db.with_name(db.name + ".send-lock"), 0)
    assert sender.acquire(blocking=False)
    try:
        with pytest.raises(ServiceUnavailable, match="sending letters right now"):
            delete_my_data(services.store, services.settings, services.paths)
        assert services.drafts.latest_draft() is not None  # nothing was deleted
    finally:
        sender.release()
    assert delete_my_data(services.store, services.settings, services.paths).drafts == 1
    services.store.close()
