"""The campaign editor's right side: the letter previews and the list of problems.

The window hands it what ``PackDraft.review`` found (a report and one preview per sample
member: a Representative, a Senator, a Delegate and a cosponsor); it shows them and says
when the person wants another review (a story to try, the Spanish letters) or a problem's
place. It checks and renders nothing itself.

Its words keep the translation context ``CampaignEditor`` (they were the window's before
the split, and the Spanish translations are filed under it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QWidget,
)

from advocate_app.core.campaign_preview import SAMPLE_STORY
from advocate_app.gui.widgets import heading, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaign_draft import DraftReport
    from advocate_app.core.campaign_preview import Preview

translate = QCoreApplication.translate


class ReviewPanel(QSplitter):
    """Previews above (with the story to try), problems below."""

    story_edited = Signal()  # the story to try changed: review again shortly
    language_toggled = Signal(bool)  # the Spanish letters wanted (True) or not
    problem_activated = Signal(object)  # a Problem: show where it is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.addWidget(self._build_previews())
        self.addWidget(self._build_problems())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)

    def _build_previews(self) -> QWidget:
        box = QWidget(self)
        layout = vbox(box)
        layout.addWidget(heading(translate("CampaignEditor", "Preview"), 2))
        self.preview_spanish = QCheckBox(
            translate("CampaignEditor", "Preview the Spanish letters"), box
        )
        self.preview_spanish.toggled.connect(self.language_toggled)
        layout.addWidget(self.preview_spanish)
        self.preview_tabs = QTabWidget(box)
        self.preview_tabs.setAccessibleName(translate("CampaignEditor", "Letter previews"))
        self.preview_views: dict[str, QPlainTextEdit] = {}
        for label, title in (
            ("House", translate("CampaignEditor", "Representative")),
            ("Senate", translate("CampaignEditor", "Senator")),
            ("Delegate", translate("CampaignEditor", "Delegate")),
            ("Cosponsor", translate("CampaignEditor", "Cosponsor")),
        ):
            view = QPlainTextEdit(box)
            view.setReadOnly(True)
            view.setAccessibleName(translate("CampaignEditor", "{0} letter preview").format(title))
            self.preview_tabs.addTab(view, title)
            self.preview_views[label] = view
        layout.addWidget(self.preview_tabs, 1)
        story_caption = QLabel(translate("CampaignEditor", "&Story to try in the preview:"), box)
        self.sample_story = QPlainTextEdit(box)
        self.sample_story.setAccessibleName(
            translate("CampaignEditor", "Story to try in the preview")
        )
        self.sample_story.setTabChangesFocus(True)
        self.sample_story.setPlaceholderText(SAMPLE_STORY)
        self.sample_story.setFixedHeight(self.sample_story.fontMetrics().lineSpacing() * 3 + 14)
        self.sample_story.textChanged.connect(self.story_edited)
        story_caption.setBuddy(self.sample_story)
        layout.addWidget(story_caption)
        layout.addWidget(self.sample_story)
        return box

    def _build_problems(self) -> QWidget:
        box = QWidget(self)
        layout = vbox(box)
        self.problems_caption = QLabel(translate("CampaignEditor", "&Problems:"), box)
        self.problems = QListWidget(box)
        self.problems.setAccessibleName(translate("CampaignEditor", "Problems"))
        self.problems.setWordWrap(True)
        self.problems_caption.setBuddy(self.problems)
        self.problems.itemActivated.connect(
            lambda item: self.problem_activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.problems_caption)
        layout.addWidget(self.problems, 1)
        return box

    def story(self) -> str:
        """The story to try in the previews (the sample story when none is typed)."""
        return self.sample_story.toPlainText().strip() or SAMPLE_STORY

    def language(self) -> str:
        return "es" if self.preview_spanish.isChecked() else "en"

    def show_review(self, report: DraftReport, previews: list[Preview]) -> None:
        """Every problem of ``report`` (activating one goes there), and each preview."""
        self.problems.clear()
        for problem in report.problems:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, str(problem))
            self.problems.addItem(item)
        errors = len(report.errors)
        warnings = len(report.problems) - errors
        if not report.problems:
            self.problems_caption.setText(
                translate("CampaignEditor", "&Problems: none. The campaign is ready.")
            )
        else:
            self.problems_caption.setText(
                translate(
                    "CampaignEditor",
                    "&Problems: {0} to fix, {1} to consider (press Enter on one to go there)",
                ).format(errors, warnings)
            )
        for preview in previews:
            self._show_preview(preview)

    def _show_preview(self, preview: Preview) -> None:
        view = self.preview_views[preview.label]
        if preview.letter is not None:
            text = preview.letter.as_text()
        elif preview.problem is not None:
            text = translate("CampaignEditor", "This letter cannot be written yet:\n\n{0}").format(
                preview.problem
            )
        else:
            text = preview.note
        scroll = view.verticalScrollBar().value()
        view.setPlainText(text)
        view.verticalScrollBar().setValue(scroll)
