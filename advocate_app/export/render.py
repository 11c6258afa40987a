"""Paint letters (and batch cover sheets) page by page on a PDF writer or a printer.

One painter for PDF, print and print preview, so what the person previews is what prints.
We paint pages ourselves instead of ``QTextDocument.print()`` because pages 2+ carry a
continuation header (recipient, date, page number) in the top margin, and because the
closing and signature must never be stranded alone on a last page.

GUI use (QtPrintSupport)::

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer)
    dialog.paintRequested.connect(lambda p: paint_letters(p, letters))   # paper from dialog
    # or, after QPrintDialog(printer).exec(): paint_letters(printer, letters)

``paper=None`` keeps the paper the person chose in the dialog; "letter" / "a4" sets it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)

from advocate_app.core.models import Letter
from advocate_app.core.stacks import OfficeGroup
from advocate_app.export import paper as P
from advocate_app.export.document import blocks_by_kind, build_cover, build_letter
from advocate_app.export.progress import Progress, Ticker
from advocate_app.export.qt import ensure_gui_app, letter_fonts

log = logging.getLogger(__name__)

PAGE_SIZE_IDS = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
Printable = Letter | OfficeGroup


def set_paper(device: QPagedPaintDevice, paper: str | None) -> None:
    """Full-page layout (we draw our own margins); ``paper`` None keeps the device's size."""
    if paper is not None:
        layout = _full_page_layout(P.paper_for(paper).key)
    else:
        layout = _full_page(device.pageLayout().pageSize())
    if hasattr(device, "setFullPage"):  # QPrinter: origin at the paper's corner
        device.setFullPage(True)
    if not device.setPageLayout(layout):
        log.warning("the printer refused the page layout; printing with its own")


def _full_page(size: QPageSize) -> QPageLayout:
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


@lru_cache(maxsize=len(PAGE_SIZE_IDS))
def _full_page_layout(key: str) -> QPageLayout:
    """One layout per paper (a value type the device copies), not one per letter."""
    return _full_page(QPageSize(PAGE_SIZE_IDS[key]))


@dataclass(frozen=True)
class Frame:
    """The page geometry in device pixels."""

    dpi: float
    width: float
    height: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> Frame:
        dpi = (
            float(device.resolution())
            if hasattr(device, "resolution")
            else float(device.logicalDpiY())
        )
        rect = device.pageLayout().fullRect(QPageLayout.Unit.Point)
        scale = dpi / 72.0
        return cls(dpi, rect.width() * scale, rect.height() * scale)

    def px(self, points: float) -> float:
        return points * self.dpi / 72.0

    @property
    def margin(self) -> float:
        return self.px(P.MARGIN)

    @property
    def content(self) -> QSizeF:
        return QSizeF(self.width - 2 * self.margin, self.height - 2 * self.margin)


def layout_document(item: Printable, device: QPagedPaintDevice, frame: Frame) -> QTextDocument:
    """Build the item's document laid out in the frame's content area, pages fixed up."""
    doc = build_letter(item, device) if isinstance(item, Letter) else build_cover(item, device)
    doc.setPageSize(frame.content)
    if isinstance(item, Letter):
        avoid_widows_and_orphans(doc, frame.content.height())
        _keep_signature_with_body(doc, frame.content.height())
    return doc


MIN_LINES = 2  # no paragraph split leaving fewer lines than this on either page


def avoid_widows_and_orphans(doc: QTextDocument, page_height: float) -> None:
    """No paragraph split across pages with a lone line on either side (Qt has no such rule).

    An orphan (one line at the foot of a page) or a short paragraph moves whole to the next
    page; a long paragraph with a widow (one line at the top of the next page) is split two
    lines before its end, so two lines carry over and the page above stays full.
    """
    if doc.pageCount() < 2:
        return
    for _ in range(8):  # each fix moves text down; a few passes settle every page
        target = _first_bad_split(doc, page_height)
        if target is None:
            return
        block, lines_before = target
        if lines_before >= MIN_LINES and block.layout().lineCount() - lines_before < MIN_LINES:
            keep = block.layout().lineCount() - MIN_LINES  # lines that stay on the page above
            if keep >= MIN_LINES:
                _split_before_line(block, keep)
                continue
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)


