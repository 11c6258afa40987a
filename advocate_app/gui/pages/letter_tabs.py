"""The right half of the Letter step: one editable preview per member, and the meter.

It shows the session's letters (``session.letters``, composed off the GUI thread) with the
person's own text of each (``session.edits``): a new preview starts from the session's edit,
and every edit goes back to the session, so edits survive moving between steps, a restored
draft and a page built later. A preview that is no longer wanted is deleted at once (not at
the next turn of the event loop): a participant's letter never lingers in a hidden widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from advocate_app.flows.session import EDITS, LETTERS
from advocate_app.gui.labels import member_title, role_label
from advocate_app.gui.pages.meter import PersonalMeter
from advocate_app.gui.pages.preview import LetterPreview
from advocate_app.gui.widgets import note, vbox

if TYPE_CHECKING:
    from advocate_app.core.models import Letter, Member
    from advocate_app.gui.context import AppContext

METER_KEY = "meter"


class LetterTabs(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.previews: dict[str, LetterPreview] = {}
        layout = vbox(self, spacing=6)
        caption = QLabel(self.tr("Preview (you can edit each letter):"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Letters"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self.update_meter())
        caption.setBuddy(self.tabs)
        self.empty = note(self.tr("Your letters appear here once your members are found."))
        self.status_note = note(selectable=True)
        self.meter = PersonalMeter(self)
        layout.addWidget(caption)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.meter)
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

    def _drop(self, bioguide: str) -> None:
        preview = self.previews.pop(bioguide)
        self.tabs.removeTab(self.tabs.indexOf(preview))
        shiboken6.delete(preview)  # now: the letter must not linger until the event loop

    def _on_body_edited(self, preview: LetterPreview) -> None:
        bioguide = preview.letter.member.bioguide
        self.ctx.session.set_edit(bioguide, preview.body.toPlainText() if preview.edited else None)
        self.update_meter()

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

    def clear(self) -> None:
        for bioguide in list(self.previews):
            self._drop(bioguide)
        self.tabs.hide()
        self.empty.show()
        self.status_note.setText("")
        self.meter.show_share(None)


def _tab_title(member: Member) -> str:
    return f"{role_label(member)} {member.last or member.name}"
