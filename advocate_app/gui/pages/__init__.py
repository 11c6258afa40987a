"""The four steps of the main window: You, Your members, Your letter, Send."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from advocate_app.gui.widgets import set_enum

COMPOSE_KEY = "compose"  # the task runner's key for composing letters (Letter page)


def scrolled(page: QWidget, max_width: int = 0) -> QScrollArea:
    """Pages scroll rather than squash when the text is large (200 % scaling); forms stay
    at a readable width on a wide screen."""
    area = QScrollArea()
    if max_width:
        page.setMaximumWidth(max_width)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(page, 1)
        row.addStretch(0)
        page = holder
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    set_enum(area, "focusPolicy", "NoFocus")  # no unnamed Tab stop: fields scroll it
    return area
