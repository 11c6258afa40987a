"""What ``--self-check`` remembers: "this Qt wrote this campaign's sample letter as a PDF".

Starting Qt, registering the letter fonts and writing a sample PDF is two thirds of the
self-check's time, and its answer changes only when one of its parts does. So a PDF that
was written completely is remembered under a fingerprint of everything it depended on:

- Advocate's version, the default campaign pack's files (``check_cache``'s key, which also
  covers the code that writes letters), the paper size, and the members data it used;
- PySide6's Qt modules and libraries, its offscreen platform plugin and the letter fonts
  (size and modification time of each file, found without importing Qt);
- the system's shared-library cache (``/etc/ld.so.cache``: installing or removing a library
  Qt loads, such as fontconfig or freetype, updates it).

A change to any of them, a record older than ``REMEMBER_DAYS``, a damaged record, or a
file that cannot be found (a frozen app whose Qt is not on disk as files) runs the whole
check again. ``ADVOCATE_SELF_CHECK_DIR`` (the packaging smoke test reads the PDF back)
always writes the PDF. The record lives in the app's cache folder, written atomically.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app import __version__
from advocate_app.core.files import atomic_write_bytes
from advocate_app.core.paths import resource_path

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.campaign_model import Campaign

log = logging.getLogger(__name__)

REMEMBER_DAYS = 7
RECORD_NAME = "self-check.json"
# PySide6's files a PDF depends on, relative to its package folder (glob patterns).
QT_FILES = (
    "QtCore.*", "QtGui.*", "Qt/lib/*Qt6Core*", "Qt/lib/*Qt6Gui*", "Qt/lib/QtCore.framework/QtCore",
    "Qt/lib/QtGui.framework/QtGui", "Qt/plugins/platforms/*offscreen*", "Qt6Core.dll", "Qt6Gui.dll",
    "plugins/platforms/*offscreen*",
)  # fmt: skip
SYSTEM_LIBRARY_CACHE = Path("/etc/ld.so.cache")


def _stats(paths: list[Path]) -> list[str]:
    rows = []
    for path in sorted(set(paths)):
        stat = path.stat()
        rows.append(f"{path.name} {stat.st_size} {stat.st_mtime_ns}")
    return rows


def qt_fingerprint() -> str | None:
    """Qt's and the fonts' files, without importing Qt (None when they cannot be found)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    qt = [path for pattern in QT_FILES for path in package.glob(pattern)]
    names = {path.name.split(".")[0] for path in qt}
    if not {"QtCore", "QtGui"} <= names or not any("offscreen" in p.name for p in qt):
        return None
    try:
        fonts = [
            p for p in resource_path("fonts").iterdir() if p.suffix.lower() in {".ttf", ".otf"}
        ]
        rows = _stats(qt) + _stats(fonts)
        if SYSTEM_LIBRARY_CACHE.exists():
            rows += _stats([SYSTEM_LIBRARY_CACHE])
    except OSError:
        return None
    return "\n".join(rows) if fonts else None


def pdf_key(services: Services, campaign: Campaign) -> str | None:
    """The fingerprint of everything the sample PDF depends on (None: always check)."""
    from advocate_app.core.campaign_pack import PackRefused, read_pack_files

    qt = qt_fingerprint()
    if qt is None or campaign.path is None:
        return None
    try:
        pack = services.check_cache.key(read_pack_files(campaign.path))
    except (OSError, PackRefused):
        return None
    members = services.datasets.info("legislators")
    parts = [
        f"advocate {__version__}", qt, pack, str(services.settings.get("export.paper_size")),
        f"{members.path} {members.date}",
    ]  # fmt: skip
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def recall(folder: Path, key: str | None, today: date) -> dict[str, str] | None:
    """The remembered results for ``key`` (keys "qt", "letter", "date"), or None."""
    if key is None or os.environ.get("ADVOCATE_SELF_CHECK_DIR"):
        return None
    try:
        data: Any = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
        if data["key"] != key:
            return None
        when = date.fromisoformat(data["date"])
        record = {name: str(data[name]) for name in ("qt", "letter", "date")}
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not 0 <= (today - when).days <= REMEMBER_DAYS:
        return None
    return record


def remember(folder: Path, key: str | None, today: date, qt: str, letter: str) -> None:
    """Keep a self-check whose Qt and PDF checks passed (a cache: failing to write is fine)."""
    if key is None:
        return
    payload = {"key": key, "date": today.isoformat(), "qt": qt, "letter": letter}
    try:
        atomic_write_bytes(folder / RECORD_NAME, json.dumps(payload).encode("utf-8"), sync=False)
    except OSError as exc:
        log.info("self-check result not kept (%s)", type(exc).__name__)
