"""A participant's traces, and what the widgets of a window still show or remember.

"Next participant" resets the session (``flows.participant``) and every page follows it:
no page keeps a participant's words once the session has none. What a page cannot reset
by showing the session is each text field's undo history: ``forget_undo`` drops it, so
Ctrl+Z cannot bring the last person's words back. ``traces`` are the values that identify
a participant (the idle timer asks whether there is one); tests use ``texts_of`` to prove
that nothing of the last person is left in any widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

MIN_TRACE = 4  # shorter values (a state code) are not personal and would match everywhere


def traces(values: Iterable[str]) -> list[str]:
    found = []
    for value in values:
        value = " ".join((value or "").split())
        if len(value) >= MIN_TRACE and value not in found:
            found.append(value)
    return found


def _widgets(roots: Iterable[QWidget]) -> Iterator[QWidget]:
    for root in roots:
        yield root
        yield from root.findChildren(QWidget)


def texts_of(widget: QWidget) -> list[str]:
    """Every text a widget shows or tells a screen reader."""
    found = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
             widget.windowTitle(), widget.statusTip(), widget.whatsThis()]  # fmt: skip
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        found.append(widget.toPlainText())
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            found += [
                item.text(),
                item.toolTip(),
                str(item.data(Qt.ItemDataRole.AccessibleTextRole) or ""),
            ]
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        found += [widget.tabText(i) for i in range(widget.count())]
    return [" ".join(t.split()) for t in found if t]


def forget_undo(roots: Iterable[QWidget]) -> None:
    """No text field can undo back to what the last participant typed."""
    for widget in _widgets(roots):
        if isinstance(widget, QLineEdit) and (widget.isUndoAvailable() or widget.isRedoAvailable()):
            blocked = widget.blockSignals(True)
            widget.setText(widget.text())  # setText drops the undo history
            widget.blockSignals(blocked)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.document().clearUndoRedoStacks()
