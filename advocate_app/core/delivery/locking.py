"""One sender at a time, across threads and processes, with a lock the OS frees on death.

Why a file lock and not a row in the database: a process killed with ``kill -9`` cannot
clean up after itself, but the OS drops its ``flock`` (POSIX) or ``msvcrt.locking``
(Windows) lock at once. So "nobody holds the lock" proves that a row left in
``sending`` belongs to a dead process (see outbox.py's crash rule). ``flock`` locks
belong to the open file, so two outboxes in one process exclude each other too.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from advocate_app.core.errors import ServiceUnavailable


class SendLock:
    """One sender at a time, across threads and processes (an OS lock on a file)."""

    def __init__(self, path: Path | None, timeout: float) -> None:
        self._path = path
        self._timeout = timeout
        self._thread_lock = threading.Lock()
        self._fd: int | None = None

    def acquire(self, *, blocking: bool) -> bool:
        deadline = time.monotonic() + (self._timeout if blocking else 0)
        if blocking:
            got = self._thread_lock.acquire(timeout=self._timeout)
        else:
            got = self._thread_lock.acquire(blocking=False)
        if not got:
            return False
        if self._path is None:
            return True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        while True:
            if _try_lock(fd):
                self._fd = fd
                return True
            if time.monotonic() >= deadline:
                os.close(fd)
                self._thread_lock.release()
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
        self._thread_lock.release()

    @contextmanager
    def held(self) -> Iterator[None]:
        if not self.acquire(blocking=True):
            raise ServiceUnavailable(
                "Another Advocate window or command is sending letters right now. "
                "Try again in a moment; your letters are kept in the outbox."
            )
        try:
            yield
        finally:
            self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
