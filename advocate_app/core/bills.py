"""Bill status from the Congress.gov API v3: title, latest action, sponsors and cosponsors.

Optional by design: letters render without it. When Congress.gov is offline, slow or
rate-limited (``DEMO_KEY`` allows 30 requests an hour), ``try_status`` gives the last
saved answer if there is one, or none, plus a note the person can read. Answers are cached
on disk for a few hours: cosponsor lists change slowly and the key's quota is small.

The API key comes from ``ADVOCATE_CONGRESS_API_KEY``, else the OS keyring (service
"advocate", user "congress-api-key"), else ``DEMO_KEY``. It is sent only to the configured
API host, never logged, never written to the cache.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from advocate_app.core.errors import BadResponse, RateLimited, ServiceUnavailable
from advocate_app.core.files import atomic_write_text
from advocate_app.core.http import HttpClient
from advocate_app.core.messages import Message
from advocate_app.core.models import Bill

log = logging.getLogger(__name__)

DEMO_KEY = "DEMO_KEY"
KEYRING_SERVICE = "advocate"
KEYRING_USER = "congress-api-key"
ENV_KEY = "ADVOCATE_CONGRESS_API_KEY"
PAGE_SIZE = 250  # the API's maximum
MAX_PAGES = 20
WHAT = "Congress.gov"
CACHE_VERSION = 1


def congress_api_key(env: Mapping[str, str], store: Any | None = None) -> str:
    """The key in force: environment, then the keyring, then the public ``DEMO_KEY``.

    ``store`` is the app's ``SecretStore`` (service "advocate"); without one the keyring is
    asked directly. A missing, locked or broken keyring just means ``DEMO_KEY``.
    """
    if env.get(ENV_KEY, "").strip():
        return env[ENV_KEY].strip()
    try:
        if store is not None:
            stored = store.get(KEYRING_USER)
        else:
            import keyring

            stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:  # no keyring on this system, locked, or broken backend
        log.info(
            "keyring unavailable for the Congress.gov key (%s); using DEMO_KEY", type(exc).__name__
        )
        stored = None
    return stored.strip() if stored and stored.strip() else DEMO_KEY


@dataclass(frozen=True)
class BillStatus:
    title: str
    latest_action: str
    latest_action_date: date | None
    cosponsor_bioguides: frozenset[str]
    fetched_at: datetime
    sponsor_bioguides: frozenset[str] = frozenset()
    stale: bool = False  # a saved answer, shown because a refresh failed

    def supports(self, bioguide: str) -> bool:
        return bioguide in self.cosponsor_bioguides or bioguide in self.sponsor_bioguides

    def to_json(self) -> dict[str, Any]:
        return {
            "version": CACHE_VERSION,
            "title": self.title,
            "latest_action": self.latest_action,
            "latest_action_date": self.latest_action_date.isoformat()
            if self.latest_action_date
            else None,
            "cosponsors": sorted(self.cosponsor_bioguides),
            "sponsors": sorted(self.sponsor_bioguides),
            "fetched_at": self.fetched_at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BillStatus:
        if data.get("version") != CACHE_VERSION:
            raise ValueError("old cache format")
        action_date = data.get("latest_action_date")
        return cls(
            title=str(data.get("title") or ""),
            latest_action=str(data.get("latest_action") or ""),
            latest_action_date=date.fromisoformat(action_date) if action_date else None,
            cosponsor_bioguides=frozenset(str(b) for b in data.get("cosponsors", [])),
            sponsor_bioguides=frozenset(str(b) for b in data.get("sponsors", [])),
            fetched_at=datetime.fromisoformat(str(data["fetched_at"])),
        )


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class BillStatusClient:
    http: HttpClient
    base_url: str
    api_key: str | Callable[[], str]
    cache_dir: Path
    lifetime: timedelta = timedelta(hours=6)
    clock: Callable[[], datetime] = field(default=_utcnow, repr=False)

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self.cache_dir = Path(self.cache_dir)

    # --- public -----------------------------------------------------------------------
    def status(self, bill: Bill, *, refresh: bool = False) -> BillStatus:
        """The bill's status, from the cache when fresh; raises ``ServiceUnavailable``."""
        cached = self.cached(bill)
        if cached is not None and not refresh and self.clock() - cached.fetched_at < self.lifetime:
            return cached
        status = self._fetch(bill)
        try:
            atomic_write_text(self._cache_file(bill), json.dumps(status.to_json(), indent=1))
        except OSError as exc:
            log.warning("could not save the bill status cache (%s)", type(exc).__name__)
        return status

    def try_status(self, bill: Bill) -> tuple[BillStatus | None, str]:
        """(status or None, a note for the person or ""): never raises for network trouble."""
        try:
            return self.status(bill), ""
        except ServiceUnavailable as exc:
            reason = (
                "Congress.gov is busy (too many requests)"
                if isinstance(exc, RateLimited)
                else str(exc).rstrip(".")
            )
            cached = self.cached(bill)
            if cached is not None:
                when = cached.fetched_at.astimezone().strftime("%Y-%m-%d %H:%M")
                stale = replace(cached, stale=True)
                return stale, (
                    f"Could not update who cosponsors {bill.label} ({reason}); using the list saved {when}."
                )
            return None, (
                f"Could not check who already cosponsors {bill.label} ({reason}). The letters ask "
                "for cosponsorship; if your member already supports the bill, thank them instead."
            )

    def cached(self, bill: Bill) -> BillStatus | None:
        try:
            data = json.loads(self._cache_file(bill).read_text(encoding="utf-8"))
            status = BillStatus.from_json(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            log.info("ignoring an unreadable bill status cache (%s)", type(exc).__name__)
            return None
        if status.fetched_at.tzinfo is None:
            status = replace(status, fetched_at=status.fetched_at.replace(tzinfo=UTC))
        return status

    # --- fetching ---------------------------------------------------------------------
    def _cache_file(self, bill: Bill) -> Path:
        return self.cache_dir / f"{bill.congress}-{bill.type}-{bill.number}.json"

    def _key(self) -> str:
        return self.api_key() if callable(self.api_key) else self.api_key

    def _get(self, url: str, params: dict[str, Any]) -> Any:
        if "api_key" not in parse_qs(urlsplit(url).query):
            params = {**params, "api_key": self._key()}
        data = self.http.get_json(url, params=params, what=WHAT)
        if not isinstance(data, dict):
            raise BadResponse(Message("bills.unexpected_format"))
        return data

    def _fetch(self, bill: Bill) -> BillStatus:
        path = f"{self.base_url}/bill/{bill.congress}/{bill.type}/{bill.number}"
        detail = self._get(path, {"format": "json"}).get("bill")
        if not isinstance(detail, dict):
            raise BadResponse(Message("bills.no_details", bill=bill.label))
        latest = detail.get("latestAction") if isinstance(detail.get("latestAction"), dict) else {}
        sponsors = frozenset(
            s["bioguideId"]
            for s in detail.get("sponsors") or []
            if isinstance(s, dict) and s.get("bioguideId")
        )
        log.info("fetched status of %s", bill.label)
        return BillStatus(
            title=str(detail.get("title") or ""),
            latest_action=str(latest.get("text") or ""),
            latest_action_date=_parse_date(latest.get("actionDate")),
            cosponsor_bioguides=self._cosponsors(f"{path}/cosponsors"),
            sponsor_bioguides=sponsors,
            fetched_at=self.clock(),
        )

    def _cosponsors(self, url: str) -> frozenset[str]:
        """Every current cosponsor, following ``pagination.next`` (or the offset) page by page."""
        found: set[str] = set()
        seen = 0
        params: dict[str, Any] = {"format": "json", "limit": PAGE_SIZE, "offset": 0}
        for _ in range(MAX_PAGES):
            page = self._get(url, params)
            items = page.get("cosponsors")
            if not isinstance(items, list):
                raise BadResponse(Message("bills.cosponsors_format"))
            seen += len(items)
            for item in items:
                if (
                    isinstance(item, dict)
                    and item.get("bioguideId")
                    and not item.get("sponsorshipWithdrawnDate")
                ):
                    found.add(str(item["bioguideId"]))
            pagination = page.get("pagination") if isinstance(page.get("pagination"), dict) else {}
            next_url = pagination.get("next")
            total = pagination.get("total", pagination.get("count"))
            total = total if isinstance(total, int) else seen
            if isinstance(next_url, str) and next_url:
                url, params = self._same_host(next_url), {}
            elif items and seen < total:
                params = {**params, "offset": seen}
            else:
                return frozenset(found)
        log.warning("stopped following cosponsor pages after %d pages", MAX_PAGES)
        return frozenset(found)

    def _same_host(self, url: str) -> str:
        """A ``next`` link must stay on the API's host: the key is never sent anywhere else."""
        base, link = urlsplit(self.base_url), urlsplit(url)
        if (link.scheme, link.netloc) != (base.scheme, base.netloc):
            raise BadResponse(Message("bills.other_site"))
        return url


def _parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
