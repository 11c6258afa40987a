"""Plain-text export: the letter exactly as ``Letter.as_text()`` gives it, UTF-8."""

from __future__ import annotations

import re
from pathlib import Path

from advocate_app.core.files import atomic_write_text
from advocate_app.core.models import Letter
from advocate_app.export.naming import letter_path

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def body_paragraphs(body: str) -> list[str]:
    """The body's paragraphs (split at blank lines); a single newline stays a line break.

    Every exporter splits the body the same way, so PDF, ODT, DOCX and text agree.
    """
    normalized = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    parts = (p.strip() for p in _PARAGRAPH_BREAK.split(normalized))
    return ["\n".join(line.strip() for line in p.split("\n")) for p in parts if p]


def write_text(letter: Letter, folder: Path) -> Path:
    path = letter_path(letter, folder, "txt")
    atomic_write_text(path, letter.as_text())
    return path
