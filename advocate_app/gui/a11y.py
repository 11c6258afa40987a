"""What screen readers get from our widgets, where Qt's default is not what a person needs.

On Linux, Qt names a combo box by its current text ("Choose…") and leaves its label to a
relation; Orca and AT-SPI clients then read a state picker as "Choose…, combo box". Every
other control is named by its label. ``install()`` registers an accessibility factory that
names a (non-editable) combo box by its accessible name, its label, and keeps the current
choice as its value and in its list of items, so "State, combo box, Texas (TX)" is read.
A combo box without an accessible name is named by its current text, as Qt does.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox

_installed = False
_alive: dict[int, QAccessibleInterface] = {}  # Qt keeps raw pointers: Python must keep them


class LabelledComboBox(QAccessibleWidget):
    """A combo box named by its label; its value and items as Qt gives them."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self.combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.combo.accessibleName() or self.combo.currentText()
        if kind == QAccessible.Text.Value:
            return self.combo.currentText()
        return super().text(kind)

    # The drop-down list, so a reader can go through the items and see the selected one.
    def _list(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.combo.view())

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return 1 if self._list() is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        return self._list() if index == 0 else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        listed = self._list()
        return 0 if listed is not None and child.object() is listed.object() else -1


def _factory(key: str, obj: object) -> QAccessibleInterface | None:
    if isinstance(obj, QComboBox) and not obj.isEditable():
        key = id(obj)
        interface = _alive.get(key)
        if interface is None:
            interface = LabelledComboBox(obj)
            _alive[key] = interface
            obj.destroyed.connect(lambda *_a: _alive.pop(key, None))
        return interface
    return None


def install() -> None:
    """Register the factory once per process: after the QApplication exists (Qt forgets a
    factory installed before it), before the first window is built."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
