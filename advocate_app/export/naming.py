"""File names for exported letters: readable, safe everywhere, never clobbering."""

from __future__ import annotations

from pathlib import Path

from advocate_app.core.files import atomic_write_bytes, safe_filename, unique_path
from advocate_app.core.models import Letter


def letter_filename(letter: Letter, ext: str) -> str:
    """ "2026-11-25 Sen. Cruz (TX) - stop-csam-2025.pdf" style, safe on every OS."""
    member = letter.member
    who = f"{member.role.title} {member.last or member.name} ({member.seat})"
    return safe_filename(f"{who} - {letter.campaign_id}.{ext}")


def letter_path(letter: Letter, folder: Path, ext: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return unique_path(folder, letter_filename(letter, ext))


def write_new_file(data: bytes, folder: Path, stem: str, ext: str) -> Path:
    """Write ``data`` as ``folder/<stem>.<ext>`` (made safe; ``(2)`` etc. if taken), atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = unique_path(folder, safe_filename(f"{stem}.{ext}"))
    atomic_write_bytes(path, data)
    return path
