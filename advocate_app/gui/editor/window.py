"""The campaign editor window: the manifest as a form, the letter as paragraphs of plain
text (the default view, ``editor/paragraphs.py``) or as templates with Jinja colours, a
live preview for a sample Representative, Senator, Delegate and cosponsor, and every problem
with its line. *File › New campaign* asks a few questions first (``editor/wizard.py``);
*Help* has the format guide, the fields and a sample (``editor/guide.py``).

"Modified" ("*" in the title, the question before discarding) means the form and the
templates differ from what was opened or saved, not that a widget emitted a signal.

The window only arranges widgets (the previews and problems are ``editor/review_panel.py``,
the menus ``editor/menus.py``): checking and rendering happen in
``core/campaign_draft.PackDraft.review`` on the task runner (a snapshot of the text is
handed over, and a stale answer is dropped when the person typed meanwhile). Activating a
problem jumps to its line in the template, or to the form field for a manifest problem.

Opening, saving, exporting and installing packs are in ``editor/files.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.campaign_model import template_readers
from advocate_app.core.campaign_pack import MANIFEST
from advocate_app.core.campaign_preview import Preview
from advocate_app.gui.editor.code import CodeEditor
from advocate_app.gui.editor.files import PackFiles
from advocate_app.gui.editor.form import ManifestForm
from advocate_app.gui.editor.menus import build_menus
from advocate_app.gui.editor.paragraphs import ParagraphEditor
from advocate_app.gui.editor.review_panel import ReviewPanel
from advocate_app.gui.editor.translation import TRANSLATION_FILE, TranslationView
from advocate_app.gui.widgets import Banner, heading, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaign_draft import DraftReport
    from advocate_app.core.campaign_model import Problem
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

REVIEW_DELAY_MS = 350
REVIEW_KEY = "editor-review"


class CampaignEditor(PackFiles, QMainWindow):
    reviewed = Signal()  # problems and previews are up to date
    saved = Signal(str)  # where the pack was written

    def __init__(
        self,
        ctx: AppContext,
        draft: PackDraft | None = None,
        source: Path | None = None,
        *,
        builtin: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source: Path | None = None
        self.builtin = False
        self.report: DraftReport | None = None
        self.previews: list[Preview] = []
        self.dirty = False
        self.confirm_discard = self._ask_discard  # tests replace it
        self.setWindowTitle(self.tr("Campaign editor"))
        self.setAccessibleName(self.tr("Campaign editor"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVIEW_DELAY_MS)
        self._timer.timeout.connect(self.review_now)

        self.banner = Banner(self)
        self.form = ManifestForm(self)
        self.form.changed.connect(self._on_edited)
        form_area = QScrollArea(self)
        form_area.setWidget(self.form)
        form_area.setWidgetResizable(True)
        self.form_area = form_area

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Templates"))
        self.editors: dict[str, CodeEditor] = {}
        add = QPushButton(self.tr("Add &template…"), self)
        add.setAccessibleName(self.tr("Add template"))
        add.clicked.connect(self._on_add_template_clicked)
        remove = QPushButton(self.tr("Remo&ve template"), self)
        remove.setAccessibleName(self.tr("Remove template"))
        remove.clicked.connect(self._on_remove_template_clicked)
        code_page = QWidget(self)
        code_layout = vbox(code_page)
        code_layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        code_layout.addLayout(buttons)

        self.paragraphs = ParagraphEditor(self)
        self.paragraphs.changed.connect(self._on_paragraphs_changed)
        self.paragraphs.letter_chosen.connect(self._show_paragraphs)
        paragraph_area = QScrollArea(self)
        paragraph_area.setWidget(self.paragraphs)
        paragraph_area.setWidgetResizable(True)
        self.views = QTabWidget(self)
        self.views.setAccessibleName(self.tr("Letter views"))
        self.views.addTab(paragraph_area, self.tr("Para&graphs"))
        self.views.addTab(code_page, self.tr("Template &code"))
        self.translation = TranslationView(self)  # the Spanish texts beside the English
        self.translation.changed.connect(self._on_translation_changed)
        self.views.addTab(self.translation, self.tr("&Spanish"))
        self.views.currentChanged.connect(self._on_view_changed)
        for combo in self.form.template_choices.values():  # who gets which letter changed
            combo.currentIndexChanged.connect(
                lambda _i: self._on_view_changed(self.views.currentIndex())
            )
        self._syncing = False
        middle = QWidget(self)
        middle_layout = vbox(middle)
        middle_layout.addWidget(heading(self.tr("Letter"), 2))
        middle_layout.addWidget(self.views, 1)

        self.review_panel = ReviewPanel(self)
        panel = self.review_panel
        self.preview_spanish, self.problems_caption = panel.preview_spanish, panel.problems_caption
        panel.language_toggled.connect(lambda _on: self.review_now())
        panel.story_edited.connect(self._timer.start)
        panel.problem_activated.connect(self.go_to_problem)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(form_area)
        split.addWidget(middle)
        split.addWidget(self.review_panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 3)
        split.setSizes([460, 520, 460])
        central = QWidget(self)
        layout = vbox(central, margins=10)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.save_action = build_menus(self)
        self.resize(1280, 800)
        self.load(draft or PackDraft.blank(), source, builtin=builtin)

    # --- menus -------------------------------------------------------------------------------
    def show_guide(self) -> QWidget:
        from advocate_app.gui.editor.guide import show_writing_guide

        return show_writing_guide(self)

    def show_fields(self) -> QWidget:
        from advocate_app.gui.editor.guide import show_fields

        return show_fields(self)

    def _on_sample_triggered(self) -> None:
        from advocate_app.core.new_campaign import sample_campaign

        if self.confirm_discard():
            self.load(sample_campaign())
            self._baseline = ()
            self.dirty = True
            self._update_title()

    # --- the draft ---------------------------------------------------------------------------
    def load(self, draft: PackDraft, source: Path | None = None, *, builtin: bool = False) -> None:
        """Show ``draft``; ``source`` is the pack folder "Save" writes back to."""
        self.source = Path(source) if source is not None and Path(source).is_dir() else None
        self.builtin = builtin
        self._other_files = dict(draft.other_files)
        self.tabs.clear()
        self.editors.clear()
        main = [n for n in dict.fromkeys(draft.fields.templates.values()) if n in draft.templates]
        for name in [*main, *(n for n in draft.templates if n not in main)]:
            self._add_editor(name, draft.templates[name])
        self.form.set_fields(draft.fields, list(draft.templates))
        self.translation.set_text(
            draft.other_files.get(TRANSLATION_FILE, b"").decode("utf-8-sig", "replace")
        )
        self.translation.show_english(draft.fields)
        self._manifest_text, self._originals = draft.manifest_text, dict(draft.originals)
        self._baseline = self._snapshot()
        self.dirty = False
        self._refresh_letters()
        shown = self._show_paragraphs(self.paragraphs.letters.currentText())
        self.views.setCurrentIndex(0 if shown else 1)
        self._update_title()
        self.review_now()

    def _add_editor(self, name: str, text: str) -> CodeEditor:
        editor = CodeEditor(text, self.tabs)
        editor.setAccessibleName(self.tr("Template {0}").format(name))
        editor.textChanged.connect(self._on_edited)
        self.tabs.addTab(editor, name)
        self.editors[name] = editor
        return editor

    def draft(self) -> PackDraft:
        """What the form and editors hold now (a snapshot: safe to hand to a worker)."""
        templates = {name: editor.toPlainText() for name, editor in self.editors.items()}
        return PackDraft(self.form.fields(), templates, dict(self._other_files),
                         self._manifest_text, dict(self._originals))  # fmt: skip

    def _snapshot(self) -> tuple[object, ...]:
        templates = {name: editor.toPlainText() for name, editor in self.editors.items()}
        return (self.form.fields(), templates, self._other_files.get(TRANSLATION_FILE, b""))

    def _on_translation_changed(self, text: str) -> None:
        if text.strip():
            self._other_files[TRANSLATION_FILE] = text.encode("utf-8")
        else:
            self._other_files.pop(TRANSLATION_FILE, None)
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        """Something may have changed: "*" only when the pack differs from what was opened
        or saved (highlighting and re-filling the form change nothing)."""
        self.translation.show_english(self.form.fields())
        dirty = self._snapshot() != self._baseline
        if dirty != self.dirty:
            self.dirty = dirty
            self._update_title()
        self._timer.start()

    def mark_saved(self) -> None:
        self._baseline = self._snapshot()
        self.dirty = False
        self._update_title()

    # --- the paragraph view ------------------------------------------------------------------
    def _letter_choices(self) -> list[tuple[str, str]]:
        """Each letter with who gets it (``template_readers``: core's fallbacks)."""
        people = {"house": self.tr("Representatives"), "senate": self.tr("Senators"),
                  "delegate": self.tr("Delegates"),
                  "resident_commissioner": self.tr("the Resident Commissioner")}  # fmt: skip
        readers = template_readers(self.form.fields().templates)
        return [
            (name, ", ".join(people[key] for key in keys))
            for name, keys in readers.items()
            if name in self.editors
        ]

    def _refresh_letters(self) -> None:
        current = self.paragraphs.file
        choices = self._letter_choices()
        self.paragraphs.set_letters(choices, current)

    def _show_paragraphs(self, name: str) -> bool:
        who = dict(self._letter_choices()).get(name, "")
        text = self.editors[name].toPlainText() if name in self.editors else ""
        return self.paragraphs.show_template(name if name in self.editors else "", text, who)

    def _on_paragraphs_changed(self, name: str, text: str) -> None:
        editor = self.editors.get(name)
        if editor is None or editor.toPlainText() == text:
            return
        self._syncing = True
        try:
            editor.setPlainText(text)
        finally:
            self._syncing = False

    def _on_view_changed(self, index: int) -> None:
        if index == 0:
            self._refresh_letters()
            self._show_paragraphs(self.paragraphs.letters.currentText())

    def _update_title(self) -> None:
        name = self.form.id.text().strip() or self.tr("new campaign")
        mark = " *" if self.dirty else ""
        self.setWindowTitle(self.tr("Campaign editor: {0}{1}").format(name, mark))

    # --- checking and preview ------------------------------------------------------------------
    def review_now(self) -> None:
        self._timer.stop()
        draft = self.draft()
        today = self.ctx.today()
        story, language = self.review_panel.story(), self.review_panel.language()
        self.ctx.runner.submit(
            lambda: draft.review(story=story, today=today, language=language), self._on_reviewed,
            lambda exc: self.banner.show_message(str(exc), "error"),
            key=REVIEW_KEY, label=self.tr("Checking the campaign…"),
        )  # fmt: skip

    def _on_reviewed(self, result: tuple[DraftReport, list[Preview]]) -> None:
        self.report, self.previews = result
        self.review_panel.show_review(self.report, self.previews)
        self.reviewed.emit()

    def go_to_problem(self, problem: Problem) -> QWidget | None:
        """Show where ``problem`` is: the template line, or the form field."""
        if problem.file in self.editors:
            editor = self.editors[problem.file]
            self.tabs.setCurrentWidget(editor)
            editor.go_to_line(problem.line or 1)
            return editor
        if problem.file == TRANSLATION_FILE:
            self.views.setCurrentWidget(self.translation)
            self.translation.spanish.go_to_line(problem.line or 1)
            return self.translation.spanish
        if problem.file == MANIFEST and self.report is not None:
            target = self.form.focus_field(self.report.field_for(problem))
            if target is not None:
                self.form_area.ensureWidgetVisible(target)
            return target
        return None

    # --- templates -----------------------------------------------------------------------------
    def _on_add_template_clicked(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add template"))
        dialog.setLabelText(self.tr("File name of the new template (ends in .j2):"))
        dialog.setTextValue("delegate.txt.j2")
        dialog.textValueSelected.connect(self.add_template)
        dialog.open()

    def add_template(self, name: str) -> bool:
        name = name.strip()
        if not name.endswith(".j2") or "/" in name or "\\" in name or name.startswith("."):
            self.banner.show_message(
                self.tr(
                    "A template's file name ends in .j2 and has no folder, e.g. delegate.txt.j2."
                ),
                "warning",
            )
            return False
        if name in self.editors:
            self.tabs.setCurrentWidget(self.editors[name])
            return False
        source = self.tabs.currentWidget()
        text = source.toPlainText() if isinstance(source, CodeEditor) else ""
        editor = self._add_editor(name, text)
        self.form.set_template_files(list(self.editors))
        self.tabs.setCurrentWidget(editor)
        self._on_edited()
        return True

    def _on_remove_template_clicked(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0:
            return
        name = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.editors.pop(name, None)
        self.form.set_template_files(list(self.editors))
        self._on_edited()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.confirm_discard():
            self.ctx.runner.cancel(REVIEW_KEY)
            event.accept()
        else:
            event.ignore()
