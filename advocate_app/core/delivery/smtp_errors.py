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
from advocate_app.core.messages import Message

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
            Message("smtp.login_refused", user=cfg.user, server_says=_server_says(exc))
            if not temporary
            else Message("smtp.login_later", server_says=_server_says(exc))
        )
        return DeliveryError(
            msg,
            temporary=temporary,
            phase=AUTH,
            code=exc.smtp_code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        (rcpt, (code, reply)), *_ = exc.recipients.items()
        return DeliveryError(
            Message("smtp.recipient_refused", address=rcpt, code=code, reply=reply_text(reply)),
            temporary=400 <= code < 500,
            phase=ENVELOPE,
            code=code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return DeliveryError(
            Message(
                "smtp.sender_refused",
                address=exc.sender,
                code=exc.smtp_code,
                reply=reply_text(exc.smtp_error),
            ),  # fmt: skip
            temporary=400 <= exc.smtp_code < 500,
            phase=ENVELOPE,
            code=exc.smtp_code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPConnectError):
        return DeliveryError(
            Message(
                "smtp.connect_refused",
                server=where,
                code=exc.smtp_code,
                reply=reply_text(exc.smtp_error),
            ),  # fmt: skip
            temporary=400 <= exc.smtp_code < 500,
            phase=CONNECT,
            code=exc.smtp_code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        temporary = not 500 <= code < 600
        return DeliveryError(
            Message("smtp.letter_refused", code=code, reply=reply_text(exc.smtp_error)),
            temporary=temporary,
            phase=phase,
            code=code,
            detail=name,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError(
            Message("smtp.not_supported", server=where, reason=str(exc)),
            temporary=False,
            phase=phase,
            detail=name,
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(
            Message("smtp.certificate", host=cfg.host, reason=exc.verify_message),
            temporary=False,
            phase=SECURE,
            detail=name,
        )
    if isinstance(exc, ssl.SSLError):
        return DeliveryError(
            Message("smtp.tls_failed", server=where),
            temporary=False,
            phase=SECURE,
            detail=f"{name}: {exc.reason}",
        )
    if isinstance(exc, socket.gaierror):
        return DeliveryError(
            Message("smtp.not_found", host=cfg.host),
            temporary=True,
            phase=CONNECT,
            detail=name,
        )
    if isinstance(exc, ConnectionRefusedError):
        return DeliveryError(
            Message("smtp.connection_refused", server=where),
            temporary=True,
            phase=CONNECT,
            detail=name,
        )
    uncertain = phase == AWAITING_REPLY
    tail = Message("smtp.uncertain") if uncertain else ""
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(
        exc.__context__, (TimeoutError, socket.timeout)
    ):  # smtplib reports a read that timed out as "Connection unexpectedly closed"
        exc = exc.__context__
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return DeliveryError(
            Message("smtp.timeout", server=where, uncertain=tail),
            temporary=True,
            phase=phase,
            uncertain=uncertain,
            detail=name,
        )
    if isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError, EOFError)):
        code = "smtp.closed_before_accepted" if phase != CONNECT else "smtp.closed_at_once"
        return DeliveryError(
            Message(code, server=where, uncertain=tail),
            temporary=True,
            phase=phase,
            uncertain=uncertain,
            detail=name,
        )
    return DeliveryError(
        Message("smtp.unreachable", server=where, reason=_os_reason(exc), uncertain=tail),
        temporary=True,
        phase=phase,
        uncertain=uncertain,
        detail=name,
    )


def _server_says(exc: smtplib.SMTPResponseException) -> str:
    text = reply_text(exc.smtp_error)
    return Message("smtp.server_says", code=exc.smtp_code, reply=text) if text else ""


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__
