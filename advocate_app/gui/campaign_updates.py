""" "Check for campaign updates": the successor pack an organizer publishes at the campaign's
``source_url`` (core/campaign_update.py), shown before anything is installed.

Only ever runs when the person presses the button: Advocate makes no network call the
person did not ask for. The check and the install run in the task runner; the offer is a
small dialog listing what changed (congress, bill numbers, dates) with "Install the new
campaign" and "Not now".
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from advocate_app.gui.widgets import note, vbox

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.campaign_update import CampaignUpdate
    from advocate_app.gui.context import AppContext

TASK_KEY = "campaign_update"
INSTALL_KEY = "campaign_install"


def check_campaign_updates(
    ctx: AppContext, campaign: Campaign, parent: QWidget, on_installed: Callable[[str], None]
) -> None:
    """Fetch and check the campaign's successor, then offer it; ``on_installed(new id)``."""
    from advocate_app.core.campaign_update import check_for_update

    http, today = ctx.services.http, ctx.today()

    def work() -> CampaignUpdate:
        return check_for_update(http, campaign, today=today)

    def offer(update: CampaignUpdate) -> None:
        dialog = UpdateOfferDialog(ctx, update, parent)
        dialog.installed.connect(on_installed)
        dialog.open()

    ctx.runner.submit(
        work,
        offer,
        lambda error: ctx.problem(error),
        key=TASK_KEY,
        label=QCoreApplication.translate("UpdateOfferDialog", "Checking for campaign updates…"),
    )


class UpdateOfferDialog(QDialog):
    installed = Signal(str)  # the id of the campaign now installed

    def __init__(
        self, ctx: AppContext, update: CampaignUpdate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.update_found = update
        self.setWindowTitle(self.tr("Campaign updates"))
        layout = vbox(self, margins=12)
        buttons = QDialogButtonBox(self)
        if update.is_new:
            offered = update.offered
            text = self.tr("Its organizer published a newer campaign: {0}.").format(offered.title)
            self.message = note(text + "\n\n" + "\n".join(f"• {c}" for c in update.changes),
                                selectable=True)  # fmt: skip
            self.install_button = QPushButton(self.tr("&Install the new campaign"), self)
            self.install_button.setAccessibleName(self.tr("Install the new campaign"))
            self.install_button.clicked.connect(self.install)
            buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
            later = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
            later.setAccessibleName(self.tr("Not now"))
        else:
            self.install_button = None
            self.message = note(
                self.tr("This campaign is up to date: its organizer has published nothing newer."),
                selectable=True,
            )
            close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def install(self) -> None:
        """Unpack and check the offered pack in the task runner (a pack may take its whole
        size and time budget), keeping the dialog open but its button off meanwhile."""
        update = self.update_found
        library = self.ctx.services.campaigns
        replace = update.offered.id == update.current.id and not update.current.builtin

        def work() -> str:
            with tempfile.TemporaryDirectory(prefix="advocate-update-") as tmp:
                archive = Path(tmp) / "update.zip"
                archive.write_bytes(update.data)
                return library.import_zip(archive, replace=replace).id

        if self.install_button is not None:
            self.install_button.setEnabled(False)
        self.ctx.runner.submit(
            work,
            self._installed,
            self._failed,
            key=INSTALL_KEY,
            label=self.tr("Installing the new campaign…"),
        )

    def _installed(self, campaign_id: str) -> None:
        self.installed.emit(campaign_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ctx.problem(error)  # any failure is shown, never a crash; nothing was replaced
        self.reject()
