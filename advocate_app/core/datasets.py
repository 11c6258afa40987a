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
  organizer can point a laptop at a USB stick; a local source never touches the network.
- A source may list several addresses, tried in order (the ZIP table: the Census
  relationship file for this congress, then older congresses' tables). A wrong or missing
  file moves on to the next; a connection failure stops: offline means offline, and no
  further source is tried in that command (``HttpClient.offline``).
- A source whose configured address changed is fetched at the next use, whatever the date
  of the last check; otherwise the source is asked at most once per
  ``revalidate_after_hours``, even when the last try failed.
- ``import_folder`` takes every dataset found in a folder (``advocate data update --from``)
  and ``export_folder`` writes the data in use to one, for the next laptop.
- Each dataset records the congress it describes (the member data's, the ZIP table's map).
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from advocate_app.core.errors import (
    AdvocateError,
    BadResponse,
    DataMissing,
    InputProblem,
    ServiceUnavailable,
    Unreachable,
)
from advocate_app.core.files import atomic_write_bytes, atomic_write_text
from advocate_app.core.lookup.derived import read_dataset_bytes
from advocate_app.core.lookup.legislators import congress_for_year
from advocate_app.core.lookup.zipcodes import table_format
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
# The Census ZCTA-to-district relationship file for a congress (DOMAIN.md section 1).
CENSUS_ZIP_TABLE_URL = "https://www2.census.gov/geo/docs/maps-data/data/rel2020/cd-sld/tab20_cd{congress}20_zcta520_natl.txt"
CENSUS_ZIP_TABLE_GLOB = "tab20_cd*20_zcta520_natl.txt"
SNAPSHOT_STAMP = "SNAPSHOT.json"
MB = 1024 * 1024
# Largest download accepted per dataset (today: about 1.1 MB, 0.3 MB and 1 MB), counted after
# decompression while it streams in; anything bigger is refused and the saved copy kept.
MAX_BYTES = {"legislators": 20 * MB, "district_offices": 5 * MB, "zip_crosswalk": 20 * MB}


@dataclass(frozen=True)
class DatasetSource:
    name: str
    url: str
    filename: str
    description: str
    required: bool = True
    # Further addresses tried in order when ``url`` is missing or holds the wrong file.
    alternatives: tuple[str, ...] = ()
    # (address, congress) for files that do not say which congress's map they hold (zccd.csv).
    congress_hints: tuple[tuple[str, int], ...] = ()
    # Other names the file may have in a folder (glob patterns), tried before ``filename``.
    folder_names: tuple[str, ...] = ()

    @property
    def urls(self) -> tuple[str, ...]:
        return (self.url, *self.alternatives)

    def hinted_congress(self, url: str) -> int | None:
        return dict(self.congress_hints).get(url)


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
    congress: int | None = None  # the congress the data describes (members, ZIP map)

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


def zip_table_urls(
    settings: Settings, today: date | None = None
) -> tuple[list[str], dict[str, int]]:
    """The ZIP table's addresses in the order to try them, and the congress of those that
    do not say (zccd.csv). A ZIP-table address set in the settings or the environment
    (``ADVOCATE_ZIP_CROSSWALK_URL``) is the only one; otherwise the per-congress lists in
    ``sources.zip_tables``, from today's congress back to the oldest (an older map is better
    than none: the finder then applies the mismatch rule)."""
    explicit = str(settings.get("sources.zip_crosswalk_url") or "").strip()
    hint = int(settings.get("sources.zip_crosswalk_congress"))
    if explicit:
        return [explicit], {explicit: hint}
    tables = settings.get("sources.zip_tables")
    current = congress_for_year((today or date.today()).year)
    urls: list[str] = []
    hints: dict[str, int] = {}
    for key in sorted((k for k in tables if str(k).isdigit()), key=int, reverse=True):
        congress = int(key)
        if congress > current:
            continue  # a map for a congress not yet seated
        for url in tables[key]:
            url = str(url).format(congress=congress)
            if url and url not in urls:
                urls.append(url)
                hints[url] = congress
    if not urls:
        fallback = CENSUS_ZIP_TABLE_URL.format(congress=current)
        urls, hints = [fallback], {fallback: current}
    return urls, hints


def default_sources(settings: Settings, today: date | None = None) -> dict[str, DatasetSource]:
    """The datasets and where they come from; ``today`` decides which congress's ZIP table
    is tried first (a fixed date in tests)."""
    base = settings.get("sources.legislators_url")
    if not base.endswith("/"):
        base += "/"
    zip_urls, zip_hints = zip_table_urls(settings, today)
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
            zip_urls[0],
            "zccd.csv",
            Message("data.zip_crosswalk"),
            alternatives=tuple(zip_urls[1:]),
            congress_hints=tuple(sorted(zip_hints.items())),
            folder_names=(CENSUS_ZIP_TABLE_GLOB,),
        ),
    }


