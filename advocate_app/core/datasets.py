"""Public datasets, downloaded once and kept: members of Congress, their district offices,
and the ZIP-to-district crosswalk.

Each dataset is a file in the cache folder with a small JSON sidecar (where it came from,
its ETag/Last-Modified, when it was fetched and last checked). Rules:

- A cached copy is always usable offline; it is revalidated (conditional GET) at most once
  per ``revalidate_after_hours``, and a failed revalidation keeps the cached copy.
- A download replaces the file atomically, and only after it parsed: an HTML error page or
  a truncated file never replaces good data.
- With no cached copy, a snapshot baked into a packaged build is used (``bundled_dirs``).
- With nothing at all and no network: ``DataMissing``, a clear message, never a traceback.
- Sources may be ``https://`` URLs, ``file://`` URLs or plain folder/file paths, so an
  organizer can point a laptop at a USB stick.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from advocate_app.core.errors import AdvocateError, BadResponse, DataMissing, ServiceUnavailable
from advocate_app.core.files import atomic_write_bytes, atomic_write_text
from advocate_app.core.messages import CATALOGUE, Message

if TYPE_CHECKING:
    from advocate_app.core.http import HttpClient
    from advocate_app.core.settings import Settings

log = logging.getLogger(__name__)

ZIP_CSV_HEADER = ("state_fips", "state_abbr", "zcta", "cd")
# What each dataset is called inside a sentence ("The ... has not been downloaded yet").
LIST_NAMES = {
    "legislators": "list of members of Congress",
    "district_offices": "list of district offices",
    "zip_crosswalk": "ZIP code table",
}


@dataclass(frozen=True)
class DatasetSource:
    name: str
    url: str
    filename: str
    description: str
    required: bool = True


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    description: str
    url: str
    path: Path | None
    origin: str  # "download", "bundled" or "missing"
    fetched_at: str = ""  # ISO time of the download
    checked_at: str = ""  # ISO time of the last successful check with the source
    last_modified: str = ""  # the server's Last-Modified, if any
    size: int = 0

    @property
    def date(self) -> str:
        """The dataset's own date (YYYY-MM-DD): Last-Modified if the server gave one."""
        if self.last_modified:
            try:
                return parsedate_to_datetime(self.last_modified).date().isoformat()
            except (TypeError, ValueError):
                pass
        return self.fetched_at[:10]

    def age_days(self, now: float | None = None) -> float | None:
        if not self.fetched_at:
            return None
        fetched = datetime.fromisoformat(self.fetched_at).timestamp()
        return ((now or time.time()) - fetched) / 86400


def default_sources(settings: Settings) -> dict[str, DatasetSource]:
    base = settings.get("sources.legislators_url")
    if not base.endswith("/"):
        base += "/"
    return {
        "legislators": DatasetSource(
            "legislators",
            urljoin(base, "legislators-current.json"),
            "legislators-current.json",
            Message("data.legislators"),
        ),
        "district_offices": DatasetSource(
            "district_offices",
            urljoin(base, "legislators-district-offices.json"),
            "legislators-district-offices.json",
            Message("data.district_offices"),
            required=False,
        ),
        "zip_crosswalk": DatasetSource(
            "zip_crosswalk",
            settings.get("sources.zip_crosswalk_url"),
            "zccd.csv",
            Message("data.zip_crosswalk"),
        ),
    }


def _short_name(source: DatasetSource) -> str:
    """ "members of congress" for "Members of Congress (congress-legislators)"."""
    code = f"data.{source.name}_short"
    if code in CATALOGUE:
        return Message(code)
    return str(source.description).split(" (")[0].lower()  # a source added later


def validate_payload(source: DatasetSource, data: bytes) -> None:
    """Refuse anything that is not the dataset we expect, before it replaces a good copy."""
    what = source.description
    if source.filename.endswith(".json"):
        try:
            parsed: Any = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # RecursionError: absurd nesting
            raise BadResponse(
                Message("data.not_valid", name=what),
                detail=type(exc).__name__,
            ) from exc
        if not isinstance(parsed, list) or not parsed or not isinstance(parsed[0], dict):
            raise BadResponse(Message("data.not_that_dataset", name=what))
        return
    try:
        header = next(csv.reader(io.StringIO(data[:4096].decode("utf-8", errors="replace"))))
    except (StopIteration, csv.Error):  # csv.Error: e.g. a stray NUL or CR, not a CSV at all
        header = []
    if tuple(h.strip() for h in header[:4]) != ZIP_CSV_HEADER or data.count(b"\n") < 100:
        raise BadResponse(Message("data.not_that_table", name=what))


