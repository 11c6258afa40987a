"""Turn any SMTP, TLS or socket failure into one ``DeliveryError`` a person can act on.

Why its own module: the mapping is the product's wording for every way mail can fail,
and it decides what the outbox does next (``temporary`` -> retry with backoff; permanent
-> wait for the person; ``uncertain`` -> the server may have the letter). Server replies
are quoted (trimmed), because "550 mailbox unavailable" is what a helper can look up;
the password is never part of any message.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from typing import TYPE_CHECKING

from advocate_app.core.delivery import (
    AUTH,
    AWAITING_REPLY,
    CONNECT,
    ENVELOPE,
    SECURE,
    DeliveryError,
)

if TYPE_CHECKING:
    from advocate_app.core.delivery.smtp_config import SmtpConfig


def reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:300]


def classify(exc: BaseException, phase: str, cfg: SmtpConfig) -> DeliveryError:
    """One ``DeliveryError`` (message for a person, temporary or not) for any failure."""
    where = f"{cfg.host}:{cfg.port}"
    name = type(exc).__name__
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        temporary = 400 <= exc.smtp_code < 500
        msg = (
            f"The mail server did not accept the user name or password for {cfg.user}. "
            "Check them in Settings."
            if not temporary
            else "The mail server could not check your password just now; try again later."
        )
        return DeliveryError(
            msg + _server_says(exc),
            temporary=temporary,
            phase=AUTH,
            code=exc.smtp_code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        (rcpt, (code, reply)), *_ = exc.recipients.items()
        return DeliveryError(
            f"The mail server refused the address {rcpt}: {code} {reply_text(reply)}",
            temporary=400 <= code < 500,
            phase=ENVELOPE,
            code=code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return DeliveryError(
            f"The mail server refused the sender address {exc.sender}: {exc.smtp_code} "
            f"{reply_text(exc.smtp_error)}. Check the From address in Settings.",
            temporary=400 <= exc.smtp_code < 500,
            phase=ENVELOPE,
            code=exc.smtp_code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPConnectError):
        return DeliveryError(
            f"The mail server {where} would not take mail from this computer: "
            f"{exc.smtp_code} {reply_text(exc.smtp_error)}",
            temporary=400 <= exc.smtp_code < 500,
            phase=CONNECT,
            code=exc.smtp_code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        temporary = not 500 <= code < 600
        return DeliveryError(
            f"The mail server did not accept the letter: {code} {reply_text(exc.smtp_error)}",
            temporary=temporary,
            phase=phase,
            code=code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError(
            f"The mail server {where} does not support what Advocate needs "
            f"({exc}). Check the security settings.",
            temporary=False,
            phase=phase,
            detail=name,
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(
            f"The certificate of the mail server {cfg.host} could not be verified "
            f"({exc.verify_message}). Advocate does not send over a connection it cannot "
            "verify: check the server name, or this computer's certificates.",
            temporary=False,
            phase=SECURE,
            detail=name,
        )
    if isinstance(exc, ssl.SSLError):
        return DeliveryError(
            f"A secure connection to the mail server {where} could not be set up. Check "
            "the security setting: port 465 usually uses 'ssl', port 587 'starttls'.",
            temporary=False,
            phase=SECURE,
            detail=f"{name}: {exc.reason}",
        )
    if isinstance(exc, socket.gaierror):
        return DeliveryError(
            f"The mail server {cfg.host} could not be found. Check the server name and "
            "this computer's internet connection.",
            temporary=True,
            phase=CONNECT,
            detail=name,
        )
    if isinstance(exc, ConnectionRefusedError):
        return DeliveryError(
            f"The mail server {where} refused the connection (it may be down, or the port "
            "may be wrong). Advocate will try again later.",
            temporary=True,
            phase=CONNECT,
            detail=name,
        )
    uncertain = phase == AWAITING_REPLY
    tail = (
        " It may or may not have received the letter; a second try uses the same "
        "message ID, so the copies can be recognised."
        if uncertain
        else ""
    )
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(
        exc.__context__, (TimeoutError, socket.timeout)
    ):  # smtplib reports a read that timed out as "Connection unexpectedly closed"
        exc = exc.__context__
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return DeliveryError(
            f"The mail server {where} did not answer in time.{tail}",
            temporary=True,
            phase=phase,
            uncertain=uncertain,
            detail=name,
        )
    if isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError, EOFError)):
        before = "before the letter was accepted" if phase != CONNECT else "at once"
        return DeliveryError(
            f"The mail server {where} closed the connection {before}.{tail}",
            temporary=True,
            phase=phase,
            uncertain=uncertain,
            detail=name,
        )
    return DeliveryError(
        f"Could not reach the mail server {where} ({_os_reason(exc)}).{tail}",
        temporary=True,
        phase=phase,
        uncertain=uncertain,
        detail=name,
    )


def _server_says(exc: smtplib.SMTPResponseException) -> str:
    text = reply_text(exc.smtp_error)
    return f" (server: {exc.smtp_code} {text})" if text else ""


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__
