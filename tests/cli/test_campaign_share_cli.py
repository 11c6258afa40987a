"""Sharing packs from the command line (issue 19): export a pack folder, remove an
installed campaign (never a built-in one), the --replace hint, and an ended Congress."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.packs import MANIFEST, valid_entries, write_pack, write_zip


def test_export_a_pack_folder_then_import_replace_and_remove(run, tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "writing" / "test-pack")
    code, out, err = run("campaign", "export", str(folder), str(tmp_path / "shared.zip"))
    assert code == 0 and (tmp_path / "shared.zip").exists(), err
    code, out, _ = run("campaign", "import", str(tmp_path / "shared.zip"))
    assert code == 0 and "Installed the campaign 'test-pack'" in out
    code, _, err = run("campaign", "import", str(tmp_path / "shared.zip"))
    assert code == 1 and "--replace" in err and "advocate campaign remove test-pack" in err
    code, out, _ = run("campaign", "import", "--replace", str(tmp_path / "shared.zip"))
    assert code == 0
    code, out, _ = run("campaign", "remove", "test-pack")
    assert code == 0 and "Removed the campaign 'test-pack'" in out
    code, out, _ = run("campaigns", "list", "--json")
    assert [c["id"] for c in json.loads(out)["campaigns"]] == ["stop-csam-2025"]
    code, _, err = run("campaign", "remove", "test-pack")
    assert code == 1 and "There is no installed campaign 'test-pack'" in err
    code, _, err = run("campaign", "remove", "stop-csam-2025")
    assert code == 1 and "built into the app and cannot be removed" in err
    code, _, err = run("campaign", "export", str(tmp_path / "writing"), str(tmp_path / "x.zip"))
    assert code == 1 and "has no campaign.toml" in err


def test_check_and_import_refuse_an_ended_congress(run, tmp_path: Path) -> None:
    old = MANIFEST.replace("congress = 119", "congress = 118")
    folder = write_pack(tmp_path / "old", old)
    code, _, err = run("campaign", "check", str(folder))
    assert (
        code == 1 and "118th Congress ended on January 3, 2025" in err and "archive = true" in err
    )
    code, out, _ = run("campaign", "check", "--today", "2024-06-01", str(folder))
    assert code == 0 and "OK: 'test-pack'" in out
    entries = {**valid_entries(), "campaign.toml": old}
    code, _, err = run("campaign", "import", str(write_zip(tmp_path / "old.zip", entries)))
    assert code == 1 and "118th Congress ended" in err
    archived = old.replace("congress = 118\n", "congress = 118\narchive = true\n")
    code, out, _ = run("campaign", "check", str(write_pack(tmp_path / "arch", archived)))
    assert code == 0 and "kept as an archive" in out


def test_fetching_again_names_replace(run, httpserver, tmp_path: Path) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in valid_entries("test-pack/").items():
            zf.writestr(name, data)
    httpserver.expect_request("/test-pack.zip").respond_with_data(buffer.getvalue())
    url = httpserver.url_for("/test-pack.zip")
    code, out, err = run("campaign", "fetch", url)
    assert code == 0, err
    code, _, err = run("campaign", "fetch", url)
    assert code == 1 and "--replace" in err and "advocate campaign remove" in err
    code, out, _ = run("campaign", "fetch", "--replace", url)
    assert code == 0 and "Installed the campaign 'test-pack'" in out
