"""Remembering what checking a campaign pack's letters found, so a second run need not.

Loading a pack checks it (``campaign_check``): most of that time goes to rendering sample
letters for every role, every kind of sample person and every language (about 0.4 s for the
STOP CSAM pack with its Spanish templates), and ``advocate letters`` and ``--self-check``
load the pack on every run. What that rendering finds depends only on the pack's files and
on the code that checks them, so it is kept under a hash of both:

- every file of the pack, by name and content;
- the app's version, and the size and time of the modules that check and render letters
  (a developer's edit counts as a new version too).

Any change to one of them checks again. Only a check that found no error is kept (a pack
with errors is refused anyway, and a template that was slow once is checked again). The
file is written atomically; a file that cannot be read or does not parse is ignored and
written again. The folder is the app's cache (``forget`` and a cleaned cache lose nothing
but time).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from advocate_app import __version__
from advocate_app.core.campaign_model import Problem
from advocate_app.core.files import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT = 1  # the layout of a cache file; a new layout ignores old files
_CORE = Path(__file__).resolve().parent


def _core_modules(folder: Path) -> list[str]:
    """Every module under ``core/``: the checks and the renderer are spread over many of them
    and are split or renamed as the code grows, so a fixed list would go stale (stat-ing them
    all costs about a millisecond)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.py"))


def code_fingerprint(names: Iterable[str] | None = None, folder: Path = _CORE) -> str:
    """The app version and the size and modification time of each checking module (a
    frozen app without source files has its version alone, which changes with each build)."""
    parts = [f"advocate {__version__}", f"format {FORMAT}"]
    for name in _core_modules(folder) if names is None else names:
        try:
            stat = (folder / name).stat()
        except OSError:
            continue
        parts.append(f"{name} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(parts)


class CheckCache:
    """Problems found by rendering a pack's letters, one small JSON file per pack content."""

    def __init__(self, folder: Path, fingerprint: str | None = None) -> None:
        self.folder = Path(folder)
        self._fingerprint = fingerprint

    def key(self, files: Mapping[str, bytes]) -> str:
        if self._fingerprint is None:
            self._fingerprint = code_fingerprint()
        digest = hashlib.sha256(self._fingerprint.encode("utf-8"))
        for name in sorted(files):
            data = files[name]
            digest.update(f"\0{name}\0{len(data)}\0".encode())
            digest.update(data)
        return digest.hexdigest()

    def run(
        self, files: Mapping[str, bytes], problems: list[Problem], check: Callable[[], None]
    ) -> None:
        """Add to ``problems`` what ``check`` found for these ``files`` last time, or run it
        (it adds to ``problems``) and keep what it found."""
        key = self.key(files)
        kept = self.get(key)
        if kept is not None:
            problems.extend(kept)
            return
        before = len(problems)
        check()
        self.put(key, problems[before:])

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> list[Problem] | None:
        """The problems kept for ``key`` (warnings only), or None when none are kept or the
        file is damaged."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("key") != key:
                return None
            problems = [
                Problem(str(p["file"]), int(p["line"]), str(p["message"]), str(p["severity"]))
                for p in data["problems"]
            ]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        if any(p.is_error for p in problems):  # never written so: not a file of ours
            return None
        return problems

    def put(self, key: str, problems: Iterable[Problem]) -> None:
        """Keep a check that found no error; a cache that cannot be written only costs time."""
        problems = list(problems)
        if any(p.is_error for p in problems):
            return
        payload = {
            "format": FORMAT,
            "key": key,
            "problems": [
                {"file": p.file, "line": p.line, "message": p.message, "severity": p.severity}
                for p in problems
            ],
        }
        try:
            atomic_write_bytes(
                self._path(key), json.dumps(payload, ensure_ascii=False).encode(), sync=False
            )
        except OSError as exc:
            log.info("campaign check result not kept (%s)", type(exc).__name__)
