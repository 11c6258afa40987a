"""The outbox and the archive, visible on the Send step: nothing leaves without a trace.

The outbox lists letters waiting for (or refused by) the mail server, with "Send again";
the archive lists every letter saved, printed, emailed or pasted into a form. Reading the
database goes through the task runner like everything else that touches a disk or network.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QWidget,
)

from advocate_app.gui.widgets import note, vbox

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

HISTORY_KEY = "history"
ARCHIVE_LIMIT = 200


class HistoryTabs(QTabWidget):
    """Two tabs: "Outbox" and "Sent and saved"."""

    resend_requested = Signal(list)  # outbox ids

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("History"))
        outbox = QWidget(self)
        layout = vbox(outbox, margins=6)
        self.outbox_note = note()
        self.outbox_list = QListWidget(outbox)
        self.outbox_list.setAccessibleName(self.tr("Outbox"))
        self.outbox_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QHBoxLayout()
        self.resend = QPushButton(self.tr("Send a&gain"), outbox)
        self.resend.setAccessibleName(self.tr("Send again"))
        self.resend.clicked.connect(self._on_resend_clicked)
        buttons.addWidget(self.resend)
        buttons.addStretch(1)
        layout.addWidget(self.outbox_note)
        layout.addWidget(self.outbox_list, 1)
        layout.addLayout(buttons)
        archive = QWidget(self)
        alayout = vbox(archive, margins=6)
        self.archive_note = note()
        self.archive_list = QListWidget(archive)
        self.archive_list.setAccessibleName(self.tr("Sent and saved letters"))
        alayout.addWidget(self.archive_note)
        alayout.addWidget(self.archive_list, 1)
        self.addTab(outbox, self.tr("Outbox"))
        self.addTab(archive, self.tr("Sent and saved"))
        ctx.runner.busy_changed.connect(self._on_runner_busy)

    def reload(self) -> None:
        services = self.ctx.services

        def read() -> tuple[list[Any], list[Any]]:
            outbox = services.outbox
            waiting = outbox.items(["queued", "sending", "failed"])
            return waiting, services.archive.entries(limit=ARCHIVE_LIMIT)

        self.ctx.runner.submit(read, self._show, self._on_failed, key=HISTORY_KEY)

    def _on_failed(self, error: BaseException) -> None:
        """Said here, in the panel that failed: the banner keeps what the person just did
        ("Saved 3 letters...", with the history's own warning when it missed them)."""
        from advocate_app.gui.context import error_text

        self.outbox_note.setText(
            self.tr("The outbox could not be read. {0}").format(error_text(error))
        )
        self.archive_note.setText(self.tr("The history could not be read."))

    def _show(self, data: tuple[list[Any], list[Any]]) -> None:
        waiting, entries = data
        self.outbox_list.clear()
        for item in waiting:
            state = {
                "queued": self.tr("waiting to be sent"),
                "sending": self.tr("sending"),
                "failed": self.tr("not sent"),
            }.get(item.state.value, item.state.value)
            text = self.tr("{0} to {1}: {2}").format(
                item.member_name or item.subject, ", ".join(item.recipients), state
            )
            if item.last_error:
                text += f"\n{item.last_error}"
            row = QListWidgetItem(text)
            row.setData(256, item.id)
            self.outbox_list.addItem(row)
        self.outbox_note.setText(
            self.tr("No emails are waiting to be sent.")
            if not waiting
            else self.tr(
                "%n email(s) not sent yet. They stay here until the mail server takes them.",
                "",
                len(waiting),
            )
        )
        self.resend.setEnabled(bool(waiting))
        self.setTabText(
            0, self.tr("Outbox ({0})").format(len(waiting)) if waiting else self.tr("Outbox")
        )
        self.archive_list.clear()
        for entry in entries:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.created_at))
            channel = channel_label(entry.channel)
            self.archive_list.addItem(
                QListWidgetItem(
                    self.tr("{0}  {1}: {2} ({3})").format(
                        when, channel, entry.member_name, entry.member_seat
                    )
                )
            )
        self.archive_note.setText(
            self.tr("No letters yet.")
            if not entries
            else self.tr(
                "The letters you saved, printed, emailed or pasted into a form, newest first."
            )
        )

    def _on_resend_clicked(self) -> None:
        rows = self.outbox_list.selectedItems() or [
            self.outbox_list.item(i) for i in range(self.outbox_list.count())
        ]
        self.resend_requested.emit([row.data(256) for row in rows if row is not None])

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == "email":
            self.resend.setEnabled(not busy and self.outbox_list.count() > 0)


def channel_label(channel: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "pdf": translate("HistoryTabs", "saved as PDF"),
        "print": translate("HistoryTabs", "printed"),
        "email": translate("HistoryTabs", "emailed"),
        "contact_form": translate("HistoryTabs", "contact form"),
        "mailto": translate("HistoryTabs", "mail program"),
    }.get(channel, channel)
