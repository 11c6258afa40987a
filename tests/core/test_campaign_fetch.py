"""Loading a pack from a web address: a real local server, good and bad answers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from werkzeug import Response

from advocate_app.core.campaign_fetch import NotAPack, check_pack_url
from advocate_app.core.campaign_model import CampaignError
from advocate_app.core.campaigns import CampaignLibrary, fetch_pack
from advocate_app.core.errors import BadResponse, InputProblem, ServiceUnavailable
from advocate_app.core.http import HttpClient, RetryPolicy
from tests.support.packs import MANIFEST, tree, valid_entries


def zip_bytes(entries: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def http() -> HttpClient:
    return HttpClient(timeout=5, retry=RetryPolicy(attempts=2, backoff=0.01))


def test_a_published_pack_is_checked_and_installed(httpserver, http, tmp_path):
    httpserver.expect_request("/packs/test-pack.zip").respond_with_data(
        zip_bytes(valid_entries("test-pack/")), content_type="application/zip"
    )
    library = CampaignLibrary(tmp_path / "campaigns")
    campaign = library.import_url(http, httpserver.url_for("/packs/test-pack.zip"))
    assert campaign.id == "test-pack" and campaign.path == tmp_path / "campaigns" / "test-pack"
    assert library.find("test-pack").title == "Test Act"
    assert tree(tmp_path / "campaigns") == {"test-pack", "test-pack/campaign.toml",
                                            "test-pack/house.txt.j2", "test-pack/senate.txt.j2"}  # fmt: skip
    with pytest.raises(InputProblem, match="already installed"):
        library.import_url(http, httpserver.url_for("/packs/test-pack.zip"))
    assert library.import_url(http, httpserver.url_for("/packs/test-pack.zip"), replace=True)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"<!DOCTYPE html><html><body>Sign in to view this file</body></html>", "text/html",
         "web page, not to a campaign pack"),
        (b"%PDF-1.7 not a pack", "application/pdf", "not a .zip campaign pack"),
        (b"", "application/zip", "empty answer"),
    ],
)  # fmt: skip
def test_not_a_pack(httpserver, http, tmp_path, body, content_type, message):
    httpserver.expect_request("/pack.zip").respond_with_data(body, content_type=content_type)
    with pytest.raises(NotAPack, match=message):
        fetch_pack(http, httpserver.url_for("/pack.zip"), tmp_path / "campaigns")
    assert not (tmp_path / "campaigns").exists()


def test_an_invalid_pack_lists_its_problems(httpserver, http, tmp_path):
    broken = MANIFEST.replace('title = "Test Act"', 'title = ""')
    entries = {**valid_entries(), "campaign.toml": broken, "house.txt.j2": "{{ nope }}"}
    httpserver.expect_request("/broken.zip").respond_with_data(zip_bytes(entries))
    with pytest.raises(CampaignError) as caught:
        fetch_pack(http, httpserver.url_for("/broken.zip"), tmp_path / "campaigns")
    text = str(caught.value)
    assert "broken.zip" in text and "campaign.toml:3: 'title' is missing or empty" in text
    assert not (tmp_path / "campaigns").exists() or not any((tmp_path / "campaigns").iterdir())


def test_a_hostile_zip_is_refused_like_a_local_one(httpserver, http, tmp_path):
    httpserver.expect_request("/evil.zip").respond_with_data(
        zip_bytes({**valid_entries(), "../../escape.txt": "x"})
    )
    with pytest.raises(CampaignError, match="outside the pack"):
        fetch_pack(http, httpserver.url_for("/evil.zip"), tmp_path / "campaigns")
    assert not (tmp_path / "escape.txt").exists()


def test_http_errors_are_explained(httpserver, http, tmp_path):
    httpserver.expect_request("/gone.zip").respond_with_data("no", status=404)
    with pytest.raises(ServiceUnavailable, match=r"refused the request \(error 404\)"):
        fetch_pack(http, httpserver.url_for("/gone.zip"), tmp_path)


def test_too_large_is_cut_off(httpserver, http, tmp_path, monkeypatch):
    import advocate_app.core.campaign_fetch as fetch

    monkeypatch.setattr(fetch, "MAX_DOWNLOAD_BYTES", 1000)
    big = b"PK\x03\x04" + b"\0" * 5000
    httpserver.expect_request("/big.zip").respond_with_data(big)

    def chunked(_request):  # no Content-Length: the limit must hold while streaming
        return Response(
            (big[i : i + 100] for i in range(0, len(big), 100)), direct_passthrough=True
        )

    httpserver.expect_request("/stream.zip").respond_with_handler(chunked)
    for path in ("/big.zip", "/stream.zip"):
        with pytest.raises(BadResponse, match="sent more than"):
            fetch_pack(http, httpserver.url_for(path), tmp_path)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "Type the web address"),
        ("campaign.zip", "not a web address"),
        ("ftp://example.org/p.zip", "not a web address"),
        ("http://example.org/p.zip", "secure connection"),
        ("https://user:secret@example.org/p.zip", "user name and password"),
    ],
)
def test_addresses_that_are_refused(url, message):
    with pytest.raises(InputProblem, match=message):
        check_pack_url(url)


def test_offline_says_so(http, tmp_path):
    with pytest.raises(ServiceUnavailable, match="Could not reach"):
        fetch_pack(http, "https://packs.example.org/p.zip", tmp_path)
    assert check_pack_url(" https://example.org/p.zip ") == "https://example.org/p.zip"
    assert not any(Path(tmp_path).iterdir())
