"""One task runner for everything slow: network, keyring, SMTP, big exports.

Why: the window must keep painting and answering the keyboard while the Census geocoder or
a mail server takes its time. ``TaskRunner.submit(fn, on_result, on_error)`` runs ``fn`` on
a ``QThreadPool`` and calls back **on the GUI thread** through a queued signal, so worker
code (plain ``core``) never touches a widget.

- Every task has a ``key`` ("lookup", "export"...). Submitting again under the same key, or
  ``cancel(key)``, makes the earlier task stale: its result is dropped when it arrives
  (the person changed the address meanwhile). ``busy_changed(key, busy)`` lets pages
  disable the button whose job runs.
- ``shutdown()`` drops every pending result and waits only briefly: closing the window never
  waits for the network. A worker still running finishes detached; its result is ignored.
- ``InlineRunner`` runs tasks at once on the calling thread, for tests (the same idea as
  picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import inspect
import itertools
import logging
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int], None]

# Pools are never destroyed while the process runs: destroying a QThreadPool waits for its
# threads, which would make closing the window wait for the network.
_POOLS: list[QThreadPool] = []


class _Pending(NamedTuple):  # not a dataclass: that module costs start-up ~6 ms
    key: str
    generation: int
    label: str
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from workers arrive there queued."""

    finished = Signal(int, object, object)  # task id, result, error
    progressed = Signal(int, int, int)  # task id, done, total


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[..., Any], relay: _Relay, progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._relay = relay  # a Python reference keeps the relay alive while we run
        self._progress = progress
        self.cancelled = False

    def _report(self, done: int, total: int) -> bool:
        try:
            self._relay.progressed.emit(self._task_id, int(done), int(total))
        except RuntimeError:  # the window is gone
            return False
        return not self.cancelled

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._fn(self._report) if self._progress else self._fn()
        except BaseException as exc:  # handed to on_error on the GUI thread
            error = exc
        try:
            self._relay.finished.emit(self._task_id, result, error)
        except RuntimeError:
            pass
        self._fn = None  # type: ignore[assignment]


def _wants_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class TaskRunner(QObject):
    """Runs callables off the GUI thread; see the module docstring."""

    busy_changed = Signal(str, bool)  # key, busy
    activity_changed = Signal(str)  # label of the newest running task, "" when idle
    progress_changed = Signal(int, int)  # done, total of the newest task that reports

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(4)
            pool.setExpiryTimeout(2000)
            _POOLS.append(pool)
        self._pool = pool
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._ids = itertools.count(1)
        self._generations: dict[str, int] = {}
        self._pending: dict[int, _Pending] = {}
        self._jobs: dict[int, _Job] = {}
        self._closed = False

    # --- the API pages use ------------------------------------------------------------
    def submit(
        self,
        fn: Callable[..., Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        key: str = "default",
        label: str = "",
        on_progress: ProgressCallback | None = None,
    ) -> int:
        """Run ``fn()`` (or ``fn(progress)`` if it takes ``progress``); returns a task id.

        ``progress(done, total)`` may be called from the worker; it returns False once the
        task was cancelled, so long exports can stop early.
        """
        if self._closed:
            log.debug("runner closed; task %s not started", key)
            return 0
        self.cancel(key, quiet=True)
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(key, generation, label, on_result, on_error, on_progress)
        self._start(task_id, fn)
        self._announce(key)
        return task_id

    def cancel(self, key: str, *, quiet: bool = False) -> None:
        """Forget the task running under ``key``: its result will be dropped."""
        dropped = [tid for tid, p in self._pending.items() if p.key == key]
        if not dropped:
            return
        self._generations[key] = self._generations.get(key, 0) + 1
        for task_id in dropped:
            self._pending.pop(task_id, None)
            job = self._jobs.pop(task_id, None)
            if job is not None:
                job.cancelled = True
        if not quiet:
            self._announce(key)

    def is_busy(self, key: str | None = None) -> bool:
        return any(key is None or p.key == key for p in self._pending.values())

    def shutdown(self, wait_ms: int = 200) -> bool:
        """Drop every pending result; wait at most ``wait_ms``. True if nothing still runs."""
        self._closed = True
        for job in self._jobs.values():
            job.cancelled = True
        keys = {p.key for p in self._pending.values()}
        self._pending.clear()
        self._jobs.clear()
        for key in keys:
            self.busy_changed.emit(key, False)
        self.activity_changed.emit("")
        return self.wait(wait_ms)

    def wait(self, wait_ms: int) -> bool:
        """Wait up to ``wait_ms`` for running workers (even stale ones) to finish."""
        return bool(self._pool.waitForDone(max(0, int(wait_ms))))

    @property
    def closed(self) -> bool:
        return self._closed

    # --- internals ----------------------------------------------------------------------
    def _start(self, task_id: int, fn: Callable[..., Any]) -> None:
        job = _Job(task_id, fn, self._relay, _wants_progress(fn))
        self._jobs[task_id] = job
        self._pool.start(job)

    def _announce(self, key: str) -> None:
        self.busy_changed.emit(key, self.is_busy(key))
        labels = [p.label for p in self._pending.values() if p.label]
        self.activity_changed.emit(labels[-1] if labels else "")

    @Slot(int, object, object)
    def _on_relay_finished(self, task_id: int, result: Any, error: object) -> None:
        self._jobs.pop(task_id, None)
        pending = self._pending.pop(task_id, None)
        if pending is None or self._closed:
            log.debug("dropped the result of a stale task")
            return
        if self._generations.get(pending.key) != pending.generation:
            log.debug("dropped a stale %s result", pending.key)
            return
        self._announce(pending.key)
        self._deliver(pending, result, error if isinstance(error, BaseException) else None)

    @Slot(int, int, int)
    def _on_relay_progressed(self, task_id: int, done: int, total: int) -> None:
        pending = self._pending.get(task_id)
        if pending is None or self._closed:
            return
        self.progress_changed.emit(done, total)
        if pending.on_progress is not None:
            pending.on_progress(done, total)

    def _deliver(self, pending: _Pending, result: Any, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, Exception):  # KeyboardInterrupt...
            raise error
        try:
            if error is not None:
                if pending.on_error is not None:
                    pending.on_error(error)
                else:
                    log.error("background task %s failed: %s", pending.key, type(error).__name__)
            elif pending.on_result is not None:
                pending.on_result(result)
        except RuntimeError as exc:
            # The page or dialog that asked was closed meanwhile (its C++ object is gone).
            if "already deleted" not in str(exc):
                raise
            log.debug("a %s result arrived for a closed view", pending.key)


class InlineRunner(TaskRunner):
    """Runs each task at once on the calling thread: deterministic tests, no threads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, pool=QThreadPool.globalInstance())

    def _start(self, task_id: int, fn: Callable[..., Any]) -> None:
        def report(done: int, total: int) -> bool:
            self._on_relay_progressed(task_id, done, total)
            return task_id in self._pending

        result: Any = None
        error: BaseException | None = None
        try:
            result = fn(report) if _wants_progress(fn) else fn()
        except Exception as exc:
            error = exc
        self._on_relay_finished(task_id, result, error)

    def wait(self, wait_ms: int) -> bool:
        return True
