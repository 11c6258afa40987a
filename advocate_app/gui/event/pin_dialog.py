"""Asking for the organizer's PIN before settings, the editor, the archive or quitting.

Opened with ``open()`` (never ``exec()``): the window keeps running and tests type into it.
A wrong PIN keeps the dialog open with a message; after several misses the core's
``PinGuard`` refuses tries for a while and the dialog says how long.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.errors import InputProblem
from advocate_app.gui.widgets import add_row, announce, note, plain


class PinDialog(QDialog):
    unlocked = Signal(str)  # the PIN, for an action that needs it again (turning the event off)

    def __init__(
        self, check: Callable[[str], bool], reason: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Organizer PIN"))
        self.setAccessibleName(self.tr("Organizer PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(note(reason))
        form = QFormLayout()
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        add_row(form, self.tr("&PIN:"), self.pin, self.tr("Organizer PIN"))
        layout.addLayout(form)
        self.message = plain(QLabel(self))
        self.message.setAccessibleName(self.tr("PIN message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.try_pin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.pin.setFocus()

    def try_pin(self) -> bool:
        pin = self.pin.text()
        self.pin.setText("")  # also forgets the field's undo history
        try:
            right = self._check(pin)
        except InputProblem as exc:  # locked out for a while
            self._say(str(exc))
            return False
        if not right:
            self._say(self.tr("That PIN is not right. Ask the organizer."))
            return False
        self.unlocked.emit(pin)
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()
        announce(self.message)
        self.pin.setFocus()
