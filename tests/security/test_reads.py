"""Findings 6 and 11 of issue 16: every read has a size limit, enforced while streaming and
after decompression; every redirect hop of a campaign fetch is checked like the first URL."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from pathlib import Path

import pytest
from werkzeug import Response

from advocate_app.core.campaigns import fetch_pack
from advocate_app.core.errors import BadResponse, InputProblem
from advocate_app.core.files import MAX_STORY_BYTES, read_user_file
from advocate_app.core.http import MAX_JSON_BYTES, HttpClient, RetryPolicy
from advocate_app.core.participants import read_participants
from tests.conftest import DATA_PREFIX, serve_datasets
from tests.core.test_datasets import make_store


@pytest.fixture
def http() -> HttpClient:
    return HttpClient(timeout=5, retry=RetryPolicy(attempts=1, backoff=0.01))


def _gzip_bomb(inflated: int) -> bytes:
    """A gzip stream of ``inflated`` zero bytes, built without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    return b"".join(parts) + packer.flush()


def _streamed(body: bytes, **headers: str):
    def handler(_request):  # no Content-Length: the limit must hold while streaming
        chunks = (body[i : i + 65536] for i in range(0, len(body), 65536))
        return Response(chunks, headers=headers, direct_passthrough=True)

    return handler


def test_a_gzip_bomb_stops_at_the_limit_after_decompression(httpserver, http) -> None:
    bomb = _gzip_bomb(64 * 1024 * 1024)  # 64 KB on the wire, 64 MB inflated
    assert len(bomb) < 128 * 1024
    httpserver.expect_request("/geo").respond_with_handler(
        _streamed(bomb, **{"Content-Encoding": "gzip", "Content-Type": "application/json"})
    )
    tracemalloc.start()
    try:
        with pytest.raises(BadResponse, match="sent more than 2 MB"):
            http.get_json(httpserver.url_for("/geo"), what="The geocoder")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024


def test_json_answers_are_capped_at_2_mb_even_without_content_length(httpserver, http) -> None:
    body = b"[" + b"1," * (MAX_JSON_BYTES // 2) + b"1]"
    httpserver.expect_request("/cg").respond_with_handler(_streamed(body))
    with pytest.raises(BadResponse, match="sent more than 2 MB"):
        http.get_json(httpserver.url_for("/cg"), what="Congress.gov")
    small = gzip.compress(b'{"ok": true}')
    httpserver.expect_request("/ok").respond_with_data(small, headers={"Content-Encoding": "gzip"})
    assert http.get_json(httpserver.url_for("/ok")) == {"ok": True}


def test_an_oversized_dataset_keeps_the_saved_copy_and_names_the_limit(
    tmp_path, httpserver
) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=0)
    good = store.path("district_offices").read_bytes()
    httpserver.clear()
    bomb = _gzip_bomb(8 * 1024 * 1024)
    httpserver.expect_request(
        DATA_PREFIX + "legislators-district-offices.json"
    ).respond_with_handler(_streamed(bomb, **{"Content-Encoding": "gzip"}))
    result = store.update_all(force=True)["district_offices"]
    assert result.startswith("failed") and "more than 5 MB" in result
    assert store.path("district_offices").read_bytes() == good


def test_a_story_file_from_dev_zero_stops_at_the_limit() -> None:
    with pytest.raises(InputProblem, match="too large \\(over 64 KB\\)"):
        read_user_file(Path("/dev/zero"), "story file", MAX_STORY_BYTES)


def test_cli_story_file_dev_zero(tmp_path) -> None:
    import argparse

    from advocate_app.cli.common import read_story

    with pytest.raises(InputProblem, match="over 64 KB"):
        read_story(argparse.Namespace(story=None, story_file="/dev/zero"))
    story = tmp_path / "story.txt"
    story.write_text("It matters to me.", encoding="utf-8")
    assert read_story(argparse.Namespace(story=None, story_file=str(story))) == "It matters to me."


def test_participants_csv_limit_is_checked_while_reading() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(InputProblem, match="too large \\(over 5 MB\\)"):
            read_participants(Path("/dev/zero"))  # endless: only a limit while reading stops it
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 15 * 1024 * 1024


# --- finding 11: redirects ------------------------------------------------------------
def test_a_redirect_to_plain_http_is_refused(httpserver, http, tmp_path) -> None:
    httpserver.expect_request("/pack.zip").respond_with_data(
        "", status=302, headers={"Location": "http://example.org/pack.zip"}
    )
    with pytest.raises(InputProblem, match="secure connection"):
        fetch_pack(http, httpserver.url_for("/pack.zip"), tmp_path / "campaigns")


@pytest.mark.parametrize(
    ("location", "message"),
    [("file:///etc/passwd", "not a web address"),
     ("https://user:pw@example.org/p.zip", "user name and password")],
)  # fmt: skip
def test_every_hop_is_checked_by_the_same_rules(httpserver, http, tmp_path, location, message):
    httpserver.expect_request("/a.zip").respond_with_data(
        "", status=302, headers={"Location": "/b.zip"}
    )
    httpserver.expect_request("/b.zip").respond_with_data(
        "", status=301, headers={"Location": location}
    )
    with pytest.raises(InputProblem, match=message):
        fetch_pack(http, httpserver.url_for("/a.zip"), tmp_path / "campaigns")


def test_a_redirect_loop_ends(httpserver, http, tmp_path) -> None:
    httpserver.expect_request("/loop.zip").respond_with_data(
        "", status=302, headers={"Location": "/loop.zip"}
    )
    with pytest.raises(BadResponse, match="redirected more than"):
        fetch_pack(http, httpserver.url_for("/loop.zip"), tmp_path / "campaigns")


def test_a_good_redirect_is_followed(httpserver, http, tmp_path) -> None:
    from tests.core.test_campaign_fetch import zip_bytes
    from tests.support.packs import valid_entries

    httpserver.expect_request("/old.zip").respond_with_data(
        "", status=302, headers={"Location": "/new.zip"}
    )
    httpserver.expect_request("/new.zip").respond_with_data(zip_bytes(valid_entries()))
    target = fetch_pack(http, httpserver.url_for("/old.zip"), tmp_path / "campaigns")
    assert (target / "campaign.toml").is_file()
