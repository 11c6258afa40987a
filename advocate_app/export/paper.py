"""Paper sizes and the fixed measures of a business letter, in points (1/72 inch).

Qt-free so the CLI can validate ``--paper`` and the GUI can list choices without loading
QtGui. US Letter is the default (members of Congress are in the US); A4 is offered for
people printing abroad or on A4 stock.
"""

from __future__ import annotations

from dataclasses import dataclass

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message, and_list

INCH = 72.0  # points


@dataclass(frozen=True)
class Paper:
    key: str  # "letter" or "a4"
    label: str
    width: float  # points, portrait
    height: float

    @property
    def content_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def content_height(self) -> float:
        return self.height - 2 * MARGIN


PAPERS: dict[str, Paper] = {
    "letter": Paper("letter", "US Letter (8.5 × 11 in)", 8.5 * INCH, 11 * INCH),
    "a4": Paper("a4", "A4 (210 × 297 mm)", 210 / 25.4 * INCH, 297 / 25.4 * INCH),
}
DEFAULT_PAPER = "letter"

MARGIN = 1.0 * INCH  # every side of a letter page
HEADER_BASELINE = 0.62 * INCH  # continuation header (pages 2+) sits in the top margin
HEADER_RULE = 0.72 * INCH

# Vertical spacing of a letter, in points, shared by PDF/print/ODT (document.py) and DOCX
# (word.py) so every format breaks pages alike. Tight enough that the default talking points
# and a ~120-word story fit one US Letter page (issue 13); room remains to sign by hand.
LINE_HEIGHT = 13.3  # 12 pt Liberation Serif / Times, exact in every format (Qt's natural
# spacing; LibreOffice and Word otherwise add the font's line gap, 13.8 pt, and the same letter
# ran a page longer as ODT or DOCX than as PDF)
DATE_AFTER = 18.0
ADDRESS_AFTER = 12.0
PARAGRAPH_AFTER = 10.0
CLOSING_BEFORE = 2.0
SIGNATURE_ROOM = 30.0  # between "Sincerely," and the typed name

# #10 business envelope, landscape.
ENVELOPE_WIDTH = 9.5 * INCH
ENVELOPE_HEIGHT = 4.125 * INCH


def paper_for(key: str | None) -> Paper:
    """The ``Paper`` for "letter" / "a4" (any case, "us-letter" too); InputProblem otherwise."""
    normalized = (key or DEFAULT_PAPER).strip().lower().replace("us-", "").replace("us ", "")
    paper = PAPERS.get(normalized)
    if paper is None:
        choices = and_list([repr(k) for k in PAPERS], "list.or")
        raise InputProblem(Message("export.unknown_paper", paper=repr(key), choices=choices))
    return paper