def _first_bad_split(doc: QTextDocument, page_height: float) -> tuple[QTextBlock, int] | None:
    """The first body paragraph split with a lone line on a page (the closing and signature
    are kept together by ``_keep_signature_with_body``)."""
    for block in blocks_by_kind(doc, "body"):
        text_layout = block.layout()
        count = text_layout.lineCount()
        if count >= 2:
            top = text_layout.position().y()
            pages = [_line_page(top, text_layout.lineAt(i), page_height) for i in range(count)]
            first, last = pages[0], pages[-1]
            if first != last:
                before = pages.count(first)
                if before < MIN_LINES or count - before < MIN_LINES:
                    return block, before
    return None


def _split_before_line(block: QTextBlock, line: int) -> None:
    """Make ``block`` two paragraphs at the start of ``line``; the second starts a page."""
    start = block.layout().lineAt(line).textStart()
    state = block.userState()
    fmt = block.blockFormat()
    first_fmt = QTextBlockFormat(fmt)
    first_fmt.setBottomMargin(0.0)
    second_fmt = QTextBlockFormat(fmt)
    second_fmt.setTopMargin(0.0)
    second_fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    # The line starts after the space that ended the line above: drop that space.
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() == " ":
        cursor.removeSelectedText()
    else:
        cursor.clearSelection()
        cursor.setPosition(block.position() + start)
    cursor.insertBlock(second_fmt)
    QTextCursor(block).setBlockFormat(first_fmt)
    cursor.block().setUserState(state)


