"""One card per member of Congress: who they are, how to reach them, include or not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from advocate_app.core.models import Member
from advocate_app.gui.labels import member_seat, member_title, party_label, role_label
from advocate_app.gui.links import allowed_url
from advocate_app.gui.widgets import link, plain


class MemberCard(QFrame):
    """A framed card; the check box says whether this member gets a letter."""

    include_changed = Signal(str, bool)  # bioguide, included

    def __init__(
        self, member: Member, open_url: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.member = member
        self.setObjectName("memberCard")
        # A border in the palette's own "mid" colour: visible in light, dark and high-contrast
        # themes alike (a plain frame vanishes in some of them).
        self.setStyleSheet(
            "QFrame#memberCard { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        title = member_title(member)
        self.setAccessibleName(title)

        self.include = QCheckBox(self.tr("Write to this member"), self)
        self.include.setChecked(True)
        self.include.setAccessibleName(self.tr("Include {0}").format(title))
        self.include.toggled.connect(lambda on: self.include_changed.emit(member.bioguide, on))

        name = plain(QLabel(title, self))  # member data is shown as text, never as HTML
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        name.setFont(font)
        name.setWordWrap(True)
        facts = plain(
            QLabel(
                self.tr("{0} · {1} · {2}").format(
                    role_label(member), party_label(member.party), member_seat(member)
                ),
                self,
            )
        )
        facts.setWordWrap(True)

        details = QVBoxLayout()
        details.setSpacing(2)
        details.addWidget(name)
        details.addWidget(facts)
        if member.phone:
            phone = plain(QLabel(self.tr("Washington office: {0}").format(member.phone), self))
            phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addWidget(phone)
        if member.dc_office is None and not member.office_address:  # a new member (issue 14)
            pending = QLabel(self.tr("Washington office not yet published"), self)
            senate = member.chamber.value == "senate"
            where = self.tr("Letters go to the {0}, Washington, DC {1}.").format(
                self.tr("United States Senate")
                if senate
                else self.tr("United States House of Representatives"),
                "20510" if senate else "20515",
            )
            pending.setToolTip(where)
            pending.setAccessibleDescription(where)
            details.addWidget(pending)
        links = QHBoxLayout()
        links.setSpacing(16)
        for url, caption in (
            (member.url, self.tr("Website")),
            (member.contact_form, self.tr("Contact form")),
        ):
            if url and allowed_url(url):  # a web page, or no link at all (never smb:, file:)
                label = link(url, caption)
                label.setAccessibleName(self.tr("{0} of {1}").format(caption, member.name))
                label.linkActivated.connect(open_url)
                links.addWidget(label)
        links.addStretch(1)
        details.addLayout(links)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(details, 1)
        layout.addWidget(self.include, 0, Qt.AlignmentFlag.AlignTop)

    def show_reason(self, text: str) -> None:
        """Why this member starts unticked (an ended term): said on the card, as plain text."""
        reason = QLabel(text, self)
        reason.setTextFormat(Qt.TextFormat.PlainText)
        reason.setWordWrap(True)
        reason.setStyleSheet("color: palette(link-visited);")
        self.layout().itemAt(0).layout().addWidget(reason)
        self.include.setAccessibleDescription(text)

    @property
    def included(self) -> bool:
        return self.include.isChecked()
