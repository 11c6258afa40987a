"""The left half of the Letter step: what goes into the letters.

The person's story (a few sentences, no more, so the talking points stay in view below
it), the campaign's talking points to tick, and the ideas for a story, folded one click
away (issue 15). The page puts the session on screen here and hands back what the person
changes; this widget decides nothing about letters.

Its words keep the translation context ``LetterPage`` (they were the page's before the
split, and the Spanish translations are filed under it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advocate_app.gui.widgets import WrapCheckBox, note, vbox

if TYPE_CHECKING:
    from collections.abc import Collection

    from advocate_app.core.campaign_model import Campaign

translate = QCoreApplication.translate


class LetterInputs(QScrollArea):
    """The story, the talking points and the ideas for a story, in one scrolling column."""

    points_changed = Signal(list)  # the campaign's numbers of the ticked points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.point_boxes: list[WrapCheckBox] = []
        self.point_indexes: list[int] = []  # the campaign's number of each box shown
        left = QWidget()
        left_layout = vbox(left, spacing=10)
        story_caption = QLabel(translate("LetterPage", "&Your story, in your own words:"), left)
        self.story = QPlainTextEdit(left)
        self.story.setAccessibleName(translate("LetterPage", "Your story"))
        self.story.setAccessibleDescription(
            translate(
                "LetterPage",
                "A few sentences about why this matters to you. It goes into every letter.",
            )
        )
        self.story.setTabChangesFocus(True)
        self.story.setPlaceholderText(
            translate("LetterPage", "Why does this bill matter to you? A few sentences are plenty.")
        )
        self.story.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        # Room for a few sentences, no more: the talking points stay in view below it.
        self.story.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        story_caption.setBuddy(self.story)
        left_layout.addWidget(story_caption)
        left_layout.addWidget(self.story)
        self.points_box = QGroupBox(translate("LetterPage", "Talking points to include"), left)
        self.points_layout = QVBoxLayout(self.points_box)
        left_layout.addWidget(self.points_box)
        left_layout.addWidget(self._build_prompts(left))
        left_layout.addStretch(1)
        self.setWidget(left)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: fields scroll it

    def _build_prompts(self, parent: QWidget) -> QWidget:
        """Ideas for a story, one click away (folded: the talking points stay in view)."""
        holder = QWidget(parent)
        layout = vbox(holder, spacing=4)
        self.prompts_toggle = QPushButton(
            translate("LetterPage", "Show &ideas for your story"), holder
        )
        self.prompts_toggle.setAccessibleName(translate("LetterPage", "Ideas for your story"))
        self.prompts_toggle.setCheckable(True)
        self.prompts_toggle.toggled.connect(self._on_prompts_toggled)
        self.prompts_box = QGroupBox(translate("LetterPage", "Ideas for your story"), holder)
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        self.prompts_box.hide()
        layout.addWidget(self.prompts_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.prompts_box)
        return holder

    def _on_prompts_toggled(self, shown: bool) -> None:
        self.prompts_box.setVisible(shown and self.prompts_layout.count() > 0)
        self.prompts_toggle.setText(
            translate("LetterPage", "Hide &ideas for your story")
            if shown
            else translate("LetterPage", "Show &ideas for your story")
        )

    def show_points(
        self,
        campaign: Campaign,
        ticked: Collection[int],
        offered: Collection[int] | None,
        language: str,
    ) -> None:
        """One box per talking point ``offered`` (every point when None), in ``language``
        when the campaign has it; ``ticked`` are checked."""
        for box in self.point_boxes:
            box.hide()
            box.deleteLater()
        self.point_boxes = []
        shown = campaign.in_language(language).points_to_show()
        self.point_indexes = [
            i for i in range(len(campaign.talking_points)) if offered is None or i in offered
        ]
        for index in self.point_indexes:
            box = WrapCheckBox(
                shown[index] if index < len(shown) else campaign.talking_points[index],
                self.points_box,
            )
            box.setChecked(index in ticked)
            box.toggled.connect(self._on_point_toggled)
            self.points_layout.addWidget(box)
            box.show()
            self.point_boxes.append(box)
        self.points_box.setVisible(bool(self.point_boxes))

    def _on_point_toggled(self, _checked: bool) -> None:
        pairs = zip(self.point_indexes, self.point_boxes, strict=True)
        self.points_changed.emit([i for i, box in pairs if box.isChecked()])

    def show_prompts(self, campaign: Campaign, language: str) -> None:
        """The campaign's ideas for a story, in ``language`` when it has them."""
        while self.prompts_layout.count():
            item = self.prompts_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for prompt in campaign.in_language(language).story_prompts:
            label = note(f"• {prompt}", selectable=True)
            self.prompts_layout.addWidget(label)
            label.show()
        self.prompts_toggle.setVisible(bool(campaign.story_prompts))
        self.prompts_box.setVisible(
            bool(campaign.story_prompts) and self.prompts_toggle.isChecked()
        )
