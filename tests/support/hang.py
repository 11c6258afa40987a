"""``within(seconds)``: fail (raise ``Hang``) instead of hanging when a call runs too long.

SIGALRM based, so POSIX and the main thread only (where pytest runs tests); elsewhere it
does nothing and the test relies on the code's own deadlines.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Hang(Exception):
    pass


@contextmanager
def within(seconds: float) -> Iterator[None]:
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
