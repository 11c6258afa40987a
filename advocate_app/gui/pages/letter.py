"""Step 3, "Your letter": campaign, talking points, the person's story, a preview per member.

The page shows the session and changes it: the campaign, points and story go to the
session; the letters come back from it (``LetterTabs``). Campaigns (Jinja templates) load on
first visit through the task runner, so start-up never imports jinja2. Letters are composed
through the task runner too, shortly after the person stops typing, so a slow or hostile
template never freezes the window; the session takes them only if the lookup they were
built on still holds. Bill status from Congress.gov is optional: it runs in the background
and, when it fails, one note (for every bill at once) says the letters ask for cosponsorship.

At 1100x760 the step fits without a scrolling box inside another (issue 15): the talking
points come right under the story, the ideas for a story are one click away, and each
letter's sheet scrolls as one. A writer who gave only a ZIP code is told why offices need a
street address, and letters are written only once they tick "write without a street
address" (``LetterSession.may_write``, issue 13).
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
    QVBoxLayout,
    QWidget,
)

from advocate_app.flows.session import (
    CAMPAIGN,
    LANGUAGE,
    LETTERS,
    LOOKUP,
    POINTS,
    STORY,
    WRITER,
)
from advocate_app.gui.labels import member_title
from advocate_app.gui.pages import COMPOSE_KEY
from advocate_app.gui.pages.letter_language import LetterLanguageRow, window_language
from advocate_app.gui.pages.letter_no_street import NoStreetBox
from advocate_app.gui.pages.letter_tabs import LetterTabs
from advocate_app.gui.widgets import WrapCheckBox, heading, note, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.models import Letter, Member
    from advocate_app.flows.compose import LetterRequest
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

RENDER_DELAY_MS = 250


class LetterPage(QWidget):
    name_wanted = Signal()  # the letters need the person's full name (step 1)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns: list[Campaign] = []
        self._point_boxes: list[WrapCheckBox] = []
        self._point_indexes: list[int] = []  # the campaign's number of each box shown
        self._loading = False
        self._showing = False  # the page is putting the session on screen: no echo back
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.refresh)

        outer = vbox(self, spacing=8)
        outer.addWidget(heading(self.tr("Your letter")))
        outer.addLayout(self._build_campaign_row())
        self.summary = note(selectable=True)
        outer.addWidget(self.summary)
        self.updates_button = self._build_updates_button()
        outer.addWidget(self.updates_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self._build_language_row())
        outer.addWidget(self._build_no_street())
        # Left: what goes in; right: what comes out. A splitter, so a person at 200 % can
        # give either side more room.
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_inputs())
        self.output = LetterTabs(ctx)
        self.tabs, self.previews, self.meter = (
            self.output.tabs,
            self.output.previews,
            self.output.meter,
        )
        self.status_note = self.output.status_note
        self.output.drop_point.clicked.connect(self._drop_a_point)
        split.addWidget(self.output)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)

        self.other_caption = QLabel(self)
        self.other_preview = QPlainTextEdit(self)
        self.other_preview.setReadOnly(True)
        self.other_preview.setAccessibleName(self.tr("The letter in the other language"))
        self.other_preview.setTabChangesFocus(True)
        self.other_caption.setBuddy(self.other_preview)
        self.other_preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.other_caption.hide()
        self.other_preview.hide()
        outer.addWidget(self.other_caption)
        outer.addWidget(self.other_preview, 1)
        self.tabs.currentChanged.connect(lambda _i: self._show_other_language())

        self.campaign.currentIndexChanged.connect(self._on_campaign_changed)
        self.story.textChanged.connect(self._on_story_changed)
        ctx.session.subscribe(self._on_session_changed)

    def _build_campaign_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Campaign:"), self)
        self.campaign = QComboBox(self)
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.campaign)
        row.addWidget(caption)
        row.addWidget(self.campaign, 1)
        return row

    def _build_updates_button(self) -> QPushButton:
        """Issue 14: a campaign may name where its organizer publishes its successor."""
        button = QPushButton(self.tr("Check for campaign &updates"), self)
        button.setAccessibleName(self.tr("Check for campaign updates"))
        button.clicked.connect(self._check_updates)
        button.hide()
        return button

    def _build_language_row(self) -> LetterLanguageRow:
        row = LetterLanguageRow(self)
        self.spanish_letter, self.both_previews = row.spanish_letter, row.both_previews
        self.language_note = row.language_note
        row.spanish_toggled.connect(self._on_letter_language_toggled)
        row.both_toggled.connect(lambda _on: self._show_other_language())
        self.language_row = row
        return row

    @staticmethod
    def window_language() -> str:
        return window_language()

    def _show_language(self, campaign: Campaign) -> None:
        self.language_row.show_for(campaign, self.ctx.session.letter_language)

    def _on_letter_language_toggled(self, checked: bool) -> None:
        self._showing = True
        try:
            self.ctx.session.set_letter_language("es" if checked else "en")
        finally:
            self._showing = False
        self.refresh()

    def _show_other_language(self) -> None:
        """The selected letter in the other language, below the preview, when asked for."""
        wanted = self.language_row.wants_both()
        self.other_caption.setVisible(wanted)
        self.other_preview.setVisible(wanted)
        if not wanted:
            return
        session = self.ctx.session
        request = session.letter_request(self.ctx.today())
        letters = session.letters
        index = self.tabs.currentIndex()
        if request is None or not 0 <= index < len(letters):
            self.other_preview.setPlainText("")
            return
        from dataclasses import replace

        other = "en" if session.letter_language == "es" else "es"
        self.other_caption.setText(
            self.tr("The same letter in English:")
            if other == "en"
            else self.tr("The same letter in Spanish:")
        )
        member = letters[index].member
        other_request = replace(request, members=(member,), language=other)
        self.ctx.runner.submit(
            lambda: other_request.compose_one(member).as_text(),
            self.other_preview.setPlainText,
            lambda error: self.other_preview.setPlainText(str(error)),
            key="other_language_preview",
            label=self.tr("Writing your letters…"),
        )

    def _build_inputs(self) -> QScrollArea:
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
        # Room for a few sentences, no more: the talking points stay in view below it.
        self.story.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        story_caption.setBuddy(self.story)
        left_layout.addWidget(story_caption)
        left_layout.addWidget(self.story)
        self.points_box = QGroupBox(self.tr("Talking points to include"), left)
        self.points_layout = QVBoxLayout(self.points_box)
        left_layout.addWidget(self.points_box)
        left_layout.addWidget(self._build_prompts(left))
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: fields scroll it
        return scroll

    def _build_prompts(self, parent: QWidget) -> QWidget:
        """Ideas for a story, one click away (folded: the talking points stay in view)."""
        holder = QWidget(parent)
        layout = vbox(holder, spacing=4)
        self.prompts_toggle = QPushButton(self.tr("Show &ideas for your story"), holder)
        self.prompts_toggle.setAccessibleName(self.tr("Ideas for your story"))
        self.prompts_toggle.setCheckable(True)
        self.prompts_toggle.toggled.connect(self._on_prompts_toggled)
        self.prompts_box = QGroupBox(self.tr("Ideas for your story"), holder)
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        self.prompts_box.hide()
        layout.addWidget(self.prompts_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.prompts_box)
        return holder

    def _on_prompts_toggled(self, shown: bool) -> None:
        self.prompts_box.setVisible(shown and self.prompts_layout.count() > 0)
        self.prompts_toggle.setText(
            self.tr("Hide &ideas for your story")
            if shown
            else self.tr("Show &ideas for your story")
        )

    def _build_no_street(self) -> NoStreetBox:
        self.no_street = NoStreetBox(self)
        self.no_street_ok = self.no_street.ok
        self.no_street.confirmed.connect(self._on_no_street_toggled)
        return self.no_street

    def _show_no_street(self) -> None:
        session = self.ctx.session
        self.no_street.show_state(
            session.has_lookup and session.street_missing, session.no_street_confirmed
        )
        self.output.show_empty(waiting_for_street=session.has_lookup and not session.may_write())

    def _on_no_street_toggled(self, confirmed: bool) -> None:
        self.ctx.session.confirm_no_street(confirmed)
        self.refresh()

    def _drop_a_point(self) -> None:
        """A letter runs over one page: leave out the last chosen talking point, compose again."""
        if self.ctx.session.drop_last_point():
            self.refresh()

    # --- the session ---------------------------------------------------------------------
    def _on_session_changed(self, changed: frozenset[str]) -> None:
        session = self.ctx.session
        if STORY in changed and self.story.toPlainText() != session.story:
            self._showing = True
            try:
                self.story.setPlainText(session.story)  # a restored draft, the next writer
            finally:
                self._showing = False
        if CAMPAIGN in changed and self.campaigns and session.campaign is None:
            self._select_campaign(session.campaign_id)
        if CAMPAIGN in changed:
            self._show_lock()
        if (POINTS in changed or CAMPAIGN in changed) and not self._showing:
            campaign = self.current_campaign()
            if campaign is not None:
                self._show_points(campaign)
        if LOOKUP in changed and not session.has_lookup:
            self._render_timer.stop()
            self.ctx.runner.cancel(COMPOSE_KEY)  # letters for a voided lookup are not wanted
        if LETTERS in changed:
            self._show_skipped()
            self._show_other_language()
        if LANGUAGE in changed and not self._showing:
            campaign = self.current_campaign()
            if campaign is not None:
                self._show_language(campaign)
        if WRITER in changed or LOOKUP in changed:
            self._show_no_street()

    # --- entering the step -----------------------------------------------------------------
    def enter(self) -> None:
        """Called each time the step is shown: load campaigns once, then bring letters up to date."""
        if self.story.toPlainText() != self.ctx.session.story:
            self.story.setPlainText(self.ctx.session.story)
        self._show_no_street()
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
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for campaign in self.campaigns:
            title = campaign.in_language(self.window_language()).title
            if campaign.is_expired(today):
                title = self.tr("{0} (ended)").format(title)
            self.campaign.addItem(title, campaign.id)
        self.campaign.blockSignals(False)
        if not self.campaigns:
            self.summary.setText(self.tr("No campaign is installed. Reinstall Advocate."))
            return
        wanted = (
            getattr(self, "_installed_campaign", "")
            or self.ctx.session.campaign_id
            or self.ctx.services.settings.get("campaign.default")
        )
        self._installed_campaign = ""
        self._select_campaign(str(wanted or ""))
        self._show_lock()

    def _show_lock(self) -> None:
        """At an event the organizer chose the campaign (session ``locked_campaign``):
        participants see it but cannot change it, nor look for updates."""
        locked = bool(self.ctx.session.locked_campaign)
        self.campaign.setEnabled(not locked)
        self.campaign.setToolTip(
            self.tr("The organizer chose this campaign for the event.") if locked else ""
        )
        if locked:
            self.updates_button.hide()

    def _select_campaign(self, campaign_id: str) -> None:
        index = max(0, self.campaign.findData(campaign_id))
        self.campaign.blockSignals(True)
        self.campaign.setCurrentIndex(index)
        self.campaign.blockSignals(False)
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
        self._showing = True
        try:
            self.ctx.session.choose_campaign(campaign)
        finally:
            self._showing = False
        shown = campaign.in_language(self.window_language())  # the reader's language, if any
        bills = " · ".join(
            self.tr("{0}: {1}").format(
                self.tr("House") if c.value == "house" else self.tr("Senate"), b.label
            )
            for c, b in sorted(campaign.bills.items(), key=lambda cb: cb[0].value)
        )
        text = f"{shown.summary}\n{bills}"
        for chamber in sorted(shown.bill_notes, key=lambda c: c.value):
            text += f"\n{shown.bill_notes[chamber]}"
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
        self.updates_button.setVisible(
            (bool(campaign.source_url) or expired) and not self.ctx.session.locked_campaign
        )

        self._show_language(campaign)
        self._show_points(campaign)
        self._show_prompts(campaign)
        self._fetch_bill_status()
        self.refresh()

    def _status_text(self, campaign: Campaign, statuses: dict[Any, Any], notes: list[str]) -> str:
        """The notes about Congress.gov, one per fact; at an event, one short note for the
        participant instead (no service errors, nothing about a list saved earlier)."""
        if not bool(self.ctx.services.settings.get("event.enabled")):
            return self._status_note(campaign, statuses, notes)
        if all(status is not None for status in statuses.values()):
            return ""
        return self.tr(
            "Advocate could not check who already supports the bill, so the letter asks for "
            "support. If your member already supports it, you may thank them instead."
        )

    def _check_updates(self) -> None:
        from advocate_app.gui.campaign_updates import check_campaign_updates

        campaign = self.current_campaign()
        if campaign is not None:
            check_campaign_updates(self.ctx, campaign, self, self._on_campaign_installed)

    def _on_campaign_installed(self, campaign_id: str) -> None:
        self._installed_campaign = campaign_id  # shown once the list is loaded again
        self.campaigns = []
        self.load_campaigns()

    def _show_points(self, campaign: Campaign) -> None:
        for box in self._point_boxes:
            box.hide()
            box.deleteLater()
        self._point_boxes = []
        session = self.ctx.session
        chosen = session.chosen_points()
        ticked = set(chosen)
        offered = session.offered  # an event may offer some of the points only
        shown = campaign.in_language(self.window_language()).points_to_show()
        self._point_indexes = [
            i for i in range(len(campaign.talking_points)) if offered is None or i in offered
        ]
        for index in self._point_indexes:
            box = WrapCheckBox(
                shown[index] if index < len(shown) else campaign.talking_points[index],
                self.points_box,
            )
            box.setChecked(index in ticked)
            box.toggled.connect(self._on_point_toggled)
            self.points_layout.addWidget(box)
            box.show()
            self._point_boxes.append(box)
        self.points_box.setVisible(bool(self._point_boxes))

    def _show_prompts(self, campaign: Campaign) -> None:
        while self.prompts_layout.count():
            item = self.prompts_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for prompt in campaign.in_language(self.window_language()).story_prompts:
            label = note(f"• {prompt}", selectable=True)
            self.prompts_layout.addWidget(label)
            label.show()
        self.prompts_toggle.setVisible(bool(campaign.story_prompts))
        self.prompts_box.setVisible(
            bool(campaign.story_prompts) and self.prompts_toggle.isChecked()
        )

    def _on_point_toggled(self, _checked: bool) -> None:
        self._showing = True
        try:
            pairs = zip(self._point_indexes, self._point_boxes, strict=True)
            self.ctx.session.set_points([i for i, box in pairs if box.isChecked()])
        finally:
            self._showing = False
        self._render_timer.start()

    def _on_story_changed(self) -> None:
        if self._showing:
            return
        self.ctx.session.set_story(self.story.toPlainText())
        self._render_timer.start()

    # --- bill status (optional) ------------------------------------------------------------
    def _fetch_bill_status(self) -> None:
        session = self.ctx.session
        campaign = session.campaign
        chambers = {m.chamber for m in session.targets()}
        missing = [c for c in chambers if c not in session.statuses]
        if campaign is None or not missing:
            return
        client = self.ctx.services.bill_status

        def fetch() -> tuple[dict[Any, Any], list[str]]:
            from advocate_app.flows.compose import fetch_statuses

            return fetch_statuses(client, campaign, missing)

        def done(answer: tuple[dict[Any, Any], list[str]]) -> None:
            statuses, notes = answer
            if session.campaign is not campaign:
                return  # another campaign was chosen meanwhile
            self.status_note.setText(self._status_text(campaign, statuses, notes))
            session.set_statuses(statuses)
            self.refresh()

        def failed(error: BaseException) -> None:
            log.info("bill status unavailable (%s)", type(error).__name__)
            session.statuses.update({chamber: None for chamber in missing})

        self.ctx.runner.submit(
            fetch, done, failed, key="bill_status", label=self.tr("Checking who supports the bill…")
        )

    def _status_note(self, campaign: Campaign, statuses: dict[Any, Any], notes: list[str]) -> str:
        """One note per fact: every bill Congress.gov could not answer for, in one sentence
        (issue 15); a list kept from earlier is its own fact, with its own date."""
        failed = [campaign.bill_for(c).label for c, s in statuses.items() if s is None]
        kept = [n for n in notes if not any(label in n for label in failed)]
        if failed:
            kept.insert(
                0,
                self.tr(
                    "Could not check on Congress.gov who already cosponsors {0}. The letters ask "
                    "for cosponsorship; if your member already supports the bill, thank them "
                    "instead."
                ).format(self.tr(" and ").join(failed)),
            )
        return "\n".join(kept)

    # --- letters ---------------------------------------------------------------------------
    def targets(self) -> list[Member]:
        return self.ctx.session.targets()

    def refresh(self) -> None:
        """Compose every letter again, through the task runner; edits are kept (the session
        holds them per member)."""
        self._render_timer.stop()
        session, today = self.ctx.session, self.ctx.today()
        request = session.letter_request(today)
        if request is None or not session.may_write():
            self.ctx.runner.cancel(COMPOSE_KEY)
            ended = session.campaign is not None and session.campaign.is_expired(today)
            if ended:  # no letter for a dead bill: "Check for campaign updates" instead
                session.drop_letters()
            self.output.show_empty(
                waiting_for_street=session.has_lookup and not session.may_write(), ended=ended
            )
            return
        self.ctx.runner.submit(
            request.compose,
            lambda letters: self._on_composed(request, letters),
            self._on_compose_failed,
            key=COMPOSE_KEY,
            label=self.tr("Writing your letters…"),
        )

    def _on_composed(self, request: LetterRequest, letters: list[Letter]) -> None:
        self.ctx.session.take_letters(request, letters)

    def _on_compose_failed(self, error: BaseException) -> None:
        if not self.ctx.session.writer.name:
            self.ctx.show_message(
                str(error), "warning", [(self.tr("Add my name"), self.name_wanted.emit)]
            )
        else:
            self.ctx.problem(error)

    def _show_skipped(self) -> None:
        skipped = self.ctx.session.skipped()
        if skipped:
            names = ", ".join(member_title(m) for m in skipped)
            self.status_note.setText(self.tr("This campaign has no bill for: {0}.").format(names))

    def letters(self) -> list[Letter]:
        """The letters to send, in tab order, with the person's edits."""
        return self.output.letters()

    def focus_story(self) -> None:
        self.story.setFocus(Qt.FocusReason.OtherFocusReason)
