"""A derived-index cache for a dataset file, so start-up skips re-parsing.

Parsing the ZIP table and the member list costs ~150 ms per start on a small laptop; the
same data as a ``marshal`` blob (built-in types only: safe to load, and fast) costs ~15 ms.
The blob is keyed by the source's size and modification time plus a format version, so a
new download or a code change rebuilds it. Blobs live in the app's cache folder, never
beside the source: a packaged snapshot or a shared folder may be read-only, shared, or not
ours to write into. An unwritable folder just means no blob: the slow path still works.

Dataset files may be gzip-compressed (``.gz``: the snapshot inside the wheel);
``read_dataset_bytes`` reads either form.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocate_app.core.files import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT_VERSION = 2  # 2: DC rooms as the address spells them, no repeated suite line (issue 13)


def read_dataset_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, decompressed when it is a ``.gz`` file. With ``max_bytes``, at most
    one byte more than that is read or inflated (so the caller can refuse it), however large
    the file or however far a compressed file would inflate."""
    with open(path, "rb") as handle:
        if Path(path).suffix != ".gz":
            return handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        try:
            with gzip.GzipFile(fileobj=handle) as unzipped:
                return unzipped.read() if max_bytes is None else unzipped.read(max_bytes + 1)
        except (OSError, EOFError) as exc:
            raise ValueError(f"damaged compressed file {Path(path).name}") from exc


def default_index_dir() -> Path:
    """The app's own index folder, for callers that name none (never the source's folder)."""
    from advocate_app.core.paths import AppPaths

    return AppPaths.default().indexes_dir


def load_derived(
    source: Path, kind: str, build: Callable[[], Any], cache_dir: Path | None = None
) -> Any:
    """``build()``'s result for this version of ``source``, from the blob when it is current."""
    stat = source.stat()
    key = (kind, FORMAT_VERSION, stat.st_size, stat.st_mtime_ns)
    folder = Path(cache_dir) if cache_dir else default_index_dir()
    # Name the blob after the source's full path: a download and a bundled snapshot of the
    # same file get separate blobs instead of rebuilding each other's.
    tag = hashlib.sha1(str(source.resolve()).encode("utf-8")).hexdigest()[:10]
    blob = folder / f"{source.name}.{tag}.{kind}.idx"
    try:
        stored_key, value = marshal.loads(blob.read_bytes())
        if tuple(stored_key) == key:
            return value
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(blob, marshal.dumps((key, value)))
    except (OSError, ValueError) as exc:
        log.debug("derived index not saved (%s)", type(exc).__name__)
    return value
