"""Drafts: the letter being written, kept in the local database as the person types.

Why: a crash, a flat battery or a closed lid must not cost someone the story they spent
ten minutes on. The window saves the letter-writing session's snapshot with ``save_draft``
(``LetterSession.to_snapshot``; debounced: every second or two of typing, its job) and, at
start-up, reads ``latest_draft`` to offer the text back; once the letter is sent or
exported, or the person says "discard", ``discard`` forgets it.

- One row per ``key`` (the GUI chooses it, e.g. ``"letter:<campaign id>"``), replaced in one
  SQLite transaction: after a ``kill -9`` the row is the previous whole draft or the new
  whole draft, never half of one (WAL, ``synchronous=FULL``; see store.py).
- The payload is a JSON object (the person's fields: name, address, story, chosen points,
  edited text...). It is personal data: never logged; ``discard`` overwrites it on disk
  (``secure_delete``) and folds the WAL.
- Event mode (``event.enabled``: a shared laptop at an event) keeps no drafts at all:
  nothing is written and nothing is offered, so the next person never sees the last one's
  words.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import InputProblem

if TYPE_CHECKING:
    from advocate_app.core.store import Store

log = logging.getLogger(__name__)

MAX_PAYLOAD_BYTES = 2_000_000  # a letter with a 20,000-character story is ~100 KB
MAX_KEY_LENGTH = 200


@dataclass(frozen=True)
class StoredDraft:
    key: str
    payload: dict[str, Any]
    created_at: float
    updated_at: float


class Drafts:
    """Drafts in ``store``; ``event_mode()`` is read on every call (the setting can change)."""

    def __init__(
        self,
        store: Store,
        *,
        event_mode: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._event_mode = event_mode
        self._clock = clock

    @property
    def enabled(self) -> bool:
        """False in event mode: the GUI can then hide "draft saved" hints."""
        return not self._event_mode()

    def save_draft(self, key: str, payload: Mapping[str, Any]) -> bool:
        """Keep ``payload`` as the draft ``key`` (replacing the previous one, atomically).

        Returns False (and writes nothing) in event mode. ``InputProblem`` for a payload
        that is not JSON or is unreasonably large; ``StoreUnavailable`` when the disk is
        full or the folder read-only (the text stays in the window, unsaved).
        """
        _check_key(key)
        if not self.enabled:
            return False
        if not isinstance(payload, Mapping):
            raise TypeError("a draft payload is a dict")
        try:
            text = json.dumps(dict(payload), ensure_ascii=True, allow_nan=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"a draft payload must be plain JSON ({type(exc).__name__})") from exc
        if len(text) > MAX_PAYLOAD_BYTES:
            raise InputProblem(
                "This letter is too long to keep as a draft; shorten your story to save it."
            )
        now = self._clock()
        with self._store.transaction() as conn:
            conn.execute(
                """INSERT INTO drafts (key, payload, created_at, updated_at)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (key) DO UPDATE SET payload = excluded.payload,
                       updated_at = excluded.updated_at""",
                (key, text, now, now),
            )
        return True

    def latest_draft(self) -> StoredDraft | None:
        """The most recently saved draft (to offer back after a crash); None in event mode."""
        if not self.enabled:
            return None
        rows = self._store.query(
            "SELECT key, payload, created_at, updated_at FROM drafts "
            "ORDER BY updated_at DESC, rowid DESC"
        )
        for row in rows:
            draft = _draft(row)
            if draft is not None:
                return draft
        return None

    def get(self, key: str) -> StoredDraft | None:
        if not self.enabled:
            return None
        rows = self._store.query(
            "SELECT key, payload, created_at, updated_at FROM drafts WHERE key = ?", (key,)
        )
        return _draft(rows[0]) if rows else None

    def keys(self) -> list[str]:
        return [r[0] for r in self._store.query("SELECT key FROM drafts ORDER BY updated_at")]

    def discard(self, key: str) -> bool:
        """Forget the draft ``key`` (sent, exported, or thrown away). Works in event mode."""
        with self._store.transaction() as conn:
            removed = conn.execute("DELETE FROM drafts WHERE key = ?", (key,)).rowcount
        self._store.checkpoint()
        return removed > 0

    def discard_all(self) -> int:
        """Forget every draft (event mode switched on, "delete my data")."""
        with self._store.transaction() as conn:
            removed = conn.execute("DELETE FROM drafts").rowcount
        self._store.checkpoint()
        return removed


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH:
        raise ValueError("a draft key is a short non-empty string")


def _draft(row: Any) -> StoredDraft | None:
    try:
        payload = json.loads(row["payload"])
    except ValueError:  # cannot happen through save_draft; a hand-edited file maybe
        log.warning("ignoring an unreadable draft")
        return None
    if not isinstance(payload, dict):
        return None
    return StoredDraft(row["key"], payload, float(row["created_at"]), float(row["updated_at"]))
