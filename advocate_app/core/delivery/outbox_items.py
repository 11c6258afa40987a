"""What the outbox hands out: states, the retry policy, items and send results.

Plain frozen data (no SQL beyond the column list), so the GUI's outbox page and the CLI
can show them without touching the database themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from advocate_app.core.delivery import DeliveryError


class State(str, Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff for temporary failures: 1, 2, 4 ... minutes, at most ``cap``, ``max_attempts``."""

    base_seconds: float = 60.0
    cap_seconds: float = 2 * 3600.0
    max_attempts: int = 8

    def delay(self, attempts: int) -> float:
        return min(self.cap_seconds, self.base_seconds * 2 ** max(0, attempts - 1))


@dataclass(frozen=True)
class OutboxItem:
    id: int
    message_id: str
    state: State
    attempts: int
    next_attempt_at: float | None
    last_error: str
    error_kind: str  # "", "temporary", "permanent", "uncertain", "interrupted"
    envelope_from: str
    recipients: tuple[str, ...]
    to_kind: str  # "self", "organizer", "address", "office"
    subject: str
    campaign_id: str
    member_bioguide: str
    member_name: str
    member_seat: str
    created_at: float
    sent_at: float | None
    server_reply: str


@dataclass(frozen=True)
class SendResult:
    item: OutboxItem
    error: DeliveryError | None = None

    @property
    def sent(self) -> bool:
        return self.item.state is State.SENT


COLUMNS = (
    "id, message_id, state, attempts, next_attempt_at, last_error, error_kind, "
    "envelope_from, recipients, to_kind, subject, campaign_id, member_bioguide, "
    "member_name, member_seat, created_at, sent_at, server_reply"
)


def item_from_row(row: Any) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        message_id=row["message_id"],
        state=State(row["state"]),
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"],
        error_kind=row["error_kind"],
        envelope_from=row["envelope_from"],
        recipients=tuple(json.loads(row["recipients"])),
        to_kind=row["to_kind"],
        subject=row["subject"],
        campaign_id=row["campaign_id"],
        member_bioguide=row["member_bioguide"],
        member_name=row["member_name"],
        member_seat=row["member_seat"],
        created_at=row["created_at"],
        sent_at=row["sent_at"],
        server_reply=row["server_reply"],
    )
