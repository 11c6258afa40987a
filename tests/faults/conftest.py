"""A disk that fills up or turns read-only, for the fault tests.

Two ways, and every disk test runs with each that this machine allows:

- ``mounted``: a real 1 MB tmpfs mounted over the test's folder (root only, where ``mount``
  is allowed): the kernel itself answers ENOSPC or EROFS, to Python and to SQLite alike.
- ``simulated``: everywhere. Python writes fail at the app's file boundary (``os.fdopen``
  for writing hands back a file that takes half the data, then raises ENOSPC;
  ``tempfile.mkstemp`` raises EROFS), and SQLite is held by its own switches
  (``max_page_count`` = "database or disk is full", ``query_only`` = read-only).
"""

from __future__ import annotations

import errno
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_real_fdopen = os.fdopen
_real_mkstemp = tempfile.mkstemp


class _HalfFile:
    """A file that accepts half of what is written, then reports a full disk."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _HalfFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


class Disk:
    def __init__(self, folder: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self.kind = kind
        self._mp = monkeypatch
        self.state = "ok"
        self._stores: list[Any] = []

    # --- what a test asks for -----------------------------------------------------------
    def fill(self) -> None:
        self.state = "full"
        if self.kind == "mounted":
            filler = self.folder / ".filler"
            with open(filler, "ab", buffering=0) as handle:
                try:
                    for size in (65536, 4096, 512, 1):
                        while handle.write(b"\0" * size) == size:
                            pass
                except OSError:
                    pass
        else:
            self._mp.setattr(os, "fdopen", _full_fdopen)
        self._apply_to_stores()

    def read_only(self) -> None:
        self.state = "read-only"
        if self.kind == "mounted":
            _run("mount", "-o", "remount,ro", str(self.folder))
        else:
            self._mp.setattr(tempfile, "mkstemp", _read_only_mkstemp)
        self._apply_to_stores()

    def restore(self) -> None:
        self.state = "ok"
        if self.kind == "mounted":
            _run("mount", "-o", "remount,rw", str(self.folder))
            (self.folder / ".filler").unlink(missing_ok=True)
        else:
            self._mp.setattr(os, "fdopen", _real_fdopen)
            self._mp.setattr(tempfile, "mkstemp", _real_mkstemp)
        self._apply_to_stores()

    def watch_store(self, store: Any) -> Any:
        """SQLite writes bypass Python: in simulated mode, hold the store by its switches."""
        self._stores.append(store)
        return store

    def _apply_to_stores(self) -> None:
        if self.kind == "mounted":
            return
        for store in self._stores:
            pages = store.query("PRAGMA page_count")[0][0]
            store.query(f"PRAGMA max_page_count = {pages if self.state == 'full' else 1 << 30}")
            store.query(f"PRAGMA query_only = {1 if self.state == 'read-only' else 0}")

    def leftovers(self) -> list[str]:
        """Temporary or half-written files the app left in the folder (recursively)."""
        return sorted(
            str(p.relative_to(self.folder))
            for p in self.folder.rglob("*")
            if p.is_file()
            and p.name != ".filler"
            and (p.suffix == ".tmp" or p.name.startswith("."))
        )


def _full_fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
    handle = _real_fdopen(fd, mode, *args, **kwargs)
    return _HalfFile(handle) if "w" in mode or "a" in mode else handle


def _read_only_mkstemp(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.EROFS, os.strerror(errno.EROFS))


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=10)


def _can_mount(folder: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    try:
        _run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(folder))
    except (OSError, subprocess.SubprocessError):
        return False
    return True


@pytest.fixture(params=["simulated", "mounted"])
def disk(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if request.param == "mounted" and not _can_mount(folder):
        pytest.skip("mounting a small tmpfs needs root and a kernel that allows it")
    made = Disk(folder, request.param, monkeypatch)
    try:
        yield made
    finally:
        for store in made._stores:
            try:
                store.close()
            except Exception:
                pass
        if request.param == "mounted":
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=10)