def _local_path(url: str) -> Path | None:
    """A filesystem path for ``file://`` URLs and plain paths; None for http(s)."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if parts.scheme in ("",) or (len(parts.scheme) == 1 and url[1:3] in (":\\", ":/")):
        return Path(url)  # a plain path (including a Windows drive letter)
    return None


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DatasetStore:
    def __init__(
        self,
        cache_dir: Path,
        http: HttpClient,
        sources: dict[str, DatasetSource],
        *,
        revalidate_after_hours: float = 24.0,
        bundled_dirs: Iterable[Path] = (),
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.http = http
        self.sources = sources
        self.revalidate_after = revalidate_after_hours * 3600
        self.bundled_dirs = tuple(Path(d) for d in bundled_dirs)

    # --- where things are ---------------------------------------------------------------
    def _cached(self, name: str) -> Path:
        return self.cache_dir / self.sources[name].filename

    def _meta_path(self, name: str) -> Path:
        return self.cache_dir / f"{self.sources[name].filename}.meta.json"

    def _meta(self, name: str) -> dict[str, Any]:
        try:
            meta = json.loads(self._meta_path(name).read_text(encoding="utf-8"))
            return meta if isinstance(meta, dict) else {}
        except (OSError, ValueError, RecursionError):
            return {}

    def _bundled(self, name: str) -> Path | None:
        for folder in self.bundled_dirs:
            candidate = folder / self.sources[name].filename
            if candidate.is_file():
                return candidate
        return None

    # --- the API ------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        """A usable copy of the dataset, downloading or revalidating it when due."""
        cached = self._cached(name)
        if cached.is_file():
            meta = self._meta(name)
            checked = meta.get("checked_epoch", 0)
            same_source = meta.get("url") == self.sources[name].url
            if not same_source or time.time() - float(checked or 0) > self.revalidate_after:
                try:
                    self.refresh(name)
                except AdvocateError as exc:
                    # Offline or the source misbehaves: the saved copy is still good.
                    log.info("keeping cached %s: %s", name, exc.detail or type(exc).__name__)
            # A new release may carry newer data than an old download: use the newer.
            return self.info(name).path or cached
        try:
            self.refresh(name)
            return cached
        except ServiceUnavailable as exc:
            bundled = self._bundled(name)
            if bundled is not None:
                return bundled
            raise DataMissing(
                Message("data.not_downloaded", name=_short_name(self.sources[name])),
                detail=exc.detail or str(exc),
            ) from exc

    def path_if_available(self, name: str) -> Path | None:
        try:
            return self.path(name)
        except DataMissing:
            return None

    def refresh(self, name: str, *, force: bool = False) -> str:
        """Check the source once; returns "updated" or "unchanged". Raises on failure."""
        source = self.sources[name]
        cached = self._cached(name)
        meta = self._meta(name) if cached.is_file() else {}
        if meta.get("url") != source.url:
            meta = {}  # a different source: never trust the old validators
        local = _local_path(source.url)
        if local is not None:
            return self._refresh_from_file(source, local, meta)
        headers = {}
        if not force and meta:
            if meta.get("etag"):
                headers["If-None-Match"] = meta["etag"]
            if meta.get("last_modified"):
                headers["If-Modified-Since"] = meta["last_modified"]
        response = self.http.get(
            source.url, headers=headers, what=Message("data.source", name=source.description)
        )
        if response.status_code == 304 and cached.is_file():
            meta.update(checked_at=_now_iso(), checked_epoch=time.time())
            self._write_meta(name, meta)
            return "unchanged"
        data = response.content
        validate_payload(source, data)
        atomic_write_bytes(cached, data)
        self._write_meta(
            name,
            {
                "url": source.url,
                "etag": response.headers.get("ETag", ""),
                "last_modified": response.headers.get("Last-Modified", ""),
                "fetched_at": _now_iso(),
                "checked_at": _now_iso(),
                "checked_epoch": time.time(),
                "size": len(data),
            },
        )
        return "updated"

    def _refresh_from_file(self, source: DatasetSource, local: Path, meta: dict[str, Any]) -> str:
        candidate = local / source.filename if local.is_dir() else local
        try:
            data = candidate.read_bytes()
            stat = candidate.stat()
        except OSError as exc:
            raise ServiceUnavailable(
                Message("data.unreadable_file", name=source.description, path=candidate),
                detail=type(exc).__name__,
            ) from exc
        mtime = datetime.fromtimestamp(stat.st_mtime, UTC)
        last_modified = mtime.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if meta.get("last_modified") == last_modified and meta.get("size") == len(data):
            meta.update(checked_at=_now_iso(), checked_epoch=time.time())
            self._write_meta(source.name, meta)
            return "unchanged"
        validate_payload(source, data)
        atomic_write_bytes(self._cached(source.name), data)
        self._write_meta(
            source.name,
            {
                "url": source.url,
                "etag": "",
                "last_modified": last_modified,
                "fetched_at": _now_iso(),
                "checked_at": _now_iso(),
                "checked_epoch": time.time(),
                "size": len(data),
            },
        )
        return "updated"

    def _write_meta(self, name: str, meta: dict[str, Any]) -> None:
        atomic_write_text(self._meta_path(name), json.dumps(meta, indent=2, sort_keys=True))

    def update_all(self, *, force: bool = False) -> dict[str, str]:
        """Refresh every dataset; returns name -> "updated" / "unchanged" / the error message."""
        results: dict[str, str] = {}
        for name in self.sources:
            try:
                results[name] = self.refresh(name, force=force)
            except AdvocateError as exc:
                results[name] = Message("data.update_failed", reason=exc.message)
        return results

    def _cached_info(self, name: str) -> DatasetInfo:
        source, cached, meta = self.sources[name], self._cached(name), self._meta(name)
        return DatasetInfo(
            name,
            source.description,
            meta.get("url", source.url),
            cached,
            "download",
            fetched_at=meta.get("fetched_at", ""),
            checked_at=meta.get("checked_at", ""),
            last_modified=meta.get("last_modified", ""),
            size=cached.stat().st_size,
        )

    def _bundled_info(self, name: str, bundled: Path) -> DatasetInfo:
        source = self.sources[name]
        stamp = _read_bundled_stamp(bundled.parent)
        files = stamp.get("files")
        entry = files.get(source.filename, {}) if isinstance(files, dict) else {}
        return DatasetInfo(
            name,
            source.description,
            str(stamp.get("source", "built into this app")),
            bundled,
            "bundled",
            fetched_at=str(stamp.get("taken_at", "")),
            last_modified=str(entry.get("last_modified", "")) if isinstance(entry, dict) else "",
            size=bundled.stat().st_size,
        )

    def info(self, name: str) -> DatasetInfo:
        """What the app uses for ``name`` now: the download, or the snapshot built into it."""
        bundled_path = self._bundled(name)
        bundled = self._bundled_info(name, bundled_path) if bundled_path else None
        if self._cached(name).is_file():
            cached = self._cached_info(name)
            return bundled if bundled and bundled.date > cached.date else cached
        if bundled:
            return bundled
        source = self.sources[name]
        return DatasetInfo(name, source.description, source.url, None, "missing")

    def status(self) -> list[DatasetInfo]:
        return [self.info(name) for name in self.sources]

    def date_of(self, name: str) -> str:
        return self.info(name).date

    def clear(self) -> None:
        """Forget every downloaded dataset (part of "delete my data")."""
        if self.cache_dir.is_dir():
            shutil.rmtree(self.cache_dir)


def _read_bundled_stamp(folder: Path) -> dict[str, Any]:
    """A packaged build writes ``SNAPSHOT.json`` beside its datasets: ``source``,
    ``taken_at`` and ``files`` {filename: {last_modified, ...}} (packaging/snapshot.py)."""
    try:
        stamp = json.loads((folder / "SNAPSHOT.json").read_text(encoding="utf-8"))
        return stamp if isinstance(stamp, dict) else {}
    except (OSError, ValueError):
        return {}
