"""The idle warning: "Are you still there?" with a visible countdown before the window clears.

Why a countdown: a participant who stepped away to find their reading glasses must not lose
their letter without warning; one who left must not leave it on the screen for the next
person. Any click on "I'm still here" (or a key press in this dialog) keeps everything.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from advocate_app.gui.widgets import announce, heading, plain


class IdleWarning(QDialog):
    expired = Signal()  # the countdown ran out: clear the window
    kept = Signal()  # the person is still there

    def __init__(self, countdown_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown_ms = countdown_ms
        self.setWindowTitle(self.tr("Are you still there?"))
        self.setAccessibleName(self.tr("Are you still there?"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Are you still there?"), 2))
        self.label = plain(QLabel(self))
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Time left"))
        layout.addWidget(self.label)
        buttons = QDialogButtonBox(self)
        self.stay = buttons.addButton(
            self.tr("I'm &still here"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.stay.setAccessibleName(self.tr("I'm still here"))
        self.stay.setDefault(True)
        self.stay.clicked.connect(self._on_stay_clicked)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(max(10, min(1000, countdown_ms // 10 or 1)))
        self._tick.timeout.connect(self._on_tick)

    def start(self) -> None:
        self._clock.start()
        self._show_left(self.countdown_ms)
        self._tick.start()
        self.open()
        self.stay.setFocus()
        announce(self.label)

    def remaining_ms(self) -> int:
        return (
            max(0, self.countdown_ms - int(self._clock.elapsed())) if self._clock.isValid() else 0
        )

    def _show_left(self, ms: int) -> None:
        seconds = max(0, (ms + 999) // 1000)
        self.label.setText(
            self.tr(
                "Nobody has typed for a while. In {0} seconds this screen is cleared for the next "
                "person, and what was typed is forgotten."
            ).format(seconds)
        )

    def _on_tick(self) -> None:
        left = self.remaining_ms()
        self._show_left(left)
        if left <= 0:
            self._tick.stop()
            super().reject()
            self.expired.emit()

    def _on_stay_clicked(self) -> None:
        self._tick.stop()
        self.accept()
        self.kept.emit()

    def reject(self) -> None:
        """Escape while the countdown runs means "I'm still here"."""
        if self._tick.isActive():
            self._on_stay_clicked()
            return
        super().reject()

    def cancel(self) -> None:
        self._tick.stop()
        if self.isVisible():
            super().reject()
