"""The dataset cache: revalidation, offline use, atomic replace, refusing bad downloads."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from werkzeug import Response

from advocate_app.core.dataset_sources import CENSUS_ZIP_TABLE_URL, default_sources
from advocate_app.core.datasets import DatasetStore
from advocate_app.core.errors import DataMissing, Unreachable
from advocate_app.core.http import HttpClient, RetryPolicy
from advocate_app.core.settings import Settings
from tests.conftest import (
    COMMITTEES_JSON,
    DATA_PREFIX,
    DISTRICT_OFFICES_JSON,
    LEGISLATORS_JSON,
    ZCCD_CSV,
    ZIP_PATH,
    serve_datasets,
    service_env,
)
from tests.support.census_zip import pairs_from_zccd, relationship_text


def make_store(tmp_path, httpserver, **kwargs) -> DatasetStore:
    settings = Settings(None, env=service_env(httpserver))
    http = HttpClient(timeout=2, retry=RetryPolicy(attempts=1, backoff=0.01))
    return DatasetStore(tmp_path / "cache", http, default_sources(settings), **kwargs)


def test_first_use_downloads_then_revalidates_with_etag(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=0)
    path = store.path("legislators")
    assert path.read_bytes() == LEGISLATORS_JSON.read_bytes()
    assert store.info("legislators").date == "2026-06-15"
    assert store.refresh("legislators") == "unchanged"  # server answered 304
    conditional = [r for r, _ in httpserver.log if r.headers.get("If-None-Match")]
    assert conditional, "revalidation must send the ETag"


def test_cached_copy_works_offline(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=0)
    first = store.path("zip_crosswalk")
    httpserver.clear()  # the host now answers 500 to everything
    assert store.path("zip_crosswalk") == first
    assert first.stat().st_size > 100_000


def test_missing_dataset_with_no_network_is_a_clear_error(tmp_path, httpserver) -> None:
    store = make_store(tmp_path, httpserver)
    httpserver.stop()  # nothing listens: connection refused
    try:
        with pytest.raises(DataMissing, match="advocate data update"):
            store.path("legislators")
    finally:
        httpserver.start()


def test_html_or_truncated_download_never_replaces_good_data(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=0)
    good = store.path("legislators").read_bytes()
    for body, ctype in (
        ("<html>Rate limited</html>", "text/html"),
        ('[{"id": {"bio', "application/json"),
    ):
        httpserver.clear()
        httpserver.expect_request(DATA_PREFIX + "legislators-current.json").respond_with_response(
            Response(body, content_type=ctype)
        )
        assert "failed" in store.update_all(force=True)["legislators"]
        assert store.path("legislators").read_bytes() == good
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_bad_zip_table_download_is_refused(tmp_path, httpserver) -> None:
    httpserver.expect_request(ZIP_PATH).respond_with_data(
        "not,a,zip,table\n", content_type="text/csv"
    )
    store = make_store(tmp_path, httpserver)
    with pytest.raises(DataMissing):
        store.path("zip_crosswalk")


def test_bundled_snapshot_is_used_when_nothing_is_cached(tmp_path, httpserver) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "legislators-current.json").write_bytes(LEGISLATORS_JSON.read_bytes())
    (bundle / "SNAPSHOT.json").write_text(
        json.dumps({"source": "build", "taken_at": "2026-06-15T00:00:00+00:00"})
    )
    store = make_store(tmp_path, httpserver, bundled_dirs=[bundle])
    httpserver.stop()
    try:
        assert store.path("legislators") == bundle / "legislators-current.json"
        info = store.info("legislators")
        assert info.origin == "bundled" and info.date == "2026-06-15"
    finally:
        httpserver.start()


def test_local_folder_as_a_source(tmp_path) -> None:
    folder = LEGISLATORS_JSON.parent
    settings = Settings(
        None,
        env={
            "ADVOCATE_LEGISLATORS_URL": str(folder) + "/",
            "ADVOCATE_ZIP_CROSSWALK_URL": f"file://{tmp_path}/missing.csv",
        },
    )
    store = DatasetStore(tmp_path / "cache", HttpClient(), default_sources(settings))
    assert store.path("legislators").read_bytes() == LEGISLATORS_JSON.read_bytes()
    assert store.refresh("legislators") == "unchanged"
    with pytest.raises(DataMissing):
        store.path("zip_crosswalk")


def test_status_lists_every_dataset(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver)
    assert [i.origin for i in store.status()] == ["missing"] * 4
    assert set(store.update_all().values()) == {"updated"}
    assert [i.origin for i in store.status()] == ["download"] * 4
    assert [i.name for i in store.status()][-1] == "committee_membership"
    store.clear()
    assert [i.origin for i in store.status()] == ["missing"] * 4


def _bundle(tmp_path, last_modified: str):
    bundle = tmp_path / "bundle"
    bundle.mkdir(exist_ok=True)
    (bundle / "legislators-current.json").write_bytes(LEGISLATORS_JSON.read_bytes())
    (bundle / "SNAPSHOT.json").write_text(
        json.dumps(
            {
                "source": "build",
                "taken_at": "2026-12-01T00:00:00+00:00",
                "files": {"legislators-current.json": {"last_modified": last_modified}},
            }
        )
    )
    return bundle


def test_a_newer_bundled_snapshot_beats_an_older_download(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)  # its Last-Modified is 15 Jun 2026
    bundle = _bundle(tmp_path, "Tue, 01 Dec 2026 00:00:00 GMT")
    store = make_store(tmp_path, httpserver, bundled_dirs=[bundle])
    store.refresh("legislators")
    assert store.path("legislators") == bundle / "legislators-current.json"
    assert (
        store.info("legislators").origin == "bundled"
        and store.date_of("legislators") == "2026-12-01"
    )


def test_a_newer_download_beats_the_bundled_snapshot(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    bundle = _bundle(tmp_path, "Mon, 01 Jun 2026 00:00:00 GMT")
    store = make_store(tmp_path, httpserver, bundled_dirs=[bundle])
    store.refresh("legislators")
    assert store.path("legislators") == tmp_path / "cache" / "legislators-current.json"
    assert store.info("legislators").origin == "download"


def test_indexes_go_to_the_cache_not_beside_the_data(services_factory) -> None:
    services = services_factory()
    services.finder.find_by_zip("82001")
    assert list(services.paths.indexes_dir.glob("*.idx"))
    assert not list(services.paths.datasets_dir.glob("*.idx"))


# --- ZIP-table sources per congress, changed sources, offline, folders (issue 14) ----------

NEW_CONGRESS_DAY = date(2027, 1, 5)
DEAD = "http://127.0.0.1:9"


def _census_bytes(congress: int) -> bytes:
    return relationship_text(pairs_from_zccd(ZCCD_CSV), congress).encode("utf-8")


def _tables_settings(httpserver, tables: dict) -> Settings:
    """Settings whose ZIP tables point at the stand-in server (paths per congress)."""
    settings = Settings(
        None,
        env={k: v for k, v in service_env(httpserver).items() if k != "ADVOCATE_ZIP_CROSSWALK_URL"},
    )
    settings.set(
        "sources.zip_tables",
        {c: [httpserver.url_for(p) for p in paths] for c, paths in tables.items()},
    )
    return settings


def test_default_zip_sources_follow_the_congress_of_the_day() -> None:
    settings = Settings(None, env={})
    before = default_sources(settings, date(2026, 6, 20))["zip_crosswalk"]
    assert before.urls[0] == CENSUS_ZIP_TABLE_URL.format(congress=119)
    assert before.urls[1].endswith("/zccd.csv") and len(before.urls) == 2
    after = default_sources(settings, NEW_CONGRESS_DAY)["zip_crosswalk"]
    assert after.urls[0] == (
        "https://www2.census.gov/geo/docs/maps-data/data/rel2020/cd-sld/tab20_cd12020_zcta520_natl.txt"
    )
    assert after.urls[1:] == before.urls  # the older map is the fallback
    assert after.hinted_congress(after.urls[-1]) == 119  # zccd.csv says nothing itself
    # One address set by the person (or ADVOCATE_ZIP_CROSSWALK_URL) replaces the lists.
    mine = Settings(None, env={"ADVOCATE_ZIP_CROSSWALK_URL": "/media/usb/zccd.csv"})
    assert default_sources(mine, NEW_CONGRESS_DAY)["zip_crosswalk"].urls == ("/media/usb/zccd.csv",)


def test_census_file_is_the_zip_table_and_records_its_congress(tmp_path, httpserver) -> None:
    httpserver.expect_request("/census119.txt").respond_with_data(_census_bytes(119))
    settings = _tables_settings(httpserver, {"119": ["/census119.txt", "/zccd.csv"]})
    store = DatasetStore(
        tmp_path / "cache", HttpClient(timeout=2), default_sources(settings, date(2026, 6, 20))
    )
    assert store.refresh("zip_crosswalk") == "updated"
    info = store.info("zip_crosswalk")
    assert info.congress == 119 and info.url.endswith("/census119.txt")
    assert store.path("zip_crosswalk").read_bytes().startswith("\ufeffOID_CD119_20".encode())


def test_a_missing_new_table_falls_back_to_the_old_map(tmp_path, httpserver) -> None:
    """2027-01-05: the 120th file is not published yet (404), a wrong file stands at the
    119th address, so zccd.csv (119th map) is taken, and its congress is recorded."""
    serve_datasets(httpserver)
    httpserver.expect_request("/census120.txt").respond_with_data("Not Found", status=404)
    httpserver.expect_request("/census119.txt").respond_with_data(
        "<html>moved</html>", content_type="text/html"
    )
    settings = _tables_settings(
        httpserver, {"119": ["/census119.txt", ZIP_PATH], "120": ["/census120.txt"]}
    )
    store = DatasetStore(
        tmp_path / "cache", HttpClient(timeout=2), default_sources(settings, NEW_CONGRESS_DAY)
    )
    assert store.refresh("zip_crosswalk") == "updated"
    info = store.info("zip_crosswalk")
    assert info.url.endswith(ZIP_PATH) and info.congress == 119
    asked = [r.path for r, _ in httpserver.log]
    assert asked == ["/census120.txt", "/census119.txt", ZIP_PATH]
    # Once the 120th file appears it wins at the next update.
    httpserver.clear()
    httpserver.expect_request("/census120.txt").respond_with_data(_census_bytes(120))
    assert store.refresh("zip_crosswalk") == "updated"
    assert store.info("zip_crosswalk").congress == 120


def test_a_changed_source_is_fetched_at_once_whatever_the_last_check(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver)  # revalidation once a day
    store.path("zip_crosswalk")
    assert store.info("zip_crosswalk").congress == 119  # zccd.csv: from the setting
    httpserver.expect_request("/new/tab20_cd12020_zcta520_natl.txt").respond_with_data(
        _census_bytes(120)
    )
    env = {
        **service_env(httpserver),
        "ADVOCATE_ZIP_CROSSWALK_URL": httpserver.url_for("/new/tab20_cd12020_zcta520_natl.txt"),
    }
    moved = DatasetStore(
        tmp_path / "cache", HttpClient(timeout=2), default_sources(Settings(None, env=env))
    )
    moved.path("zip_crosswalk")  # checked minutes ago, but the address changed
    info = moved.info("zip_crosswalk")
    assert info.congress == 120 and info.url.endswith("tab20_cd12020_zcta520_natl.txt")


def test_revalidation_is_at_most_once_a_day_even_after_a_failure(tmp_path, httpserver) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=24)
    store.path("legislators")
    meta_path = tmp_path / "cache" / "legislators-current.json.meta.json"
    meta = json.loads(meta_path.read_text())
    meta["checked_epoch"] -= 2 * 86400  # two days ago
    meta_path.write_text(json.dumps(meta))
    httpserver.clear()  # the host now answers 500
    before = len(httpserver.log)
    store.path("legislators")  # due: one try, which fails
    tried = len(httpserver.log) - before
    assert tried == 1
    for _ in range(3):
        store.path("legislators")  # not due again today
    assert len(httpserver.log) - before == tried


def test_offline_means_offline_after_the_first_connection_failure(tmp_path) -> None:
    env = {"ADVOCATE_LEGISLATORS_URL": DEAD + "/l/", "ADVOCATE_ZIP_CROSSWALK_URL": DEAD + "/z.csv"}
    http = HttpClient(timeout=2, retry=RetryPolicy(attempts=3, backoff=0.2))
    slept: list[float] = []
    http._sleep = slept.append
    store = DatasetStore(tmp_path / "cache", http, default_sources(Settings(None, env=env)))
    results = store.update_all()
    assert all(r.startswith("failed") for r in results.values())
    assert len(slept) == 1  # one retry of the first source, then nothing is tried at all
    assert http.offline
    with pytest.raises(Unreachable):
        http.get(DEAD + "/anything")


def test_a_folder_source_never_touches_the_network(tmp_path) -> None:
    class NoNetwork:
        def get(self, *args, **kwargs):
            raise AssertionError("a folder source used the network")

    env = {
        "ADVOCATE_LEGISLATORS_URL": str(LEGISLATORS_JSON.parent),
        "ADVOCATE_ZIP_CROSSWALK_URL": ZCCD_CSV.as_uri(),
    }
    http = HttpClient(timeout=2)
    http._session = NoNetwork()
    store = DatasetStore(
        tmp_path / "cache", http, default_sources(Settings(None, env=env)), revalidate_after_hours=0
    )
    assert set(store.update_all().values()) == {"updated"}
    for name in store.sources:
        store.path(name)
    assert store.info("zip_crosswalk").congress == 119


def test_import_and_export_a_folder(tmp_path, httpserver) -> None:
    stick = tmp_path / "usb"
    (stick / "congress-legislators").mkdir(parents=True)
    (stick / "zip").mkdir()
    for source in (LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, COMMITTEES_JSON):
        (stick / "congress-legislators" / source.name).write_bytes(source.read_bytes())
    (stick / "zip" / "tab20_cd11920_zcta520_natl.txt").write_bytes(_census_bytes(119))
    (stick / "zip" / "zccd.csv").write_bytes(ZCCD_CSV.read_bytes())
    http = HttpClient(timeout=2)
    store = DatasetStore(
        tmp_path / "a", http, default_sources(Settings(None, env=service_env(httpserver)))
    )
    assert store.import_folder(stick) == dict.fromkeys(store.sources, "updated")
    assert httpserver.log == []  # imported copies count as checked: no revalidation today
    for name in store.sources:
        store.path(name)
    assert httpserver.log == []
    info = store.info("zip_crosswalk")
    assert info.congress == 119 and store.path("zip_crosswalk").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert store.info("legislators").congress == 119

    written = store.export_folder(tmp_path / "out")
    assert {p.name for p in written} == {
        "legislators-current.json",
        "legislators-district-offices.json",
        "zccd.csv",
        "committee-membership-current.json",
    }
    other = DatasetStore(tmp_path / "b", http, store.sources)
    assert set(other.import_folder(tmp_path / "out").values()) == {"updated"}
    assert other.info("legislators").date == store.info("legislators").date
    assert other.info("zip_crosswalk").congress == 119


def test_a_folder_import_reads_no_more_than_the_size_limit(tmp_path) -> None:
    """A USB stick is outside input: a compressed file that would inflate to gigabytes is
    refused after the limit (5 MB for district offices), and the other datasets still load."""
    import gzip

    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "legislators-current.json").write_bytes(LEGISLATORS_JSON.read_bytes())
    with gzip.open(stick / "legislators-district-offices.json.gz", "wb") as bomb:
        for _ in range(64):  # 64 MB of spaces in a ~64 kB file
            bomb.write(b" " * (1024 * 1024))
    store = DatasetStore(tmp_path / "d", HttpClient(), default_sources(Settings(None, env={})))
    results = store.import_folder(stick)
    assert results["legislators"] == "updated"
    assert results["district_offices"] == (
        "failed: legislators-district-offices.json.gz: The file for 'District offices "
        "(congress-legislators)' is larger than 5 MB; that is not this dataset. The saved copy "
        "was kept."
    )


def test_import_of_a_folder_with_nothing_useful_is_a_clear_error(tmp_path) -> None:
    from advocate_app.core.errors import InputProblem

    (tmp_path / "empty").mkdir()
    store = DatasetStore(tmp_path / "c", HttpClient(), default_sources(Settings(None, env={})))
    with pytest.raises(InputProblem, match="No Advocate data was found"):
        store.import_folder(tmp_path / "empty")
    with pytest.raises(InputProblem, match="is not a folder"):
        store.import_folder(Path(tmp_path / "nowhere"))


def test_the_readme_usb_example_one_folder_for_both_variables(tmp_path) -> None:
    import shutil

    stick = tmp_path / "usb"
    stick.mkdir()
    for source in (LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, ZCCD_CSV, COMMITTEES_JSON):
        shutil.copy(source, stick)
    env = {"ADVOCATE_LEGISLATORS_URL": f"{stick}/", "ADVOCATE_ZIP_CROSSWALK_URL": f"{stick}/"}
    store = DatasetStore(tmp_path / "cache", HttpClient(), default_sources(Settings(None, env=env)))
    assert store.update_all() == dict.fromkeys(store.sources, "updated")


def test_a_new_congress_looks_for_its_table_once_a_day_while_offline(tmp_path, httpserver) -> None:
    """On 2027-01-05 the ZIP sources gain the 120th table: the change is tried at once, and
    when the network is down that failed try counts as the day's check."""
    serve_datasets(httpserver)
    settings = _tables_settings(httpserver, {"119": [ZIP_PATH], "120": ["/census120.txt"]})
    before = DatasetStore(
        tmp_path / "cache", HttpClient(timeout=2), default_sources(settings, date(2026, 12, 1))
    )
    before.path("zip_crosswalk")
    httpserver.clear()  # 500 for everything now
    after = DatasetStore(
        tmp_path / "cache",
        HttpClient(timeout=2, retry=RetryPolicy(attempts=1)),
        default_sources(settings, NEW_CONGRESS_DAY),
    )
    count = len(httpserver.log)
    assert after.path("zip_crosswalk").is_file()  # tried the 120th table, kept the copy
    tried = len(httpserver.log) - count
    assert tried >= 1
    for _ in range(3):
        after.path("zip_crosswalk")
    assert len(httpserver.log) - count == tried


def test_the_built_in_snapshot_is_not_retried_against_the_network_all_day(
    tmp_path, httpserver
) -> None:
    bundle = _bundle(tmp_path, "Mon, 15 Jun 2026 00:00:00 GMT")
    store = make_store(tmp_path, httpserver, bundled_dirs=[bundle])  # the host answers 500
    assert store.path("legislators") == bundle / "legislators-current.json"
    tried = len(httpserver.log)
    assert tried == 1
    for _ in range(3):
        assert store.path("legislators") == bundle / "legislators-current.json"
    assert len(httpserver.log) == tried
    serve_datasets(httpserver)
    assert store.refresh("legislators") == "updated"  # 'data update' still asks at once
