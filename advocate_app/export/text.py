"""Plain-text export: the letter exactly as ``Letter.as_text()`` gives it, UTF-8."""

from __future__ import annotations

from pathlib import Path

from advocate_app.core.files import atomic_write_text
from advocate_app.core.models import Letter
from advocate_app.export.naming import letter_path


def write_text(letter: Letter, folder: Path) -> Path:
    path = letter_path(letter, folder, "txt")
    atomic_write_text(path, letter.as_text())
    return path
