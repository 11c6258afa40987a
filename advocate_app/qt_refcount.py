"""A guard against a PySide6 build that corrupts ``None``'s reference count.

Kept in its own tiny module so the window can apply it at start-up without importing the
exporters (start-up time is measured against a bare Qt window).
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_none_guarded = False


def guard_none_refcount() -> bool:
    """Survive PySide6 builds whose void methods drop a reference to ``None``.

    PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method without taking a
    reference, so after a few thousand calls (one letter makes hundreds) the interpreter
    aborts with "Fatal Python error: none_dealloc". Python 3.12+ is immune (``None`` is
    immortal there, PEP 683). When a probe shows the leak, give ``None`` a huge reference
    count, which is what 3.12 does. The real fix is a PySide6 without the bug (6.11.x);
    this guard only keeps a volunteer's export from crashing. Returns True if applied.
    """
    global _none_guarded
    if _none_guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import PySide6
    from PySide6.QtCore import QPointF

    version = tuple(int(part) for part in PySide6.__version__.split(".")[:2] if part.isdigit())
    if version < (6, 12):
        return False  # builds before 6.12 are known sound; later ones are probed

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1.0)
    if sys.getrefcount(None) >= before - 8:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _none_guarded = True
    log.info(
        "this PySide6 build leaks references to None; guard applied (PySide6 6.11 has no leak)"
    )
    return True
