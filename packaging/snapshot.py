"""The dataset snapshot a build carries, so a new laptop works offline from its first launch.

Two ways to take it, both checked by the app's own ``validate_payload`` (a web error page or
a truncated file fails the build instead of shipping):

- from the configured sources (settings defaults, or ``ADVOCATE_LEGISLATORS_URL`` and
  ``ADVOCATE_ZIP_CROSSWALK_URL``), through the app's own ``DatasetStore`` (same HTTP client,
  timeouts, retries; ``file://`` URLs and folders work too);
- from a local folder (``--data-from DIR``), where each file is found by name anywhere
  below ``DIR`` (e.g. ``../shared/data`` holds ``congress-legislators/*.json`` and
  ``zip-to-district/zccd.csv``).

The result is a flat folder: the dataset files plus ``SNAPSHOT.json`` {"source", "taken_at",
"files": {name: {size, sha256, last_modified, url}}}, which ``core/dataset_cache.py`` reads for
the bundled copy's date.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from advocate_app.core.dataset_sources import DatasetSource, default_sources, validate_payload
from advocate_app.core.datasets import DatasetStore
from advocate_app.core.errors import AdvocateError
from advocate_app.core.settings import Settings

log = logging.getLogger(__name__)


class SnapshotError(Exception):
    """The snapshot cannot be taken; the message says what to do."""


@dataclass(frozen=True)
class Snapshot:
    folder: Path
    source: str
    taken_at: str
    files: dict[str, dict[str, object]]


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _http_date(path: Path) -> str:
    mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return mtime.strftime("%a, %d %b %Y %H:%M:%S GMT")


def sources(env: Mapping[str, str] | None = None) -> dict[str, DatasetSource]:
    """The datasets and their URLs: settings defaults, overridden by the environment."""
    return default_sources(Settings(None, env=dict(os.environ if env is None else env)))


def find_in_folder(root: Path, filename: str) -> Path | None:
    """The one file called ``filename`` below ``root``; ambiguity is an error, not a guess."""
    found = sorted(p for p in root.rglob(filename) if p.is_file())
    if len(found) > 1:
        listing = ", ".join(str(p.relative_to(root)) for p in found)
        raise SnapshotError(
            f"{root} holds {len(found)} files called {filename} ({listing}); point --data-from "
            "at a folder with one copy of each dataset."
        )
    return found[0] if found else None


def _write(dest: Path, source_label: str, files: dict[str, dict[str, object]]) -> Snapshot:
    stamp = {"source": source_label, "taken_at": _now_iso(), "files": files}
    (dest / "SNAPSHOT.json").write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return Snapshot(dest, source_label, stamp["taken_at"], files)


def _checked_copy(source: DatasetSource, data: bytes, dest: Path) -> dict[str, object]:
    try:
        validate_payload(source, data)
    except AdvocateError as exc:
        raise SnapshotError(f"{source.filename}: {exc}") from exc
    (dest / source.filename).write_bytes(data)
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def from_folder(root: Path, dest: Path, env: Mapping[str, str] | None = None) -> Snapshot:
    root = Path(root).resolve()
    if not root.is_dir():
        raise SnapshotError(f"--data-from {root}: no such folder.")
    dest.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, object]] = {}
    for source in sources(env).values():
        path = find_in_folder(root, source.filename)
        if path is None:
            if source.required:
                raise SnapshotError(f"{source.filename} was not found anywhere under {root}.")
            log.warning(
                "optional dataset %s not found under %s; not bundled", source.filename, root
            )
            continue
        entry = _checked_copy(source, path.read_bytes(), dest)
        entry.update(last_modified=_http_date(path), url=f"local copy: {path.relative_to(root)}")
        files[source.filename] = entry
    return _write(dest, f"local copy ({root.name})", files)


def from_sources(dest: Path, env: Mapping[str, str] | None = None) -> Snapshot:
    """Download every dataset through the app's DatasetStore into a scratch cache."""
    from advocate_app.core.http import HttpClient

    dest.mkdir(parents=True, exist_ok=True)
    wanted = sources(env)
    files: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="advocate-snapshot-") as scratch:
        store = DatasetStore(Path(scratch), HttpClient(timeout=60.0), wanted)
        for name, source in wanted.items():
            try:
                store.refresh(name, force=True)
            except AdvocateError as exc:
                if source.required:
                    raise SnapshotError(
                        f"Could not download {source.filename} from {source.url}: {exc} "
                        "(no network? build with --data-from DIR instead)"
                    ) from exc
                log.warning("optional dataset %s not downloaded (%s); not bundled", name, exc)
                continue
            info = store.info(name)
            assert info.path is not None
            entry = _checked_copy(source, info.path.read_bytes(), dest)
            entry.update(last_modified=info.last_modified, url=source.url)
            files[source.filename] = entry
    label = " + ".join(sorted({files[f]["url"].rsplit("/", 1)[0] + "/" for f in files}))  # type: ignore[union-attr]
    return _write(dest, label, files)


def take(
    dest: Path, data_from: Path | None = None, env: Mapping[str, str] | None = None
) -> Snapshot:
    """A fresh snapshot in ``dest`` (emptied first)."""
    if dest.exists():
        shutil.rmtree(dest)
    if data_from is not None:
        return from_folder(data_from, dest, env)
    return from_sources(dest, env)
