"""Envelopes (#10) and mailing labels (Avery 5160) as PDF, in the same order as the letters.

#10 envelope: 9.5 x 4.125 in, the writer's return address in the top-left corner, the
letter's inside address as the recipient block right of centre (in the area USPS readers
scan; the bottom 5/8 in stays clear for the barcode). Avery 5160 (and 5260, 8160, ...):
US Letter sheet, 3 columns x 10 rows of 2.625 x 1 in labels, 0.5 in top margin, 0.1875 in
left margin, 2.75 in column pitch. ``skip`` leaves used labels of a partly used first
sheet blank; ``nudge`` shifts everything to calibrate a printer that feeds off-true.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from advocate_app.core.models import Letter
from advocate_app.export.naming import write_new_file
from advocate_app.export.paper import ENVELOPE_HEIGHT, ENVELOPE_WIDTH, INCH
from advocate_app.export.pdf import render_pdf
from advocate_app.export.progress import Progress, Ticker
from advocate_app.export.qt import letter_fonts
from advocate_app.export.render import set_paper

LABEL_COLUMNS, LABEL_ROWS = 3, 10
LABEL_WIDTH, LABEL_HEIGHT = 2.625 * INCH, 1.0 * INCH
LABEL_TOP, LABEL_LEFT = 0.5 * INCH, 0.1875 * INCH
LABEL_PITCH_X, LABEL_PITCH_Y = 2.75 * INCH, 1.0 * INCH
LABEL_PADDING = 0.15 * INCH
LABELS_PER_SHEET = LABEL_COLUMNS * LABEL_ROWS
MIN_LABEL_PT = 8.0  # smaller is hard to read for mail-room staff; long lines wrap instead


def recipient_lines(letter: Letter) -> tuple[str, ...]:
    """The envelope/label address of the office: the letter's inside address."""
    return tuple(line for line in letter.inside_address if line.strip())


def sender_lines(letter: Letter) -> tuple[str, ...]:
    constituent = letter.constituent
    return tuple(line for line in (constituent.name, *constituent.address.lines()) if line.strip())


class _Writer:
    """Draws address blocks in points on any paged device (PDF or printer)."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.resolution() / 72.0

    def font(self, size: float) -> QFont:
        return letter_fonts().font(size)

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def fit(
        self, lines: Sequence[str], width: float, height: float, start: float, smallest: float
    ) -> QFont:
        """The largest size from ``start`` down to ``smallest`` at which the block fits."""
        return self.fit_wrapped(lines, width, height, start, smallest)[0]

    def fit_wrapped(
        self, lines: Sequence[str], width: float, height: float, start: float, smallest: float
    ) -> tuple[QFont, tuple[str, ...]]:
        """The largest size (never below ``smallest``) and the lines, long ones wrapped at
        commas or spaces, at which the whole block fits ``width`` x ``height`` points.

        Shrinking first, then wrapping: a line too long even at ``smallest`` continues on
        the next line instead of being cut off.
        """
        size = start
        while True:
            font = self.font(size)
            m = self.metrics(font)
            limit = width * self.scale
            too_wide = max((m.horizontalAdvance(x) for x in lines), default=0) > limit
            if not too_wide and m.lineSpacing() * len(lines) <= height * self.scale:
                return font, tuple(lines)
            if size <= smallest:
                break
            size = max(smallest, size - 0.5)
        # At the smallest size: wrap, one step larger at a time while it still fits.
        best: tuple[QFont, tuple[str, ...]] | None = None
        size = smallest
        while size <= start:
            font = self.font(size)
            m = self.metrics(font)
            wrapped = tuple(w for line in lines for w in _wrap(line, m, width * self.scale))
            if m.lineSpacing() * len(wrapped) > height * self.scale:
                break
            best = (font, wrapped)
            size += 0.5
        if best is None:  # taller than the area even at the smallest size: still every word
            font = self.font(smallest)
            m = self.metrics(font)
            best = (font, tuple(w for line in lines for w in _wrap(line, m, width * self.scale)))
        return best

    def block(
        self, lines: Sequence[str], x: float, y: float, font: QFont, max_width: float
    ) -> None:
        """Draw ``lines`` with the first line's top at (x, y) points; elide what cannot fit."""
        m = self.metrics(font)
        self.painter.setFont(font)
        baseline = y * self.scale + m.ascent()
        for line in lines:
            text = m.elidedText(line, Qt.TextElideMode.ElideRight, max_width * self.scale)
            self.painter.drawText(QPointF(x * self.scale, baseline), text)
            baseline += m.lineSpacing()

    def block_size(self, lines: Sequence[str], font: QFont) -> QSizeF:
        m = self.metrics(font)
        width = max((m.horizontalAdvance(x) for x in lines), default=0) / self.scale
        return QSizeF(width, m.lineSpacing() * len(lines) / self.scale)


def _wrap(line: str, m: QFontMetricsF, limit: float) -> list[str]:
    """``line`` broken to fit ``limit``: after a comma (between postal parts) where it can,
    else between words."""
    if m.horizontalAdvance(line) <= limit:
        return [line]
    pieces = [p.strip() + "," for p in line.split(",")[:-1]] + [line.split(",")[-1].strip()]
    out: list[str] = []
    current = ""
    for piece in (p for p in pieces if p.strip(",")):
        candidate = f"{current} {piece}".strip()
        if m.horizontalAdvance(candidate) <= limit:
            current = candidate
            continue
        if current:
            out.append(current)
        current = ""
        for word in piece.split():  # a part too long alone: break between its words
            candidate = f"{current} {word}".strip()
            if current and m.horizontalAdvance(candidate) > limit:
                out.append(current)
                current = word
            else:
                current = candidate
    if current:
        out.append(current)
    return out


