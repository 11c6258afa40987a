"""The catalogue of public datasets: which files, from where, and what a good copy looks like.

Each ``DatasetSource`` names a dataset (members of Congress, their district offices, the
ZIP-to-district table, committee membership), its addresses in the order to try them, and
its file name. ``validate_payload`` refuses anything that is not that dataset (a web error
page, a truncated file, another file of the same name) before it replaces a good copy, and
``congress_of_payload`` tells which congress a copy describes. ``find_dataset_file`` finds a
dataset in a folder (a USB stick, a packaged snapshot). Fetching, caching and revalidating
are ``datasets.py``'s; the copies in the cache folder are ``dataset_cache.py``'s.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from advocate_app.core.committees import roster_problem
from advocate_app.core.errors import AdvocateError, BadResponse
from advocate_app.core.lookup.derived import read_dataset_bytes
from advocate_app.core.lookup.legislators import congress_for_year
from advocate_app.core.lookup.zipcodes import table_format
from advocate_app.core.messages import CATALOGUE, Message

if TYPE_CHECKING:
    from advocate_app.core.settings import Settings

# The Census ZCTA-to-district relationship file for a congress (DOMAIN.md section 1).
CENSUS_ZIP_TABLE_URL = "https://www2.census.gov/geo/docs/maps-data/data/rel2020/cd-sld/tab20_cd{congress}20_zcta520_natl.txt"
CENSUS_ZIP_TABLE_GLOB = "tab20_cd*20_zcta520_natl.txt"
SNAPSHOT_STAMP = "SNAPSHOT.json"
MB = 1024 * 1024
# Largest download accepted per dataset (today: about 1.1 MB, 0.3 MB and 1 MB), counted after
# decompression while it streams in; anything bigger is refused and the saved copy kept.
MAX_BYTES = {
    "legislators": 20 * MB,
    "district_offices": 5 * MB,
    "zip_crosswalk": 20 * MB,
    "committee_membership": 5 * MB,  # about 0.35 MB
}


def size_limit(name: str) -> int:
    """The most bytes accepted for dataset ``name``, downloaded or read from a file."""
    return MAX_BYTES.get(name, 20 * MB)


def read_dataset_file(source: DatasetSource, path: Path) -> bytes:
    """A dataset's file (decompressed when ``.gz``), read no further than its size limit
    (so a small ``.gz`` cannot inflate without bound); BadResponse when it is larger.
    OSError and ValueError (an unreadable or damaged file) are the caller's to word."""
    limit = size_limit(source.name)
    data = read_dataset_bytes(path, max_bytes=limit)
    if len(data) > limit:
        raise BadResponse(
            Message("data.file_too_large", name=source.description, megabytes=limit // MB)
        )
    return data


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
    # What a JSON file holds: "records" (a list of people) or "committees" (a roster).
    shape: str = "records"

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
        # Who sits on which committee (core/committees.py): letters acknowledge a seat on
        # the committee a campaign names; without it they simply do not.
        "committee_membership": DatasetSource(
            "committee_membership",
            urljoin(base, "committee-membership-current.json"),
            "committee-membership-current.json",
            Message("data.committee_membership"),
            required=False,
            shape="committees",
        ),
    }


def file_meta(
    source: DatasetSource, url: str, last_modified: str, data: bytes, congress: int | None
) -> dict[str, Any]:
    """What is kept beside a copy taken from a file or folder (no ETag: the file's date)."""
    now = now_iso()
    return {
        "url": url, "configured": list(source.urls), "etag": "", "last_modified": last_modified,
        "fetched_at": now, "checked_at": now, "checked_epoch": time.time(), "size": len(data),
        "congress": congress,
    }  # fmt: skip


def short_name(source: DatasetSource) -> str:
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
        if source.shape == "committees":
            problem = roster_problem(parsed)
            if problem:
                raise BadResponse(Message("data.not_committee_data", name=what), detail=problem)
            return
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


def local_path(url: str) -> Path | None:
    """A filesystem path for ``file://`` URLs and plain paths; None for http(s)."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if parts.scheme in ("",) or (len(parts.scheme) == 1 and url[1:3] in (":\\", ":/")):
        return Path(url)  # a plain path (including a Windows drive letter)
    return None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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


def read_snapshot_stamp(folder: Path) -> dict[str, Any]:
    """A packaged build writes ``SNAPSHOT.json`` beside its datasets: ``source``,
    ``taken_at`` and ``files`` {filename: {last_modified, congress, ...}}
    (packaging/snapshot.py, setup.py, ``export_folder``)."""
    try:
        stamp = json.loads((folder / SNAPSHOT_STAMP).read_text(encoding="utf-8"))
        return stamp if isinstance(stamp, dict) else {}
    except (OSError, ValueError):
        return {}
