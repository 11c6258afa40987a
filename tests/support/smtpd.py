"""A real SMTP server on loopback for delivery tests (aiosmtpd), with STARTTLS and AUTH.

- ``make_tls_files(folder)`` makes a throw-away CA and a server certificate for
  ``localhost``/``127.0.0.1`` (both with the extensions strict X.509 checking wants), so
  the client verifies the server for real: tests trust ``ca.pem`` through an SSL context
  built from it or through ``SSL_CERT_FILE``, never by turning verification off.
- ``RecordingHandler`` keeps every accepted message; its ``mode`` makes it misbehave:
  ``"drop"`` closes the connection inside DATA (after the whole message arrived, before
  the reply), ``"block"`` waits inside DATA until ``release`` is set (so a test can kill
  the sender), ``"tempfail"``/``"reject"`` answer 451/554.
- ``SmtpServer`` runs it in a thread on a port the OS picked.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "volunteer@example.org"
PASSWORD = "correct horse battery staple \u00e9"


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    cert: Path
    key: Path


def make_tls_files(folder: Path) -> TlsFiles:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Advocate test CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
    files.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


def server_context(files: TlsFiles) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(files.cert, files.key)
    return ctx


def client_context(files: TlsFiles) -> ssl.SSLContext:
    """What a person's system would have if it trusted our CA: verification fully on."""
    return ssl.create_default_context(cafile=str(files.ca))


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage


@dataclass
class RecordingHandler:
    mode: str = "accept"  # accept | drop | block | block-after-commit | tempfail | reject
    messages: list[Received] = field(default_factory=list)
    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    dropped: int = 0

    def _keep(self, envelope: Any) -> None:
        raw = bytes(envelope.original_content or envelope.content)
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), raw, parsed))

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mode = self.mode
        if mode == "drop":
            self.dropped += 1
            server.transport.close()
            return "250 never seen by the client"
        if mode == "tempfail":
            return "451 4.3.0 Try again later"
        if mode == "reject":
            return "554 5.7.1 Message rejected by policy"
        if mode == "block-after-commit":
            self._keep(envelope)
        if mode.startswith("block"):
            self.entered.set()
            try:
                while not self.release.is_set():
                    await asyncio.sleep(0.02)
            except asyncio.CancelledError:
                # aiosmtpd cancels the handler when the client goes away: like a real
                # server that has not committed yet, the message is discarded.
                self.dropped += 1
                raise
            if mode == "block":
                self._keep(envelope)
            return "250 OK"
        self._keep(envelope)
        return "250 2.0.0 OK queued"


def authenticator(user: str = USER, password: str = PASSWORD):
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)

    return check


class _BoundController(Controller):
    """A Controller on a socket bound before start, so the OS picks a free port."""

    def __init__(self, handler: Any, **kwargs: Any) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        super().__init__(handler, hostname="127.0.0.1", port=self._sock.getsockname()[1], **kwargs)

    def _create_server(self):  # type: ignore[override]
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


class SmtpServer:
    """``kind``: "starttls" (STARTTLS required, AUTH only after it), "ssl" (implicit TLS),
    or "plain" (no TLS at all, AUTH offered in clear, as a misconfigured server would)."""

    def __init__(
        self, files: TlsFiles, kind: str = "starttls", handler: RecordingHandler | None = None
    ) -> None:
        self.handler = handler or RecordingHandler()
        kwargs: dict[str, Any] = {"authenticator": authenticator(), "ready_timeout": 5.0}
        if kind == "starttls":
            kwargs.update(
                tls_context=server_context(files), require_starttls=True, auth_require_tls=True
            )
        elif kind == "ssl":
            kwargs.update(ssl_context=server_context(files), auth_require_tls=False)
        else:
            kwargs.update(auth_require_tls=False)
        self.controller = _BoundController(self.handler, **kwargs)
        self.host = "127.0.0.1"
        self.port = self.controller.port

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.handler.release.set()
        self.controller.stop()

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages


def free_port() -> int:
    """A port nothing listens on (for "server is down")."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
