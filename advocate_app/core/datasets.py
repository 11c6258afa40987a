"""Public datasets, downloaded once and kept: members of Congress, their district offices,
the ZIP-to-district crosswalk and committee membership (``dataset_sources.py`` lists them).

``DatasetStore`` fetches and revalidates the copies that ``DatasetCache`` keeps. Rules:

- A cached copy is always usable offline; it is revalidated (conditional GET) at most once
  per ``revalidate_after_hours``, and a failed revalidation keeps the cached copy.
- A download is bounded in size (``MAX_BYTES``, counted while it streams in) and time (the
  HTTP client's timeouts); it replaces the file atomically, and only after it parsed: an HTML
  error page, a truncated file or absurdly nested JSON never replaces good data.
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
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from advocate_app.core.dataset_cache import DatasetCache
from advocate_app.core.dataset_sources import (
    DatasetSource,
    congress_of_payload,
    file_meta,
    find_dataset_file,
    local_path,
    now_iso,
    read_dataset_file,
    short_name,
    size_limit,
    validate_payload,
)
from advocate_app.core.errors import (
    AdvocateError,
    DataMissing,
    ServiceUnavailable,
    Unreachable,
)
from advocate_app.core.files import atomic_write_bytes
from advocate_app.core.messages import Message

log = logging.getLogger(__name__)


class DatasetStore(DatasetCache):
    """The datasets in the cache folder, fetched from their sources when due."""

    def _configured_changed(self, name: str, meta: dict[str, Any]) -> bool:
        """The person pointed this dataset at other addresses since the copy was made."""
        configured = meta.get("configured")
        if not isinstance(configured, list):
            configured = [meta.get("url")]
        return configured != list(self.sources[name].urls)

    # --- fetching ------------------------------------------------------------------------
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
                Message("data.not_downloaded", name=short_name(self.sources[name])),
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
        local = local_path(url)
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
            max_bytes=size_limit(source.name),
        )
        if response.status_code == 304 and cached.is_file() and same:
            meta.update(
                checked_at=now_iso(), checked_epoch=time.time(), configured=list(source.urls)
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
                "fetched_at": now_iso(),
                "checked_at": now_iso(),
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
        try:
            if candidate is None:
                raise FileNotFoundError(source.filename)
            stat = candidate.stat()
            data = read_dataset_file(source, candidate)  # bounded, even a .gz
        except (OSError, ValueError) as exc:
            raise ServiceUnavailable(
                Message("data.unreadable_file", name=source.description, path=candidate or local),
                detail=type(exc).__name__,
            ) from exc
        mtime = datetime.fromtimestamp(stat.st_mtime, UTC)
        last_modified = mtime.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if meta.get("last_modified") == last_modified and meta.get("size") == len(data):
            meta.update(
                checked_at=now_iso(), checked_epoch=time.time(), configured=list(source.urls)
            )
            meta.pop("tried_epoch", None)
            meta.pop("tried_for", None)
            self._write_meta(source.name, meta)
            return "unchanged"
        validate_payload(source, data)
        atomic_write_bytes(self._cached(source.name), data)
        self._write_meta(
            source.name,
            file_meta(source, url, last_modified, data, congress_of_payload(source, data, url)),
        )
        return "updated"

    def update_all(self, *, force: bool = False) -> dict[str, str]:
        """Refresh every dataset; returns name -> "updated" / "unchanged" / the error message.
        After a connection failure the others fail at once (offline means offline), except
        those whose source is a folder or a file. An optional dataset that a source folder
        does not hold (a USB stick made before it existed) is "not in the folder", not a
        failure."""
        results: dict[str, str] = {}
        for name, source in self.sources.items():
            try:
                results[name] = self.refresh(name, force=force)
            except AdvocateError as exc:
                if not source.required and self._not_in_folder(source):
                    results[name] = "not in the folder"
                    continue
                results[name] = Message("data.update_failed", reason=exc.message)
        return results

    @staticmethod
    def _not_in_folder(source: DatasetSource) -> bool:
        """Every address of ``source`` is in a local folder that is there but lacks the file."""

        def lacks(path: Path | None) -> bool:
            if path is None:
                return False  # a web address: its failure is a failure
            if path.is_dir():
                return find_dataset_file(path, source, depth=0) is None
            return not path.exists() and path.parent.is_dir()

        return all(lacks(local_path(url)) for url in source.urls)
