"""The organizer's PIN: stored only as a salted hash, compared in constant time, guessing slowed.

Why: the PIN is what keeps a participant at a shared laptop out of settings, the archive and
the campaign editor. It is kept only as ``scrypt`` (or PBKDF2 where OpenSSL lacks scrypt) of
the PIN with a random salt made each time a PIN is set; the parameters are stored with the
hash so they can grow later. It has at least ``MIN_PIN`` (6) characters.

Where the hash lives (``PinVault``): in the OS keyring when one works, so it is in no file a
participant could copy; else in the database, hashed with ``SLOW`` parameters (8 times the
work and memory per guess). The settings file only says which ("keyring"/"database").
Honestly: someone who can run programs as the same OS user can read either and guess
offline; the KDF and the PIN's length are what make that take days instead of seconds
(see docs/threat-model.md).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

from advocate_app.core.errors import AdvocateError, InputProblem

log = logging.getLogger(__name__)

MIN_PIN, MAX_PIN = 6, 64
# scrypt parameters: ~50 ms on a laptop, 16 MB of memory.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_PBKDF2_ITERATIONS = 600_000
# Where no keyring holds the hash (it sits in the database): 8x the time and memory.
SLOW_SCRYPT_N = 2**17
_SLOW_PBKDF2_ITERATIONS = 4_800_000
PIN_KEY = "event-pin"
KEYRING, DATABASE = "keyring", "database"  # what the settings say about where the hash is


def check_pin_format(pin: str) -> str:
    """The PIN as it will be hashed, or ``InputProblem`` saying what is wrong."""
    pin = (pin or "").strip()
    if len(pin) < MIN_PIN:
        raise InputProblem(f"Choose a PIN of at least {MIN_PIN} characters.")
    if len(pin) > MAX_PIN:
        raise InputProblem(f"A PIN can have at most {MAX_PIN} characters.")
    return pin


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None, slow: bool = False) -> str:
    """A self-describing salted hash ("scrypt$n$r$p$salt$hash"); a new random salt each time.
    ``slow``: the parameters for a hash kept outside a keyring."""
    pin = check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    secret = pin.encode("utf-8")
    if hasattr(hashlib, "scrypt"):
        n = SLOW_SCRYPT_N if slow else _SCRYPT_N
        digest = hashlib.scrypt(
            secret, salt=salt, n=n, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32, maxmem=256 * 1024 * 1024
        )
        return f"scrypt${n}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"
    rounds = _SLOW_PBKDF2_ITERATIONS if slow else _PBKDF2_ITERATIONS  # pragma: no cover
    digest = hashlib.pbkdf2_hmac("sha256", secret, salt, rounds)  # pragma: no cover
    return f"pbkdf2_sha256${rounds}${_b64(salt)}${_b64(digest)}"  # pragma: no cover


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored`` (constant-time compare); False for any bad input."""
    if not stored or not isinstance(pin, str):
        return False
    secret = pin.strip().encode("utf-8")
    try:
        parts = stored.split("$")
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = (int(x) for x in parts[1:4])
            salt, expected = base64.b64decode(parts[4]), base64.b64decode(parts[5])
            if n > 2**20 or r > 32 or p > 16:  # a tampered file must not exhaust memory
                return False
            digest = hashlib.scrypt(
                secret, salt=salt, n=n, r=r, p=p, dklen=len(expected), maxmem=256 * 1024 * 1024
            )
        elif parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            iterations = int(parts[1])
            if iterations > 10_000_000:
                return False
            salt, expected = base64.b64decode(parts[2]), base64.b64decode(parts[3])
            digest = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
        else:
            return False
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


