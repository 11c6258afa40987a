"""Step 3's "Show both versions" (issue 17): the selected letter in the other language,
below the preview, read-only.

The letter is composed through the task runner like every letter (a slow template never
freezes the window), from the session's request with the other language.

Its words keep the translation context ``LetterPage`` (they were the page's before the
split, and the Spanish translations are filed under it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from advocate_app.gui.widgets import vbox

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

translate = QCoreApplication.translate

OTHER_LANGUAGE_KEY = "other_language_preview"


class OtherLanguagePreview(QWidget):
    """A caption and the letter in the other language; hidden until asked for."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = vbox(self, spacing=8)
        self.caption = QLabel(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("LetterPage", "The letter in the other language"))
        self.preview.setTabChangesFocus(True)
        self.caption.setBuddy(self.preview)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.preview, 1)
        self.hide()

    def show_letter(self, index: int, wanted: bool) -> None:
        """The session's letter at ``index`` in the other language when ``wanted``."""
        self.setVisible(wanted)
        if not wanted:
            return
        session = self.ctx.session
        request = session.letter_request(self.ctx.today())
        letters = session.letters
        if request is None or not 0 <= index < len(letters):
            self.preview.setPlainText("")
            return
        other = "en" if session.letter_language == "es" else "es"
        self.caption.setText(
            translate("LetterPage", "The same letter in English:")
            if other == "en"
            else translate("LetterPage", "The same letter in Spanish:")
        )
        member = letters[index].member
        other_request = replace(request, members=(member,), language=other)
        self.ctx.runner.submit(
            lambda: other_request.compose_one(member).as_text(),
            self.preview.setPlainText,
            lambda error: self.preview.setPlainText(str(error)),
            key=OTHER_LANGUAGE_KEY,
            label=translate("LetterPage", "Writing your letters…"),
        )
