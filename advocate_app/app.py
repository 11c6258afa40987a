"""Composition root: the one place that picks concrete classes.

Everything else receives what it needs as arguments. ``Services`` builds each service on
first use (so ``advocate --version`` does not import requests, jinja2 or keyring), from
the settings file and the environment. Tests build ``Services`` with a temporary profile
and local servers' URLs through the same environment variables a person would use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from advocate_app.core.paths import AppPaths
from advocate_app.core.settings import Settings

if TYPE_CHECKING:
    from advocate_app.core.archive import Archive
    from advocate_app.core.bills import BillStatusClient
    from advocate_app.core.campaigns import CampaignLibrary
    from advocate_app.core.check_cache import CheckCache
    from advocate_app.core.datasets import DatasetStore
    from advocate_app.core.delivery.outbox import Outbox
    from advocate_app.core.delivery.smtp import SmtpTransport
    from advocate_app.core.drafts import Drafts
    from advocate_app.core.event import EventMode
    from advocate_app.core.http import HttpClient
    from advocate_app.core.lookup.finder import Finder
    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.core.secrets import SecretStore, SessionSecrets
    from advocate_app.core.store import Store
    from advocate_app.core.tallies import Tallies


class Services:
    def __init__(self, paths: AppPaths | None = None, env: Mapping[str, str] | None = None) -> None:
        self.env = dict(os.environ if env is None else env)
        self.paths = paths or AppPaths.default(self.env)
        # The event letters are counted for: None = the running event (the window); the
        # command line sets its --event NAME, or "" (cli/common.py event_attribution).
        self.event_attribution: str | None = None

    # --- foundation (issue 2) -------------------------------------------------------
    @cached_property
    def settings(self) -> Settings:
        return Settings.load(self.paths.settings_file, env=self.env)

    @cached_property
    def http(self) -> HttpClient:
        from advocate_app.core.http import HttpClient

        return HttpClient(timeout=float(self.settings.get("network.timeout_seconds")))

    @cached_property
    def datasets(self) -> DatasetStore:
        from advocate_app.core.dataset_sources import default_sources
        from advocate_app.core.datasets import DatasetStore
        from advocate_app.core.paths import bundled_datasets_dirs

        return DatasetStore(
            self.paths.datasets_dir,
            self.http,
            default_sources(self.settings),
            revalidate_after_hours=float(self.settings.get("data.revalidate_after_hours")),
            bundled_dirs=bundled_datasets_dirs(),
            index_dir=self.paths.indexes_dir,
        )

    @cached_property
    def legislators(self) -> LegislatorIndex:
        from advocate_app.core.committees import seats_for_congress
        from advocate_app.core.lookup.legislators import LegislatorIndex

        index = LegislatorIndex.load(
            self.datasets.path("legislators"),
            self.datasets.path_if_available("district_offices"),
            index_dir=self.paths.indexes_dir,
        )
        # Who sits on which committee, when the data is there and of the same congress.
        index.use_committee_seats(
            seats_for_congress(self.datasets, index.congress, self.paths.indexes_dir)
        )
        return index

    @cached_property
    def legislators_date(self) -> str:
        return self.datasets.date_of("legislators")

    def is_loaded(self, name: str) -> bool:
        """True once the service ``name`` was built (to skip work a service never needed)."""
        return name in self.__dict__

    def reload_data(self) -> None:
        """Forget loaded datasets (after "update data now"), so the next use reads the new ones."""
        for name in ("legislators", "legislators_date", "finder"):
            self.__dict__.pop(name, None)

    def reload_sources(self) -> None:
        """Forget everything built from the source settings (the person changed a source URL)."""
        for name in ("http", "datasets", "bill_status"):
            self.__dict__.pop(name, None)
        self.reload_data()

    @cached_property
    def finder(self) -> Finder:
        from advocate_app.core.lookup.census import CensusGeocoder
        from advocate_app.core.lookup.finder import Finder
        from advocate_app.core.lookup.zipcodes import ZipCrosswalk

        settings = self.settings
        geocoder = CensusGeocoder(
            self.http,
            base_url=settings.get("sources.census_url"),
            benchmark=settings.get("sources.census_benchmark"),
            vintages=settings.get("sources.census_vintages"),
        )
        return Finder(
            legislators=lambda: self.legislators,
            zip_crosswalk=lambda: ZipCrosswalk.load(
                self.datasets.path("zip_crosswalk"), index_dir=self.paths.indexes_dir
            ),
            geocoder=geocoder,
            legislators_date=lambda: self.legislators_date,
            zip_map_congress=lambda: (
                self.datasets.info("zip_crosswalk").congress
                or int(settings.get("sources.zip_crosswalk_congress"))
            ),
        )

    # --- campaigns and bill status (issue 3) ---------------------------------------
    @cached_property
    def campaigns(self) -> CampaignLibrary:
        """Built-in campaign packs plus those installed under the data folder."""
        from advocate_app.core.campaigns import CampaignLibrary

        return CampaignLibrary(self.paths.data_dir / "campaigns", check_cache=self.check_cache)

    @cached_property
    def check_cache(self) -> CheckCache:
        """What checking each campaign pack's sample letters found, per pack content."""
        from advocate_app.core.check_cache import CheckCache

        return CheckCache(self.paths.cache_dir / "campaign-checks")

    @cached_property
    def bill_status(self) -> BillStatusClient:
        """Congress.gov bill status; the API key is looked up (env, keyring) on first request."""
        from datetime import timedelta

        from advocate_app.core.bills import BillStatusClient, congress_api_key

        return BillStatusClient(
            self.http,
            self.settings.get("sources.congress_api_url"),
            lambda: congress_api_key(self.env, self.secrets),
            self.paths.cache_dir / "bills",
            lifetime=timedelta(hours=float(self.settings.get("bills.cache_hours"))),
        )

    # --- secrets, local database, delivery (issue 5) -------------------------------
    @cached_property
    def secrets(self) -> SecretStore:
        from advocate_app.core.secrets import SecretStore

        return SecretStore()

    @cached_property
    def session_secrets(self) -> SessionSecrets:
        """Passwords the person chose to keep for this session only (no keyring)."""
        from advocate_app.core.secrets import SessionSecrets

        return SessionSecrets()

    @cached_property
    def store(self) -> Store:
        """The SQLite database; ``store.recovered_from`` is set if a corrupt file was kept aside."""
        from advocate_app.core.store import Store

        return Store.open(self.paths.database_file)

    @cached_property
    def archive(self) -> Archive:
        """Every letter sent or exported (the history), in ``store``."""
        from advocate_app.core.archive import Archive

        return Archive(self.store, event_name=self.event_attribution)

    @cached_property
    def outbox(self) -> Outbox:
        """The outbox; letters a dead process left half-sent are queued again here."""
        from advocate_app.core.delivery.outbox import Outbox

        outbox = Outbox(self.store)
        outbox.recover_interrupted()
        return outbox

    @cached_property
    def drafts(self) -> Drafts:
        """The letter being written, kept as the person types; none kept in event mode."""
        from advocate_app.core.drafts import Drafts

        return Drafts(self.store, event_mode=lambda: bool(self.settings.get("event.enabled")))

    def smtp_transport(self) -> SmtpTransport:
        """A transport for the current SMTP settings and password (built on each call, so a
        changed setting or password applies at once)."""
        from advocate_app.core.delivery.smtp import SmtpTransport, resolve_password
        from advocate_app.core.delivery.smtp_config import SmtpConfig

        password = resolve_password(
            self.settings, self.env, session=self.session_secrets, store=self.secrets
        )
        return SmtpTransport(SmtpConfig.from_settings(self.settings, password))

    # --- events, tallies, campaign editing (issue 7) ------------------------------
    @cached_property
    def event(self) -> EventMode:
        """Event (kiosk) mode: PIN, routes, the participant's wipe list, the print queue."""
        from advocate_app.core.event import EventMode

        mode = EventMode(self.settings, lambda: self.store, secrets=self.secrets)
        if mode.config.enabled:
            mode.sync()  # after a crash, the archive stays anonymous before any letter leaves
        return mode

    @cached_property
    def tallies(self) -> Tallies:
        """Letters per member, district, campaign and route (no writer's data)."""
        from advocate_app.core.tallies import Tallies

        return Tallies(self.store)
