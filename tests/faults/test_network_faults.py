"""Every network call under every way a service fails: the Census geocoder, the dataset
host, Congress.gov and the mail server.

Faults: no answer (timeout), a connection reset mid-answer, 429 with ``Retry-After``, 5xx,
a web page instead of data, a format change, a truncated body, and a slow drip (a byte at a
time, each well inside the read timeout, so only the wall-clock deadline ends it). Each
must end quickly in a clear ``AdvocateError`` (or a kept cached copy, or a note), never a
traceback or a hang; letters in the outbox are never lost.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from advocate_app.core.bills import BillStatusClient
from advocate_app.core.dataset_sources import DatasetSource
from advocate_app.core.datasets import DatasetStore
from advocate_app.core.delivery import smtp as smtp_module
from advocate_app.core.delivery.email import compose_email
from advocate_app.core.delivery.outbox import Outbox, State
from advocate_app.core.delivery.smtp import SmtpTransport
from advocate_app.core.delivery.smtp_config import SmtpConfig
from advocate_app.core.errors import (
    BadResponse,
    DataMissing,
    RateLimited,
    ServiceUnavailable,
)
from advocate_app.core.http import HttpClient, RetryPolicy
from advocate_app.core.lookup.census import CensusGeocoder
from advocate_app.core.lookup.finder import Finder
from advocate_app.core.models import Bill
from advocate_app.core.store import Store
from tests.conftest import LEGISLATORS_JSON
from tests.support.faulty_server import (
    SMTP_FAULTS,
    FaultyServer,
    drip,
    json_head,
    reset_after,
    respond,
    silent,
    smtp_script,
    truncated,
)
from tests.support.hang import within
from tests.support.sample_letters import letter_for

BODY = b'{"result": {"addressMatches": []}, "pad": "' + b"x" * 300 + b'"}'
HTTP_FAULTS = {
    "timeout": silent(),
    "reset": reset_after(json_head(500) + b'{"result": {"addr'),
    "429": respond("429 Too Many Requests", b"slow down", "text/plain", "Retry-After: 3600\r\n"),
    "503": respond("503 Service Unavailable", b"<html>down</html>", "text/html"),
    "html": respond("200 OK", b"<!DOCTYPE html><h1>Maintenance</h1>", "text/html"),
    "format-change": respond("200 OK", b'{"data": [1, 2, 3], "version": 2}'),
    "truncated": truncated(b'{"result": {"addressMatches": [', 4000),
    "drip": drip(json_head(len(BODY)), BODY),
}
TIMEOUT = 0.25  # per read; drips send a byte every 50 ms, well inside it
DEADLINE = 0.6  # the whole answer
QUICK = DEADLINE + 1.0  # the longest any fault may take, retries included


def fast_http() -> tuple[HttpClient, list[float]]:
    sleeps: list[float] = []
    http = HttpClient(
        timeout=TIMEOUT,
        deadline=DEADLINE,
        retry=RetryPolicy(attempts=2, backoff=0.01, max_wait=0.05),
        sleep=sleeps.append,
    )
    return http, sleeps


@pytest.fixture(params=sorted(HTTP_FAULTS))
def faulty(request: pytest.FixtureRequest):
    with FaultyServer(HTTP_FAULTS[request.param]) as server:
        server.fault = request.param  # type: ignore[attr-defined]
        yield server


def timed(call):
    """(result, seconds); a call that hangs fails the test after 15 s instead of hanging it."""
    started = time.monotonic()
    try:
        with within(15):
            return call(), time.monotonic() - started
    except Exception as exc:
        exc.elapsed = time.monotonic() - started  # type: ignore[attr-defined]
        raise


# --- the Census geocoder -------------------------------------------------------------------
def test_census_geocoder_faults_end_in_a_clear_message(faulty, legislator_index) -> None:
    http, _ = fast_http()
    finder = Finder(
        legislators=lambda: legislator_index,
        zip_crosswalk=lambda: pytest.fail("an address lookup needs no ZIP table"),
        geocoder=CensusGeocoder(http, base_url=faulty.url + "/geocoder"),
    )
    with pytest.raises(ServiceUnavailable) as caught:
        timed(lambda: finder.find_by_address("1100 Congress Ave, Austin, TX 78701"))
    error = caught.value
    assert "Census address service" in str(error) and "Traceback" not in str(error)
    assert error.elapsed < QUICK, error.elapsed  # type: ignore[attr-defined]
    expected = {
        "timeout": "did not answer in time", "drip": "did not answer in time",
        "429": "too many requests", "503": "error 503", "html": "web page instead of data",
        "format-change": "unexpected format", "truncated": "", "reset": "",
    }[faulty.fault]  # fmt: skip
    assert expected in str(error)
    if faulty.fault == "429":
        assert isinstance(error, RateLimited) and "about 60 minute" in str(error)
    if faulty.fault in ("html", "format-change"):
        assert isinstance(error, BadResponse)


# --- the dataset host -----------------------------------------------------------------------
def _store(tmp_path: Path, url: str, http: HttpClient) -> DatasetStore:
    source = DatasetSource(
        "legislators", url + "/legislators-current.json", "legislators-current.json",
        "Members of Congress (congress-legislators)",
    )  # fmt: skip
    return DatasetStore(tmp_path / "cache", http, {"legislators": source}, revalidate_after_hours=0)


def test_dataset_host_faults_without_a_copy_are_a_clear_message(faulty, tmp_path) -> None:
    http, _ = fast_http()
    store = _store(tmp_path, faulty.url, http)
    with pytest.raises(DataMissing, match="has not been downloaded yet") as caught:
        timed(lambda: store.path("legislators"))
    assert caught.value.elapsed < QUICK  # type: ignore[attr-defined]
    assert not (tmp_path / "cache" / "legislators-current.json").exists()


def test_dataset_host_faults_keep_the_cached_copy(faulty, tmp_path) -> None:
    http, _ = fast_http()
    store = _store(tmp_path, faulty.url, http)
    cached = tmp_path / "cache" / "legislators-current.json"
    cached.parent.mkdir(parents=True)
    good = LEGISLATORS_JSON.read_bytes()
    cached.write_bytes(good)
    path, elapsed = timed(lambda: store.path("legislators"))  # revalidation is due: it fails
    assert path == cached and cached.read_bytes() == good and elapsed < QUICK
    assert [p.name for p in cached.parent.iterdir() if p.name.endswith(".tmp")] == []


# --- Congress.gov --------------------------------------------------------------------------
BILL = Bill(119, "hr", 3921, short_title="STOP CSAM Act of 2025")


def test_congress_gov_faults_become_a_note_and_letters_go_on(faulty, tmp_path) -> None:
    http, _ = fast_http()
    client = BillStatusClient(http, faulty.url + "/v3", "SECRET-KEY", tmp_path / "bills")
    (status, note), elapsed = timed(lambda: client.try_status(BILL))
    assert status is None and elapsed < QUICK
    assert note.startswith("Could not check who already cosponsors H.R. 3921")
    assert "SECRET-KEY" not in note
    if faulty.fault == "timeout":
        return  # (the same as a drip below; spare the wait)
    # With an answer saved earlier, that one is used and said to be old.
    saved = {"version": 1, "title": "STOP CSAM", "latest_action": "Calendar.",
             "latest_action_date": "2025-06-26", "cosponsors": ["B001261"], "sponsors": [],
             "fetched_at": (datetime.now(UTC) - timedelta(days=2)).isoformat()}  # fmt: skip
    (tmp_path / "bills").mkdir()
    (tmp_path / "bills" / "119-hr-3921.json").write_text(json.dumps(saved))
    status, note = client.try_status(BILL)
    assert status is not None and status.stale and "B001261" in status.cosponsor_bioguides
    assert "using the list saved" in note


def test_429_waits_as_asked_when_the_wait_is_short(httpserver) -> None:
    from werkzeug import Response

    answers = iter([Response("busy", status=429, headers={"Retry-After": "0.04"}),
                    Response('{"bill": {"title": "T"}}', content_type="application/json")])  # fmt: skip
    httpserver.expect_request("/v3/bill/119/hr/3921").respond_with_handler(lambda r: next(answers))
    http, sleeps = fast_http()
    assert http.get_json(httpserver.url_for("/v3/bill/119/hr/3921")) == {"bill": {"title": "T"}}
    assert sleeps == [0.04]


# --- the mail server -----------------------------------------------------------------------
@pytest.fixture
def outbox(legislator_index):
    store = Store.open(":memory:")
    box = Outbox(store)
    letter = letter_for(legislator_index.senators("TX")[0])
    msg: EmailMessage = compose_email(letter, sender="me@example.org", to="me@example.org")
    box.add(letter, msg, to_kind="self")
    yield box
    store.close()


@pytest.mark.parametrize("fault", SMTP_FAULTS)
def test_mail_server_faults_keep_the_letter(fault: str, outbox: Outbox, monkeypatch) -> None:
    monkeypatch.setattr(smtp_module, "FINAL_REPLY_TIMEOUT", TIMEOUT)
    with FaultyServer(smtp_script(fault), read_request=False) as server:
        port = int(server.url.rsplit(":", 1)[1])
        config = SmtpConfig("127.0.0.1", port, "plain", timeout=TIMEOUT, allow_plain_loopback=True)
        results, elapsed = timed(lambda: outbox.send_due(SmtpTransport(config)))
    steps = smtp_module.DEADLINE_STEPS
    assert elapsed < steps * TIMEOUT * 2 + TIMEOUT + 1.0, elapsed  # connect + message deadlines
    [result] = results
    error = result.error
    assert error is not None and not result.sent
    assert "mail server" in str(error) and "Traceback" not in str(error)
    item = outbox.get(result.item.id)
    assert item.state in (State.QUEUED, State.FAILED)  # kept, to retry or for the person
    if fault in ("greeting-drip", "mail-drip", "final-drip", "greeting-silent", "final-silent"):
        assert "did not answer in time" in str(error)
    if fault.startswith("final-"):
        assert error.uncertain and item.error_kind == "uncertain"  # may have been accepted
    else:
        assert not error.uncertain
    if fault == "greeting-421":
        assert error.temporary and item.state is State.QUEUED
