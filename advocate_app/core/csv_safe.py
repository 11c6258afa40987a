"""Cells a spreadsheet will not run: CSV files we write are opened in Excel or LibreOffice.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return may be taken as a
formula ("CSV injection"); a participant's name or an office line comes from strangers, so
every text cell goes through ``safe_cell``, which prefixes such a cell with ``'``.
"""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value``, prefixed with "'" when a spreadsheet would read it as a formula."""
    text = str(value)
    return "'" + text if text.startswith(_TRIGGERS) else text
