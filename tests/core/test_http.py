"""The HTTP client: timeouts, retries honouring Retry-After, clear errors."""

from __future__ import annotations

import threading
import time

import pytest
from werkzeug import Request, Response

from advocate_app.core.errors import BadResponse, RateLimited, ServiceUnavailable
from advocate_app.core.http import USER_AGENT, HttpClient, RetryPolicy, parse_retry_after


def client(**kwargs) -> tuple[HttpClient, list[float]]:
    sleeps: list[float] = []
    return HttpClient(sleep=sleeps.append, **kwargs), sleeps


def test_retries_429_honouring_retry_after_then_succeeds(httpserver) -> None:
    answers = iter(
        [
            Response("slow down", status=429, headers={"Retry-After": "2"}),
            Response('{"ok": true}', content_type="application/json"),
        ]
    )
    httpserver.expect_request("/x").respond_with_handler(lambda r: next(answers))
    http, sleeps = client()
    assert http.get_json(httpserver.url_for("/x")) == {"ok": True}
    assert sleeps == [2.0]


def test_5xx_backoff_then_clear_error(httpserver) -> None:
    httpserver.expect_request("/x").respond_with_data("oops", status=502)
    http, sleeps = client(retry=RetryPolicy(attempts=3, backoff=0.5))
    with pytest.raises(ServiceUnavailable, match="error 502"):
        http.get(httpserver.url_for("/x"), what="The test service")
    assert sleeps == [0.5, 1.0]


def test_long_retry_after_is_not_waited_for(httpserver) -> None:
    httpserver.expect_request("/x").respond_with_data(
        "no", status=429, headers={"Retry-After": "3600"}
    )
    http, sleeps = client()
    with pytest.raises(RateLimited) as caught:
        http.get(httpserver.url_for("/x"))
    assert sleeps == [] and caught.value.retry_after == 3600
    assert caught.value.message.code == "http.rate_limited_minutes"
    assert str(caught.value).endswith("Try again in about 60 minutes.")


@pytest.mark.parametrize(("seconds", "code", "ending"), [
    ("80", "http.rate_limited_one_minute", "Try again in about a minute."),
    ("100", "http.rate_limited_minutes", "Try again in about 2 minutes."),
])  # fmt: skip
def test_the_wait_reads_as_one_minute_or_several(httpserver, seconds, code, ending) -> None:
    """Message codes have no plural forms: one minute and several are two sentences."""
    httpserver.expect_request("/x").respond_with_data(
        "no", status=429, headers={"Retry-After": seconds}
    )
    http, sleeps = client()
    with pytest.raises(RateLimited) as caught:
        http.get(httpserver.url_for("/x"), what="The test service")
    assert sleeps == [] and caught.value.message.code == code
    assert (
        str(caught.value) == f"The test service is receiving too many requests right now. {ending}"
    )


def test_timeout_becomes_a_plain_message(httpserver) -> None:
    answer = threading.Event()

    def slow(request: Request) -> Response:
        answer.wait(5)  # far past the 0.2 s timeout (released once the client gave up)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    http, _ = client(timeout=0.2, retry=RetryPolicy(attempts=1))
    started = time.monotonic()
    try:
        with pytest.raises(ServiceUnavailable, match="did not answer in time"):
            http.get(httpserver.url_for("/slow"), what="The slow service")
        # The client gave up at its timeout; a busy machine may add a little, never 5 s.
        assert time.monotonic() - started < 2.0
    finally:
        answer.set()


def test_connection_refused_is_offline_message() -> None:
    http, _ = client(retry=RetryPolicy(attempts=2, backoff=0))
    with pytest.raises(ServiceUnavailable, match="Check the internet connection"):
        http.get("http://127.0.0.1:9/nothing")


def test_a_connection_that_times_out_is_the_coded_offline_message() -> None:
    """A server whose queue is full never completes the connection (a connect timeout): the
    same translatable "could not reach" message as a refused one, mid-sentence lower case."""
    import socket

    from advocate_app.core.http import Unreachable

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    waiting = []
    for _ in range(4):  # fill the queue: the next connection is never accepted
        pending = socket.socket()
        pending.setblocking(False)
        pending.connect_ex(("127.0.0.1", port))
        waiting.append(pending)
    try:
        http, _ = client(timeout=0.3, retry=RetryPolicy(attempts=1))
        with pytest.raises(Unreachable) as caught:
            http.get(f"http://127.0.0.1:{port}/", what="The Census address service")
    finally:
        for sock in (*waiting, server):
            sock.close()
    assert caught.value.message.code == "http.unreachable"
    assert str(caught.value).startswith("Could not reach the Census address service.")
    assert caught.value.detail == "ConnectTimeout"


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("<!DOCTYPE html><title>Error</title>", "text/html; charset=utf-8"),
        ("<html>", "application/json"),
        ('{"result": {"addr', "application/json"),
        (b"\xff\xfe", "application/json"),
    ],
)
def test_html_or_truncated_json_is_a_bad_response(httpserver, body, ctype) -> None:
    httpserver.expect_request("/j").respond_with_data(body, content_type=ctype)
    http, _ = client()
    with pytest.raises(BadResponse):
        http.get_json(httpserver.url_for("/j"))


def test_user_agent_names_the_app(httpserver) -> None:
    httpserver.expect_request("/ua", headers={"User-Agent": USER_AGENT}).respond_with_json({})
    http, _ = client()
    assert http.get_json(httpserver.url_for("/ua")) == {}
    assert USER_AGENT.startswith("Advocate/")


def test_retry_after_formats() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
