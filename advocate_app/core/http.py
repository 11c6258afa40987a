"""One way to talk HTTP: timeouts always, retries with backoff, clear errors.

``HttpClient`` wraps a ``requests.Session``:
- every request has a timeout (connect, read), whatever the caller forgets, and a
  wall-clock deadline for the whole answer: ``requests``' read timeout applies to each
  ``recv`` alone, so a server that drips a byte a second would otherwise hold a person
  forever. A watchdog shuts the request's socket down when the deadline passes;
- 429 and 5xx are retried a few times with exponential backoff, honouring ``Retry-After``
  up to a cap (a person is waiting: we never sleep for minutes);
- connection failures and timeouts become ``ServiceUnavailable`` with a plain message;
- ``get_json`` turns HTML or truncated JSON into ``BadResponse``;
- every body has a size limit (``max_bytes``), counted on the bytes after decompression while
  they stream in: a 2 MB gzip answer that inflates to gigabytes stops at the limit.
  ``get_json`` answers (geocoder, Congress.gov) get ``MAX_JSON_BYTES`` unless told otherwise.

``requests`` is imported lazily: it costs ~0.1 s at start-up and the GUI does not need it
until the first lookup.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from advocate_app import __version__
from advocate_app.core.deadline import Deadline, DeadlinePassed, mount_deadline_adapters
from advocate_app.core.errors import BadResponse, RateLimited, ServiceUnavailable, Unreachable
from advocate_app.core.messages import CATALOGUE, Message

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

USER_AGENT = f"Advocate/{__version__} (+https://github.com/advocate-app/advocate; desktop letter-writing app)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_BODY_BYTES = 32 * 1024 * 1024  # any answer at all (the largest dataset is about 2 MB)
MAX_JSON_BYTES = 2 * 1024 * 1024  # a geocoder or Congress.gov answer (a few KB in practice)
MAX_REDIRECTS = 5


@dataclass
class RetryPolicy:
    attempts: int = 3  # total tries, including the first
    backoff: float = 0.5  # seconds; doubled after each try
    max_wait: float = 10.0  # never sleep longer than this for one retry


def _mid_sentence(what: str) -> str:
    """A service's name inside a sentence: "The Census address service" -> "the ...". A
    Message names its own mid-sentence form (``<code>_mid``) where the catalogue has one."""
    if isinstance(what, Message):
        mid = f"{what.code}_mid"
        return Message(mid, **what.args) if mid in CATALOGUE else what
    return "the" + what[3:] if what.startswith("The ") else what


def _service_name(url: str) -> str:
    return urlsplit(url).hostname or url


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _rate_limited(what: str | Message, wait: float | None) -> Message:
    """ "Too many requests", with how long to wait when the service said so. Message codes
    have no plural forms, so one minute and several minutes are two sentences."""
    if not wait:
        return Message("http.rate_limited", service=what)
    minutes = max(1, round(wait / 60))
    if minutes == 1:
        return Message("http.rate_limited_one_minute", service=what)
    return Message("http.rate_limited_minutes", service=what, minutes=minutes)


class HttpClient:
    def __init__(
        self,
        *,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        deadline: float | None = None,
    ) -> None:
        """``deadline``: seconds for one whole answer (headers and body) of one attempt;
        default four times ``timeout`` (60 s for the usual 15 s: a 1.3 MB dataset over a
        slow event Wi-Fi still fits)."""
        self.timeout = timeout
        self.deadline = deadline if deadline is not None else timeout * 4
        self.retry = retry or RetryPolicy()
        self._session = session
        self._sleep = sleep
        # Offline means offline: after a connection failure, every request in the next
        # ``offline_seconds`` fails at once instead of waiting on the network again. The
        # Census geocoder asks ``despite_offline``: a data host being down (the usual first
        # call) says nothing of the Census, and its answer beats a guess from the ZIP code.
        self.offline_seconds = 60.0
        self._unreachable_at: float | None = None

    @property
    def offline(self) -> bool:
        """True after a connection failure, for ``offline_seconds``."""
        at = self._unreachable_at
        return at is not None and time.monotonic() - at < self.offline_seconds

    def forget_offline(self) -> None:
        """The person asked to try the network again (e.g. "Update data now")."""
        self._unreachable_at = None

    @property
    def session(self) -> requests.Session:
        if self._session is None:
            import requests

            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            mount_deadline_adapters(session)
            self._session = session
        return self._session

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        what: str = "",
        max_bytes: int = MAX_BODY_BYTES,
        check_url: Callable[[str], object] | None = None,
        despite_offline: bool = False,
    ) -> requests.Response:
        """GET with retries. Returns the final response for any status below 400 (and 304).

        ``what`` names the service for messages ("the Census geocoder"). ``max_bytes`` caps
        the body (after decompression): a bigger answer is cut off while it streams in and
        becomes ``BadResponse``, so a hostile or wrong URL cannot fill the memory.
        ``check_url``: the rule the first address passed; every redirect hop must pass it
        too (it raises to refuse), so a 302 cannot lead somewhere the address itself could
        not.
        """
        import requests

        what = what or _service_name(url)
        if self.offline and not despite_offline:
            raise _unreachable(what, "offline: an earlier request failed to connect")
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._send(url, params, headers, max_bytes, check_url)
            except _TooLarge as exc:
                raise BadResponse(
                    Message("http.too_large", service=what, size=_size_text(exc.limit)),
                    detail="body over max_bytes",
                ) from None
            except DeadlinePassed as exc:  # a drip: another try would drip again
                raise ServiceUnavailable(
                    Message("http.timeout", service=what),
                    detail=f"no whole answer within {self.deadline:g} s",
                ) from exc
            except requests.Timeout as exc:
                if attempt < self.retry.attempts:
                    self._sleep(self._backoff(attempt))
                    continue
                if isinstance(exc, requests.ConnectTimeout):
                    self._unreachable_at = time.monotonic()
                    raise _unreachable(what, type(exc).__name__) from exc
                raise ServiceUnavailable(
                    Message("http.timeout", service=what),
                    detail=type(exc).__name__,
                ) from exc
            except requests.ConnectionError as exc:
                # Offline or refused: retrying at once rarely helps, so fail fast after one retry.
                if attempt < min(2, self.retry.attempts):
                    self._sleep(self._backoff(attempt))
                    continue
                self._unreachable_at = time.monotonic()
                raise _unreachable(what, type(exc).__name__) from exc
            except requests.RequestException as exc:
                raise ServiceUnavailable(
                    Message("http.no_answer", service=_mid_sentence(what)),
                    detail=type(exc).__name__,
                ) from exc

            status = response.status_code
            if status in RETRY_STATUSES:
                wait = parse_retry_after(response.headers.get("Retry-After"))
                too_long = wait is not None and wait > self.retry.max_wait
                if attempt < self.retry.attempts and not too_long:
                    self._sleep(wait if wait is not None else self._backoff(attempt))
                    continue
                if status == 429:
                    busy = _rate_limited(what, wait)
                    raise RateLimited(
                        busy,
                        retry_after=wait,
                        detail=f"HTTP {status}",
                    )
                raise ServiceUnavailable(
                    Message("http.server_trouble", service=what, status=status),
                    detail=f"HTTP {status}",
                )
            if status >= 400:
                raise ServiceUnavailable(
                    Message("http.refused", service=what, status=status), detail=f"HTTP {status}"
                )
            return response

    def _send(
        self,
        url: str,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        max_bytes: int | None = None,
        check_url: Callable[[str], object] | None = None,
    ) -> requests.Response:
        """One attempt, headers and body, within ``self.deadline`` seconds of wall-clock time."""
        import requests

        watchdog = Deadline(self.deadline)
        try:
            with watchdog:
                for _hop in range(MAX_REDIRECTS + 1):
                    response = self.session.get(
                        url,
                        params=params,
                        headers=dict(headers or {}),
                        timeout=(min(self.timeout, 10.0), self.timeout),
                        stream=max_bytes is not None,
                        allow_redirects=check_url is None,
                    )
                    if check_url is None or not response.is_redirect:
                        break
                    url = urljoin(response.url, response.headers.get("Location", ""))
                    params = None  # the Location is the whole next address
                    response.close()
                    check_url(url)
                else:
                    raise BadResponse(
                        Message(
                            "http.too_many_redirects",
                            service=_service_name(url),
                            count=MAX_REDIRECTS,
                        ),
                        detail="too many redirects",
                    )
                if max_bytes is not None:
                    _read_limited(response, max_bytes)
        except requests.RequestException:
            if watchdog.fired:
                raise DeadlinePassed() from None
            raise
        if watchdog.fired:  # a body read "until close" ends quietly when its socket is cut
            raise DeadlinePassed()
        return response

    def get_json(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        what: str = "",
        max_bytes: int = MAX_JSON_BYTES,
        despite_offline: bool = False,
    ) -> Any:
        response = self.get(
            url, params=params, headers=headers, what=what, max_bytes=max_bytes,
            despite_offline=despite_offline,
        )  # fmt: skip
        return decode_json(
            response.content, response.headers.get("Content-Type", ""), what or _service_name(url)
        )

    def _backoff(self, attempt: int) -> float:
        return min(self.retry.max_wait, self.retry.backoff * (2 ** (attempt - 1)))


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _unreachable(what: str, detail: str) -> Unreachable:
    """No connection to ``what`` (offline, refused, or no answer to the connection itself):
    one coded message, so the window can translate it, whichever way it failed."""
    return Unreachable(Message("http.unreachable", service=_mid_sentence(what)), detail=detail)


def _size_text(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def _read_limited(response: requests.Response, max_bytes: int) -> None:
    """Read a streamed body into ``response.content``, stopping past ``max_bytes``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        response.close()
        raise _TooLarge(max_bytes)
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_content(64 * 1024):
        total += len(chunk)
        if total > max_bytes:
            response.close()
            raise _TooLarge(max_bytes)
        chunks.append(chunk)
    response._content = b"".join(chunks)  # what .content returns from now on
    response._content_consumed = True


def decode_json(content: bytes, content_type: str, what: str) -> Any:
    """Parse JSON, turning HTML error pages and truncated bodies into a clear ``BadResponse``."""
    head = content[:200].lstrip().lower()
    if "html" in content_type.lower() or head.startswith((b"<!doctype", b"<html", b"<")):
        raise BadResponse(
            Message("http.web_page", service=what),
            detail=f"content-type {content_type!r}",
        )
    try:
        return json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise BadResponse(
            Message("http.unreadable", service=what),
            detail=type(exc).__name__,
        ) from exc