def _file_meta(
    source: DatasetSource, url: str, last_modified: str, data: bytes, congress: int | None
) -> dict[str, Any]:
    """What is kept beside a copy taken from a file or folder (no ETag: the file's date)."""
    now = _now_iso()
    return {
        "url": url, "configured": list(source.urls), "etag": "", "last_modified": last_modified,
        "fetched_at": now, "checked_at": now, "checked_epoch": time.time(), "size": len(data),
        "congress": congress,
    }  # fmt: skip


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
    kind, _congress = table_format(data[:4096].decode("utf-8", errors="replace"))
    if not kind or data.count(b"\n") < 100:
        raise BadResponse(Message("data.not_that_table", name=what))


def congress_of_payload(source: DatasetSource, data: bytes, url: str = "") -> int | None:
    """Which congress a (valid) dataset describes: the ZIP table's header or the address's
    hint; the member data's House terms; None when it cannot tell."""
    if source.filename.endswith(".json"):
        if source.name != "legislators":
            return None
        from advocate_app.core.lookup.legislators import LegislatorIndex

        try:
            return LegislatorIndex.from_records(json.loads(data.decode("utf-8"))).congress
        except (AdvocateError, ValueError, RecursionError, TypeError):
            return None
    _kind, congress = table_format(data[:4096].decode("utf-8", errors="replace"))
    return congress or source.hinted_congress(url)


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
        index_dir: Path | None = None,
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.http = http
        self.sources = sources
        self.revalidate_after = revalidate_after_hours * 3600
        self.bundled_dirs = tuple(Path(d) for d in bundled_dirs)
        self.index_dir = Path(index_dir) if index_dir else self.cache_dir / "indexes"
        self._congress_memo: dict[tuple[str, int, int], int | None] = {}

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
        filename = self.sources[name].filename
        for folder in self.bundled_dirs:
            for candidate in (folder / filename, folder / f"{filename}.gz"):
                if candidate.is_file():
                    return candidate
        return None

    def _configured_changed(self, name: str, meta: dict[str, Any]) -> bool:
        """The person pointed this dataset at other addresses since the copy was made."""
        configured = meta.get("configured")
        if not isinstance(configured, list):
            configured = [meta.get("url")]
        return configured != list(self.sources[name].urls)

    # --- the API ------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        """A usable copy of the dataset, downloading or revalidating it when due."""
        cached = self._cached(name)
        meta = self._meta(name)
        if cached.is_file():
            due = time.time() - float(meta.get("checked_epoch") or 0) > self.revalidate_after
            if (self._configured_changed(name, meta) or due) and not self._tried_today(name, meta):
                try:
                    self.refresh(name)
                except AdvocateError as exc:
                    # Offline or the source misbehaves: the saved copy is still good, and
                    # the source is not asked again before the next revalidation is due.
                    log.info("keeping cached %s: %s", name, exc.detail or type(exc).__name__)
                    self._note_failed_try(name)
            # A new release may carry newer data than an old download: use the newer.
            return self.info(name).path or cached
        bundled = self._bundled(name)
        if bundled is not None and self._tried_today(name, meta):
            return bundled  # the built-in snapshot, until the next daily try
        try:
            self.refresh(name)
            return cached
        except ServiceUnavailable as exc:
            if bundled is not None:
                self._note_failed_try(name)
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

    def _tried_today(self, name: str, meta: dict[str, Any]) -> bool:
        """A failed try counts as the day's check, for the addresses it tried."""
        return (
            meta.get("tried_for") == list(self.sources[name].urls)
            and time.time() - float(meta.get("tried_epoch") or 0) <= self.revalidate_after
        )

    def _note_failed_try(self, name: str) -> None:
        meta = self._meta(name)
        meta.update(tried_epoch=time.time(), tried_for=list(self.sources[name].urls))
        try:
            self._write_meta(name, meta)
        except OSError:
            pass

    def refresh(self, name: str, *, force: bool = False) -> str:
        """Check the source once; returns "updated" or "unchanged". Raises on failure.

        The source's addresses are tried in order: a missing or wrong file moves on to the
        next; a connection failure ends the attempt (offline: nothing else will answer)."""
        source = self.sources[name]
        cached = self._cached(name)
        meta = self._meta(name) if cached.is_file() else {}
        failures: list[AdvocateError] = []
        for url in source.urls:
            try:
                return self._refresh_from(source, url, meta, force=force)
            except Unreachable:
                raise
            except AdvocateError as exc:
                log.info("%s: %s did not give the data (%s)", name, url, exc.detail or exc)
                failures.append(exc)
        if len(failures) == 1:
            raise failures[0]
        first = failures[0]
        raise ServiceUnavailable(
            Message(
                "data.all_sources_failed", count=len(failures), name=source.description, first=first
            ),
            detail="; ".join(f.detail or type(f).__name__ for f in failures),
        )

    def _refresh_from(
        self, source: DatasetSource, url: str, meta: dict[str, Any], *, force: bool
    ) -> str:
        name = source.name
        cached = self._cached(name)
        same = meta.get("url") == url
        local = _local_path(url)
        if local is not None:
            return self._refresh_from_file(source, url, local, meta if same else {})
        headers = {}
        if not force and same:
            if meta.get("etag"):
                headers["If-None-Match"] = meta["etag"]
            if meta.get("last_modified"):
                headers["If-Modified-Since"] = meta["last_modified"]
        response = self.http.get(
            url,
            headers=headers,
            what=Message("data.source", name=source.description),
            max_bytes=MAX_BYTES.get(source.name, 20 * MB),
        )
        if response.status_code == 304 and cached.is_file() and same:
            meta.update(
                checked_at=_now_iso(), checked_epoch=time.time(), configured=list(source.urls)
            )
            meta.pop("tried_epoch", None)
            meta.pop("tried_for", None)
            self._write_meta(name, meta)
            return "unchanged"
        data = response.content
        validate_payload(source, data)
        atomic_write_bytes(cached, data)
        self._write_meta(
            name,
            {
                "url": url,
                "configured": list(source.urls),
                "etag": response.headers.get("ETag", ""),
                "last_modified": response.headers.get("Last-Modified", ""),
                "fetched_at": _now_iso(),
                "checked_at": _now_iso(),
                "checked_epoch": time.time(),
                "size": len(data),
                "congress": congress_of_payload(source, data, url),
            },
        )
        return "updated"

    def _refresh_from_file(
        self, source: DatasetSource, url: str, local: Path, meta: dict[str, Any]
    ) -> str:
        candidate = find_dataset_file(local, source, depth=0) if local.is_dir() else local
        limit = MAX_BYTES.get(source.name, 20 * MB)
        try:
            if candidate is None:
                raise FileNotFoundError(source.filename)
            stat = candidate.stat()
            data = read_dataset_bytes(candidate, max_bytes=limit)  # bounded, even a .gz
        except (OSError, ValueError) as exc:
            raise ServiceUnavailable(
                Message("data.unreadable_file", name=source.description, path=candidate or local),
                detail=type(exc).__name__,
            ) from exc
        if len(data) > limit:
            raise BadResponse(
                Message("data.file_too_large", name=source.description, megabytes=limit // MB)
            )
        mtime = datetime.fromtimestamp(stat.st_mtime, UTC)
        last_modified = mtime.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if meta.get("last_modified") == last_modified and meta.get("size") == len(data):
            meta.update(
                checked_at=_now_iso(), checked_epoch=time.time(), configured=list(source.urls)
            )
            meta.pop("tried_epoch", None)
            meta.pop("tried_for", None)
            self._write_meta(source.name, meta)
            return "unchanged"
        validate_payload(source, data)
        atomic_write_bytes(self._cached(source.name), data)
        self._write_meta(
            source.name,
            _file_meta(source, url, last_modified, data, congress_of_payload(source, data, url)),
        )
        return "updated"

    def _write_meta(self, name: str, meta: dict[str, Any]) -> None:
        atomic_write_text(self._meta_path(name), json.dumps(meta, indent=2, sort_keys=True))

    def update_all(self, *, force: bool = False) -> dict[str, str]:
        """Refresh every dataset; returns name -> "updated" / "unchanged" / the error message.
        After a connection failure the others fail at once (offline means offline), except
        those whose source is a folder or a file."""
        results: dict[str, str] = {}
        for name in self.sources:
            try:
                results[name] = self.refresh(name, force=force)
            except AdvocateError as exc:
                results[name] = Message("data.update_failed", reason=exc.message)
        return results

    # --- a folder of data: a USB stick, another laptop's export --------------------------
    def import_folder(self, folder: Path) -> dict[str, str]:
        """Take every dataset found in ``folder`` (or one level below it); returns name ->
        "updated" / "unchanged" / "not in the folder" / "failed: why". Never the network.

        The copies count as checked now: the configured sources are not asked again before
        the next revalidation is due."""
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise InputProblem(Message("data.not_a_folder", folder=str(folder)))
        stamp = _read_bundled_stamp(folder)
        entries = stamp.get("files") if isinstance(stamp.get("files"), dict) else {}
        results: dict[str, str] = {}
        for name, source in self.sources.items():
            found = find_dataset_file(folder, source, depth=2)
            if found is None:
                results[name] = "not in the folder"
                continue
            try:
                data = read_dataset_bytes(found)
                validate_payload(source, data)
            except (OSError, ValueError) as exc:
                results[name] = f"failed: could not read {found.name} ({type(exc).__name__})"
                continue
            except AdvocateError as exc:
                results[name] = f"failed: {found.name}: {exc}"
                continue
            entry = entries.get(found.name) or entries.get(source.filename) or {}
            entry = entry if isinstance(entry, dict) else {}
            mtime = datetime.fromtimestamp(found.stat().st_mtime, UTC)
            last_modified = str(
                entry.get("last_modified") or mtime.strftime("%a, %d %b %Y %H:%M:%S GMT")
            )
            congress = congress_of_payload(source, data, "")
            if congress is None and isinstance(entry.get("congress"), int):
                congress = entry["congress"]
            if congress is None and not source.filename.endswith(".json"):
                congress = (
                    source.hinted_congress(source.urls[-1]) if source.congress_hints else None
                )
            cached = self._cached(name)
            if cached.is_file() and cached.read_bytes() == data:
                results[name] = "unchanged"
            else:
                atomic_write_bytes(cached, data)
                results[name] = "updated"
            url = found.resolve().as_uri()
            self._write_meta(
                name, {**_file_meta(source, url, last_modified, data, congress), "imported": True}
            )
        if all(r == "not in the folder" for r in results.values()):
            names = ", ".join(s.filename for s in self.sources.values())
            raise InputProblem(Message("data.none_in_folder", folder=str(folder), names=names))
        return results

    def export_folder(self, folder: Path) -> list[Path]:
        """Write the data in use to ``folder`` (plain files plus ``SNAPSHOT.json`` with their
        dates and congresses), for ``data update --from`` on the next laptop."""
        folder = Path(folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        files: dict[str, dict[str, Any]] = {}
        for name, source in self.sources.items():
            info = self.info(name)
            if info.path is None:
                continue
            data = read_dataset_bytes(info.path)
            target = folder / source.filename
            atomic_write_bytes(target, data)
            written.append(target)
            files[source.filename] = {
                "size": len(data),
                "last_modified": info.last_modified,
                "url": info.url,
                "congress": info.congress,
                "taken_at": info.fetched_at,
            }
        if not written:
            raise DataMissing(Message("data.nothing_to_export"))
        stamp = {"source": "advocate data export", "taken_at": _now_iso(), "files": files}
        atomic_write_text(folder / SNAPSHOT_STAMP, json.dumps(stamp, indent=2) + "\n")
        return written

    # --- what is in use -----------------------------------------------------------------
    def _cached_info(self, name: str) -> DatasetInfo:
        source, cached, meta = self.sources[name], self._cached(name), self._meta(name)
        congress = meta.get("congress")
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
            congress=congress if isinstance(congress, int) else None,
        )

    def _bundled_info(self, name: str, bundled: Path) -> DatasetInfo:
        source = self.sources[name]
        stamp = _read_bundled_stamp(bundled.parent)
        files = stamp.get("files")
        entry = files.get(source.filename, {}) if isinstance(files, dict) else {}
        entry = entry if isinstance(entry, dict) else {}
        congress = entry.get("congress")
        return DatasetInfo(
            name,
            source.description,
            str(stamp.get("source", "built into this app")),
            bundled,
            "bundled",
            fetched_at=str(stamp.get("taken_at", "")),
            last_modified=str(entry.get("last_modified", "")),
            size=bundled.stat().st_size,
            congress=congress if isinstance(congress, int) else None,
        )

    def info(self, name: str) -> DatasetInfo:
        """What the app uses for ``name`` now: the download, or the snapshot built into it."""
        bundled_path = self._bundled(name)
        bundled = self._bundled_info(name, bundled_path) if bundled_path else None
        if self._cached(name).is_file():
            cached = self._cached_info(name)
            chosen = bundled if bundled and bundled.date > cached.date else cached
        elif bundled:
            chosen = bundled
        else:
            source = self.sources[name]
            return DatasetInfo(name, source.description, source.url, None, "missing")
        if chosen.congress is None:
            chosen = replace(chosen, congress=self._congress_of_file(name, chosen))
        return chosen

    def _congress_of_file(self, name: str, info: DatasetInfo) -> int | None:
        """The congress of a copy whose record does not say (an older download, a snapshot
        from packaging/snapshot.py): read from the file itself, once per version."""
        if name == "district_offices" and "legislators" in self.sources:
            return self.info("legislators").congress  # the offices follow the member list
        path = info.path
        if path is None:
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key not in self._congress_memo:
            self._congress_memo[key] = self._read_congress(name, path)
        return self._congress_memo[key]

    def _read_congress(self, name: str, path: Path) -> int | None:
        source = self.sources[name]
        try:
            if name == "legislators":
                from advocate_app.core.lookup.legislators import LegislatorIndex

                return LegislatorIndex.load(path, index_dir=self.index_dir).congress
            if source.filename.endswith(".json"):
                return None
            head = (
                read_dataset_bytes(path)[:4096]
                if path.suffix == ".gz"
                else path.open("rb").read(4096)
            )
        except (AdvocateError, OSError, ValueError):
            return None
        _kind, congress = table_format(head.decode("utf-8", errors="replace"))
        if congress:
            return congress
        # zccd.csv says nothing: the congress given with an address of that name, if any.
        for url in source.urls:
            if url.rstrip("/").rsplit("/", 1)[-1] == source.filename and source.hinted_congress(
                url
            ):
                return source.hinted_congress(url)
        return source.hinted_congress(source.urls[-1])

    def status(self) -> list[DatasetInfo]:
        return [self.info(name) for name in self.sources]

    def date_of(self, name: str) -> str:
        return self.info(name).date

    def clear(self) -> None:
        """Forget every downloaded dataset (part of "delete my data")."""
        if self.cache_dir.is_dir():
            shutil.rmtree(self.cache_dir)


def find_dataset_file(folder: Path, source: DatasetSource, *, depth: int = 2) -> Path | None:
    """The file for ``source`` in ``folder`` or up to ``depth`` levels below it: its other
    names first (the newest congress's Census table), then its own name, plain or ``.gz``."""
    levels, frontier = [folder], [folder]
    for _ in range(depth):
        frontier = [sub for level in frontier for sub in _subfolders(level)]
        levels += frontier
    patterns = [*source.folder_names, source.filename, f"{source.filename}.gz"]
    for pattern in patterns:
        for level in levels:
            try:
                found = sorted((p for p in level.glob(pattern) if p.is_file()), reverse=True)
            except OSError:
                continue
            if found:
                return found[0]
    return None


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []


def _read_bundled_stamp(folder: Path) -> dict[str, Any]:
    """A packaged build writes ``SNAPSHOT.json`` beside its datasets: ``source``,
    ``taken_at`` and ``files`` {filename: {last_modified, congress, ...}}
    (packaging/snapshot.py, setup.py, ``export_folder``)."""
    try:
        stamp = json.loads((folder / SNAPSHOT_STAMP).read_text(encoding="utf-8"))
        return stamp if isinstance(stamp, dict) else {}
    except (OSError, ValueError):
        return {}
