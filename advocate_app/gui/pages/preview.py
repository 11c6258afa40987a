"""One member's letter on screen: the parts Advocate composes, and the body the person edits.

Edits are the person's words and are never silently replaced. When the story or the talking
points change after the person edited a letter, that letter keeps their text and a notice
offers the updated one; taking it is one undoable edit (Ctrl+Z brings the edits back).

The sheet scrolls as one page, never a scrolling box inside a scrolling box (issue 15): the
body editor grows to its text (``LetterBody``) and the sheet follows the caret.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from advocate_app.core.models import Letter
from advocate_app.gui.context import join_lines
from advocate_app.gui.labels import member_title
from advocate_app.gui.widgets import KIND_COLOURS, note, plain, vbox

BODY_MIN_LINES = 10


class LetterBody(QPlainTextEdit):
    """The letter's editable body, as tall as its text: it never scrolls by itself, so the
    preview around it is the one thing that scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit())

    def fit(self) -> None:
        """Height for every line of the text as wrapped now (at least ``BODY_MIN_LINES``)."""
        lines = max(self.document().documentLayout().documentSize().height(), BODY_MIN_LINES)
        margins = self.contentsMargins()
        height = math.ceil(
            (lines + 1) * self.fontMetrics().lineSpacing()  # + 1: room for the caret's line
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
        )
        if height != self.height() or height != self.minimumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        # A new width wraps the text anew; fit after this layout pass, not inside it.
        QTimer.singleShot(0, self, self.fit)


class LetterPreview(QScrollArea):
    """Header and footer as text, the body in an editor with an accessible name; the whole
    sheet scrolls when the window is small or the text is large."""

    body_edited = Signal()

    def __init__(self, letter: Letter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = QWidget(self)
        self.letter = letter
        self._base = letter.body  # the text Advocate last put in the editor
        self._pending: str | None = None  # a newer text not applied because of edits
        self._setting = False
        title = member_title(letter.member)

        self.header = plain(QLabel(self.paper))  # names and addresses: text, never HTML
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAccessibleName(self.tr("Letter heading"))
        self.notice = QWidget(self.paper)
        self.notice.setObjectName("editNotice")
        background, foreground, border = KIND_COLOURS["warning"]
        self.notice.setStyleSheet(
            f"QWidget#editNotice {{ background: {background}; border: 1px solid {border}; }}"
            f" QWidget#editNotice QLabel {{ color: {foreground}; }}"
        )
        self.notice.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        notice_text = note(
            self.tr(
                "You changed this letter yourself, so your newest story and talking points are "
                "not in it."
            )
        )
        self.take_update = QPushButton(self.tr("Use the &updated text"), self.notice)
        self.take_update.setAccessibleName(self.tr("Use the updated text"))
        self.take_update.setToolTip(
            self.tr("Your own edits can be brought back with Undo (Ctrl+Z).")
        )
        self.take_update.clicked.connect(self.apply_pending)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(notice_text, 1)
        row.addWidget(self.take_update, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice.hide()

        self.body = LetterBody(self.paper)
        self.body.setObjectName("letterBody")
        self.body.setAccessibleName(self.tr("Letter to {0}").format(title))
        self.body.setAccessibleDescription(
            self.tr(
                "Editable text of the letter. Your changes are kept when you move between steps."
            )
        )
        self.body.setTabChangesFocus(True)
        self.body.setPlainText(letter.body)
        self.body.textChanged.connect(self._on_body_text_changed)
        self.body.cursorPositionChanged.connect(self._follow_caret)
        self.footer = plain(QLabel(self.paper))
        self.footer.setWordWrap(True)
        self.footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.footer.setAccessibleName(self.tr("Letter closing"))

        # Looks like a sheet of paper, in the palette's own colours (high contrast included).
        self.paper.setAutoFillBackground(True)
        self.paper.setBackgroundRole(QPalette.ColorRole.Base)
        for label in (self.header, self.footer):
            label.setForegroundRole(QPalette.ColorRole.Text)
        layout = vbox(self.paper, margins=14, spacing=8)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.body)
        layout.addWidget(self.footer)
        layout.addStretch(1)
        self.setWidget(self.paper)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: the editor scrolls it
        self._show_frame(letter)
        self.body.fit()

    # --- state ---------------------------------------------------------------------------
    @property
    def edited(self) -> bool:
        return self.body.toPlainText().strip() != self._base.strip()

    @property
    def has_pending(self) -> bool:
        return self._pending is not None

    def final_letter(self) -> Letter:
        """The letter as the person wants it sent: Advocate's frame, their body text."""
        return replace(self.letter, body=self.body.toPlainText().strip())

    def update_letter(self, letter: Letter) -> None:
        """A fresh render: the frame always follows it; the body only if not edited."""
        self.letter = letter
        self._show_frame(letter)
        if not self.edited:
            self._pending = None
            self.notice.hide()
            if letter.body != self.body.toPlainText():
                self._replace_body(letter.body, undoable=False)
            self._base = letter.body
        elif letter.body.strip() != self._base.strip():
            self._pending = letter.body
            self.notice.show()

    def apply_pending(self) -> None:
        if self._pending is None:
            return
        text = self._pending
        self._pending = None
        self._replace_body(text, undoable=True)
        self._base = text
        self.notice.hide()
        self.body_edited.emit()  # the letter is Advocate's text again: the session hears it

    # --- internals ---------------------------------------------------------------------
    def _replace_body(self, text: str, *, undoable: bool) -> None:
        self._setting = True
        try:
            if undoable:
                cursor = self.body.textCursor()
                cursor.beginEditBlock()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)
                cursor.endEditBlock()
            else:
                scroll = self.verticalScrollBar().value()
                self.body.setPlainText(text)
                self.verticalScrollBar().setValue(scroll)
        finally:
            self._setting = False

    def _show_frame(self, letter: Letter) -> None:
        subject = letter.subject_line
        blocks = [letter.date, join_lines(letter.inside_address), subject, letter.salutation]
        self.header.setText("\n\n".join(b for b in blocks if b))
        self.footer.setText(join_lines([letter.closing, *letter.signature]))

    def _follow_caret(self) -> None:
        """The body does not scroll itself: keep its caret in view by scrolling the sheet."""
        if not self.body.hasFocus():
            return
        caret = self.body.cursorRect()
        where = self.body.viewport().mapTo(self.paper, caret.center())
        self.ensureVisible(where.x(), where.y(), 0, caret.height())

    def _on_body_text_changed(self) -> None:
        if self._setting:
            return
        if not self.edited and self._pending is not None:
            self._pending = None
            self.notice.hide()
        self.body_edited.emit()
