""" "Delete my data" in the Settings dialog: everything personal Advocate keeps, gone.

Why a confirmation first: the deletion cannot be undone, and letters still waiting in the
outbox would never be sent, so the question says how many there are. The work runs on the
task runner (the database is rebuilt, which takes a moment on a long history); the window
then clears its fields (``deleted`` carries core.privacy's ``ForgetReport``). The Settings
dialog is behind the organizer's PIN in event mode, so this is too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from advocate_app.gui.widgets import note

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

DELETE_KEY = "delete_data"


class DeleteDataBox(QGroupBox):
    deleted = Signal(object)  # core.privacy.ForgetReport
    failed = Signal(str)  # a sentence for the person

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your data on this computer"))
        self.ctx = ctx
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Delete your letter history, letters waiting to be sent, unfinished letters, "
                    "the details above, logs and saved answers. Files you saved yourself (PDFs) "
                    "stay where they are."
                )
            )
        )
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("&Delete my data…"), self)
        self.button.setAccessibleName(self.tr("Delete my data"))
        self.button.clicked.connect(self.ask)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        ctx.runner.busy_changed.connect(self._on_runner_busy)

    def ask(self) -> None:
        """The confirmation, with the number of letters that would never be sent."""
        from advocate_app.core.privacy import unsent_count
        from advocate_app.gui.context import error_text

        try:
            unsent = unsent_count(self.ctx.services.store)
        except Exception as exc:  # noqa: BLE001 - the database may be unusable: say so
            self.failed.emit(error_text(exc))
            return
        text = self.tr(
            "Delete your letter history, unfinished letters and saved details from this "
            "computer? This cannot be undone."
        )
        if unsent:
            text += "\n\n" + self.tr(
                "%n letter(s) have not been sent yet. They will be deleted and never sent.",
                "",
                unsent,
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Delete my data?"), text, parent=self.window()
        )
        box.setAccessibleName(self.tr("Delete my data?"))
        box.setAccessibleDescription(text)
        yes = box.addButton(self.tr("&Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setAccessibleName(self.tr("Delete everything"))
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        no.setAccessibleName(self.tr("Keep my data"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        yes.clicked.connect(self.delete)
        box.finished.connect(lambda _r: self._forget_box(box))
        self.confirm = box
        box.open()

    def _forget_box(self, box: QMessageBox) -> None:
        if self.confirm is box:
            self.confirm = None
        box.deleteLater()

    def delete(self) -> None:
        from advocate_app.flows.participant import forget
        from advocate_app.gui.context import error_text

        services = self.ctx.services
        self.ctx.runner.submit(
            lambda: forget(services, accounts=False),
            self.deleted.emit,
            lambda exc: self.failed.emit(error_text(exc)),
            key=DELETE_KEY,
            label=self.tr("Deleting your data…"),
        )

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == DELETE_KEY:
            self.button.setEnabled(not busy)

    def summary(self, report: Any) -> str:
        """What went, in the person's language (counts, never contents)."""
        parts = [
            self.tr("Your data was deleted: %n letter(s) from the history,", "", report.letters)
            + " "
            + self.tr("%n from the outbox and", "", report.outbox)
            + " "
            + self.tr("%n unfinished letter(s).", "", report.drafts)
        ]
        if report.unsent:
            parts.append(
                self.tr("%n letter(s) that had not been sent will not be sent.", "", report.unsent)
            )
        if report.settings_cleared:
            parts.append(self.tr("Your details were cleared from the settings."))
        return " ".join(parts)
