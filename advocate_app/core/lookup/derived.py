"""A derived-index cache next to a dataset file, so start-up skips re-parsing.

Parsing the ZIP table and the member list costs ~150 ms per start on a small laptop; the
same data as a ``marshal`` blob (built-in types only: safe to load, and fast) costs ~15 ms.
The blob is keyed by the source's size and modification time plus a format version, so a
new download or a code change rebuilds it. A read-only location (a packaged snapshot) just
means no cache: the slow path still works.
"""

from __future__ import annotations

import logging
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocate_app.core.files import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


def load_derived(source: Path, kind: str, build: Callable[[], Any], cache_dir: Path | None = None) -> Any:
    """``build()``'s result for this version of ``source``, from the blob when it is current."""
    stat = source.stat()
    key = (kind, FORMAT_VERSION, stat.st_size, stat.st_mtime_ns)
    folder = cache_dir or source.parent
    blob = folder / f"{source.name}.{kind}.idx"
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
