"""The HTTP client's wall-clock deadline: a server that drips bytes cannot hold a person.

``requests``' read timeout applies to each recv alone; these servers send a byte every
50 ms, well inside the 0.5 s read timeout, so only the whole-answer deadline ends them.
"""

from __future__ import annotations

import time

import pytest

from advocate_app.core.errors import ServiceUnavailable
from advocate_app.core.http import HttpClient, RetryPolicy
from tests.support.faulty_server import FaultyServer, drip, json_head

BODY = b'{"result": "' + b"x" * 400 + b'"}'


def client() -> HttpClient:
    return HttpClient(timeout=0.5, deadline=1.0, retry=RetryPolicy(attempts=3, backoff=0))


@pytest.mark.parametrize(
    "behaviour",
    [
        drip(json_head(len(BODY)), BODY),
        drip(json_head(len(BODY)), BODY, drip_head=True),
        # No Content-Length: the body ends when the connection closes, so a cut connection
        # looks like a short but complete answer unless the client checks its deadline.
        drip(b"HTTP/1.0 200 OK\r\nContent-Type: text/csv\r\n\r\n", b"state_fips," * 200),
    ],
    ids=["body", "headers", "until-close"],
)
def test_a_slow_drip_is_cut_at_the_deadline(behaviour) -> None:
    with FaultyServer(behaviour) as server:
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable, match="did not answer in time") as caught:
            client().get(server.url + "/x", what="The test service")
        elapsed = time.monotonic() - started
    assert elapsed < 1.8, elapsed  # deadline 1 s, not 400 bytes x 50 ms = 20 s
    assert "within 1 s" in caught.value.detail
    assert len(server.requests) == 1  # a drip is not retried


def test_a_fast_answer_is_untouched_and_the_connection_reused(httpserver) -> None:
    httpserver.expect_request("/ok").respond_with_json({"ok": True})
    http = client()
    for _ in range(3):
        assert http.get_json(httpserver.url_for("/ok")) == {"ok": True}


def test_default_deadline_scales_with_the_timeout() -> None:
    assert HttpClient(timeout=15).deadline == 60
    assert HttpClient(timeout=2, deadline=5).deadline == 5
