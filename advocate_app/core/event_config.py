"""What the organizer chose for an event (kiosk mode), and the checks on it.

Why a module of its own: ``EventConfig`` is plain data read from and written to the
``event.*`` settings, with the rules for each choice (``check_event``); the setup dialog,
the command line and ``EventMode`` (core/event.py) all use it, while only ``EventMode``
turns the mode on and off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.text import looks_like_email

if TYPE_CHECKING:
    from advocate_app.core.settings import Settings

# Routes a participant may be offered, in the order the organizer sees them.
ROUTES = ("print", "pdf", "email_organizer", "contact_form")
DEFAULT_ROUTES = ("print",)
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 0.5, 120.0
MAX_EVENT_NAME = 120


# --- the organizer's choices ---------------------------------------------------------------------
@dataclass(frozen=True)
class EventConfig:
    """Event mode as the organizer set it up (``event.*`` settings)."""

    enabled: bool = False
    name: str = ""
    pin_hash: str = field(default="", repr=False)  # where the hash is: "keyring"/"database"
    idle_minutes: float = 3.0
    routes: tuple[str, ...] = DEFAULT_ROUTES
    collection_email: str = ""
    pdf_folder: str = ""  # "" = PDFs go to a temporary folder wiped after each participant
    started_at: str = ""  # ISO date-time the event was turned on (for tallies and summaries)
    campaign_id: str = ""  # the campaign participants write for ("" = the default campaign)
    points: tuple[int, ...] = ()  # the talking points offered (indexes; () = all of them)

    @property
    def idle_ms(self) -> int:
        return int(self.idle_minutes * 60_000)

    def allows(self, route: str) -> bool:
        return route in self.routes

    def started(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.started_at) if self.started_at else None
        except ValueError:
            return None

    @classmethod
    def from_settings(cls, settings: Settings) -> EventConfig:
        routes = parse_routes(str(settings.get("event.routes") or ""))
        return cls(
            enabled=bool(settings.get("event.enabled")),
            name=str(settings.get("event.name") or "").strip(),
            pin_hash=str(settings.get("event.pin_hash") or ""),
            idle_minutes=float(settings.get("event.idle_minutes")),
            routes=routes or DEFAULT_ROUTES,
            collection_email=str(settings.get("event.collection_email") or "").strip(),
            pdf_folder=str(settings.get("event.pdf_folder") or "").strip(),
            started_at=str(settings.get("event.started_at") or ""),
            campaign_id=str(settings.get("event.campaign") or "").strip(),
            points=parse_points(str(settings.get("event.points") or "")),
        )

    def write(self, settings: Settings) -> None:
        """Put the values into ``settings`` (the caller saves)."""
        settings.set("event.enabled", self.enabled)
        settings.set("event.name", self.name)
        settings.set("event.pin_hash", self.pin_hash)
        settings.set("event.idle_minutes", float(self.idle_minutes))
        settings.set("event.routes", ",".join(self.routes))
        settings.set("event.collection_email", self.collection_email)
        settings.set("event.pdf_folder", self.pdf_folder)
        settings.set("event.started_at", self.started_at)
        settings.set("event.campaign", self.campaign_id)
        settings.set("event.points", ",".join(str(p) for p in self.points))


def parse_routes(text: str | Iterable[str]) -> tuple[str, ...]:
    """Known routes in canonical order; unknown names are dropped (a hand-edited file)."""
    names = text.split(",") if isinstance(text, str) else list(text)
    wanted = {n.strip().lower() for n in names if n.strip()}
    return tuple(r for r in ROUTES if r in wanted)


def parse_points(text: str | Iterable[int]) -> tuple[int, ...]:
    """Talking point indexes, sorted, without repeats; anything else is dropped."""
    items = text.split(",") if isinstance(text, str) else list(text)
    found: set[int] = set()
    for item in items:
        try:
            number = int(str(item).strip())
        except ValueError:
            continue
        if number >= 0:
            found.add(number)
    return tuple(sorted(found))


def check_event(
    *,
    name: str,
    idle_minutes: float,
    routes: Iterable[str],
    collection_email: str,
    pdf_folder: str = "",
) -> list[str]:
    """Every problem with the organizer's choices, as sentences (empty when all is well)."""
    problems: list[str] = []
    if not name.strip():
        problems.append("Give the event a name (it is printed on the tallies and cover sheets).")
    elif len(name.strip()) > MAX_EVENT_NAME:
        problems.append(f"Keep the event name under {MAX_EVENT_NAME} characters.")
    if not MIN_IDLE_MINUTES <= float(idle_minutes) <= MAX_IDLE_MINUTES:
        problems.append(
            f"The idle timeout must be between {MIN_IDLE_MINUTES:g} and {MAX_IDLE_MINUTES:g} minutes."
        )
    chosen = parse_routes(routes)
    unknown = {r.strip() for r in routes if r.strip()} - set(ROUTES)
    if unknown:
        word = "route" if len(unknown) == 1 else "routes"
        problems.append(f"Unknown {word}: {', '.join(sorted(unknown))}.")
    if not chosen:
        problems.append("Choose at least one way participants can send their letters.")
    email = collection_email.strip()
    if "email_organizer" in chosen and not email:
        problems.append("Give the collection email address for “email to organizer”.")
    if email and not looks_like_email(email):
        problems.append(f"'{email}' does not look like an email address.")
    if pdf_folder.strip() and not Path(pdf_folder).expanduser().is_absolute():
        problems.append("The PDF folder must be a full path (for example /home/me/Event letters).")
    return problems
