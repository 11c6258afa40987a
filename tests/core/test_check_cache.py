"""The campaign check's result kept per pack content (core/check_cache.py, issue 15).

A second load of the same pack takes what rendering its sample letters found last time;
any change to a pack file, the app version or the checking code checks again; a damaged
cache file is ignored and written again; a check that found an error is never kept.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from advocate_app import __version__
from advocate_app.app import Services
from advocate_app.core.campaign_check import check_files
from advocate_app.core.campaign_pack import read_pack_files
from advocate_app.core.check_cache import CheckCache, code_fingerprint
from advocate_app.core.paths import AppPaths
from tests.support.packs import BODY, write_pack

NO_STORY = BODY.replace("{{ story }}", "A story.")  # a template that forgets the story
STORY_WARNING = "never includes {{ story }}"


def _check(pack: Path, cache: CheckCache):
    return check_files(read_pack_files(pack), path=pack, cache=cache)


def _pack(tmp_path: Path, body: str = NO_STORY) -> Path:
    return write_pack(tmp_path / "pack", templates={"house.txt.j2": body, "senate.txt.j2": body})


def test_a_second_load_takes_what_the_first_found(tmp_path):
    pack, cache = _pack(tmp_path), CheckCache(tmp_path / "cache")
    campaign, problems = _check(pack, cache)
    assert campaign is not None
    assert any(STORY_WARNING in p.message for p in problems)
    (kept,) = (tmp_path / "cache").glob("*.json")
    # Prove the second load reads the file instead of rendering again: change what it says.
    data = json.loads(kept.read_text(encoding="utf-8"))
    assert any(STORY_WARNING in p["message"] for p in data["problems"])
    for problem in data["problems"]:
        problem["message"] = "found by the first check"
    kept.write_text(json.dumps(data), encoding="utf-8")
    again, problems = _check(pack, cache)
    assert again == campaign
    messages = [p.message for p in problems]
    assert "found by the first check" in messages
    assert not any(STORY_WARNING in m for m in messages)
    assert not list((tmp_path / "cache").glob(".*.tmp"))  # written atomically, nothing left


def test_any_change_to_a_pack_file_checks_again(tmp_path):
    pack, cache = _pack(tmp_path), CheckCache(tmp_path / "cache")
    _check(pack, cache)
    (pack / "senate.txt.j2").write_text(BODY, encoding="utf-8")  # the story is back
    (pack / "house.txt.j2").write_text(BODY, encoding="utf-8")
    _campaign, problems = _check(pack, cache)
    assert not any(STORY_WARNING in p.message for p in problems)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 2
    (pack / "notes.txt").write_text("a new file in the pack", encoding="utf-8")
    keys = {cache.key(read_pack_files(pack)), cache.key({**read_pack_files(pack), "x": b""})}
    assert len(keys) == 2


def test_another_app_version_or_checking_code_checks_again(tmp_path):
    files = read_pack_files(_pack(tmp_path))
    folder = tmp_path / "cache"
    assert f"advocate {__version__}" in code_fingerprint()
    assert CheckCache(folder, "advocate 1.0").key(files) != CheckCache(folder, "advocate 1.1").key(
        files
    )
    code = tmp_path / "code"
    code.mkdir()
    (code / "letters.py").write_text("A = 1\n", encoding="utf-8")
    before = code_fingerprint(["letters.py"], code)
    os.utime(code / "letters.py", ns=(1, 1))  # a developer's edit
    assert code_fingerprint(["letters.py"], code) != before
    (code / "lookup").mkdir()
    (code / "lookup" / "notes.py").write_text("B = 2\n", encoding="utf-8")
    everything = code_fingerprint(folder=code)  # by default: every module, however split
    assert "letters.py " in everything and "lookup/notes.py " in everything
    assert "letter_context.py " in code_fingerprint()


def test_a_damaged_cache_file_is_ignored_and_written_again(tmp_path):
    pack, cache = _pack(tmp_path), CheckCache(tmp_path / "cache")
    _check(pack, cache)
    (kept,) = (tmp_path / "cache").glob("*.json")
    for damage in (b"{not json", b"", b'{"format": 1, "problems": 3}', b"\xff\xfe"):
        kept.write_bytes(damage)
        campaign, problems = _check(pack, cache)
        assert campaign is not None
        assert any(STORY_WARNING in p.message for p in problems)
        assert STORY_WARNING in kept.read_text(encoding="utf-8")  # written again, whole


def test_a_kept_error_is_not_believed_and_errors_are_never_kept(tmp_path):
    broken = _pack(tmp_path, "{{ nobody_knows_me }}")
    cache = CheckCache(tmp_path / "cache")
    campaign, problems = _check(broken, cache)
    assert campaign is None and any(p.is_error for p in problems)
    assert not list((tmp_path / "cache").glob("*.json"))
    good = _pack(tmp_path / "good")
    key = cache.key(read_pack_files(good))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / f"{key}.json").write_text(
        json.dumps({"format": 1, "key": key, "problems": [
            {"file": "x", "line": 0, "message": "planted", "severity": "error"}]}),
        encoding="utf-8",
    )  # fmt: skip
    campaign, problems = _check(good, cache)
    assert campaign is not None and "planted" not in {p.message for p in problems}


def test_the_app_keeps_checks_in_its_cache_folder(tmp_path):
    services = Services(AppPaths.for_profile(tmp_path / "profile"), env={})
    campaign = services.campaigns.find("stop-csam-2025")
    assert campaign.translations  # the Spanish templates were checked too
    folder = services.paths.cache_dir / "campaign-checks"
    assert len(list(folder.glob("*.json"))) >= 1
    assert (
        Services(AppPaths.for_profile(tmp_path / "profile"), env={}).campaigns.find(
            "stop-csam-2025"
        )
        == campaign
    )
