"""Small file helpers shared by every writer: atomic replace, safe names, no silent overwrite."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from advocate_app.core.errors import InputProblem


def atomic_write_bytes(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` so that ``path`` is either the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:  # bulk writers pass sync=False and flush once at the end
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_filename(name: str, *, max_length: int = 120) -> str:
    """A file name that is valid on Windows, macOS and Linux (no path parts, no reserved names)."""
    cleaned = _UNSAFE.sub("_", name).strip().strip(".")
    cleaned = re.sub(r"\s+", " ", cleaned)
    if not cleaned:
        cleaned = "file"
    stem, dot, ext = cleaned.rpartition(".")
    if not dot:
        stem, ext = cleaned, ""
    if stem.upper() in _RESERVED:
        stem = f"_{stem}"
    suffix = f".{ext}" if dot else ""
    return stem[: max(1, max_length - len(suffix))] + suffix


def unique_path(folder: Path, filename: str) -> Path:
    """``folder/filename``, or ``name (2).ext`` etc. when that exists: never overwrite silently."""
    candidate = folder / filename
    if not candidate.exists():
        return candidate
    stem, suffix = candidate.stem, candidate.suffix
    n = 2
    while True:
        candidate = folder / f"{stem} ({n}){suffix}"
        if not candidate.exists():
            return candidate
        n += 1


MAX_USER_FILE_BYTES = 5_000_000  # a participants CSV; a story file is far smaller
MAX_STORY_BYTES = 64 * 1024


def size_text(n: int) -> str:
    """A size limit as people say it: "64 KB", "5 MB"."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB" if n % 1_000_000 == 0 else f"{n / (1024 * 1024):g} MB"
    return f"{n // 1024} KB" if n % 1024 == 0 else f"{n // 1000} KB"


def read_user_file(path: Path, what: str, max_bytes: int = MAX_USER_FILE_BYTES) -> bytes:
    """The bytes of a file the person named (``what``: "story file"), or a plain message.

    At most ``max_bytes`` are ever read, so a huge file or a device (``/dev/zero``) stops
    at the limit instead of filling the memory.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputProblem(f"The {what} {path} does not exist.") from None
    except OSError as exc:
        raise InputProblem(f"The {what} {path} cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_bytes:
        raise InputProblem(f"The {what} {path} is too large (over {size_text(max_bytes)}).")
    return data
