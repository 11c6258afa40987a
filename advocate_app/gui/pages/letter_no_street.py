"""Step 3's box for a writer who gave only a ZIP code (issue 13): why offices need a street
address, and the confirmation before any letter is written (``LetterSession.may_write``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from advocate_app.gui.widgets import note


class NoStreetBox(QGroupBox):
    """Shown only while the lookup holds and the street is missing; says what the session
    says (``confirmed`` follows ``no_street_confirmed``)."""

    confirmed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("No street address"))
        self.setAccessibleName(self.tr("No street address"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "You gave only your ZIP code. Offices need a street address to check that "
                    "you live in their district and to reply to you by mail. Add your street "
                    "in step 1, or confirm that you want to write without it."
                )
            )
        )
        self.ok = QCheckBox(self.tr("&Write my letters without a street address"), self)
        self.ok.setAccessibleName(self.tr("Write my letters without a street address"))
        self.ok.toggled.connect(self.confirmed)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_state(self, needed: bool, confirmed: bool) -> None:
        self.setVisible(needed)
        if self.ok.isChecked() != confirmed:
            self.ok.blockSignals(True)
            self.ok.setChecked(confirmed)
            self.ok.blockSignals(False)
