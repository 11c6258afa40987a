"""Letters and cover sheets as ``QTextDocument``s: one layout for PDF, print and ODT.

The block structure mirrors ``Letter.as_text()`` (date, inside address, Re: line,
salutation, body paragraphs, closing, signature) so every format carries the same words.
Lengths: fonts in points; block margins in Qt's 96-dpi "pixels" (Qt scales them to the
paint device), so ``_px(points)`` converts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QFont,
    QPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from advocate_app.export import paper as P
from advocate_app.export.qt import LetterFonts, letter_fonts
from advocate_app.export.text import body_paragraphs

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.core.stacks import OfficeGroup

BODY_PT = 12.0
KINDS = ("date", "address", "subject", "salutation", "body", "closing", "signature")
LINE_SEP = "\u2028"  # a line break inside one block (keeps address lines together)


def _px(points: float) -> float:
    return points * 96.0 / 72.0


class _Builder:
    """Appends blocks with the letter's spacing; the first block reuses the empty one."""

    def __init__(self, doc: QTextDocument, fonts: LetterFonts, line_height: float = 0.0) -> None:
        self.doc = doc
        self.fonts = fonts
        self.line_height = line_height  # points, exact; 0 = the font's own
        self.cursor = QTextCursor(doc)
        self.first = True

    def block(
        self,
        text: str,
        *,
        after: float = 12.0,
        before: float = 0.0,
        bold: bool = False,
        size: float = BODY_PT,
        keep: bool = False,
        kind: str = "",
        label: str = "",
    ) -> None:
        """Append a paragraph; ``label`` is a bold lead-in ("Campaign: ") before ``text``."""
        line_height = self.line_height if size == BODY_PT else 0.0
        fmt = _block_format(after, before, keep, line_height)
        char = self.char(size, bold)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)
        if label:
            self.cursor.insertText(label, self.char(size, True))
        self.cursor.insertText(text, char)
        if kind:
            # Tag the block through its user state (an int): QTextFormat.setProperty with a
            # string over-releases None in PySide 6 and crashes the interpreter later.
            self.cursor.block().setUserState(KINDS.index(kind) + 1)

    def char(self, size: float, bold: bool) -> QTextCharFormat:
        return _char_format(self.fonts, size, bold)


# Formats are Qt value types (copied into the document on insertion), so one of each kind
# serves every letter: building them anew for each block was a tenth of a letter's export.
_BLOCK_FORMATS: dict[tuple[float, float, bool, float], QTextBlockFormat] = {}
_CHAR_FORMATS: dict[tuple[LetterFonts, float, bool], QTextCharFormat] = {}


def _block_format(after: float, before: float, keep: bool, line_height: float) -> QTextBlockFormat:
    """Spacing in points; ``line_height`` exact in points, 0 = the font's own."""
    key = (after, before, keep, line_height)
    fmt = _BLOCK_FORMATS.get(key)
    if fmt is None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(_px(after))
        fmt.setTopMargin(_px(before))
        fmt.setNonBreakableLines(keep)
        if line_height:
            fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value
            fmt.setLineHeight(_px(line_height), fixed)
        _BLOCK_FORMATS[key] = fmt
    return fmt


def _char_format(fonts: LetterFonts, size: float, bold: bool) -> QTextCharFormat:
    key = (fonts, size, bold)
    char = _CHAR_FORMATS.get(key)
    if char is None:
        char = QTextCharFormat()
        everything = QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll
        char.setFont(fonts.font(size, bold=bold), everything)
        _CHAR_FORMATS[key] = char
    return char


def new_document(fonts: LetterFonts | None = None) -> QTextDocument:
    fonts = fonts or letter_fonts()
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(fonts.font(BODY_PT))
    return doc


