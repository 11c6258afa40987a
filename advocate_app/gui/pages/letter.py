"""Step 3, "Your letter": campaign, talking points, the person's story, a preview per member.

Campaigns (Jinja templates) load on first visit through the task runner, so start-up never
imports jinja2. Letters are composed on the GUI thread (a few milliseconds each) shortly
after the person stops typing. Bill status from Congress.gov is optional: it runs in the
background and, when it fails, a note says the letters ask for cosponsorship.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.errors import AdvocateError
from advocate_app.gui.labels import member_title, role_label
from advocate_app.gui.pages.meter import PersonalMeter
from advocate_app.gui.pages.preview import LetterPreview
from advocate_app.gui.widgets import WrapCheckBox, heading, note, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaigns import Campaign
    from advocate_app.core.models import Letter, Member
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

RENDER_DELAY_MS = 250


class LetterPage(QWidget):
    name_wanted = Signal()  # the letters need the person's full name (step 1)
    letters_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns: list[Campaign] = []
        self.statuses: dict[Any, Any] = {}  # Chamber -> BillStatus | None, for this campaign
        self.previews: dict[str, LetterPreview] = {}
        self._point_boxes: list[WrapCheckBox] = []
        self._loading = False
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.refresh)

        outer = vbox(self, spacing=8)
        outer.addWidget(heading(self.tr("Your letter")))
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Campaign:"), self)
        self.campaign = QComboBox(self)
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.campaign)
        row.addWidget(caption)
        row.addWidget(self.campaign, 1)
        outer.addLayout(row)
        self.summary = note(selectable=True)
        outer.addWidget(self.summary)
        # Issue 14: a campaign may name where its organizer publishes its successor.
        self.updates_button = QPushButton(self.tr("Check for campaign &updates"), self)
        self.updates_button.setAccessibleName(self.tr("Check for campaign updates"))
        self.updates_button.clicked.connect(self._check_updates)
        self.updates_button.hide()
        outer.addWidget(self.updates_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Left: what goes in; right: what comes out. A splitter, so a person at 200 % can
        # give either side more room.
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = vbox(left, spacing=10)
        story_caption = QLabel(self.tr("&Your story, in your own words:"), left)
        self.story = QPlainTextEdit(left)
        self.story.setAccessibleName(self.tr("Your story"))
        self.story.setAccessibleDescription(
            self.tr("A few sentences about why this matters to you. It goes into every letter.")
        )
        self.story.setTabChangesFocus(True)
        self.story.setPlaceholderText(
            self.tr("Why does this bill matter to you? A few sentences are plenty.")
        )
        self.story.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        story_caption.setBuddy(self.story)
        left_layout.addWidget(story_caption)
        left_layout.addWidget(self.story)
        self.prompts_box = QGroupBox(self.tr("Ideas for your story"), left)
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        left_layout.addWidget(self.prompts_box)
        self.points_box = QGroupBox(self.tr("Talking points to include"), left)
        self.points_layout = QVBoxLayout(self.points_box)
        left_layout.addWidget(self.points_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(scroll)

        right = QWidget()
        right_layout = vbox(right, spacing=6)
        preview_caption = QLabel(self.tr("Preview (you can edit each letter):"), right)
        self.tabs = QTabWidget(right)
        self.tabs.setAccessibleName(self.tr("Letters"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._update_meter())
        preview_caption.setBuddy(self.tabs)
        self.empty = note(self.tr("Your letters appear here once your members are found."))
        self.status_note = note(selectable=True)
        self.meter = PersonalMeter(right)
        right_layout.addWidget(preview_caption)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.meter)
        right_layout.addWidget(self.status_note)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)

        self.campaign.currentIndexChanged.connect(self._on_campaign_changed)
        self.story.textChanged.connect(self._on_story_changed)

    # --- entering the step -----------------------------------------------------------------
    def enter(self) -> None:
        """Called each time the step is shown: load campaigns once, then bring letters up to date."""
        if self.story.toPlainText() != self.ctx.draft.story:
            self.story.setPlainText(self.ctx.draft.story)
        if not self.campaigns:
            self.load_campaigns()
            return
        self._fetch_bill_status()
        self.refresh()

    def load_campaigns(self) -> None:
        if self._loading:
            return
        self._loading = True
        library = self.ctx.services.campaigns
        self.ctx.runner.submit(
            library.all,
            self._on_campaigns_loaded,
            self._on_campaigns_failed,
            key="campaigns",
            label=self.tr("Loading campaigns…"),
        )

    def _on_campaigns_loaded(self, campaigns: list[Campaign]) -> None:
        self._loading = False
        today = self.ctx.today()
        self.campaigns = sorted(campaigns, key=lambda c: (c.is_expired(today), c.title.lower()))
        wanted = self.ctx.draft.campaign_id or self.ctx.services.settings.get("campaign.default")
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for campaign in self.campaigns:
            title = campaign.title
            if campaign.is_expired(today):
                title = self.tr("{0} (ended)").format(title)
            self.campaign.addItem(title, campaign.id)
        index = max(0, self.campaign.findData(wanted))
        self.campaign.setCurrentIndex(index)
        self.campaign.blockSignals(False)
        if not self.campaigns:
            self.summary.setText(self.tr("No campaign is installed. Reinstall Advocate."))
            return
        self._on_campaign_changed(index)

    def _on_campaigns_failed(self, error: BaseException) -> None:
        self._loading = False
        self.ctx.problem(error, retry=self.load_campaigns)

    # --- campaign and points ---------------------------------------------------------------
    def current_campaign(self) -> Campaign | None:
        index = self.campaign.currentIndex()
        return self.campaigns[index] if 0 <= index < len(self.campaigns) else None

    def _on_campaign_changed(self, _index: int) -> None:
        campaign = self.current_campaign()
        if campaign is None:
            return
        draft = self.ctx.draft
        if draft.campaign_id != campaign.id:
            draft.points = None
            draft.campaign_id = campaign.id
            self.statuses = {}
        bills = " · ".join(
            self.tr("{0}: {1}").format(
                self.tr("House") if c.value == "house" else self.tr("Senate"), b.label
            )
            for c, b in sorted(campaign.bills.items(), key=lambda cb: cb[0].value)
        )
        text = f"{campaign.summary}\n{bills}"
        expired = campaign.is_expired(self.ctx.today())
        if expired:
            text += "\n" + self.tr(
                "This campaign has ended: its Congress is over and its bills died with it."
            )
            if campaign.source_url:
                text += " " + self.tr(
                    "Use \u201cCheck for campaign updates\u201d: its organizer may have "
                    "published it for the new Congress."
                )
        self.summary.setText(text)
        self.updates_button.setVisible(bool(campaign.source_url) or expired)
        self._show_points(campaign)
        self._show_prompts(campaign)
        self._fetch_bill_status()
        self.refresh()

    def _check_updates(self) -> None:
        from advocate_app.gui.campaign_updates import check_campaign_updates

        campaign = self.current_campaign()
        if campaign is not None:
            check_campaign_updates(self.ctx, campaign, self, self._on_campaign_installed)

    def _on_campaign_installed(self, campaign_id: str) -> None:
        self.ctx.draft.campaign_id = campaign_id
        self.campaigns = []
        self.load_campaigns()

    def _show_points(self, campaign: Campaign) -> None:
        for box in self._point_boxes:
            box.hide()
            box.deleteLater()
        self._point_boxes = []
        chosen = self.ctx.draft.points
        defaults = set(campaign.default_points or range(len(campaign.talking_points)))
        for index, text in enumerate(campaign.talking_points):
            box = WrapCheckBox(text, self.points_box)
            box.setChecked(index in (defaults if chosen is None else set(chosen)))
            box.toggled.connect(self._on_point_toggled)
            self.points_layout.addWidget(box)
            box.show()
            self._point_boxes.append(box)
        self.points_box.setVisible(bool(campaign.talking_points))

    def _show_prompts(self, campaign: Campaign) -> None:
        while self.prompts_layout.count():
            item = self.prompts_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for prompt in campaign.story_prompts:
            label = note(f"• {prompt}", selectable=True)
            self.prompts_layout.addWidget(label)
            label.show()
        self.prompts_box.setVisible(bool(campaign.story_prompts))

    def _on_point_toggled(self, _checked: bool) -> None:
        self.ctx.draft.points = [i for i, box in enumerate(self._point_boxes) if box.isChecked()]
        self._render_timer.start()

    def _on_story_changed(self) -> None:
        self.ctx.draft.story = self.story.toPlainText()
        self._render_timer.start()

    # --- bill status (optional) ------------------------------------------------------------
    def _fetch_bill_status(self) -> None:
        campaign = self.current_campaign()
        chambers = {m.chamber for m in self.targets()}
        missing = [
            c for c in chambers if c not in self.statuses and campaign and c in campaign.bills
        ]
        if campaign is None or not missing:
            return
        client = self.ctx.services.bill_status
        bills = {c: campaign.bill_for(c) for c in missing}

        def fetch() -> dict[Any, tuple[Any, str]]:
            return {c: client.try_status(bill) for c, bill in bills.items()}

        def done(answers: dict[Any, tuple[Any, str]]) -> None:
            notes = []
            for chamber, (status, text) in answers.items():
                self.statuses[chamber] = status
                if text:
                    notes.append(text)
            self.status_note.setText("\n".join(notes))
            self.refresh()

        def failed(error: BaseException) -> None:
            log.info("bill status unavailable (%s)", type(error).__name__)
            for chamber in missing:
                self.statuses[chamber] = None

        self.ctx.runner.submit(
            fetch, done, failed, key="bill_status", label=self.tr("Checking who supports the bill…")
        )

    # --- letters ---------------------------------------------------------------------------
    def targets(self) -> list[Member]:
        campaign = self.current_campaign()
        if campaign is None:
            return []
        return [m for m in self.ctx.draft.included if campaign.targets(m)]

    def refresh(self) -> None:
        """Compose every letter again; edited bodies are kept (see LetterPreview)."""
        self._render_timer.stop()
        campaign = self.current_campaign()
        draft = self.ctx.draft
        if campaign is None or draft.constituent is None:
            self._sync_tabs([])
            return
        from advocate_app.core.letters import compose_letter

        targets = self.targets()
        letters: list[Letter] = []
        try:
            for member in targets:
                letters.append(
                    compose_letter(
                        campaign,
                        draft.constituent,
                        member,
                        story=draft.story,
                        points=draft.points,
                        today=self.ctx.today(),
                        status=self.statuses.get(member.chamber),
                    )
                )
        except AdvocateError as exc:
            self._sync_tabs([])
            if not draft.constituent.name:
                self.ctx.show_message(
                    str(exc), "warning", [(self.tr("Add my name"), self.name_wanted.emit)]
                )
            else:
                self.ctx.problem(exc)
            return
        self._sync_tabs(letters)
        skipped = [m for m in draft.included if m not in targets]
        if skipped:
            names = ", ".join(member_title(m) for m in skipped)
            self.status_note.setText(self.tr("This campaign has no bill for: {0}.").format(names))
        self._update_meter()
        self.letters_changed.emit()

    def _sync_tabs(self, letters: list[Letter]) -> None:
        wanted = {letter.member.bioguide: letter for letter in letters}
        for bioguide in list(self.previews):
            if bioguide not in wanted:
                preview = self.previews.pop(bioguide)
                self.tabs.removeTab(self.tabs.indexOf(preview))
                preview.deleteLater()
        for position, letter in enumerate(letters):
            preview = self.previews.get(letter.member.bioguide)
            if preview is None:
                preview = LetterPreview(letter)
                preview.body_edited.connect(self._on_body_edited)
                self.previews[letter.member.bioguide] = preview
                self.tabs.insertTab(position, preview, _tab_title(letter.member))
                self.tabs.setTabToolTip(position, member_title(letter.member))
            else:
                preview.update_letter(letter)
        self.tabs.setVisible(bool(letters))
        self.empty.setVisible(not letters)

    def _on_body_edited(self) -> None:
        self._update_meter()
        self.letters_changed.emit()

    def letters(self) -> list[Letter]:
        """The letters to send, in tab order, with the person's edits."""
        found = []
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, LetterPreview):
                found.append(widget.final_letter())
        return found

    def _update_meter(self) -> None:
        preview = self.tabs.currentWidget()
        if not isinstance(preview, LetterPreview):
            self.meter.show_share(None)
            return
        from advocate_app.core.letters import personalization, render_body

        draft = self.ctx.draft
        letter = preview.final_letter()
        share = 0.0
        try:
            if preview.edited:
                campaign = self.current_campaign()
                plain = render_body(
                    campaign,
                    draft.constituent,
                    letter.member,
                    story="",
                    points=draft.points,
                    today=self.ctx.today(),
                    status=self.statuses.get(letter.member.chamber),
                )
                share = personalization(letter, draft.story, boilerplate=plain)
            else:
                share = personalization(letter, draft.story)
        except AdvocateError:
            pass
        self.meter.show_share(share)

    def restore(self, campaign_id: str, points: list[int] | None, story: str) -> None:
        """A kept draft comes back: its campaign, then its points and story."""
        index = self.campaign.findData(campaign_id)
        if index >= 0 and index != self.campaign.currentIndex():
            self.campaign.setCurrentIndex(index)  # resets the points to the campaign's
        self.ctx.draft.points = points
        self.ctx.draft.story = story
        if self.story.toPlainText() != story:
            self.story.setPlainText(story)
        campaign = self.current_campaign()
        if campaign is not None:
            self._show_points(campaign)
        self.refresh()

    def focus_story(self) -> None:
        self.story.setFocus(Qt.FocusReason.OtherFocusReason)


def _tab_title(member: Member) -> str:
    return f"{role_label(member)} {member.last or member.name}"
