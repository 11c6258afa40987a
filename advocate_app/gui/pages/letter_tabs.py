"""The right half of the Letter step: one editable preview per member, and the meter.

It shows the session's letters (``session.letters``, composed off the GUI thread) with the
person's own text of each (``session.edits``), the "how personal" gauge with each letter's
page count (counted off the GUI thread), and an offer to leave out a talking point when a
letter runs over one page (issue 13): a new preview starts from the session's edit,
and every edit goes back to the session, so edits survive moving between steps, a restored
draft and a page built later. A preview that is no longer wanted is deleted at once (not at
the next turn of the event loop): a participant's letter never lingers in a hidden widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from advocate_app.flows.session import EDITS, LETTERS
from advocate_app.gui.labels import member_title, role_label
from advocate_app.gui.pages.meter import PersonalMeter
from advocate_app.gui.pages.preview import LetterPreview
from advocate_app.gui.widgets import KIND_COLOURS, note, vbox

if TYPE_CHECKING:
    from advocate_app.core.models import Letter, Member
    from advocate_app.gui.context import AppContext

METER_KEY = "meter"
PAGES_KEY = "page_count"


class LetterTabs(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.previews: dict[str, LetterPreview] = {}
        self.page_counts: dict[str, int] = {}  # bioguide -> pages, for the letters shown
        layout = vbox(self, spacing=6)
        caption = QLabel(self.tr("Preview (you can edit each letter):"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Letters"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._on_tab_changed())
        caption.setBuddy(self.tabs)
        self.empty = note(self.tr("Your letters appear here once your members are found."))
        self.status_note = note(selectable=True)
        self.meter = PersonalMeter(self)
        layout.addWidget(caption)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.meter)
        layout.addWidget(self._build_too_long())
        layout.addWidget(self.status_note)
        self.tabs.hide()
        ctx.session.subscribe(self._on_session_changed)
        self.render()

    def _on_session_changed(self, changed: frozenset[str]) -> None:
        if LETTERS in changed or EDITS in changed:
            self.render()

    def render(self) -> None:
        """Tabs follow the session's letters; each body shows the person's edit if any."""
        session = self.ctx.session
        letters = session.letters
        wanted = {letter.member.bioguide: letter for letter in letters}
        for bioguide in list(self.previews):
            if bioguide not in wanted:
                self._drop(bioguide)
        for position, letter in enumerate(letters):
            preview = self.previews.get(letter.member.bioguide)
            if preview is None:
                preview = LetterPreview(letter)
                preview.body_edited.connect(
                    lambda p=preview: self._on_body_edited(p)  # noqa: B023 - bound per preview
                )
                self.previews[letter.member.bioguide] = preview
                self.tabs.insertTab(position, preview, _tab_title(letter.member))
                self.tabs.setTabToolTip(position, member_title(letter.member))
            elif preview.letter is not letter:
                preview.update_letter(letter)
            edit = session.edits.get(letter.member.bioguide)
            if edit is not None and edit.strip() != preview.body.toPlainText().strip():
                preview.body.setPlainText(edit)  # the person's own text, kept by the session
        self.tabs.setVisible(bool(letters))
        self.empty.setVisible(not letters)
        if not letters:
            self.status_note.setText("")
        self.update_meter()
        self.update_pages()

    def show_empty(self, *, waiting_for_street: bool, ended: bool = False) -> None:
        """What the empty preview says: letters wait for the members, for the writer to
        confirm writing without a street address, or for a campaign that is not over."""
        if ended:
            text = self.tr(
                "This campaign has ended, so no letters are written for it. Use \u201cCheck for "
                "campaign updates\u201d or choose another campaign."
            )
        elif waiting_for_street:
            text = self.tr("Your letters appear here once you confirm above, or add your street.")
        else:
            text = self.tr("Your letters appear here once your members are found.")
        self.empty.setText(text)

    def _on_tab_changed(self) -> None:
        self.update_meter()
        self._show_pages()

    def _drop(self, bioguide: str) -> None:
        preview = self.previews.pop(bioguide)
        self.tabs.removeTab(self.tabs.indexOf(preview))
        shiboken6.delete(preview)  # now: the letter must not linger until the event loop

    def _on_body_edited(self, preview: LetterPreview) -> None:
        bioguide = preview.letter.member.bioguide
        self.ctx.session.set_edit(bioguide, preview.body.toPlainText() if preview.edited else None)
        self.update_meter()
        self.update_pages()

    def letters(self) -> list[Letter]:
        """The letters in tab order, with the person's edits (the session's final letters)."""
        return self.ctx.session.final_letters()

    def update_meter(self) -> None:
        """How personal the shown letter is; an edited letter is measured against the
        campaign's text without the story, rendered off the GUI thread."""
        preview = self.tabs.currentWidget()
        if not isinstance(preview, LetterPreview):
            self.meter.show_share(None)
            return
        session = self.ctx.session
        letter = preview.final_letter()
        story = session.story
        request = session.letter_request(self.ctx.today()) if preview.edited else None

        def measure() -> float:
            from advocate_app.core.errors import AdvocateError
            from advocate_app.core.letters import personalization

            try:
                if request is None:
                    return personalization(letter, story)
                return personalization(
                    letter, story, boilerplate=request.boilerplate(letter.member)
                )
            except AdvocateError:
                return 0.0

        self.ctx.runner.submit(measure, self.meter.show_share, lambda _exc: None, key=METER_KEY)

    # --- pages (issue 13) -------------------------------------------------------------------
    def _build_too_long(self) -> QWidget:
        """The offer shown while a letter runs over one page."""
        self.too_long = QWidget(self)
        self.too_long.setObjectName("tooLong")
        background, foreground, border = KIND_COLOURS["warning"]
        self.too_long.setStyleSheet(
            f"QWidget#tooLong {{ background: {background}; border: 1px solid {border}; }}"
            f" QWidget#tooLong QLabel {{ color: {foreground}; }}"
        )
        self.too_long.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.too_long_text = note()
        self.drop_point = QPushButton(self.tr("&Leave out a talking point"), self.too_long)
        self.drop_point.setAccessibleName(self.tr("Leave out a talking point"))
        row = QHBoxLayout(self.too_long)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.too_long_text, 1)
        row.addWidget(self.drop_point, 0, Qt.AlignmentFlag.AlignVCenter)
        self.too_long.hide()
        return self.too_long

    def update_pages(self) -> None:
        """Count each letter's pages (with the person's edits) through the task runner: a
        layout per letter, never on the GUI thread."""
        letters = self.ctx.session.final_letters()
        if not letters:
            self.ctx.runner.cancel(PAGES_KEY)
            self._on_pages_counted({})
            return
        paper = str(self.ctx.services.settings.get("export.paper_size") or "letter")

        def count() -> dict[str, int]:
            from advocate_app.export.pdf import page_count

            return {letter.member.bioguide: page_count(letter, paper=paper) for letter in letters}

        self.ctx.runner.submit(count, self._on_pages_counted, lambda _exc: None, key=PAGES_KEY)

    def _on_pages_counted(self, counts: dict[str, int]) -> None:
        shown = {letter.member.bioguide for letter in self.ctx.session.letters}
        self.page_counts = {b: n for b, n in counts.items() if b in shown}
        self._show_pages()

    def _show_pages(self) -> None:
        preview = self.tabs.currentWidget()
        current = preview.letter.member.bioguide if isinstance(preview, LetterPreview) else ""
        self.meter.show_pages(self.page_counts.get(current))
        long = [p.letter.member for b, p in self.previews.items() if self.page_counts.get(b, 1) > 1]
        if not long:
            self.too_long.hide()
            return
        names = ", ".join(member_title(m) for m in long)
        text = self.tr("Over one page: your letter to {0}. Offices read one-page letters first.")
        if self.ctx.session.chosen_points():
            text += " " + self.tr("Leave out a talking point, or shorten your story.")
        else:
            text += " " + self.tr("Shorten your story or the letter itself.")
        self.too_long_text.setText(text.format(names))
        self.drop_point.setVisible(bool(self.ctx.session.chosen_points()))
        self.too_long.show()

    def clear(self) -> None:
        for bioguide in list(self.previews):
            self._drop(bioguide)
        self.tabs.hide()
        self.empty.show()
        self.status_note.setText("")
        self.meter.show_share(None)
        self.page_counts = {}
        self._show_pages()


def _tab_title(member: Member) -> str:
    return f"{role_label(member)} {member.last or member.name}"
