"""Hand a composed message to an SMTP server, encrypted and verified.

Rules we keep, whatever the settings say:
- Implicit TLS (``ssl``, usually port 465) or ``starttls`` (usually 587). Certificates are
  always verified with ``ssl.create_default_context()``: the system's CA store, so
  ``SSL_CERT_FILE``/``SSL_CERT_DIR`` work; there is no switch that turns verification off.
- ``plain`` only to a loopback host (a local relay or test server), and only when the
  ``smtp.allow_plain_loopback`` setting is on.
- If the server offers no STARTTLS we stop before sending the password or the letter.
- Timeouts on every socket step; the final reply after the message gets a longer one,
  because a short one there turns a slow server into a possible duplicate. Socket timeouts
  bound each read alone, so a server that drips a byte at a time is also held to a
  wall-clock deadline (core/deadline.py) for the connection and for each message.
- Every failure becomes a ``DeliveryError`` with a plain message, ``temporary`` or not,
  and the phase it happened in (so the outbox knows whether the server could have the
  letter). The password never reaches a log or an error message.

The body is sent with our own DATA step (not ``sendmail``) so we know exactly when the
final ``.`` left: only a failure after that is "uncertain".
"""

from __future__ import annotations

import base64
import logging
import re
import smtplib
import ssl
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from advocate_app.core.deadline import Deadline, watch_current
from advocate_app.core.delivery import (
    AUTH,
    AWAITING_REPLY,
    BODY,
    CONNECT,
    ENVELOPE,
    SECURE,
    DeliveryError,
)
from advocate_app.core.delivery.smtp_config import SmtpConfig
from advocate_app.core.delivery.smtp_errors import classify, reply_text
from advocate_app.core.messages import Message

log = logging.getLogger(__name__)

FINAL_REPLY_TIMEOUT = 120.0  # RFC 5321 4.5.3.2.6 suggests 10 minutes; we wait 2
EHLO_NAME = "[127.0.0.1]"  # like Thunderbird: do not tell servers this computer's name
DEADLINE_STEPS = 4  # connect + secure + log in (or one message) within this many timeouts


def resolve_password(
    settings: Any, env: Mapping[str, str], *, session: Any = None, store: Any = None
) -> str:
    """``ADVOCATE_SMTP_PASSWORD``, else this session's memory, else the OS keyring.

    "" when no user name is set (a server without login) or nothing is saved. A keyring
    that is absent or locked raises ``SecretStoreUnavailable`` so the person learns why.
    """
    if env.get("ADVOCATE_SMTP_PASSWORD"):
        return env["ADVOCATE_SMTP_PASSWORD"]
    user = str(settings.get("smtp.user")).strip()
    host = str(settings.get("smtp.host")).strip()
    if not user or not host:
        return ""
    from advocate_app.core.secrets import smtp_account

    account = smtp_account(user, host)
    if session is not None and session.get(account):
        return str(session.get(account))
    if store is None:
        return ""
    return store.get(account) or ""