class PinGuard:
    """Counts wrong PINs; after ``free_tries`` misses each try waits a growing lockout.

    A participant cannot brute-force a PIN at the dialog in an afternoon: after 5 misses the
    next try is refused for 30 s, doubling up to 15 minutes. The organizer's right PIN
    resets the count.

    With a ``store`` (the ``Store`` or a callable giving it) the count and the lockout are
    kept in the database (``pin_tries``), so quitting or restarting the app does not give a
    guesser fresh tries; ``clock`` is then wall time. A lockout never runs longer than its
    15 minutes from now, even if the computer's clock was turned back. A database that
    cannot be read or written leaves the count in memory (it never lets a PIN through).
    """

    MAX_LOCK = 900.0

    def __init__(
        self,
        *,
        free_tries: int = 5,
        clock: Callable[[], float] = time.time,
        store: Any | None = None,
    ) -> None:
        self.free_tries = free_tries
        self._clock = clock
        self._store = store
        self._misses = 0
        self._locked_until = 0.0

    @property
    def misses(self) -> int:
        return self._load()[0]

    @property
    def locked_until(self) -> float:
        return self._load()[1]

    def seconds_locked(self) -> float:
        return min(self.MAX_LOCK, max(0.0, self.locked_until - self._clock()))

    def check(self, pin: str, stored: str) -> bool:
        """True for the right PIN; ``InputProblem`` while locked out."""
        misses, locked_until = self._load()
        now = self._clock()
        if locked_until - now > self.MAX_LOCK:  # the clock was turned back: 15 minutes from now
            locked_until = now + self.MAX_LOCK
            self._save(misses, locked_until)
        wait = locked_until - now
        if wait > 0:
            raise InputProblem(f"Too many wrong PINs. Try again in {int(wait) + 1} seconds.")
        if verify_pin(pin, stored):
            self._save(0, 0.0)
            return True
        misses += 1
        locked_until = 0.0
        if misses >= self.free_tries:
            extra = misses - self.free_tries
            locked_until = now + min(self.MAX_LOCK, 30.0 * (2 ** min(extra, 10)))
        self._save(misses, locked_until)
        return False

    def _database(self) -> Any | None:
        store = self._store
        return store() if callable(store) else store

    def _load(self) -> tuple[int, float]:
        """The count and lockout: the database's, or memory's when the database could not
        take the last ones."""
        misses, locked_until = self._misses, self._locked_until
        if self._store is None:
            return misses, locked_until
        try:
            rows = self._database().query("SELECT misses, locked_until FROM pin_tries WHERE id = 1")
        except AdvocateError:
            log.warning("could not read the PIN tries from the database")
            return misses, locked_until
        if rows:
            misses = max(misses, int(rows[0][0]))
            locked_until = max(locked_until, float(rows[0][1]))
        return misses, locked_until

    def _save(self, misses: int, locked_until: float) -> None:
        """Into the database; memory keeps only what the database could not take."""
        self._misses, self._locked_until = misses, locked_until
        if self._store is None:
            return
        try:
            with self._database().transaction() as conn:
                conn.execute(
                    "INSERT INTO pin_tries (id, misses, locked_until) VALUES (1, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET misses = excluded.misses, "
                    "locked_until = excluded.locked_until",
                    (misses, locked_until),
                )
        except AdvocateError:
            log.warning("could not keep the PIN tries in the database")
            return
        self._misses, self._locked_until = 0, 0.0


class PinVault:
    """Keeps the PIN's hash in the OS keyring, or in the database with the slow KDF.

    ``secrets``: a ``SecretStore`` (or None); ``store``: the ``Store`` or a callable giving
    it. The settings keep only the returned mark (``KEYRING``/``DATABASE``).
    """

    def __init__(self, secrets: Any | None, store: Any) -> None:
        self._secrets = secrets
        self._store = store

    @property
    def store(self) -> Any:
        return self._store() if callable(self._store) else self._store

    def save(self, pin: str) -> str:
        """Hash and keep ``pin``; returns where (``KEYRING`` or ``DATABASE``)."""
        check_pin_format(pin)
        if self._secrets is not None and self._secrets.available:
            try:
                self._secrets.set(PIN_KEY, hash_pin(pin))
            except AdvocateError:  # a keyring that fails now: the database, with the slow KDF
                log.warning("keyring refused the event PIN; keeping it in the database")
            else:
                self._write_row(None)
                return KEYRING
        self._write_row(hash_pin(pin, slow=True))
        return DATABASE

    def load(self, where: str) -> str:
        """The stored hash ("" when there is none)."""
        if where == KEYRING and self._secrets is not None:
            try:
                return self._secrets.get(PIN_KEY) or ""
            except AdvocateError:
                return ""
        if where == DATABASE:
            rows = self.store.query("SELECT pin_hash FROM event_pin WHERE id = 1")
            return str(rows[0][0]) if rows else ""
        return ""

    def clear(self) -> None:
        if self._secrets is not None:
            try:
                if self._secrets.available:
                    self._secrets.delete(PIN_KEY)
            except AdvocateError:
                log.warning("could not remove the event PIN from the keyring")
        self._write_row(None)

    def _write_row(self, pin_hash: str | None) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM event_pin")
            if pin_hash is not None:
                conn.execute("INSERT INTO event_pin (id, pin_hash) VALUES (1, ?)", (pin_hash,))
