"""Step 2, "Your members": a card per member, and help when the answer is not certain.

- Several geocoder matches: the person picks their address (``finder.choose_address``).
- A ZIP code split between districts: the candidates are listed with a prompt to enter the
  street address; a person who knows their district can pick it.
- Vacant seats and territories (a delegate, no senators) are explained in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.models import Chamber
from advocate_app.core.models import seat_label as district_code
from advocate_app.flows.session import LOOKUP
from advocate_app.gui.labels import member_title, party_label, seat_label, vacancy_text
from advocate_app.gui.links import open_link
from advocate_app.gui.messages import code_of, localize
from advocate_app.gui.pages.cards import MemberCard
from advocate_app.gui.widgets import heading, note, show_all, vbox

if TYPE_CHECKING:
    from advocate_app.core.lookup.result import LookupResult
    from advocate_app.gui.context import AppContext

CHOICE_KEY = "lookup"


class MembersPage(QWidget):
    """Shows the session's lookup; the person's choices (a member unticked, their address
    or district picked) go to the session."""

    street_wanted = Signal()  # "Enter my street address": back to step 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[MemberCard] = []
        layout = vbox(self, spacing=10)
        layout.addWidget(heading(self.tr("Your members of Congress")))
        self.summary = note(selectable=True)
        layout.addWidget(self.summary)

        self.matches_box = QGroupBox(self.tr("Which of these addresses is yours?"), self)
        self.matches_layout = QVBoxLayout(self.matches_box)
        self.matches_group = QButtonGroup(self)
        self.use_match = QPushButton(self.tr("&Use this address"), self.matches_box)
        self.use_match.setAccessibleName(self.tr("Use this address"))
        self.use_match.clicked.connect(self._on_use_match_clicked)
        layout.addWidget(self.matches_box)

        self.candidates_box = QGroupBox(self.tr("Your ZIP code is in more than one district"), self)
        self.candidates_layout = QVBoxLayout(self.candidates_box)
        self.candidates_group = QButtonGroup(self)
        self.enter_street = QPushButton(self.tr("&Enter my street address"), self.candidates_box)
        self.enter_street.setAccessibleName(self.tr("Enter my street address"))
        self.enter_street.clicked.connect(self.street_wanted)
        self.use_district = QPushButton(self.tr("This is &my district"), self.candidates_box)
        self.use_district.setAccessibleName(self.tr("This is my district"))
        self.use_district.clicked.connect(self._on_use_district_clicked)
        layout.addWidget(self.candidates_box)

        self.cards_area = QWidget(self)
        self.cards_layout = vbox(self.cards_area, spacing=8)
        layout.addWidget(self.cards_area)
        self.notes_area = QWidget(self)
        self.notes_layout = vbox(self.notes_area, spacing=6)
        layout.addWidget(self.notes_area)
        self.data_line = note(selectable=True)
        self.data_line.setEnabled(True)
        layout.addWidget(self.data_line)
        layout.addStretch(1)
        ctx.runner.busy_changed.connect(self._on_runner_busy)
        self.matches_box.hide()
        self.candidates_box.hide()
        ctx.session.subscribe(self._on_session_changed)
        self.render()

    def _on_session_changed(self, changed: frozenset[str]) -> None:
        if LOOKUP in changed:
            self.render()

    def render(self) -> None:
        """The session's lookup, or nothing at all when it has none (voided, failed)."""
        session = self.ctx.session
        if session.has_lookup and session.lookup is not None:
            self.show_result(session.lookup)
        else:
            self.clear()

    # --- showing a result ----------------------------------------------------------------
    def show_result(self, result: LookupResult) -> None:
        self.clear()
        match = result.match
        where = localize(match.matched_address)
        if result.ambiguous:
            self.summary.setText(
                self.tr("We looked up: {0}. Your Representative is not certain yet.").format(where)
            )
        elif match.source == "zip":
            self.summary.setText(
                self.tr(
                    "We looked up {0} in the ZIP code table: district {1}. A street address is "
                    "more exact."
                ).format(where, _district(match.state, match.district))
            )
        else:
            self.summary.setText(
                self.tr("Matched address: {0} (district {1}).").format(
                    match.matched_address, _district(match.state, match.district)
                )
            )
        self._show_matches(result)
        self._show_candidates(result)
        excluded = self.ctx.session.excluded
        ended = {t.member.bioguide: t for t in self.ctx.session.ended_terms(self.ctx.today())}
        for member in result.members:
            card = MemberCard(member, lambda url: open_link(self.ctx, url), self.cards_area)
            card.include.setChecked(member.bioguide not in excluded)
            if member.bioguide in ended:
                card.show_reason(localize(ended[member.bioguide].reason))
            card.include_changed.connect(self._on_card_include_changed)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        if not result.members:
            self.cards_layout.addWidget(
                note(self.tr("No member is certain yet: choose your address or district above."))
            )
        for vacancy in result.vacancies:
            self._add_note(vacancy_text(vacancy), "warning")
        for text in result.notes:
            if code_of(text) != "lookup.house_vacant":  # the vacancy notes above say it
                self._add_note(localize(text), "info")
        parts = []
        if result.legislators_date:
            parts.append(self.tr("Member data from {0}.").format(result.legislators_date))
        if result.map:
            parts.append(self.tr("District map: {0}.").format(localize(result.map)))
        self.data_line.setText(" ".join(parts))
        for layout in (
            self.cards_layout,
            self.notes_layout,
            self.matches_layout,
            self.candidates_layout,
        ):
            show_all(layout)

    def _show_matches(self, result: LookupResult) -> None:
        if len(result.matches) < 2:
            self.matches_box.hide()
            return
        self.matches_layout.addWidget(
            note(
                self.tr(
                    "The address service found several addresses like the one you typed. "
                    "Choose yours, then press “Use this address”."
                )
            )
        )
        for index, choice in enumerate(result.matches):
            text = self.tr("{0} (district {1})").format(
                choice.matched_address, _district(choice.state, choice.district)
            )
            radio = QRadioButton(text, self.matches_box)
            radio.setAccessibleName(text)
            self.matches_group.addButton(radio, index)
            self.matches_layout.addWidget(radio)
        self.matches_layout.addWidget(self.use_match, 0, Qt.AlignmentFlag.AlignLeft)
        self.use_match.setEnabled(True)
        self.matches_box.show()

    def _show_candidates(self, result: LookupResult) -> None:
        if not result.candidates or len(result.matches) > 1:
            self.candidates_box.hide()
            return
        self.candidates_layout.addWidget(
            note(
                self.tr(
                    "Enter your street address to find your one Representative. If you know your "
                    "district, you can choose it here instead."
                )
            )
        )
        self.candidates_layout.addWidget(self.enter_street, 0, Qt.AlignmentFlag.AlignLeft)
        for index, candidate in enumerate(result.candidates):
            where = seat_label(candidate.state, candidate.district, Chamber.HOUSE)
            if candidate.member is not None:
                text = self.tr("{0}: {1} ({2})").format(
                    where, member_title(candidate.member), party_label(candidate.member.party)
                )
            else:
                text = self.tr("{0}: vacant seat").format(where)
            radio = QRadioButton(text, self.candidates_box)
            radio.setAccessibleName(text)
            self.candidates_group.addButton(radio, index)
            self.candidates_layout.addWidget(radio)
        self.candidates_layout.addWidget(self.use_district, 0, Qt.AlignmentFlag.AlignLeft)
        self.candidates_box.show()

    def _add_note(self, text: str, kind: str) -> None:
        label = note(text, selectable=True)
        label.setObjectName(f"note_{kind}")
        label.setAccessibleName(text)
        label.setFrameShape(QLabel.Shape.StyledPanel)
        label.setMargin(6)
        self.notes_layout.addWidget(label)

    def clear(self) -> None:
        """No lookup: no card, no note, no matched address."""
        self.summary.setText("")
        self.data_line.setText("")
        self.matches_box.hide()
        self.candidates_box.hide()
        self.cards = []
        for layout in (
            self.cards_layout,
            self.notes_layout,
            self.matches_layout,
            self.candidates_layout,
        ):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None and widget not in (
                    self.use_match,
                    self.enter_street,
                    self.use_district,
                ):
                    widget.hide()
                    shiboken6.delete(widget)  # gone at once: no old address lingers in a widget
        for group in (self.matches_group, self.candidates_group):
            for button in group.buttons():
                group.removeButton(button)

    # --- the person's choices ------------------------------------------------------------
    def _on_card_include_changed(self, bioguide: str, included: bool) -> None:
        self.ctx.session.include(bioguide, included)

    def _on_use_match_clicked(self) -> None:
        result = self.ctx.session.lookup
        index = self.matches_group.checkedId()
        if result is None or index < 0:
            self.ctx.show_message(self.tr("Choose one of the addresses first."), "warning", ())
            return
        choice = result.matches[index]
        services = self.ctx.services
        self._refine(
            lambda: services.finder.choose_address(choice, result.map), self._on_use_match_clicked
        )

    def _refine(self, call: Callable[[], LookupResult], retry: Callable[[], None]) -> None:
        session = self.ctx.session
        generation = session.generation
        self.ctx.runner.submit(
            call,
            lambda refined: session.refine_lookup(generation, refined, self.ctx.today()),
            lambda exc: self.ctx.problem(exc, retry=retry),
            key=CHOICE_KEY,
            label=self.tr("Looking up your members of Congress…"),
        )

    def _on_use_district_clicked(self) -> None:
        from advocate_app.core.lookup.zipcodes import zip_at_end

        result = self.ctx.session.lookup
        index = self.candidates_group.checkedId()
        if result is None or index < 0:
            self.ctx.show_message(
                self.tr("Choose your district first, or enter your street address."), "warning", ()
            )
            return
        candidate = result.candidates[index]
        zip_code = zip_at_end(result.match.matched_address)  # "ZIP code 78704" -> 78704
        services = self.ctx.services
        self._refine(
            lambda: services.finder.find_by_zip(zip_code, candidate.label),
            self._on_use_district_clicked,
        )

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == CHOICE_KEY:
            self.use_match.setEnabled(not busy)
            self.use_district.setEnabled(not busy)

    def first_focus(self) -> QWidget | None:
        if self.matches_box.isVisible() and self.matches_group.buttons():
            return self.matches_group.buttons()[0]
        if self.candidates_box.isVisible():
            return self.enter_street
        return self.cards[0].include if self.cards else None


def _district(state: str, district: int | None) -> str:
    return "?" if district is None else district_code(state, district)
