"""A derived-index cache next to a dataset file, so start-up skips re-parsing.

Parsing the ZIP table and the member list costs ~150 ms per start on a small laptop; the
same data as a ``marshal`` blob (built-in types only: safe to load, and fast) costs ~15 ms.
The blob is keyed by the source's size and modification time plus a format version, so a
new download or a code change rebuilds it. The app keeps the blobs in its cache folder (never
beside a packaged snapshot, which may be read-only or shared); an unwritable folder just
means no blob: the slow path still works.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocate_app.core.files import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


def load_derived(
    source: Path, kind: str, build: Callable[[], Any], cache_dir: Path | None = None
) -> Any:
    """``build()``'s result for this version of ``source``, from the blob when it is current."""
    stat = source.stat()
    key = (kind, FORMAT_VERSION, stat.st_size, stat.st_mtime_ns)
    folder = cache_dir or source.parent
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
        atomic_write_bytes(blob, marshal.dumps((key, value)))
    except (OSError, ValueError) as exc:
        log.debug("derived index not saved (%s)", type(exc).__name__)
    return value
