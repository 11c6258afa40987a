"""Finding and removing a participant's words from every widget of a window.

Why a sweep on top of each page's own reset: a page may keep a label, a tooltip, an
accessible description or a list item that its reset forgets (a banner's message, the
matched address). "Next participant" clears the pages first, then this sweep removes any
widget text that still contains one of the participant's traces (name, street address,
email, phone, story), and forgets every text field's undo history, so Ctrl+Z cannot bring
the last person's words back. Tests use ``texts_of`` to prove nothing is left.
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


def _holds(text: str, marks: list[str]) -> bool:
    flat = " ".join(text.split())
    return any(mark in flat for mark in marks)


def scrub(roots: Iterable[QWidget], marks: list[str]) -> int:
    """Remove texts holding any of ``marks``; returns how many widgets were touched."""
    touched = 0
    if not marks:
        return 0
    for widget in _widgets(roots):
        hit = False
        for getter, setter in (("accessibleName", "setAccessibleName"),
                               ("accessibleDescription", "setAccessibleDescription"),
                               ("toolTip", "setToolTip"), ("statusTip", "setStatusTip")):  # fmt: skip
            if _holds(getattr(widget, getter)(), marks):
                getattr(widget, setter)("")
                hit = True
        if isinstance(widget, (QLabel, QAbstractButton)) and _holds(widget.text(), marks):
            widget.setText("")
            hit = True
        elif isinstance(widget, QLineEdit) and _holds(widget.text(), marks):
            widget.setText("")
            hit = True
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and _holds(
            widget.toPlainText(), marks
        ):
            widget.clear()
            hit = True
        elif isinstance(widget, QListWidget):
            for row in reversed(range(widget.count())):
                item = widget.item(row)
                if _holds(item.text(), marks) or _holds(item.toolTip(), marks):
                    widget.takeItem(row)
                    hit = True
        elif isinstance(widget, QComboBox):
            for index in reversed(range(widget.count())):
                if _holds(widget.itemText(index), marks):
                    widget.removeItem(index)
                    hit = True
        touched += int(hit)
    return touched


def forget_undo(roots: Iterable[QWidget]) -> None:
    """No text field can undo back to what the last participant typed."""
    for widget in _widgets(roots):
        if isinstance(widget, QLineEdit) and (widget.isUndoAvailable() or widget.isRedoAvailable()):
            blocked = widget.blockSignals(True)
            widget.setText(widget.text())  # setText drops the undo history
            widget.blockSignals(blocked)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.document().clearUndoRedoStacks()
