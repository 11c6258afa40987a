"""The organizer's PIN: stored only as a salted hash, compared in constant time, guessing slowed.

Why: the PIN is what keeps a participant at a shared laptop out of settings, the archive and
the campaign editor. The settings file is readable by anyone at that laptop, so it holds
only ``scrypt`` (or PBKDF2 where OpenSSL lacks scrypt) of the PIN with a random salt made
each time a PIN is set; the parameters are stored with the hash so they can grow later.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

from advocate_app.core.errors import InputProblem

MIN_PIN, MAX_PIN = 4, 64
# scrypt parameters: ~50 ms on a laptop, 16 MB of memory.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_PBKDF2_ITERATIONS = 600_000


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


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A self-describing salted hash ("scrypt$n$r$p$salt$hash"); a new random salt each time."""
    pin = check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    secret = pin.encode("utf-8")
    if hasattr(hashlib, "scrypt"):
        digest = hashlib.scrypt(secret, salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
        return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"
    digest = hashlib.pbkdf2_hmac("sha256", secret, salt, _PBKDF2_ITERATIONS)  # pragma: no cover
    return f"pbkdf2_sha256${_PBKDF2_ITERATIONS}${_b64(salt)}${_b64(digest)}"  # pragma: no cover


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

    A participant cannot brute-force a 4-digit PIN in an afternoon: after 5 misses the
    next try is refused for 30 s, doubling up to 15 minutes. The organizer's right PIN
    resets the count.
    """

    def __init__(self, *, free_tries: int = 5, clock: Callable[[], float] = time.monotonic) -> None:
        self.free_tries = free_tries
        self._clock = clock
        self.misses = 0
        self.locked_until = 0.0

    def seconds_locked(self) -> float:
        return max(0.0, self.locked_until - self._clock())

    def check(self, pin: str, stored: str) -> bool:
        """True for the right PIN; ``InputProblem`` while locked out."""
        wait = self.seconds_locked()
        if wait > 0:
            raise InputProblem(f"Too many wrong PINs. Try again in {int(wait) + 1} seconds.")
        if verify_pin(pin, stored):
            self.misses = 0
            self.locked_until = 0.0
            return True
        self.misses += 1
        if self.misses >= self.free_tries:
            extra = self.misses - self.free_tries
            self.locked_until = self._clock() + min(900.0, 30.0 * (2**extra))
        return False
