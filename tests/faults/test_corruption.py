"""A damaged settings file and a damaged database: each is kept aside (nothing thrown
away), the person is told where, and the app starts with fresh ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocate_app.cli import main


@pytest.mark.parametrize(
    "settings_bytes",
    [b'{"values": {"identity.name": "Mar', b"\x00\x00\x00", b"[1, 2, 3]", b"\xff\xfe{"],
    ids=["truncated", "zeros", "wrong-shape", "not-utf8"],
)
def test_damaged_settings_and_database_are_kept_aside_and_the_app_starts(
    tmp_path: Path, capsys, settings_bytes: bytes
) -> None:
    profile = tmp_path / "profile"
    (profile / "config").mkdir(parents=True)
    (profile / "data").mkdir()
    (profile / "config" / "settings.json").write_bytes(settings_bytes)
    (profile / "data" / "advocate.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    code = main(["--profile", str(profile), "outbox", "list"])
    out, err = capsys.readouterr()
    assert code == 0 and "The outbox is empty." in out
    assert "settings file was damaged" in err and "settings.json.corrupt-" in err
    assert "data file was damaged" in err and "advocate.sqlite3.corrupt-" in err
    assert "Traceback" not in err
    kept = list((profile / "config").glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == settings_bytes  # kept, byte for byte
    assert list((profile / "data").glob("advocate.sqlite3.corrupt-*"))
    # The next start is quiet: the new files are good.
    assert main(["--profile", str(profile), "outbox", "list"]) == 0
    assert "damaged" not in capsys.readouterr().err
