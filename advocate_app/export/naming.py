"""File names for exported letters: readable, safe everywhere, never clobbering."""

from __future__ import annotations

from pathlib import Path

from advocate_app.core.files import safe_filename, unique_path
from advocate_app.core.models import Letter


def letter_filename(letter: Letter, ext: str) -> str:
    """"2026-11-25 Sen. Cruz (TX) - stop-csam-2025.pdf" style, safe on every OS."""
    member = letter.member
    who = f"{member.role.title} {member.last or member.name} ({member.seat})"
    return safe_filename(f"{who} - {letter.campaign_id}.{ext}")


def letter_path(letter: Letter, folder: Path, ext: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return unique_path(folder, letter_filename(letter, ext))
