"""One event participant's traces, wiped on "Next participant".

Why a module of its own: at a shared laptop what one person left behind (temporary files
in one private folder, the text the app put on the clipboard, their outbox rows) must be
gone before the next person sits down. ``EventSession`` keeps track of it and wipes it;
``EventMode`` (core/event.py) owns one and gives it the outbox's part.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class WipeReport:
    files_removed: int = 0
    failures: list[str] = field(default_factory=list)  # file names only, never contents
    undelivered: int = 0  # the participant's emails that could not be delivered (deleted)


class EventSession:
    """Temporary files, clipboard text and outbox rows of the current participant, wiped
    between people. ``forget_emails(mark)`` deletes the outbox rows added since ``mark``
    and returns (how many were undelivered, the new mark)."""

    def __init__(
        self,
        temp_root: Path | None = None,
        *,
        forget_emails: Callable[[int | None], tuple[int, int | None]] | None = None,
    ) -> None:
        self._temp_root = temp_root
        self._folder: Path | None = None
        self._clipboard: str | None = None
        self._forget_emails = forget_emails
        self._outbox_mark: int | None = None

    def temp_dir(self) -> Path:
        """A private folder (mode 700) for this participant's files; made on first use."""
        if self._folder is None or not self._folder.is_dir():
            root = str(self._temp_root) if self._temp_root else None
            self._folder = Path(tempfile.mkdtemp(prefix="advocate-event-", dir=root))
            os.chmod(self._folder, stat.S_IRWXU)
        return self._folder

    @property
    def has_files(self) -> bool:
        return self._folder is not None and self._folder.is_dir() and any(self._folder.iterdir())

    def note_clipboard(self, text: str) -> None:
        """Remember what the app put on the clipboard (kept in memory only)."""
        self._clipboard = text

    def owns_clipboard(self, current: str) -> bool:
        """True when the clipboard still holds what the app put there: safe to clear."""
        return self._clipboard is not None and current == self._clipboard

    def wipe(self) -> WipeReport:
        """Delete this participant's temporary files and outbox rows, forget the clipboard."""
        report = WipeReport()
        self._clipboard = None
        if self._forget_emails is not None:
            report.undelivered, self._outbox_mark = self._forget_emails(self._outbox_mark)
        folder, self._folder = self._folder, None
        if folder is None or not folder.exists():
            return report
        for path in sorted(folder.rglob("*"), reverse=True):
            try:
                if path.is_dir() and not path.is_symlink():
                    path.rmdir()
                else:
                    _overwrite(path)
                    path.unlink()
                    report.files_removed += 1
            except OSError:
                report.failures.append(path.name)
        try:
            folder.rmdir()
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
            if folder.exists():
                report.failures.append(folder.name)
        if report.failures:
            log.warning("event wipe: %d file(s) could not be removed", len(report.failures))
        return report


def _overwrite(path: Path) -> None:
    """Zero a regular file before unlinking it (best effort; SSDs may keep old blocks)."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > 64 * 1024 * 1024:
            return
        with open(path, "r+b") as handle:
            handle.write(b"\0" * info.st_size)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
