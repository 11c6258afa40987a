"""A full disk or a read-only folder, for settings, the database and every export.

What must hold each time: a message a person understands, nothing they wrote is lost (the
old file or row stays whole, the new values stay in memory), and no half-written file is
left looking like a whole one. Each test runs on a simulated and, where allowed, a real
(tmpfs) disk; see conftest.py.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.drafts import Drafts
from advocate_app.core.errors import AdvocateError
from advocate_app.core.settings import Settings, SettingsNotSaved
from advocate_app.core.store import Store, StoreUnavailable
from tests.faults.conftest import Disk
from tests.support.sample_letters import letter_for

BREAK = ["fill", "read_only"]


@pytest.mark.parametrize("how", BREAK)
def test_settings_not_saved_keeps_the_old_file_and_the_new_values(disk: Disk, how: str) -> None:
    path = disk.folder / "config" / "settings.json"
    settings = Settings.load(path, env={})
    settings.set("identity.name", "Old Name")
    settings.save()
    before = path.read_bytes()
    getattr(disk, how)()
    settings.set("identity.name", "Maria Lopez")
    with pytest.raises(SettingsNotSaved, match="could not save its settings") as caught:
        settings.save()
    assert isinstance(caught.value, OSError) and isinstance(caught.value, AdvocateError)
    assert "Traceback" not in str(caught.value)
    assert settings.get("identity.name") == "Maria Lopez"  # what the person typed is kept
    assert path.read_bytes() == before  # the old file, whole
    assert disk.leftovers() == []
    disk.restore()
    settings.save()
    assert Settings.load(path, env={}).get("identity.name") == "Maria Lopez"


@pytest.mark.parametrize("how", BREAK)
def test_database_writes_fail_clearly_and_keep_what_was_there(
    disk: Disk, how: str, legislator_index
) -> None:
    if disk.kind == "mounted" and how == "read_only":
        pytest.skip(
            "a file system cannot be remounted read-only under an open database; "
            "test_database_in_a_read_only_folder covers a read-only start"
        )
    store = disk.watch_store(Store.open(disk.folder / "data" / "advocate.sqlite3"))
    letter = letter_for(legislator_index.senators("TX")[0])
    Archive(store).record(letter, "pdf")
    drafts = Drafts(store)
    drafts.save_draft("letter:x", {"story": "first words"})
    getattr(disk, how)()
    with pytest.raises(StoreUnavailable, match="disk is not full") as caught:
        for _ in range(50):  # a real disk may take a few pages before it is full
            drafts.save_draft("letter:x", {"story": "second words " + "x" * 60_000})
            Archive(store).record(letter, "pdf")
    assert caught.value.exit_code == 3
    disk.restore()
    assert drafts.latest_draft().payload["story"] in ("first words", "second words " + "x" * 60_000)
    assert Archive(store).count() >= 1
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    drafts.save_draft("letter:x", {"story": "after"})  # works again once there is room
    assert drafts.latest_draft().payload == {"story": "after"}


def test_database_in_a_read_only_folder_is_a_clear_error(disk: Disk) -> None:
    if disk.kind != "mounted":
        pytest.skip("needs a real read-only file system")
    Store.open(disk.folder / "advocate.sqlite3").close()
    disk.read_only()
    with pytest.raises(StoreUnavailable, match="cannot open or write"):
        Store.open(disk.folder / "new" / "advocate.sqlite3")
    try:  # an existing file: readable (WAL files present) or a clear error, never a traceback
        store = Store.open(disk.folder / "advocate.sqlite3")
    except StoreUnavailable:
        return
    with pytest.raises(StoreUnavailable):
        Drafts(store).save_draft("k", {"a": 1})
    store.close()


@pytest.mark.parametrize("fmt", ["txt", "pdf", "odt", "docx"])
@pytest.mark.parametrize("how", BREAK)
def test_export_fails_without_leaving_a_partial_file(
    disk: Disk, how: str, fmt: str, legislator_index, qapp
) -> None:
    from advocate_app.export import export_letter

    letter = letter_for(legislator_index.representative("TX", 37))
    folder = disk.folder / "letters"
    folder.mkdir()
    getattr(disk, how)()
    with pytest.raises(OSError):
        export_letter(letter, fmt, folder)
    assert list(folder.iterdir()) == [] and disk.leftovers() == []
    disk.restore()
    written = export_letter(letter, fmt, folder)
    assert written.stat().st_size > 0


@pytest.mark.parametrize("how", BREAK)
def test_batch_export_fails_without_partial_files(disk: Disk, how: str, legislator_index, qapp):
    from advocate_app.core.stacks import BatchInfo
    from advocate_app.export.batch import write_batch
    from advocate_app.export.pdf import write_pdfs

    letters = [letter_for(m) for m in legislator_index.senators("TX")]
    folder = disk.folder / "batch"
    folder.mkdir()
    getattr(disk, how)()
    with pytest.raises(OSError):
        write_batch([(x, None) for x in letters], BatchInfo("stop-csam-2025", "T"), folder)
    with pytest.raises(OSError):
        write_pdfs(letters, folder)
    assert [p.name for p in folder.iterdir()] == [] and disk.leftovers() == []


@pytest.mark.parametrize("how", BREAK)
def test_cli_letters_on_a_full_or_read_only_disk_says_so(
    disk: Disk, how: str, httpserver, monkeypatch, capsys, tmp_path: Path
) -> None:
    from advocate_app.cli import main
    from tests.conftest import serve_datasets, service_env

    serve_datasets(httpserver)
    for name, value in service_env(httpserver).items():
        monkeypatch.setenv(name, value)
    profile = tmp_path / "profile"
    args = ["--profile", str(profile), "letters", "--campaign", "stop-csam-2025", "--zip", "82001",
            "--name", "Jo Doe", "--street", "1 Capitol Ave", "--city", "Cheyenne",
            "--story", "I teach fourth grade.", "--no-bill-status",
            "--format", "pdf", "--out", str(disk.folder / "out")]  # fmt: skip
    assert main(["--profile", str(profile), "lookup", "--zip", "82001"]) == 0  # data cached
    capsys.readouterr()
    getattr(disk, how)()
    code = main(args)
    _, err = capsys.readouterr()
    assert code == 1, err
    reason = "No space left on device" if how == "fill" else "Read-only file system"
    assert "advocate: Could not save the letter in" in err and reason in err
    assert "Traceback" not in err
    assert not any(p.suffix == ".pdf" for p in disk.folder.rglob("*"))


def test_a_store_file_that_is_not_a_database_is_kept_aside(tmp_path: Path) -> None:
    db = tmp_path / "advocate.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    store = Store.open(db)
    assert store.recovered_from is not None and store.recovered_from.exists()
    Drafts(store).save_draft("k", {"story": "still works"})
    store.close()
    with sqlite3.connect(db) as conn:
        assert json.loads(conn.execute("SELECT payload FROM drafts").fetchone()[0])