def _custom_page(device: QPagedPaintDevice, width: float, height: float, name: str) -> None:
    size = QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, name, QPageSize.SizeMatchPolicy.ExactMatch
    )
    orientation = QPageLayout.Orientation.Portrait
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)
    device.setPageLayout(layout)


def paint_envelopes(
    device: QPagedPaintDevice, letters: Sequence[Letter], *, ticker: Ticker | None = None
) -> int:
    """One #10 envelope page per letter; returns the number of pages."""
    _custom_page(device, ENVELOPE_WIDTH, ENVELOPE_HEIGHT, "#10 Envelope")
    ticker = ticker or Ticker(len(letters))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start painting the envelopes.")
    try:
        w = _Writer(painter, device)
        for i, letter in enumerate(letters):
            if i and not device.newPage():
                raise OSError("The PDF file refused a new page (disk full?).")
            margin = 0.375 * INCH
            sender = sender_lines(letter)
            sender_font = w.fit(sender, 3.5 * INCH, 1.2 * INCH, 10.0, 7.0)
            w.block(sender, margin, margin, sender_font, 3.5 * INCH)
            recipient = recipient_lines(letter)
            area_w = ENVELOPE_WIDTH - 0.5 * INCH - 3.0 * INCH  # right of the left third
            font, recipient = w.fit_wrapped(recipient, area_w, 1.6 * INCH, 12.0, 8.0)
            size = w.block_size(recipient, font)
            x = min(4.0 * INCH, ENVELOPE_WIDTH - 0.5 * INCH - size.width())
            x = max(x, 3.0 * INCH)
            y = min(2.0 * INCH, ENVELOPE_HEIGHT - 0.625 * INCH - size.height())
            w.block(recipient, x, y, font, ENVELOPE_WIDTH - 0.5 * INCH - x)
            ticker.step()
    finally:
        painter.end()
    return len(letters)


def paint_labels(
    device: QPagedPaintDevice,
    addresses: Sequence[Sequence[str]],
    *,
    skip: int = 0,
    nudge: tuple[float, float] = (0.0, 0.0),
    outlines: bool = False,
    ticker: Ticker | None = None,
) -> int:
    """Avery 5160 sheets, filled row by row (left to right, then down); returns sheets.

    ``outlines`` draws each label's edge: print a test sheet on plain paper and hold it
    against a label sheet to check the printer's alignment before using real labels.
    """
    set_paper(device, "letter")
    ticker = ticker or Ticker(len(addresses))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start painting the labels.")
    sheets = 0
    try:
        w = _Writer(painter, device)
        for n, lines in enumerate(addresses):
            slot = (n + skip) % LABELS_PER_SHEET
            if slot == 0 or n == 0:
                if sheets and not device.newPage():
                    raise OSError("The PDF file refused a new page (disk full?).")
                sheets += 1
            row, column = divmod(slot, LABEL_COLUMNS)
            left = LABEL_LEFT + column * LABEL_PITCH_X + nudge[0]
            top = LABEL_TOP + row * LABEL_PITCH_Y + nudge[1]
            if outlines:
                s = w.scale
                painter.drawRect(QRectF(left * s, top * s, LABEL_WIDTH * s, LABEL_HEIGHT * s))
            inner_w = LABEL_WIDTH - 2 * LABEL_PADDING
            inner_h = LABEL_HEIGHT - 2 * 0.06 * INCH
            font, lines = w.fit_wrapped(lines, inner_w, inner_h, 10.0, MIN_LABEL_PT)
            size = w.block_size(lines, font)
            y = top + max(0.06 * INCH, (LABEL_HEIGHT - size.height()) / 2)
            w.block(lines, left + LABEL_PADDING, y, font, inner_w)
            ticker.step()
    finally:
        painter.end()
    return sheets


def envelopes_pdf(letters: Sequence[Letter], *, progress: Progress | None = None) -> bytes:
    ticker = Ticker(len(letters), progress)
    ticker.start()
    return render_pdf(
        lambda d: paint_envelopes(d, letters, ticker=ticker), title="Envelopes", paper=None
    )


def labels_pdf(
    letters: Sequence[Letter],
    *,
    side: str = "recipient",
    skip: int = 0,
    nudge: tuple[float, float] = (0.0, 0.0),
    outlines: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """Labels for the offices (``side="recipient"``) or return labels (``"sender"``)."""
    if side not in ("recipient", "sender"):
        raise ValueError("side must be 'recipient' or 'sender'")
    pick = recipient_lines if side == "recipient" else sender_lines
    addresses = [pick(letter) for letter in letters]
    ticker = Ticker(len(addresses), progress)
    ticker.start()
    return render_pdf(
        lambda d: paint_labels(
            d,
            addresses,
            skip=skip % LABELS_PER_SHEET,
            nudge=nudge,
            outlines=outlines,
            ticker=ticker,
        ),
        title="Mailing labels (Avery 5160)",
        paper="letter",
    )


def write_envelopes(
    letters: Sequence[Letter], folder: Path, filename: str = "Envelopes", **kw
) -> Path:
    return write_new_file(envelopes_pdf(letters, **kw), Path(folder), filename, "pdf")


def write_labels(
    letters: Sequence[Letter], folder: Path, filename: str = "Labels (Avery 5160)", **kw
) -> Path:
    return write_new_file(labels_pdf(letters, **kw), Path(folder), filename, "pdf")
