"""Logging for the app: a small rotating file in the log folder, redacted on the way out.

The rule is that code never logs personal data (names, addresses, letter text, email
addresses) or secrets; log calls carry counts, ids, states and exception type names. This
module is the second line of defence, for what a library or a future change lets slip:

- ``RedactingFilter`` rewrites every record that reaches our handlers, replacing anything
  that looks like an email address, a US street address, a phone number, a ZIP+4, or a
  personal value in a URL query string (``address=``, ``street=``, ``api_key=``...).
- urllib3 logs each request's full URL at DEBUG (the person's address for the geocoder,
  the Congress.gov key); its logger is held at WARNING whatever the app's level is.
- The file is ``advocate.log`` in the log folder, at most ``MAX_BYTES`` x ``BACKUPS``, and
  only created once something is logged. "Delete my data" removes it (core/privacy.py).

``ADVOCATE_LOG_LEVEL`` (DEBUG, INFO, WARNING) sets the file's level; the console shows
warnings, or INFO with ``--verbose``.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

LOG_FILE_NAME = "advocate.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"
# Libraries whose chatty levels put URLs (with query strings) or protocol lines in the log.
QUIET_LOGGERS = ("urllib3", "requests", "charset_normalizer", "keyring")

_STREET_TYPES = (
    "st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|way|pl|place|"
    "pkwy|parkway|hwy|highway|ter|terrace|cir|circle|trl|trail|sq|square|loop|pike|row|"
    "plz|plaza|aly|alley|xing|crossing|expy|expressway|fwy|freeway"
)


@functools.cache
def patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled on first use (~5 ms): start-up pays nothing when nothing is logged."""
    return (
        # personal values in URL query strings (requests' and urllib3's messages)
        (
            re.compile(
                r"(?i)(?<![\w-])((?:address|street|city|state|zip|api_key|key|token|password|"
                r"email|name|phone)=)[^&\s\"')]*"
            ),
            r"\1[redacted]",
        ),
        (re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
        (
            re.compile(
                rf"(?i)\b\d{{1,6}}[A-Z]?(?:[ \t]+[\w.'’-]+){{1,5}}?[ \t]+(?:{_STREET_TYPES})\b\.?"
            ),
            "[street address]",
        ),
        (re.compile(r"(?<![\w-])\d{5}-\d{4}(?![\w-])"), "[zip+4]"),
        (
            re.compile(
                r"(?<![\w-])(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}(?![\w-])"
            ),
            "[phone]",
        ),
    )


def redact(text: str) -> str:
    """``text`` with anything that looks personal replaced by a placeholder."""
    for pattern, replacement in patterns():
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the message (and any traceback) of every record passing a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not take the app down
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RotatingFile(logging.FileHandler):
    """``advocate.log``, moved to ``.1`` (``.2``...) past ``MAX_BYTES``; opened on first use.

    Our own few lines instead of ``logging.handlers``, whose import (socket, pickle, queue)
    costs ~12 ms of every start-up.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = Path(path)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= MAX_BYTES:
                self._rotate()
        except (OSError, ValueError):
            pass
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment]
        for n in range(BACKUPS - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{n + 1}"))
        if self.path.exists():
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (a test's capture, a redirected stream),
    never to a stream closed since set-up."""

    @property  # type: ignore[override]
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def _level(env: Mapping[str, str]) -> int:
    name = env.get("ADVOCATE_LOG_LEVEL", "").strip().upper()
    value = logging.getLevelName(name) if name else logging.INFO
    return value if isinstance(value, int) else logging.INFO


def setup_logging(
    log_dir: Path | None,
    *,
    verbose: bool = False,
    console: bool = True,
    env: Mapping[str, str] | None = None,
) -> Path | None:
    """Configure the root logger once per process; returns the log file (None: no file).

    Safe to call again (tests, the GUI started from the CLI): earlier handlers set up here
    are replaced, never doubled. A log folder that cannot be written just means no file.
    """
    env = os.environ if env is None else env
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_advocate", False):
            root.removeHandler(handler)
            handler.close()
    file_level = _level(env)
    console_level = logging.INFO if verbose else logging.WARNING
    redacting = RedactingFilter()
    path: Path | None = None
    if log_dir is not None:
        try:
            Path(log_dir).mkdir(parents=True, exist_ok=True)
            path = Path(log_dir) / LOG_FILE_NAME
            handler: logging.Handler = RotatingFile(path)
            handler.setLevel(file_level)
            handler.setFormatter(logging.Formatter(FILE_FORMAT))
            handler.addFilter(redacting)
            handler._advocate = True  # type: ignore[attr-defined]
            root.addHandler(handler)
        except OSError:
            path = None
    if console:
        stream = _Stderr()
        stream.setLevel(console_level)
        stream.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        stream.addFilter(redacting)
        stream._advocate = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(min(file_level if path else logging.CRITICAL, console_level))
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path


def log_files(log_dir: Path) -> list[Path]:
    """The log file and its rotated copies."""
    folder = Path(log_dir)
    return sorted(folder.glob(LOG_FILE_NAME + "*")) if folder.is_dir() else []
