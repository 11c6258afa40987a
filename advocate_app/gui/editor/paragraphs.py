"""The letter as paragraphs of plain text: the campaign editor's default view.

Four boxes, in the order of the letter: the opening request, its thank-you version for
members who already cosponsor or sponsor the bill, the closing ask and its thank-you
version. Between them the letter always holds the writer's own story and the talking
points they ticked. Fields ("[Bill number]", "[Writer's city]") come from the "Insert field"
menu and are shown highlighted; ``core/letter_paragraphs.py`` writes the template from the
paragraphs and reads it back, so the Template code view and this one show the same letter.
A template that does more than paragraphs can say is left to the Template code view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.letter_paragraphs import FIELDS, LetterParagraphs, tokens
from advocate_app.gui.widgets import add_row, note

PARTS = ("opening", "thanks", "closing", "closing_thanks")


class FieldHighlighter(QSyntaxHighlighter):
    """Known fields ("[Bill number]") look like chips: tinted background, bold."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.chip = QTextCharFormat()
        self.chip.setBackground(QColor("#dbe8ff"))
        self.chip.setForeground(QColor("#0b3a8c"))
        self.chip.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        for start, end, _field in tokens(text):
            self.setFormat(start, end - start, self.chip)


class ParagraphEdit(QPlainTextEdit):
    focused = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.highlighter = FieldHighlighter(self.document())

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusInEvent(event)
        self.focused.emit(self)


class ParagraphEditor(QWidget):
    """Edits one letter template (``file``) as paragraphs; ``changed`` carries its new text."""

    changed = Signal(str, str)  # file name, template text
    letter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Letter as paragraphs"))
        self.file = ""
        self._loading = False
        self._last: ParagraphEdit | None = None
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.letters = QComboBox(self)
        self.letters.currentIndexChanged.connect(self._on_letter_chosen)
        add_row(top, self.tr("&Letter:"), self.letters, self.tr("Letter to edit"))
        layout.addLayout(top)
        self.used_by = note()
        layout.addWidget(self.used_by)
        self.cannot = note()
        self.cannot.setWordWrap(True)
        layout.addWidget(self.cannot)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        insert_row = QHBoxLayout()
        self.insert = QPushButton(self.tr("&Insert field"), self.body)
        self.insert.setAccessibleName(self.tr("Insert field"))
        self.insert.setToolTip(self.tr("Put a field such as the bill number or the writer's city "
                                       "where the cursor is; each letter fills in its own."))  # fmt: skip
        self.field_menu = QMenu(self.insert)
        for field in FIELDS:
            action = self.field_menu.addAction(f"{field.label}  (e.g. {field.example})")
            action.setData(field.label)
            action.triggered.connect(lambda _c=False, label=field.label: self.insert_field(label))
        self.insert.setMenu(self.field_menu)
        insert_row.addWidget(self.insert)
        insert_row.addWidget(
            note(self.tr("Fields are shown [like this]; each letter fills them in.")), 1
        )
        body.addLayout(insert_row)
        self.edits: dict[str, ParagraphEdit] = {}
        titles = {
            "opening": (self.tr("Opening request"), self.tr(
                "Who the writer is, that they live in the member's district or state, the bill "
                "and what you ask of members who have not signed on.")),
            "thanks": (self.tr("Thank-you opening for cosponsors and sponsors"), self.tr(
                "Used instead of the opening for members who already cosponsor or sponsor the "
                "bill: thank them, and ask for the next step.")),
            "closing": (self.tr("Closing ask"), self.tr(
                "The last paragraph: ask for a reply or a next step.")),
            "closing_thanks": (self.tr("Closing for cosponsors and sponsors"), self.tr(
                "Optional: the last paragraph for supporters (empty: the closing ask).")),
        }  # fmt: skip
        for part in PARTS:
            title, hint = titles[part]
            box = QGroupBox(title, self.body)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(note(hint))
            edit = ParagraphEdit(box)
            edit.setAccessibleName(title)
            edit.textChanged.connect(self._on_text_changed)
            edit.focused.connect(self._on_focused)
            box_layout.addWidget(edit)
            self.edits[part] = edit
            body.addWidget(box)
            if part == "thanks":
                middle = QLabel(self.tr(
                    "Here the letter continues with the writer's own story, then the talking "
                    "points they ticked (edit the points in the form on the left)."), self.body)  # fmt: skip
                middle.setWordWrap(True)
                middle.setFrameShape(QLabel.Shape.StyledPanel)
                middle.setMargin(6)
                body.addWidget(middle)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)

    # --- which letter -------------------------------------------------------------------
    def set_letters(self, choices: list[tuple[str, str]], current: str) -> None:
        """``choices``: (file name, who gets it); shows ``current``'s paragraphs."""
        self._loading = True
        self.letters.clear()
        for name, who in choices:
            self.letters.addItem(name, (name, who))
        index = self.letters.findText(current)
        self.letters.setCurrentIndex(max(0, index))
        self._loading = False

    def _on_letter_chosen(self, _index: int) -> None:
        if not self._loading and self.letters.currentText():
            self.letter_chosen.emit(self.letters.currentText())

    def show_template(self, name: str, text: str, who: str = "") -> bool:
        """Show ``text`` as paragraphs; False (and a note) when it cannot be shown so."""
        self.file = name
        self.used_by.setText(self.tr("Sent to: {0}").format(who) if who else "")
        paragraphs = LetterParagraphs.from_template(text) if name else None
        self._loading = True
        try:
            for part, edit in self.edits.items():
                value = getattr(paragraphs, part) if paragraphs else ""
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
        finally:
            self._loading = False
        self.body.setEnabled(paragraphs is not None)
        if paragraphs is None:
            self.cannot.setText(self.tr(
                "This letter uses template code that paragraphs cannot show (for example "
                "{0} includes other files or changes wording by chamber). Edit it under "
                "Template code, or start a new letter with File > New campaign.").format(name or "it"))  # fmt: skip
        else:
            self.cannot.setText("")
        self.cannot.setVisible(paragraphs is None)
        return paragraphs is not None

    def paragraphs(self) -> LetterParagraphs:
        return LetterParagraphs(**{part: edit.toPlainText() for part, edit in self.edits.items()})

    # --- editing -------------------------------------------------------------------------
    def _on_focused(self, edit: ParagraphEdit) -> None:
        self._last = edit

    def _on_text_changed(self) -> None:
        if not self._loading and self.file:
            self.changed.emit(self.file, self.paragraphs().to_template())

    def insert_field(self, label: str, part: str = "") -> None:
        """Put ``[label]`` at the cursor of ``part`` (default: the box last edited)."""
        edit = self.edits.get(part) or self._last or self.edits["opening"]
        cursor = edit.textCursor()
        before = edit.toPlainText()[: cursor.position()]
        space = "" if not before or before[-1].isspace() else " "
        cursor.insertText(f"{space}[{label}]")
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
