"""Step 3's letter-language row: English by default, Spanish when the pack has it (issue 17).

The window's language is a separate choice (Settings); this row only says which language the
letters are written in, and asks for the other version beside the preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from advocate_app.gui.widgets import note

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign


def window_language() -> str:
    """ "es" when the window is in Spanish (see gui/i18n.py), else "en"."""
    return "es" if QLocale().name().lower().startswith("es") else "en"


class LetterLanguageRow(QWidget):
    """ "Letter in Spanish", "Show both versions" and a note; the page owns what they do."""

    spanish_toggled = Signal(bool)
    both_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.spanish_letter = QCheckBox(self.tr("Letter in Spanish"), self)
        self.spanish_letter.setAccessibleDescription(
            self.tr(
                "Write the letters in Spanish instead of English. Your story goes in as you wrote it."
            )
        )
        self.spanish_letter.toggled.connect(self.spanish_toggled)
        self.both_previews = QPushButton(self.tr("Show both versions"), self)
        self.both_previews.setCheckable(True)
        self.both_previews.setAccessibleDescription(
            self.tr("Shows the selected letter in the other language too, below the preview.")
        )
        self.both_previews.toggled.connect(self.both_toggled)
        row.addWidget(self.spanish_letter)
        row.addWidget(self.both_previews)
        row.addStretch(1)
        self.language_note = note(selectable=True)
        column.addLayout(row)
        column.addWidget(self.language_note)

    def show_for(self, campaign: Campaign, letter_language: str) -> None:
        """What the row offers for ``campaign``: Spanish only when the pack has it, and a note
        in the window's language when the window is Spanish or the pack is."""
        spanish_window = window_language() == "es"
        has_spanish = campaign.has_language("es")
        self.spanish_letter.setVisible(has_spanish or spanish_window)
        self.spanish_letter.setEnabled(has_spanish)
        self.both_previews.setVisible(has_spanish)
        self.spanish_letter.blockSignals(True)
        self.spanish_letter.setChecked(has_spanish and letter_language == "es")
        self.spanish_letter.blockSignals(False)
        notes = []
        if spanish_window and not has_spanish:
            notes.append(
                self.tr("This campaign is only in English: its texts and letters are in English.")
            )
        elif spanish_window or has_spanish:
            notes.append(
                self.tr(
                    "Letters are in English unless you choose Spanish: English is what congressional "
                    "offices log fastest. Your story goes into the letter exactly as you wrote it."
                )
            )
        self.language_note.setText("\n".join(notes))
        self.language_note.setVisible(bool(notes))
        if not has_spanish:
            self.both_previews.setChecked(False)

    def wants_both(self) -> bool:
        return self.both_previews.isChecked() and self.both_previews.isVisible()