def _page_of(y: float, page_height: float) -> int:
    return int((y + 0.5) // page_height)


def _line_page(block_top: float, line: QTextLine, page_height: float) -> int:
    """The page a line is printed on: the one holding its middle (a fixed line height puts
    a line's top a fraction above the page's)."""
    return _page_of(block_top + line.y() + line.height() / 2, page_height)


def _keep_signature_with_body(doc: QTextDocument, page_height: float) -> None:
    """Never leave "Sincerely," and the signature alone (or split) on a page of their own."""
    if doc.pageCount() < 2:
        return
    layout = doc.documentLayout()
    closing = blocks_by_kind(doc, "closing")
    body = blocks_by_kind(doc, "body")
    if not closing or not body:
        return
    tail = blocks_by_kind(doc, "signature") or closing
    tail_top = layout.blockBoundingRect(closing[0]).top()
    tail_bottom = layout.blockBoundingRect(tail[-1]).bottom()
    last = layout.blockBoundingRect(body[-1])
    together = _page_of(tail_top, page_height) == _page_of(tail_bottom - 1, page_height)
    with_body = _page_of(last.bottom() - 1, page_height) == _page_of(tail_top, page_height)
    if together and with_body:
        return
    last_starts_page = abs(last.top() - _page_of(last.top(), page_height) * page_height) < 1
    if not last_starts_page and last.height() < page_height / 3:
        target = body[-1]  # carry the last paragraph over with the closing
    elif not together:
        target = closing[0]
    else:
        return
    fmt = target.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(target).setBlockFormat(fmt)


class PagePainter:
    """Paints laid-out documents onto consecutive pages of one device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.frame = Frame.of(device)
        self.painter = QPainter()
        self.pages = 0

    def __enter__(self) -> PagePainter:
        if not self.painter.begin(self.device):
            raise OSError("Could not start painting on the printer or PDF file.")
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.painter.isActive():
            self.painter.end()

    def new_page(self) -> None:
        if self.pages and not self.device.newPage():
            raise OSError("The printer or PDF file refused a new page (disk full?).")
        self.pages += 1

    def paint_item(self, item: Printable) -> int:
        doc = layout_document(item, self.device, self.frame)
        count = doc.pageCount()
        for number in range(count):
            self.new_page()
            if number and isinstance(item, Letter):  # header first: it is read first
                self.paint_header(item, number + 1)
            # One page has no break to duplicate a line across: Qt's own (faster) path.
            self.paint_doc_page(doc, number, by_line=isinstance(item, Letter) and count > 1)
        return count

    def paint_doc_page(self, doc: QTextDocument, number: int, *, by_line: bool = False) -> None:
        """Draw page ``number``; ``by_line``: each line only on the page that holds it.

        ``QTextDocument.drawContents`` with a page-sized clip also draws the lines next to
        the clip (Qt tests lines against the clip loosely): at a page break the PDF's text
        layer got a clipped, invisible copy of the line printed on the other page, so
        copy-paste, search and screen readers read it twice. Letters (plain paragraphs) are
        drawn line by line; cover sheets and summaries (one page, tables) as a whole.
        """
        content = self.frame.content
        painter = self.painter
        top = number * content.height()
        bottom = top + content.height()
        if not by_line:
            painter.save()
            painter.translate(self.frame.margin, self.frame.margin - top)
            doc.drawContents(painter, QRectF(QPointF(0, top), content))
            painter.restore()
            return
        layout = doc.documentLayout()
        painter.save()
        painter.translate(self.frame.margin, self.frame.margin - top)
        painter.setClipRect(QRectF(0, top, content.width(), content.height()))
        block = doc.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.bottom() > top and rect.top() < bottom:
                text_layout = block.layout()
                origin = text_layout.position()
                for i in range(text_layout.lineCount()):
                    line = text_layout.lineAt(i)
                    if _line_page(origin.y(), line, content.height()) == number:
                        line.draw(painter, origin)
            elif rect.top() >= bottom:
                break
            block = block.next()
        painter.restore()

    def paint_header(self, letter: Letter, page: int) -> None:
        """Continuation header in the top margin: recipient | date | Page N, hairline below."""
        frame, painter = self.frame, self.painter
        recipient = letter.inside_address[0] if letter.inside_address else letter.member.name
        painter.save()
        painter.setFont(letter_fonts().for_text(recipient + letter.date).font(10.0))
        painter.setPen(QColor(60, 60, 60))
        left, width = frame.margin, frame.content.width()
        box = QRectF(left, 0, width, frame.px(P.HEADER_BASELINE))
        bottom = Qt.AlignmentFlag.AlignBottom
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | bottom), recipient)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | bottom), letter.date)
        page_word = "Página" if letter.language == "es" else "Page"
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | bottom), f"{page_word} {page}")
        pen = QPen(QColor(150, 150, 150))
        pen.setWidthF(frame.px(0.5))
        painter.setPen(pen)
        y = frame.px(P.HEADER_RULE)
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        painter.restore()


def paint_items(
    device: QPagedPaintDevice,
    items: Sequence[Printable],
    *,
    paper: str | None = None,
    progress: Progress | None = None,
    ticker: Ticker | None = None,
    page_counts: list[int] | None = None,
) -> int:
    """Paint letters and cover sheets, each starting on a new page; returns pages painted.

    ``page_counts``, when given, receives each item's number of pages (in order)."""
    ensure_gui_app()
    set_paper(device, paper)
    ticker = ticker or Ticker(len(items), progress)
    ticker.start()
    with PagePainter(device) as pages:
        for item in items:
            count = pages.paint_item(item)
            if page_counts is not None:
                page_counts.append(count)
            ticker.step()
        return pages.pages


def paint_letters(
    device: QPagedPaintDevice,
    letters: Sequence[Letter],
    *,
    paper: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Print / preview / PDF entry point for the GUI: ``device`` is a QPrinter or QPdfWriter."""
    return paint_items(device, list(letters), paper=paper, progress=progress)
