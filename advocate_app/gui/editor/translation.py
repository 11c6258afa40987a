"""The campaign editor's "Spanish" view: the English texts beside their translation.

Left, read only: the campaign's English texts in the order ``campaign.es.toml`` translates
them (title, summary, subject, each story prompt, each talking point). Right: the
translation file itself, edited as text; ``campaign check`` (the editor's Problems list)
names its lines. *Start a Spanish translation* writes a file with every text to translate,
the English kept as a comment beside each one. Spanish letter templates are ordinary
templates (``house.es.txt.j2``...) in the Template code view.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSplitter, QWidget

from advocate_app.gui.editor.code import CodeEditor
from advocate_app.gui.widgets import note, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaign_manifest_fields import ManifestFields

TRANSLATION_FILE = "campaign.es.toml"


def _quoted(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return "# " + " ".join(text.split())


def starter_translation(fields: ManifestFields) -> str:
    """A ``campaign.es.toml`` to fill in: each English text as a comment above its key."""
    lines = [
        '# The campaign in Spanish (format: templates/README.md, "Translations").',
        "# Translate each text; the English original is in the comment above it.",
        'language = "es"',
        'reviewed_by = ""   # the native speaker who reviewed this translation',
        _comment(fields.title),
        f"title = {_quoted(fields.title)}",
        _comment(fields.summary),
        f"summary = {_quoted(fields.summary)}",
        _comment(fields.subject),
        f"subject = {_quoted(fields.subject)}",
        "story_prompts = [",
    ]
    for prompt in fields.story_prompts:
        lines += ["    " + _comment(prompt), f"    {_quoted(prompt)},"]
    lines += ["]", "", "[templates]   # add each Spanish template (Template code), then un-comment"]
    for key, name in fields.templates.items():
        stem, _, rest = name.partition(".")
        lines.append(f"# {key} = {_quoted(f'{stem}.es.{rest}' if rest else name)}")
    for text, _ticked in fields.talking_points:
        lines += ["", "[[talking_points]]", _comment(text), f"text = {_quoted(text)}"]
    return "\n".join(lines) + "\n"


class TranslationView(QWidget):
    changed = Signal(str)  # the translation file's text ("" = no translation)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = vbox(self, spacing=6)
        layout.addWidget(note(self.tr(
            "Spanish letters and texts for Spanish-speaking writers. The English is on the "
            "left; write the Spanish on the right. Spanish letter templates (such as "
            "house.es.txt.j2) are in the Template code view. Have a native speaker review "
            "the translation before an event."
        )))  # fmt: skip
        self.start = QPushButton(self.tr("&Start a Spanish translation"), self)
        self.start.clicked.connect(self._on_start_clicked)
        layout.addWidget(self.start)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_layout = vbox(left)
        english_caption = QLabel(self.tr("English (campaign.toml):"), left)
        self.english = QPlainTextEdit(left)
        self.english.setReadOnly(True)
        self.english.setAccessibleName(self.tr("English texts"))
        english_caption.setBuddy(self.english)
        left_layout.addWidget(english_caption)
        left_layout.addWidget(self.english, 1)
        right = QWidget(split)
        right_layout = vbox(right)
        spanish_caption = QLabel(self.tr("Spanish (campaign.es.toml):"), right)
        self.spanish = CodeEditor("", right)
        self.spanish.setAccessibleName(self.tr("Spanish translation"))
        self.spanish.textChanged.connect(lambda: self.changed.emit(self.spanish.toPlainText()))
        spanish_caption.setBuddy(self.spanish)
        right_layout.addWidget(spanish_caption)
        right_layout.addWidget(self.spanish, 1)
        split.addWidget(left)
        split.addWidget(right)
        layout.addWidget(split, 1)
        self._fields: ManifestFields | None = None

    def set_text(self, text: str) -> None:
        """Show a pack's translation (no ``changed``: nothing was edited)."""
        self.spanish.blockSignals(True)
        self.spanish.setPlainText(text)
        self.spanish.blockSignals(False)
        self.start.setVisible(not text.strip())

    def text(self) -> str:
        return self.spanish.toPlainText()

    def show_english(self, fields: ManifestFields) -> None:
        self._fields = fields
        parts = [
            f"title: {fields.title}",
            f"summary: {fields.summary}",
            f"subject: {fields.subject}",
        ]
        parts += [f"story prompt {n}: {p}" for n, p in enumerate(fields.story_prompts, 1)]
        parts += [f"talking point {n}: {t}" for n, (t, _on) in enumerate(fields.talking_points, 1)]
        text = "\n\n".join(parts)
        if self.english.toPlainText() != text:
            self.english.setPlainText(text)

    def _on_start_clicked(self) -> None:
        if self._fields is None or self.spanish.toPlainText().strip():
            return
        self.spanish.setPlainText(starter_translation(self._fields))  # emits changed
        self.start.hide()
        self.spanish.setFocus()
