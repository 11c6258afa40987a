"""Typed settings in a JSON file, with environment overrides.

- Defaults are merged under what the file holds, so a new setting needs no migration.
- A value of the wrong type in the file is ignored (the default is used) rather than
  crashing the app on a hand-edited file.
- A file that is not valid JSON is kept aside as ``settings.json.corrupt-<time>`` and the
  app starts with defaults; ``recovered_from`` tells the caller so it can tell the person.
- Writes are atomic (temporary file + ``os.replace``), so a crash never leaves half a file;
  a full disk or read-only folder is ``SettingsNotSaved`` with a plain message.
- Secrets never live here: passwords and API keys go to the OS keyring (core/secrets.py).
"""

from __future__ import annotations

import copy
import json
import logging
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from advocate_app.core.errors import AdvocateError
from advocate_app.core.files import atomic_write_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 4_000_000  # a real settings file is a few KB; past this it is damage

DEFAULTS: dict[str, Any] = {
    "sources.census_url": "https://geocoding.geo.census.gov/geocoder",
    # congress -> Census vintage that carries that congress's district layer. A congress
    # missing here falls back to "Current_Current" (and the answer is checked).
    "sources.census_vintages": {"119": "ACS2025_Current", "120": "ACS2026_Current"},
    "sources.census_benchmark": "Public_AR_Current",
    "sources.legislators_url": "https://unitedstates.github.io/congress-legislators/",
    # One ZIP-table address (a web address, file or folder) replaces the lists below; its
    # congress is ``sources.zip_crosswalk_congress`` unless the file says (Census header).
    "sources.zip_crosswalk_url": "",
    # The district map of a zccd.csv named above (2020 ZCTAs, 119th map).
    "sources.zip_crosswalk_congress": 119,
    # congress -> ZIP-table addresses tried in order (core/datasets.py): the Census
    # ZCTA-to-district relationship file (DOMAIN.md section 1), then zccd.csv.
    "sources.zip_tables": {
        "119": [
            "https://www2.census.gov/geo/docs/maps-data/data/rel2020/cd-sld/"
            "tab20_cd11920_zcta520_natl.txt",
            "https://raw.githubusercontent.com/OpenSourceActivismTech/us-zipcodes-congress/"
            "master/zccd.csv",
        ],
        "120": [
            "https://www2.census.gov/geo/docs/maps-data/data/rel2020/cd-sld/"
            "tab20_cd12020_zcta520_natl.txt",
        ],
    },
    "sources.congress_api_url": "https://api.congress.gov/v3",
    "bills.cache_hours": 6.0,  # how long a bill's cosponsor list is reused (DEMO_KEY: 30 req/h)
    "network.timeout_seconds": 15.0,
    "data.revalidate_after_hours": 24.0,
    "identity.name": "",
    "identity.street": "",
    "identity.city": "",
    "identity.state": "",
    "identity.zip": "",
    "identity.email": "",
    "identity.phone": "",
    "smtp.host": "",
    "smtp.port": 587,
    "smtp.security": "starttls",
    "smtp.user": "",
    "smtp.from": "",
    "smtp.allow_plain_loopback": False,
    "organizer.email": "",
    "export.folder": "",
    "export.paper_size": "letter",
    "ui.language": "",
    "ui.geometry": "",
    "campaign.default": "stop-csam-2025",
    # Event mode (a shared laptop at a letter-writing event): no drafts are kept on disk.
    "event.enabled": False,
    # The rest of event mode (core/event.py): the organizer's PIN only as a salted hash.
    "event.name": "",
    "event.pin_hash": "",
    "event.idle_minutes": 3.0,
    "event.routes": "print",  # comma-separated: print, pdf, email_organizer, contact_form
    "event.collection_email": "",
    "event.pdf_folder": "",  # "" = a temporary folder wiped after each participant
    "event.started_at": "",
    "event.campaign": "",  # the campaign every participant writes for ("" = the default one)
    "event.points": "",  # comma-separated talking point numbers offered ("" = all of them)
}

