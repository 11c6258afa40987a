"""Passwords in the OS keyring, and nowhere else.

Why a layer over ``keyring``: its failures come in many shapes (``NoKeyringError`` on a
headless Linux box, ``KeyringLocked`` when the person declined to unlock, D-Bus or
Keychain exceptions from a backend), and a volunteer needs one plain sentence, not a
traceback. Every failure becomes ``SecretStoreUnavailable``. There is deliberately **no
plaintext fallback**: when no keyring is usable, the GUI offers to keep the password in
memory for this session only (``SessionSecrets``) and the CLI reads
``ADVOCATE_SMTP_PASSWORD``.

``import keyring`` (plus backend discovery) costs ~0.17 s, so it happens on first use.
Secrets are never logged; only the backend's class name and exception type names are.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from advocate_app.core.errors import AdvocateError
from advocate_app.core.messages import Message

log = logging.getLogger(__name__)

SERVICE_NAME = "advocate"

# Backends that would keep the secret readable on disk (keyrings.alt's plaintext and
# base64 files) or not keep it at all: we refuse them rather than pretend to be safe.
_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # asks for a master password on a terminal
}

NO_KEYRING_MESSAGE = Message("secrets.no_keyring")
LOCKED_MESSAGE = Message("secrets.locked")
FAILED_MESSAGE = Message("secrets.failed")


class SecretStoreUnavailable(AdvocateError):
    """The OS keyring cannot keep or give a secret right now (absent, locked or failing)."""

    exit_code = 3


def smtp_account(user: str, host: str) -> str:
    """The keyring user name under which an SMTP password is kept: ``smtp:<user>@<host>``."""
    return f"smtp:{user.strip()}@{host.strip().lower()}"


def _qualified_name(obj: Any) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


class SecretStore:
    """get/set/delete secrets in the OS keyring under one service name.

    ``backend`` is for tests and special setups; by default the keyring library picks
    the system backend (honouring ``PYTHON_KEYRING_BACKEND``) on first use.
    """

    def __init__(self, service: str = SERVICE_NAME, backend: Any | None = None) -> None:
        self.service = service
        self._backend = backend
        self._lock = threading.Lock()

    # --- state the UI shows ------------------------------------------------------------
    def _resolve(self) -> Any:
        with self._lock:
            if self._backend is None:
                try:
                    import keyring

                    self._backend = keyring.get_keyring()
                except Exception as exc:  # a broken backend can fail while being chosen
                    log.warning("keyring could not start (%s)", type(exc).__name__)
                    raise SecretStoreUnavailable(
                        NO_KEYRING_MESSAGE, detail=type(exc).__name__
                    ) from exc
            return self._backend

    def _usable_backend(self) -> Any:
        backend = self._resolve()
        if not _is_acceptable(backend):
            raise SecretStoreUnavailable(NO_KEYRING_MESSAGE, detail=_qualified_name(backend))
        return backend

    @property
    def available(self) -> bool:
        """True when secrets can be kept in a real OS keyring (not a plaintext file)."""
        try:
            self._usable_backend()
        except SecretStoreUnavailable:
            return False
        return True

    @property
    def backend_name(self) -> str:
        """A name a person can recognise ("SecretService Keyring", "macOS Keyring"), or ""."""
        try:
            backend = self._resolve()
        except SecretStoreUnavailable:
            return ""
        if not _is_acceptable(backend):
            return ""
        name = getattr(backend, "name", "") or type(backend).__name__
        return str(name)

    # --- operations --------------------------------------------------------------------
    def get(self, key: str) -> str | None:
        backend = self._usable_backend()
        return self._call("read", backend.get_password, self.service, key)

    def set(self, key: str, secret: str) -> None:
        if not secret:
            raise ValueError("an empty secret cannot be stored; use delete()")
        backend = self._usable_backend()
        self._call("save", backend.set_password, self.service, key, secret)

    def delete(self, key: str) -> bool:
        """Forget ``key``; False when there was nothing to forget."""
        backend = self._usable_backend()
        if self._call("read", backend.get_password, self.service, key) is None:
            return False
        from keyring.errors import PasswordDeleteError

        try:
            self._call(
                "delete", backend.delete_password, self.service, key, reraise=(PasswordDeleteError,)
            )
        except PasswordDeleteError:
            # Some backends raise this for "not found" after a race; check before failing.
            if self._call("read", backend.get_password, self.service, key) is None:
                return False
            raise SecretStoreUnavailable(FAILED_MESSAGE, detail="PasswordDeleteError") from None
        return True

    def _call(self, what: str, func: Any, *args: Any, reraise: tuple[type, ...] = ()) -> Any:
        try:
            return func(*args)
        except reraise:
            raise
        except Exception as exc:
            raise _translate(exc, what) from exc


def _is_acceptable(backend: Any) -> bool:
    name = _qualified_name(backend)
    if name in _REFUSED_BACKENDS:
        return False
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        # The chainer writes to its highest-priority backend: judge that one.
        backends = list(getattr(backend, "backends", []))
        return bool(backends) and _is_acceptable(backends[0])
    try:
        return float(getattr(type(backend), "priority", 1)) > 0
    except Exception:  # keyring computes priority lazily; a failing probe means unusable
        return False


def _translate(exc: Exception, what: str) -> SecretStoreUnavailable:
    """Turn any backend failure into the one error the app shows."""
    kind = type(exc).__name__
    log.warning("password store could not %s a secret (%s)", what, kind)
    try:
        from keyring.errors import KeyringLocked, NoKeyringError
    except Exception:  # pragma: no cover - keyring itself broken
        return SecretStoreUnavailable(NO_KEYRING_MESSAGE, detail=kind)
    if isinstance(exc, NoKeyringError):
        return SecretStoreUnavailable(NO_KEYRING_MESSAGE, detail=kind)
    if isinstance(exc, KeyringLocked):
        return SecretStoreUnavailable(LOCKED_MESSAGE, detail=kind)
    return SecretStoreUnavailable(FAILED_MESSAGE, detail=kind)


class SessionSecrets:
    """Secrets kept in memory only, for "this session only" passwords.

    Nothing here touches the disk; quitting the app forgets them. Thread-safe because SMTP
    sends run on worker threads.
    """

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def set(self, key: str, secret: str) -> None:
        with self._lock:
            self._values[key] = secret

    def delete(self, key: str) -> bool:
        with self._lock:
            return self._values.pop(key, None) is not None

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def __repr__(self) -> str:  # never show the values
        return f"SessionSecrets({len(self._values)} kept)"
