"""Progress reporting and cancelling for long exports (a 300-letter event batch).

The GUI passes ``progress(done, total) -> bool`` (update a progress bar; return False when
the person pressed Cancel). Exporters call it after each unit of work; a False stops the
export with ``ExportCancelled`` and no half-written file is left behind (every file is
written to memory or a temporary name first).
"""

from __future__ import annotations

from collections.abc import Callable

from advocate_app.core.errors import AdvocateError

Progress = Callable[[int, int], bool]


class ExportCancelled(AdvocateError):
    """The person cancelled; nothing was written (or the files already finished are listed)."""

    exit_code = 130

    def __init__(
        self, message: str = "Export cancelled; no file was written.", *, done: int = 0
    ) -> None:
        super().__init__(message)
        self.done = done


class Ticker:
    """Counts finished units against a total and asks ``progress`` whether to go on."""

    def __init__(self, total: int, progress: Progress | None = None, *, start: int = 0) -> None:
        self.total = max(total, 0)
        self.done = start
        self.progress = progress

    def step(self, units: int = 1) -> None:
        self.done += units
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled(done=self.done)

    def start(self) -> None:
        """Report 0 done (so a bar appears at once) and honour an immediate cancel."""
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled(done=self.done)
