"""Getting a letter out of the app: email (compose + SMTP), the outbox, contact forms, mailto.

Layout: ``email.py`` builds the message, ``smtp.py`` talks to the server, ``outbox.py``
keeps every letter in the database until a server has accepted it, ``contact_form.py``
picks the office's web form and warns about length limits, ``mailto.py`` makes a link for
the person's own mail program when no server is set up.

This module stays import-light (no smtplib/ssl) so the GUI can import the error types
at start-up.
"""

from __future__ import annotations

from advocate_app.core.errors import AdvocateError

# Phases of one SMTP delivery, in order. A failure before AWAITING_REPLY means the server
# cannot have accepted the message; during AWAITING_REPLY we cannot know.
CONNECT, SECURE, AUTH, ENVELOPE, BODY, AWAITING_REPLY = (
    "connect",
    "secure",
    "auth",
    "envelope",
    "body",
    "awaiting_reply",
)
CONNECTION_PHASES = frozenset({CONNECT, SECURE, AUTH})


class DeliveryError(AdvocateError):
    """A letter could not be handed to the mail server.

    ``temporary``: worth retrying by itself later (refused connection, timeout, 4xx).
    Permanent ones (5xx, bad address, wrong password, no TLS) wait for the person.
    ``uncertain``: the connection ended after the whole message was sent but before the
    server answered, so the server may have accepted it.
    """

    def __init__(
        self,
        message: str,
        *,
        temporary: bool,
        phase: str = CONNECT,
        code: int | None = None,
        uncertain: bool = False,
        detail: str = "",
    ) -> None:
        super().__init__(message, detail=detail)
        self.temporary = temporary
        self.phase = phase
        self.code = code
        self.uncertain = uncertain

    @property
    def exit_code(self) -> int:  # type: ignore[override]
        return 3 if self.temporary else 1

    @property
    def kind(self) -> str:
        return "temporary" if self.temporary else "permanent"


__all__ = [
    "AUTH",
    "AWAITING_REPLY",
    "BODY",
    "CONNECT",
    "CONNECTION_PHASES",
    "DeliveryError",
    "ENVELOPE",
    "SECURE",
]
