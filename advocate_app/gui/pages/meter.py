"""A gentle indicator of how much of a letter is the person's own words.

Offices weigh personal letters far above identical ones (DOMAIN.md section 4), so the
letter step nudges, never grades: a small bar and one kind sentence. The share itself is
``core.letters.personalization``. The bar always shows its value ("0 %" is a value, not an
empty box), and beside it the page count of the letter shown (issue 13).
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
        self.bar.setTextVisible(True)  # the value from the start: "0 %" until the story comes
        self.bar.setFormat(translate("LetterPage", "%p %"))
        self.bar.setValue(0)
        self.bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.bar.setAccessibleName(translate("LetterPage", "How personal your letter is"))
        caption.setBuddy(self.bar)
        self.text = note()
        self.pages = self._build_pages_label()
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.bar)
        row.addSpacing(self.fontMetrics().horizontalAdvance("M"))
        row.addWidget(self.pages)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)

    def _build_pages_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("pageCount")
        label.setAccessibleName(translate("LetterPage", "Pages of this letter"))
        return label

    def show_pages(self, count: int | None) -> None:
        """The shown letter's page count (None: not counted yet, or no letter)."""
        if count is None:
            self.pages.setText("")
        elif count == 1:
            self.pages.setText(translate("LetterPage", "This letter: 1 page"))
        else:
            self.pages.setText(translate("LetterPage", "This letter: {0} pages").format(count))

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
