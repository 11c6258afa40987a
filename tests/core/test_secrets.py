"""The secret store: keyring only, one clear error for every failure, no plaintext fallback."""

from __future__ import annotations

import base64
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, NoKeyringError

from advocate_app.app import Services
from advocate_app.core.delivery import DeliveryError
from advocate_app.core.delivery.email import compose_email
from advocate_app.core.delivery.smtp import SmtpTransport, resolve_password
from advocate_app.core.delivery.smtp_config import SmtpConfig
from advocate_app.core.paths import AppPaths
from advocate_app.core.secrets import (
    LOCKED_MESSAGE,
    NO_KEYRING_MESSAGE,
    SecretStore,
    SecretStoreUnavailable,
    SessionSecrets,
    smtp_account,
)
from advocate_app.core.settings import Settings
from tests.conftest import REPO_ROOT
from tests.support.sample_letters import letter_for
from tests.support.smtpd import PASSWORD, USER, SmtpServer, client_context, make_tls_files


class _Raising(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service, username):
        raise self.exc

    def set_password(self, service, username, password):
        raise self.exc

    def delete_password(self, service, username):
        raise self.exc


def test_memory_backend_round_trip(memory_keyring):
    store = SecretStore()
    assert store.available and store.backend_name
    key = smtp_account(" me@example.org ", "SMTP.Example.org")
    assert key == "smtp:me@example.org@smtp.example.org"
    assert store.get(key) is None
    store.set(key, "hunter2")
    assert memory_keyring.passwords[("advocate", key)] == "hunter2"
    assert store.get(key) == "hunter2"
    assert store.delete(key) is True and store.delete(key) is False
    with pytest.raises(ValueError):
        store.set(key, "")


def test_no_keyring_is_a_clear_state():
    store = SecretStore(backend=fail.Keyring())
    assert not store.available and store.backend_name == ""
    for call in (lambda: store.get("k"), lambda: store.set("k", "v"), lambda: store.delete("k")):
        with pytest.raises(SecretStoreUnavailable) as caught:
            call()
        assert str(caught.value) == NO_KEYRING_MESSAGE
        assert "ADVOCATE_SMTP_PASSWORD" in str(caught.value)


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (NoKeyringError("none"), NO_KEYRING_MESSAGE),
        (KeyringLocked("locked"), LOCKED_MESSAGE),
        (RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown"), "did not answer"),
        (OSError("keychain"), "did not answer"),
    ],
)
def test_backend_failures_become_one_error(exc, message):
    store = SecretStore(backend=_Raising(exc))
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set("k", "secret-value")
    assert message in str(caught.value)
    assert caught.value.detail == type(exc).__name__
    assert "secret-value" not in str(caught.value) + caught.value.detail


def test_plaintext_backends_are_refused():
    plaintext = type("PlaintextKeyring", (_Raising,), {"__module__": "keyrings.alt.file"})
    store = SecretStore(backend=plaintext(RuntimeError()))
    assert not store.available
    with pytest.raises(SecretStoreUnavailable):
        store.set("k", "v")

    from keyring.backends.chainer import ChainerBackend

    class Chained(ChainerBackend):
        backends = [plaintext(RuntimeError()), _Raising(RuntimeError())]

    assert not SecretStore(backend=Chained()).available
    Chained.backends = [_Raising(RuntimeError()), plaintext(RuntimeError())]
    assert SecretStore(backend=Chained()).available


def test_session_secrets_stay_in_memory():
    session = SessionSecrets()
    session.set("k", "only-now")
    assert session.get("k") == "only-now" and "only-now" not in repr(session)
    assert session.delete("k") and session.get("k") is None
    session.set("a", "b")
    session.clear()
    assert session.get("a") is None


def test_password_sources_in_order(memory_keyring):
    settings = Settings(None, {"smtp.host": "smtp.example.org", "smtp.user": "me"}, env={})
    store, session = SecretStore(), SessionSecrets()
    account = smtp_account("me", "smtp.example.org")
    assert resolve_password(settings, {}, session=session, store=store) == ""
    store.set(account, "from-keyring")
    assert resolve_password(settings, {}, session=session, store=store) == "from-keyring"
    session.set(account, "from-session")
    assert resolve_password(settings, {}, session=session, store=store) == "from-session"
    env = {"ADVOCATE_SMTP_PASSWORD": "from-env"}
    assert resolve_password(settings, env, session=session, store=store) == "from-env"
    with pytest.raises(SecretStoreUnavailable):
        resolve_password(settings, {}, store=SecretStore(backend=fail.Keyring()))


def test_keyring_is_imported_lazily():
    code = (
        "import sys, advocate_app.app, advocate_app.core.secrets, advocate_app.core.store, "
        "advocate_app.core.delivery; print('keyring' in sys.modules, 'smtplib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


def test_saved_password_is_in_no_file(tmp_path: Path, legislator_index, memory_keyring):
    """Save a password, send with it (debug logging to a file in the log dir), then search
    every file under the app's folders for it, plain and base64."""
    paths = AppPaths.for_profile(tmp_path / "profile")
    tls = make_tls_files(tmp_path / "tls")
    with SmtpServer(tls, "starttls") as server:
        services = Services(paths, env={})
        settings = services.settings
        for key, value in {
            "smtp.host": server.host,
            "smtp.port": server.port,
            "smtp.user": USER,
            "smtp.from": USER,
            "smtp.security": "starttls",
        }.items():
            settings.set(key, value)
        settings.save()
        services.secrets.set(smtp_account(USER, server.host), PASSWORD)

        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(paths.log_dir / "advocate.log", encoding="utf-8")
        root = logging.getLogger()
        old_level = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        try:
            letter = letter_for(legislator_index.representative("TX", 37))
            services.outbox.add(
                letter, compose_email(letter, sender=USER, to="me@example.org"), to_kind="self"
            )
            transport = services.smtp_transport()
            assert transport.config.password == PASSWORD
            transport = SmtpTransport(transport.config, context=client_context(tls))
            [result] = services.outbox.send_due(transport)
            assert result.sent
            with pytest.raises(DeliveryError):  # a failing login logs too
                SmtpTransport(
                    SmtpConfig(server.host, server.port, "starttls", USER, "wrong"),
                    context=client_context(tls),
                ).check()
        finally:
            root.removeHandler(handler)
            handler.close()
            root.setLevel(old_level)
        services.store.close()

    needles = [
        PASSWORD.encode("utf-8"),
        PASSWORD.encode("utf-16-le"),
        base64.b64encode(PASSWORD.encode("utf-8")),
        base64.b64encode(b"\0" + USER.encode() + b"\0" + PASSWORD.encode("utf-8")),
    ]
    files = [p for d in paths.all_dirs() if d.exists() for p in d.rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)
    assert any(p.name.startswith("advocate.sqlite3") for p in files)
    assert (paths.log_dir / "advocate.log").stat().st_size > 0
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"password found in {path}"
