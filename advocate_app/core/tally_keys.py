"""The random token that lets one letter sent two ways count once, and nothing more.

Why its own module: no tally row may hold anything computed from the letter's words. A
salted hash of the text could be reversed: for a participant with no story, the letter
depends only on name, address, member and date, so an attacker with the database could test
every candidate letter. So a row's ``letter_key`` is a random token. One letter printed
*and* emailed must still count as one letter and two deliveries: the token is found again
through ``SessionKeys``, a table kept only in this process's memory (keyed by a hash with a
random salt that never leaves memory), so the same letter delivered twice in one session
gets the same token, and a letter cannot be matched to a row once the app has closed.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict


class SessionKeys:
    """Random tally tokens for the letters of this session, found again by their text.

    Only in memory: the salt is random per process and the table holds at most ``size``
    recent letters, so nothing here outlives the app or lands on disk.
    """

    def __init__(self, size: int = 512) -> None:
        self._salt = secrets.token_bytes(32)
        self._keys: OrderedDict[bytes, str] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def key(self, letter_text: str) -> str:
        if not letter_text:
            return ""
        digest = hashlib.blake2b(letter_text.encode("utf-8"), key=self._salt).digest()
        with self._lock:
            token = self._keys.pop(digest, None) or secrets.token_hex(8)
            self._keys[digest] = token
            while len(self._keys) > self._size:
                self._keys.popitem(last=False)
        return token

    def clear(self) -> None:
        """Forget every letter of the session ("Next participant", forget)."""
        with self._lock:
            self._keys.clear()


SESSION_KEYS = SessionKeys()