# Environment variables win over the file (documented in the README).
ENV_OVERRIDES: dict[str, str] = {
    "ADVOCATE_CENSUS_URL": "sources.census_url",
    "ADVOCATE_LEGISLATORS_URL": "sources.legislators_url",
    "ADVOCATE_ZIP_CROSSWALK_URL": "sources.zip_crosswalk_url",
    "ADVOCATE_CONGRESS_API_URL": "sources.congress_api_url",
    "ADVOCATE_SMTP_HOST": "smtp.host",
    "ADVOCATE_SMTP_PORT": "smtp.port",
    "ADVOCATE_SMTP_SECURITY": "smtp.security",
    "ADVOCATE_SMTP_USER": "smtp.user",
    "ADVOCATE_SMTP_FROM": "smtp.from",
}


def _coerce(value: Any, like: Any) -> Any:
    """Convert an environment string (or a file value) to the type of the default."""
    if isinstance(like, bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "on"}:
            return True
        if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ValueError(f"not a yes/no value: {value!r}")
    if isinstance(like, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(like, float) and not isinstance(value, bool):
        return float(value)
    if isinstance(like, str) and isinstance(value, str):
        return value
    if isinstance(like, dict) and isinstance(value, dict):
        return value
    raise ValueError(f"expected {type(like).__name__}, got {type(value).__name__}")


class Settings:
    def __init__(
        self,
        path: Path | None,
        values: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        recovered_from: Path | None = None,
    ) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})
        self._env = dict(os.environ if env is None else env)
        self.recovered_from = recovered_from

    @classmethod
    def load(cls, path: Path, env: Mapping[str, str] | None = None) -> Settings:
        recovered: Path | None = None
        values: dict[str, Any] = {}
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raw = None
        except OSError as exc:  # unreadable: start with defaults, keep the file as it is
            log.warning("settings file unreadable (%s); using defaults", type(exc).__name__)
            raw = None
        if raw is not None:
            try:  # not UTF-8 is damage like any other (UnicodeDecodeError is a ValueError)
                if len(raw) > MAX_FILE_BYTES:
                    raise ValueError("settings file is far too large")
                data = json.loads(raw.decode("utf-8"))
                if not isinstance(data, dict) or not isinstance(data.get("values", {}), dict):
                    raise ValueError("settings file is not an object")
                values = dict(data.get("values", {}))
            except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
                recovered = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
                try:
                    os.replace(path, recovered)
                except OSError:
                    recovered = None
                log.warning("settings file was corrupt; kept aside, starting with defaults")
        return cls(path, values, env, recovered)

    def get(self, key: str) -> Any:
        """The value in force: environment, then file, then default."""
        default = DEFAULTS[key]
        for env_name, setting in ENV_OVERRIDES.items():
            if setting == key and self._env.get(env_name, "") != "":
                try:
                    return _coerce(self._env[env_name], default)
                except ValueError:
                    log.warning("ignoring %s: wrong type", env_name)
        if key in self._values:
            try:
                return _coerce(self._values[key], default)
            except (ValueError, TypeError):
                log.warning("ignoring setting %s in the file: wrong type", key)
        return copy.deepcopy(default)

    def stored(self, key: str) -> Any:
        """The value from the file or default, ignoring the environment (for the editor)."""
        return self._values.get(key, copy.deepcopy(DEFAULTS[key]))

    def overridden_by_env(self, key: str) -> str | None:
        for env_name, setting in ENV_OVERRIDES.items():
            if setting == key and self._env.get(env_name, "") != "":
                return env_name
        return None

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._values[key] = _coerce(value, DEFAULTS[key])

    def save(self) -> None:
        """Write the file atomically; ``SettingsNotSaved`` (an ``OSError`` too) when the disk
        is full or the folder read-only: the old file stays whole, the values stay here."""
        if self.path is None:
            return
        payload = json.dumps(
            {"schema": SCHEMA_VERSION, "values": self._values}, indent=2, sort_keys=True
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, payload + "\n")
        except OSError as exc:
            raise SettingsNotSaved(
                f"Advocate could not save its settings in {self.path.parent} "
                f"({exc.strerror or type(exc).__name__}). Free some disk space or check that "
                "the folder can be written; your changes apply until Advocate is closed.",
                detail=type(exc).__name__,
            ) from exc


class SettingsNotSaved(AdvocateError, OSError):
    """The settings file could not be written. Also an ``OSError``, so callers that handle
    the raw error (the window) keep working, while its message is one a person can act on."""
