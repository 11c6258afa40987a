"""The derived-index cache gives the same answers as a fresh parse, and follows the source."""

from __future__ import annotations

import os
import shutil

from advocate_app.core.lookup.legislators import LegislatorIndex
from advocate_app.core.lookup.zipcodes import ZipCrosswalk
from tests.conftest import DISTRICT_OFFICES_JSON, LEGISLATORS_JSON, ZCCD_CSV


def test_cached_members_equal_freshly_parsed(tmp_path, legislator_index) -> None:
    members = shutil.copy(LEGISLATORS_JSON, tmp_path)
    offices = shutil.copy(DISTRICT_OFFICES_JSON, tmp_path)
    first = LegislatorIndex.load(members, offices)
    assert list(tmp_path.glob("*.idx"))
    second = LegislatorIndex.load(members, offices)  # from the blob
    assert second.members == first.members == legislator_index.members
    assert second.congress == 119


def test_a_new_download_rebuilds_the_index(tmp_path) -> None:
    path = tmp_path / "zccd.csv"
    shutil.copy(ZCCD_CSV, path)
    assert ZipCrosswalk.load(path).districts("82001") == (("WY", 0),)
    text = path.read_text().replace("56,WY,82001,0", "56,WY,82001,0\n08,CO,82001,4")
    path.write_text(text)
    os.utime(path, ns=(1, 1))
    assert ZipCrosswalk.load(path).districts("82001") == (("CO", 4), ("WY", 0))


def test_corrupt_or_unwritable_cache_falls_back_to_parsing(tmp_path) -> None:
    path = tmp_path / "zccd.csv"
    shutil.copy(ZCCD_CSV, path)
    ZipCrosswalk.load(path)
    blob = next(tmp_path.glob("*.idx"))
    blob.write_bytes(b"\x00garbage")
    assert ZipCrosswalk.load(path).districts("78704") == (("TX", 35), ("TX", 37))
    blob.unlink()
    tmp_path.chmod(0o555)
    try:
        assert len(ZipCrosswalk.load(path)) == 33774
    finally:
        tmp_path.chmod(0o755)
