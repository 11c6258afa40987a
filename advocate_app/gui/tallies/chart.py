"""A horizontal bar chart painted with QPainter (no QtCharts: it is not in PySide6-Essentials).

Horizontal bars because the labels ("Rep. Lloyd Doggett (TX-37)") are long and must stay
readable; each bar carries its number at its end, so the chart does not rely on colour or
on reading an axis. The same numbers are in the table beside it and in the widget's
accessible description, for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = "#2f6db5"


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_rows(self, rows: Sequence[tuple[str, int]], empty_text: str = "") -> None:
        self.rows = [(label, int(value)) for label, value in rows]
        self.empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value}" for label, value in self.rows) or empty_text
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, max(120, 16 + self._row_height() * max(1, len(self.rows))))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 120)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        if not self.rows:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            painter.end()
            return
        margin, gap = 8, 10
        label_width = min(
            int(self.width() * 0.45),
            max(metrics.horizontalAdvance(label) for label, _ in self.rows),
        )
        number_width = metrics.horizontalAdvance(str(max(v for _, v in self.rows))) + gap
        left = margin + label_width + gap
        span = max(10, self.width() - left - number_width - margin)
        top_value = max(1, max(v for _, v in self.rows))
        row_height = self._row_height()
        bar = QColor(BAR_COLOUR)
        for index, (label, value) in enumerate(self.rows):
            y = margin + index * row_height
            painter.setPen(text_colour)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRectF(margin, y, label_width, row_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)  # fmt: skip
            width = span * value / top_value
            rect = QRectF(left, y + 4, max(2.0, width), row_height - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text_colour)
            painter.drawText(QRectF(rect.right() + 6, y, number_width, row_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(value))  # fmt: skip
        painter.end()
