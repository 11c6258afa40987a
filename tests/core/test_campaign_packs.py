"""Importing and exporting .zip packs: every hostile archive is refused and writes nothing."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from advocate_app.core import campaign_pack
from advocate_app.core.campaign_model import CampaignError
from advocate_app.core.campaigns import (
    CampaignLibrary,
    export_pack_zip,
    find_campaign,
    import_pack_zip,
    load_campaign,
    validate_pack,
)
from advocate_app.core.errors import InputProblem
from tests.support.packs import BODY, MANIFEST, tree, valid_entries, write_pack, write_zip


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    folder = tmp_path / "installed"
    folder.mkdir()
    return folder


def refused(tmp_path: Path, dest: Path, zip_path: Path, match: str) -> None:
    """The import fails with ``match`` and leaves the disk exactly as it was."""
    before = tree(tmp_path)
    with pytest.raises(CampaignError, match=match) as caught:
        import_pack_zip(zip_path, dest)
    assert caught.value.exit_code == 1
    assert tree(tmp_path) == before
    assert list(dest.iterdir()) == []
    assert validate_pack(zip_path) and all(p.is_error for p in validate_pack(zip_path))


def test_import_a_valid_zip(tmp_path: Path, dest: Path) -> None:
    target = import_pack_zip(write_zip(tmp_path / "ok.zip", valid_entries()), dest)
    assert target == dest / "test-pack"
    assert sorted(p.name for p in target.iterdir()) == [
        "campaign.toml",
        "house.txt.j2",
        "senate.txt.j2",
    ]
    assert load_campaign(target).title == "Test Act"


def test_import_a_zip_with_a_top_folder_and_os_debris(tmp_path: Path, dest: Path) -> None:
    entries = {
        **valid_entries("my pack/"),
        "__MACOSX/my pack/._house.txt.j2": b"\x00",
        "my pack/.DS_Store": b"x",
    }
    target = import_pack_zip(write_zip(tmp_path / "ok.zip", entries), dest)
    assert sorted(p.name for p in target.iterdir()) == [
        "campaign.toml",
        "house.txt.j2",
        "senate.txt.j2",
    ]


def test_import_refuses_to_replace_unless_asked(tmp_path: Path, dest: Path) -> None:
    archive = write_zip(tmp_path / "ok.zip", valid_entries())
    import_pack_zip(archive, dest)
    with pytest.raises(InputProblem, match="already installed"):
        import_pack_zip(archive, dest)
    (dest / "test-pack" / "stale.md").write_text("old")
    import_pack_zip(archive, dest, replace=True)
    assert not (dest / "test-pack" / "stale.md").exists()
    assert sorted(p.name for p in dest.iterdir()) == ["test-pack"]  # no staging folders left


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("../evil.j2", "points outside the pack"),
        ("pack/../../evil.j2", "points outside the pack"),
        ("..\\evil.j2", "points outside the pack"),
        ("/tmp/evil.j2", "absolute path"),
        ("C:/evil.j2", "absolute path"),
        ("C:\\Windows\\evil.j2", "absolute path"),
        ("a/b/c/d/e/evil.j2", "nested more than"),
        ("evil.py", "not a kind of file a pack may hold"),
        ("evil\x00.j2", "NUL|not a kind of file"),  # zipfile cuts the name at the NUL
    ],
)
def test_hostile_names_are_refused(tmp_path: Path, dest: Path, name: str, match: str) -> None:
    refused(tmp_path, dest, write_zip(tmp_path / "evil.zip", {**valid_entries(), name: "x"}), match)
    assert not (tmp_path / "evil.j2").exists() and not Path("/tmp/evil.j2").exists()


def test_symlink_entries_are_refused(tmp_path: Path, dest: Path) -> None:
    archive = write_zip(
        tmp_path / "link.zip", valid_entries(), symlinks={"notes.txt": "/etc/passwd"}
    )
    refused(tmp_path, dest, archive, "is a link")


def test_too_many_files(tmp_path: Path, dest: Path) -> None:
    extra = {f"notes/{i}.txt": "x" for i in range(campaign_pack.MAX_FILES)}
    refused(
        tmp_path,
        dest,
        write_zip(tmp_path / "many.zip", {**valid_entries(), **extra}),
        "more than 100 files",
    )


def test_oversized_file(tmp_path: Path, dest: Path) -> None:
    big = os.urandom(campaign_pack.MAX_FILE_BYTES + 1)
    refused(
        tmp_path,
        dest,
        write_zip(tmp_path / "big.zip", {**valid_entries(), "big.txt": big}),
        "larger than 512 KB",
    )


def test_oversized_in_total(tmp_path: Path, dest: Path) -> None:
    chunks = {f"part{i}.txt": os.urandom(400 * 1024) for i in range(11)}  # 4.4 MB, incompressible
    refused(
        tmp_path,
        dest,
        write_zip(tmp_path / "total.zip", {**valid_entries(), **chunks}),
        "larger than 4 MB in all",
    )


def test_zip_bomb_ratio(tmp_path: Path, dest: Path) -> None:
    bomb = b"\0" * (500 * 1024)  # 500 KB of zeros compresses ~1000:1
    refused(
        tmp_path,
        dest,
        write_zip(tmp_path / "bomb.zip", {**valid_entries(), "bomb.txt": bomb}),
        "zip bomb",
    )


def test_header_that_lies_about_the_size(
    tmp_path: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = write_zip(
        tmp_path / "liar.zip", {**valid_entries(), "big.txt": os.urandom(300 * 1024)}
    )
    monkeypatch.setattr(campaign_pack, "MAX_FILE_BYTES", 200 * 1024)
    real_infolist = zipfile.ZipFile.infolist

    def lying(self: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
        infos = real_infolist(self)
        for info in infos:
            if info.filename == "big.txt":
                info.file_size = 10  # the central directory claims a tiny file
        return infos

    monkeypatch.setattr(zipfile.ZipFile, "infolist", lying)
    before = tree(tmp_path)
    with pytest.raises(CampaignError, match="not a readable .zip|larger than 200 KB"):
        import_pack_zip(archive, dest)  # reading never goes past the size checked
    assert list(dest.iterdir()) == [] and tree(tmp_path) == before


def _mark_encrypted(archive: Path, name: bytes) -> None:
    """Set the "encrypted" flag of one entry (zipfile cannot write encrypted archives)."""
    data = bytearray(archive.read_bytes())
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_at : start + name_at + len(name)] == name:
                data[start + flag_at] |= 0x1
            start += 4
    archive.write_bytes(bytes(data))


def test_encrypted_entries_are_refused(tmp_path: Path, dest: Path) -> None:
    archive = tmp_path / "enc.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, data in valid_entries().items():
            zf.writestr(name, data)  # permission bits only, no file type: still a plain file
        zf.writestr("secret.txt", b"x")
    _mark_encrypted(archive, b"secret.txt")
    refused(tmp_path, dest, archive, "encrypted")


def test_not_a_zip_and_case_clash(tmp_path: Path, dest: Path) -> None:
    (tmp_path / "fake.zip").write_text("hello")
    refused(tmp_path, dest, tmp_path / "fake.zip", "not a readable .zip")
    clash = write_zip(tmp_path / "clash.zip", {**valid_entries(), "Notes.md": "a", "notes.md": "b"})
    refused(tmp_path, dest, clash, "appears twice")


def test_a_zip_with_a_broken_pack_is_refused_with_the_packs_problems(
    tmp_path: Path, dest: Path
) -> None:
    entries = {**valid_entries(), "senate.txt.j2": BODY + "{{ story.__class__ }}"}
    refused(
        tmp_path,
        dest,
        write_zip(tmp_path / "bad.zip", entries),
        r"senate.txt.j2:10: access to '__class__'",
    )


def test_folder_packs_refuse_links(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p")
    (folder / "extra.txt").symlink_to("/etc/passwd")
    assert [str(p) for p in validate_pack(folder)] == [
        "p: 'extra.txt' is a link; packs may not contain links"
    ]
    (folder / "extra.txt").unlink()
    (folder / "sub").symlink_to("/etc", target_is_directory=True)
    with pytest.raises(CampaignError, match="'sub' is a link"):
        load_campaign(folder)


def test_export_then_import_round_trip(tmp_path: Path, dest: Path) -> None:
    builtin = find_campaign("stop-csam-2025")
    archive = export_pack_zip(builtin.path, tmp_path / "share" / "stop.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert names == sorted(names) and all(n.startswith("stop-csam-2025/") for n in names)
    assert "stop-csam-2025/campaign.toml" in names
    again = load_campaign(import_pack_zip(archive, dest))
    assert (again.id, again.talking_points, again.bills) == (
        builtin.id,
        builtin.talking_points,
        builtin.bills,
    )
    assert load_campaign(archive).title == builtin.title  # a .zip also loads directly


def test_export_refuses_an_invalid_pack(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", MANIFEST.replace('type = "hr"', 'type = "hx"'))
    with pytest.raises(CampaignError, match="unknown bill type"):
        export_pack_zip(folder, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_library_import_refuses_a_builtin_id(tmp_path: Path) -> None:
    library = CampaignLibrary(tmp_path / "campaigns")
    entries = {
        **valid_entries(),
        "campaign.toml": MANIFEST.replace('id = "test-pack"', 'id = "stop-csam-2025"'),
    }
    with pytest.raises(InputProblem, match="id 'stop-csam-2025' of a campaign built into the app"):
        library.import_zip(write_zip(tmp_path / "shadow.zip", entries))
    campaign = library.import_zip(write_zip(tmp_path / "ok.zip", valid_entries()))
    assert campaign.path == tmp_path / "campaigns" / "test-pack"
    assert [c.id for c in library.all()] == ["stop-csam-2025", "test-pack"]
    assert library.export_zip("test-pack", tmp_path / "again.zip").exists()
