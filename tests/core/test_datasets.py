"""The dataset cache: revalidation, offline use, atomic replace, refusing bad downloads."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from advocate_app.core.datasets import DatasetStore, default_sources
from advocate_app.core.errors import DataMissing
from advocate_app.core.http import HttpClient, RetryPolicy
from advocate_app.core.settings import Settings
from tests.conftest import DATA_PREFIX, LEGISLATORS_JSON, ZIP_PATH, serve_datasets, service_env


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
    assert [i.origin for i in store.status()] == ["missing"] * 3
    assert set(store.update_all().values()) == {"updated"}
    assert [i.origin for i in store.status()] == ["download"] * 3
    store.clear()
    assert [i.origin for i in store.status()] == ["missing"] * 3


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
