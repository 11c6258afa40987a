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

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QWidget

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
from advocate_app.gui.pages.letter_bill_status import fetch_bill_status, status_text
from advocate_app.gui.pages.letter_campaign import CampaignRow
from advocate_app.gui.pages.letter_inputs import LetterInputs
from advocate_app.gui.pages.letter_language import LetterLanguageRow, window_language
from advocate_app.gui.pages.letter_no_street import NoStreetBox
from advocate_app.gui.pages.letter_other_language import OtherLanguagePreview
from advocate_app.gui.pages.letter_tabs import LetterTabs
from advocate_app.gui.widgets import heading, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.models import Letter, Member
    from advocate_app.flows.compose import LetterRequest
    from advocate_app.gui.context import AppContext

RENDER_DELAY_MS = 250


class LetterPage(QWidget):
    name_wanted = Signal()  # the letters need the person's full name (step 1)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns: list[Campaign] = []
        self._installed_campaign = ""  # a campaign just installed, shown once loaded again
        self._loading = False
        self._showing = False  # the page is putting the session on screen: no echo back
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.refresh)

        outer = vbox(self, spacing=8)
        outer.addWidget(heading(self.tr("Your letter")))
        self.campaign_row = CampaignRow(self)
        self.campaign = self.campaign_row.campaign
        self.summary, self.updates_button = (
            self.campaign_row.summary,
            self.campaign_row.updates_button,
        )
        self.campaign_row.updates_wanted.connect(self._check_updates)
        outer.addWidget(self.campaign_row)
        outer.addWidget(self._build_language_row())
        self.no_street = NoStreetBox(self)
        self.no_street.confirmed.connect(self._on_no_street_toggled)
        outer.addWidget(self.no_street)
        # Left: what goes in; right: what comes out. A splitter, so a person at 200 % can
        # give either side more room.
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.inputs = LetterInputs()
        self.story = self.inputs.story
        self.inputs.points_changed.connect(self._on_points_changed)
        split.addWidget(self.inputs)
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

        self.other_language = OtherLanguagePreview(ctx, self)
        outer.addWidget(self.other_language, 1)
        self.tabs.currentChanged.connect(lambda _i: self._show_other_language())

        self.campaign_row.chosen.connect(self._on_campaign_changed)
        self.story.textChanged.connect(self._on_story_changed)
        ctx.session.subscribe(self._on_session_changed)

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
        self.other_language.show_letter(self.tabs.currentIndex(), self.language_row.wants_both())

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
            self.campaign_row.show_lock(bool(session.locked_campaign))
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
        self.campaign_row.fill(self.campaigns, today, self.window_language())
        if not self.campaigns:
            return
        wanted = (
            self._installed_campaign
            or self.ctx.session.campaign_id
            or self.ctx.services.settings.get("campaign.default")
        )
        self._installed_campaign = ""
        self._select_campaign(str(wanted or ""))
        self.campaign_row.show_lock(bool(self.ctx.session.locked_campaign))

    def _select_campaign(self, campaign_id: str) -> None:
        self._on_campaign_changed(self.campaign_row.select(campaign_id))

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
        language = self.window_language()  # the reader's language, if the campaign has it
        locked = bool(self.ctx.session.locked_campaign)
        self.campaign_row.show_campaign(campaign, self.ctx.today(), language, locked)
        self._show_language(campaign)
        self._show_points(campaign)
        self.inputs.show_prompts(campaign, language)
        self._fetch_bill_status()
        self.refresh()

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
        session = self.ctx.session  # an event may offer some of the points only
        self.inputs.show_points(
            campaign, set(session.chosen_points()), session.offered, self.window_language()
        )

    def _on_points_changed(self, chosen: list[int]) -> None:
        self._showing = True
        try:
            self.ctx.session.set_points(chosen)
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
        fetch_bill_status(self.ctx, self._on_bill_status)

    def _on_bill_status(
        self, campaign: Campaign, statuses: dict[Any, Any], notes: list[str]
    ) -> None:
        event = bool(self.ctx.services.settings.get("event.enabled"))
        self.status_note.setText(status_text(campaign, statuses, notes, event=event))
        self.ctx.session.set_statuses(statuses)
        self.refresh()

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
