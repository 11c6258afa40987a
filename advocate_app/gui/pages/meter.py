"""A gentle indicator of how much of a letter is the person's own words.

Offices weigh personal letters far above identical ones (DOMAIN.md section 4), so the
letter step nudges, never grades: a small bar and one kind sentence. The share itself is
``core.letters.personalization``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from advocate_app.gui.widgets import note

translate = QCoreApplication.translate


def personal_text(share: float) -> str:
    """A gentle word on how much of the letter is the person's own, never a grade."""
    if share < 0.05:
        return translate(
            "LetterPage",
            "Only the campaign's words so far. Offices give far more "
            "weight to a letter with a sentence or two of your own.",
        )
    if share < 0.2:
        return translate(
            "LetterPage",
            "A little of you is in it. A few more words of your own will help it stand out.",
        )
    if share < 0.4:
        return translate("LetterPage", "Good: your own words are a real part of this letter.")
    return translate("LetterPage", "Very personal. Offices notice letters like this one.")


class PersonalMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption = QLabel(translate("LetterPage", "How personal:"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.bar.setAccessibleName(translate("LetterPage", "How personal your letter is"))
        caption.setBuddy(self.bar)
        self.text = note()
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.bar)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)

    def value(self) -> int:
        return self.bar.value()

    def show_share(self, share: float | None) -> None:
        """``share`` 0..1, or None when there is no letter to measure."""
        if share is None:
            self.bar.setValue(0)
            self.text.setText("")
            return
        self.bar.setValue(round(share * 100))
        words = personal_text(share)
        self.text.setText(words)
        self.bar.setAccessibleDescription(words)
