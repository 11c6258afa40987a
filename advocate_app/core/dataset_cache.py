"""The copies of the public datasets in the cache folder, and what the app uses now.

``DatasetCache`` knows where each dataset's copy is (a file in the cache folder with a small
JSON sidecar: where it came from, its ETag/Last-Modified, when it was fetched and checked),
which copy is in use (a download, or the snapshot baked into a packaged build, whichever is
newer), its date and the congress it describes. It also moves data between laptops:
``import_folder`` takes every dataset found in a folder (``advocate data update --from``) and
``export_folder`` writes the data in use to one. It never touches the network: fetching and
revalidating are ``datasets.DatasetStore``'s, built on this class.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.committees import congress_of_date
from advocate_app.core.dataset_sources import (
    SNAPSHOT_STAMP,
    DatasetInfo,
    DatasetSource,
    congress_of_payload,
    file_meta,
    find_dataset_file,
    now_iso,
    read_dataset_file,
    read_snapshot_stamp,
    validate_payload,
)
from advocate_app.core.errors import AdvocateError, DataMissing, InputProblem
from advocate_app.core.files import atomic_write_bytes, atomic_write_text
from advocate_app.core.lookup.derived import read_dataset_bytes
from advocate_app.core.lookup.zipcodes import table_format
from advocate_app.core.messages import Message

if TYPE_CHECKING:
    from advocate_app.core.http import HttpClient


class DatasetCache:
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

    def _write_meta(self, name: str, meta: dict[str, Any]) -> None:
        atomic_write_text(self._meta_path(name), json.dumps(meta, indent=2, sort_keys=True))

    # --- a folder of data: a USB stick, another laptop's export --------------------------
    def import_folder(self, folder: Path) -> dict[str, str]:
        """Take every dataset found in ``folder`` (or one level below it); returns name ->
        "updated" / "unchanged" / "not in the folder" / "failed: why". Never the network.

        The copies count as checked now: the configured sources are not asked again before
        the next revalidation is due."""
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise InputProblem(Message("data.not_a_folder", folder=str(folder)))
        stamp = read_snapshot_stamp(folder)
        entries = stamp.get("files") if isinstance(stamp.get("files"), dict) else {}
        results: dict[str, str] = {}
        for name, source in self.sources.items():
            found = find_dataset_file(folder, source, depth=2)
            if found is None:
                results[name] = "not in the folder"
                continue
            try:
                data = read_dataset_file(source, found)  # bounded, even a .gz
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
                name, {**file_meta(source, url, last_modified, data, congress), "imported": True}
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
        stamp = {"source": "advocate data export", "taken_at": now_iso(), "files": files}
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
        stamp = read_snapshot_stamp(bundled.parent)
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
        if self.sources[name].shape == "committees":
            return congress_of_date(info.date)  # the roster does not say: the congress of its date
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