class SmtpSession:
    """One connection, opened on the first ``send`` and reused for the next ones."""

    def __init__(self, config: SmtpConfig, context: ssl.SSLContext) -> None:
        self._config = config
        self._context = context
        self._smtp: smtplib.SMTP | None = None

    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> str:
        """Deliver ``raw`` (CRLF bytes); returns the server's acceptance reply."""
        phase = CONNECT
        cfg = self._config
        watchdog = Deadline(cfg.timeout * DEADLINE_STEPS + max(FINAL_REPLY_TIMEOUT, cfg.timeout))
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            smtp = self._smtp
            with watchdog:
                watchdog.watch(smtp.sock)
                phase = ENVELOPE
                code, reply = smtp.mail(sender)
                if code != 250:
                    _rset(smtp)
                    raise smtplib.SMTPSenderRefused(code, reply, sender)
                for rcpt in recipients:
                    code, reply = smtp.rcpt(rcpt)
                    if code not in (250, 251):
                        _rset(smtp)
                        raise smtplib.SMTPRecipientsRefused({rcpt: (code, reply)})
                code, reply = smtp.docmd("DATA")
                if code != 354:
                    _rset(smtp)
                    raise smtplib.SMTPDataError(code, reply)
                phase = BODY
                smtp.send(_dot_stuffed(raw))
                phase = AWAITING_REPLY
                if smtp.sock is not None:
                    smtp.sock.settimeout(max(FINAL_REPLY_TIMEOUT, cfg.timeout))
                code, reply = smtp.getreply()
                if smtp.sock is not None:
                    smtp.sock.settimeout(cfg.timeout)
            if watchdog.fired:
                raise TimeoutError("no whole answer within the deadline")
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
            return f"{code} {reply_text(reply)}"
        except DeliveryError:
            self._drop()
            raise
        except (smtplib.SMTPException, OSError) as exc:
            # A drip that was cut shows as a closed connection: say what happened.
            cause = TimeoutError("deadline") if watchdog.fired else exc
            error = classify(cause, phase, cfg)
            if error.code is None or error.code == 421:  # 421: the server is closing
                self._drop()
            log.info("smtp send failed in %s: %s %s", phase, type(cause).__name__, error.code or "")
            raise error from None

    def _connect(self) -> smtplib.SMTP:
        cfg = self._config
        cfg.validate()
        phase = CONNECT
        smtp: smtplib.SMTP | None = None
        watchdog = Deadline(cfg.timeout * DEADLINE_STEPS)
        try:
            with watchdog:
                if cfg.mode == "ssl":
                    phase = SECURE
                    smtp = _WatchedSMTPSSL(
                        cfg.host,
                        cfg.port,
                        local_hostname=EHLO_NAME,
                        timeout=cfg.timeout,
                        context=self._context,
                    )
                else:
                    smtp = _WatchedSMTP(
                        cfg.host, cfg.port, local_hostname=EHLO_NAME, timeout=cfg.timeout
                    )
                smtp.ehlo()
                if cfg.mode == "starttls":
                    phase = SECURE
                    if not smtp.has_extn("starttls"):
                        raise DeliveryError(
                            Message("smtp.no_starttls", server=f"{cfg.host}:{cfg.port}"),
                            temporary=False,
                            phase=SECURE,
                        )
                    smtp.starttls(context=self._context)
                    watchdog.watch(smtp.sock)  # the TLS socket replaced the plain one
                    smtp.ehlo()
                if cfg.user:
                    phase = AUTH
                    if not smtp.has_extn("auth"):
                        raise DeliveryError(
                            Message("smtp.no_auth", host=cfg.host),
                            temporary=False,
                            phase=AUTH,
                        )
                    _login(smtp, cfg.user, cfg.password)
            if watchdog.fired:
                raise TimeoutError("deadline")
            return smtp
        except DeliveryError:
            _quietly_close(smtp)
            raise
        except (smtplib.SMTPException, OSError) as exc:
            _quietly_close(smtp)
            # A drip that was cut shows as a closed connection: say what happened.
            raise classify(
                TimeoutError("deadline") if watchdog.fired else exc, phase, cfg
            ) from None

    def _drop(self) -> None:
        _quietly_close(self._smtp)
        self._smtp = None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()


class SmtpTransport:
    """Builds sessions for one server configuration."""

    def __init__(self, config: SmtpConfig, *, context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self._context = context

    @property
    def context(self) -> ssl.SSLContext:
        if self._context is None:
            self._context = ssl.create_default_context()
        if self._context.verify_mode != ssl.CERT_REQUIRED or not self._context.check_hostname:
            raise ValueError("an SSL context without certificate checks is not accepted")
        return self._context

    @contextmanager
    def session(self) -> Iterator[SmtpSession]:
        self.config.validate()
        session = SmtpSession(self.config, self.context)
        try:
            yield session
        finally:
            session.close()

    def check(self) -> None:
        """Connect, secure and log in, then quit: the settings page's "Test" button."""
        self.config.validate()
        session = SmtpSession(self.config, self.context)
        session._smtp = session._connect()
        session.close()


class _WatchedSMTP(smtplib.SMTP):
    """``smtplib.SMTP`` whose socket joins the active ``Deadline`` before the greeting."""

    def _get_socket(self, host: str, port: int, timeout: float) -> Any:
        sock = super()._get_socket(host, port, timeout)
        watch_current(sock)
        return sock


class _WatchedSMTPSSL(smtplib.SMTP_SSL):
    def _get_socket(self, host: str, port: int, timeout: float) -> Any:
        sock = super()._get_socket(host, port, timeout)
        watch_current(sock)
        return sock


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """``smtp.login``, except that smtplib encodes credentials as ASCII: a password with
    "é" would crash it, so non-ASCII ones go as UTF-8 with AUTH PLAIN (RFC 4616)."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in mechanisms:
        raise DeliveryError(
            Message("smtp.no_auth_plain"),
            temporary=False,
            phase=AUTH,
        )
    token = base64.b64encode(b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8"))
    code, reply = smtp.docmd("AUTH", "PLAIN " + token.decode("ascii"))
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def _dot_stuffed(raw: bytes) -> bytes:
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", raw)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def _rset(smtp: smtplib.SMTP) -> None:
    """Reset a refused transaction; a failure here must not hide the refusal."""
    try:
        smtp.rset()
    except (smtplib.SMTPException, OSError):
        pass


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.close()
        except OSError:
            pass
