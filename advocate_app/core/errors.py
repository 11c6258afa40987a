"""Errors a person can understand.

Every failure that reaches a person is an ``AdvocateError`` whose ``str()`` is one plain
sentence (or two) a volunteer can act on. The CLI maps the class to its exit code; the GUI
shows the message in a banner. Technical detail goes in ``detail`` (for logs), never
personal data.

The message is best a ``core.messages.Message`` (English text that carries a code and its
arguments): ``error.message`` keeps it, so the window can say it in the person's language
(gui/messages.py); plain text still works and is shown as written.
"""

from __future__ import annotations


class AdvocateError(Exception):
    """Base class: the message is meant for the person using the app."""

    exit_code = 1

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputProblem(AdvocateError):
    """Something the person typed or chose must be fixed (no match, unknown ZIP, bad file)."""

    exit_code = 1


class ServiceUnavailable(AdvocateError):
    """A service or the network could not give an answer right now (offline, 5xx, 429)."""

    exit_code = 3


class RateLimited(ServiceUnavailable):
    """The service asked us to slow down (HTTP 429)."""

    def __init__(self, message: str, *, retry_after: float | None = None, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class BadResponse(ServiceUnavailable):
    """The service answered, but not in the format we expected (HTML, truncated JSON)."""


class DataMissing(ServiceUnavailable):
    """A dataset is neither cached nor downloadable right now."""


class Unreachable(ServiceUnavailable):
    """The network or the host could not be reached at all (no connection, DNS, connect
    timeout), as opposed to a service that answered with an error. After one of these a
    command stays offline: it tries no further source (core/http.py)."""
