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
    first = LegislatorIndex.load(members, offices, index_dir=tmp_path / "idx")
    assert list((tmp_path / "idx").glob("*.idx"))
    second = LegislatorIndex.load(members, offices, index_dir=tmp_path / "idx")  # from the blob
    assert second.members == first.members == legislator_index.members
    assert second.congress == 119


def test_a_new_download_rebuilds_the_index(tmp_path) -> None:
    path = tmp_path / "zccd.csv"
    shutil.copy(ZCCD_CSV, path)
    assert ZipCrosswalk.load(path, tmp_path).districts("82001") == (("WY", 0),)
    text = path.read_text().replace("56,WY,82001,0", "56,WY,82001,0\n08,CO,82001,4")
    path.write_text(text)
    os.utime(path, ns=(1, 1))
    assert ZipCrosswalk.load(path, tmp_path).districts("82001") == (("CO", 4), ("WY", 0))


def test_corrupt_or_unwritable_cache_falls_back_to_parsing(tmp_path) -> None:
    path = tmp_path / "zccd.csv"
    shutil.copy(ZCCD_CSV, path)
    index_dir = tmp_path / "idx"
    ZipCrosswalk.load(path, index_dir)
    blob = next(index_dir.glob("*.idx"))
    blob.write_bytes(b"\x00garbage")
    assert ZipCrosswalk.load(path, index_dir).districts("78704") == (("TX", 35), ("TX", 37))
    blob.unlink()
    index_dir.chmod(0o555)
    try:
        assert len(ZipCrosswalk.load(path, index_dir)) == 33774
    finally:
        index_dir.chmod(0o755)


def test_no_blob_is_ever_written_beside_the_source(tmp_path, isolated_home) -> None:
    """A shared or read-only data folder stays as it was: with no folder named, the blobs go
    to the app's own cache folder."""
    source = tmp_path / "data"
    source.mkdir()
    members = shutil.copy(LEGISLATORS_JSON, source)
    zccd = shutil.copy(ZCCD_CSV, source)
    before = sorted(p.name for p in source.iterdir())
    LegislatorIndex.load(members)
    ZipCrosswalk.load(zccd)
    assert sorted(p.name for p in source.iterdir()) == before
    assert list((isolated_home / ".cache").rglob("*.idx"))  # in the user cache instead


def test_a_gzipped_snapshot_reads_like_the_plain_file(tmp_path) -> None:
    import gzip

    packed = tmp_path / "zccd.csv.gz"
    packed.write_bytes(gzip.compress(ZCCD_CSV.read_bytes()))
    table = ZipCrosswalk.load(packed, tmp_path / "idx")
    assert len(table) == 33774 and table.districts("82001") == (("WY", 0),)
