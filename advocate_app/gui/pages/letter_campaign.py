"""Step 3's campaign row: the chooser, what the campaign asks for, and "Check for campaign
updates" (issue 14).

The page owns the campaigns and the session; this widget only shows them. An ended
campaign says so (its Congress is over) and, when its organizer publishes successors,
points at the updates button. At an event the organizer chose the campaign: participants
see it but cannot change it, nor look for updates.

Its words keep the translation context ``LetterPage`` (they were the page's before the
split, and the Spanish translations are filed under it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from advocate_app.gui.widgets import note, vbox

if TYPE_CHECKING:
    from datetime import date

    from advocate_app.core.campaign_model import Campaign

translate = QCoreApplication.translate


class CampaignRow(QWidget):
    """The campaign chooser with its summary and the updates button."""

    chosen = Signal(int)  # the person chose the campaign at this index
    updates_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = vbox(self, spacing=8)
        row = QHBoxLayout()
        caption = QLabel(translate("LetterPage", "&Campaign:"), self)
        self.campaign = QComboBox(self)
        self.campaign.setAccessibleName(translate("LetterPage", "Campaign"))
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.campaign)
        row.addWidget(caption)
        row.addWidget(self.campaign, 1)
        layout.addLayout(row)
        self.summary = note(selectable=True)
        layout.addWidget(self.summary)
        self.updates_button = QPushButton(
            translate("LetterPage", "Check for campaign &updates"), self
        )
        self.updates_button.setAccessibleName(translate("LetterPage", "Check for campaign updates"))
        self.updates_button.clicked.connect(self.updates_wanted)
        self.updates_button.hide()
        layout.addWidget(self.updates_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.campaign.currentIndexChanged.connect(self.chosen)

    def fill(self, campaigns: list[Campaign], today: date, language: str) -> None:
        """The campaigns' titles in ``language`` (when the pack has it); an ended one says so."""
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for campaign in campaigns:
            title = campaign.in_language(language).title
            if campaign.is_expired(today):
                title = translate("LetterPage", "{0} (ended)").format(title)
            self.campaign.addItem(title, campaign.id)
        self.campaign.blockSignals(False)
        if not campaigns:
            self.summary.setText(
                translate("LetterPage", "No campaign is installed. Reinstall Advocate.")
            )

    def select(self, campaign_id: str) -> int:
        """Show ``campaign_id`` (the first campaign when it is not there), without a signal."""
        index = max(0, self.campaign.findData(campaign_id))
        self.campaign.blockSignals(True)
        self.campaign.setCurrentIndex(index)
        self.campaign.blockSignals(False)
        return index

    def show_campaign(self, campaign: Campaign, today: date, language: str, locked: bool) -> None:
        """What ``campaign`` asks for, its bills and notes, in ``language`` when it has it."""
        shown = campaign.in_language(language)
        bills = " · ".join(
            translate("LetterPage", "{0}: {1}").format(
                translate("LetterPage", "House")
                if c.value == "house"
                else translate("LetterPage", "Senate"),
                b.label,
            )
            for c, b in sorted(campaign.bills.items(), key=lambda cb: cb[0].value)
        )
        text = f"{shown.summary}\n{bills}"
        for chamber in sorted(shown.bill_notes, key=lambda c: c.value):
            text += f"\n{shown.bill_notes[chamber]}"
        expired = campaign.is_expired(today)
        if expired:
            text += "\n" + translate(
                "LetterPage",
                "This campaign has ended: its Congress is over and its bills died with it.",
            )
            if campaign.source_url:
                text += " " + translate(
                    "LetterPage",
                    "Use \u201cCheck for campaign updates\u201d: its organizer may have "
                    "published it for the new Congress.",
                )
        self.summary.setText(text)
        self.updates_button.setVisible((bool(campaign.source_url) or expired) and not locked)

    def show_lock(self, locked: bool) -> None:
        """At an event (session ``locked_campaign``) the campaign cannot be changed."""
        self.campaign.setEnabled(not locked)
        self.campaign.setToolTip(
            translate("LetterPage", "The organizer chose this campaign for the event.")
            if locked
            else ""
        )
        if locked:
            self.updates_button.hide()