def build_letter(
    letter: Letter, device: QPaintDevice | None = None, *, split_lines: bool = False
) -> QTextDocument:
    """The letter laid out as a full-block business letter (everything flush left).

    ``split_lines`` puts each address line in its own paragraph instead of line breaks
    inside one: Qt's ODF writer turns a line separator into a tab plus a line break.
    """
    fonts = letter_fonts().for_text(letter.as_text())
    doc = new_document(fonts)
    b = _Builder(doc, fonts, P.LINE_HEIGHT)

    def lines(parts: tuple[str, ...] | list[str], *, after: float, kind: str) -> None:
        if not split_lines:
            b.block(LINE_SEP.join(parts), after=after, keep=True, kind=kind)
            return
        for i, part in enumerate(parts):
            b.block(part, after=after if i == len(parts) - 1 else 0.0, kind=kind)

    b.block(letter.date, after=P.DATE_AFTER, kind="date")
    if letter.inside_address:
        lines(letter.inside_address, after=P.ADDRESS_AFTER, kind="address")
    if letter.subject:
        # Regular weight: one font face per letter PDF (a bold face would be a second
        # embedded font, ~20% of the export time) and the plain "Re:" line reads as well.
        b.block(letter.subject_line, after=P.PARAGRAPH_AFTER, kind="subject")
    b.block(letter.salutation, after=P.PARAGRAPH_AFTER, kind="salutation")
    for paragraph in body_paragraphs(letter.body):
        if split_lines:
            lines(paragraph.split("\n"), after=P.PARAGRAPH_AFTER, kind="body")
        else:
            b.block(paragraph.replace("\n", LINE_SEP), after=P.PARAGRAPH_AFTER, kind="body")
    # Room for a handwritten signature between the closing and the typed name.
    b.block(
        letter.closing, after=P.SIGNATURE_ROOM, before=P.CLOSING_BEFORE, keep=True, kind="closing"
    )
    if letter.signature:
        lines(letter.signature, after=0.0, kind="signature")
    return _on_device(doc, device)


def build_cover(group: OfficeGroup, device: QPaintDevice | None = None) -> QTextDocument:
    """A hand-delivery cover sheet: who the stack is for, where it goes, how many letters."""
    info = group.info
    fonts = letter_fonts()  # a few cover sheets per batch: keep the fallback face
    doc = new_document(fonts)
    b = _Builder(doc, fonts)
    b.block("Constituent letters for hand delivery", size=13.0, after=28.0)
    b.block(group.recipient, size=20.0, bold=True, after=4.0)
    b.block(group.seat_label, size=13.0, after=30.0)
    b.block("Deliver to", bold=True, after=4.0)
    b.block(
        LINE_SEP.join(group.office_lines) or "(no office address on file)", after=4.0, keep=True
    )
    if group.office_phone:
        b.block(f"Phone: {group.office_phone}", after=4.0)
    b.block("", after=20.0)
    count = len(group.letters)
    b.block(f"{count} letter{'s' if count != 1 else ''} enclosed", size=16.0, bold=True, after=30.0)
    rows = [("Campaign", info.campaign_title)]
    if group.bill_label:
        rows.append(("Bill", group.bill_label))
    if info.event_name:
        rows.append(("Event", info.event_name))
    if info.event_date:
        rows.append(("Event date", info.event_date))
    if info.organizer:
        rows.append(("Organizer", info.organizer))
    for label, value in rows:
        b.block(value, label=f"{label}: ", after=6.0)
    b.block(
        f"Stack {group.index} of {group.count_groups} in this delivery. The letters follow "
        "this sheet, sorted by the writer's last name.",
        size=10.0,
        before=30.0,
        after=0.0,
    )
    return _on_device(doc, device)


def _on_device(doc: QTextDocument, device: QPaintDevice | None) -> QTextDocument:
    """Lay out for ``device`` (fonts measured at its resolution); the caller then sets the
    page size, which lays the document out once, at the device's resolution.

    Set last: with the device set first, every insertion re-measures at 1200 dpi, 40%
    slower to build. And Qt lays a document out as soon as its layout is created (at the
    screen's resolution, thrown away when the device is set), unless the page size is
    null: a null size first saves that wasted pass, ~0.8 ms a letter.
    """
    if device is not None:
        doc.setPageSize(QSizeF(0, 0))
        doc.documentLayout().setPaintDevice(device)
    return doc


def blocks_by_kind(doc: QTextDocument, kind: str) -> list[QTextBlock]:
    """The blocks tagged ``kind`` in ``build_letter`` (used for keep-together fixes)."""
    state = KINDS.index(kind) + 1
    found = []
    block = doc.begin()
    while block.isValid():
        if block.userState() == state:
            found.append(block)
        block = block.next()
    return found


def title_font(fonts: LetterFonts | None = None, size: float = 10.0) -> QFont:
    return (fonts or letter_fonts()).font(size)
