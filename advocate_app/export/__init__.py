"""Paper and files: letters to PDF, ODT, DOCX and text; envelopes, labels, batches.

May use QtGui / QtPrintSupport (an offscreen ``QGuiApplication`` is enough), never
QtWidgets. ``export_letter`` is the one entry point the CLI and GUI call for a single
letter; the format modules are imported lazily so text export needs no Qt.
"""

from __future__ import annotations

from pathlib import Path

from advocate_app.core.models import Letter

FORMATS: tuple[str, ...] = ("txt",)


def export_letter(letter: Letter, fmt: str, folder: Path, *, paper: str = "letter") -> Path:
    """Write ``letter`` into ``folder`` as ``fmt``; returns the new file (never overwrites)."""
    if fmt == "txt":
        from advocate_app.export.text import write_text

        return write_text(letter, folder)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
