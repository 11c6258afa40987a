"""The organizer's event set-up: name, PIN, idle timeout, routes, collection email, PDF folder,
and the campaign every participant writes for, with the talking points offered (issue 19).

The dialog only gathers choices; ``core/event.EventMode`` checks them (every problem in one
message), hashes the PIN and saves the settings. When event mode already runs, the dialog
is reached only after the PIN, which it receives to change settings or turn the mode off.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.errors import InputProblem
from advocate_app.core.event_config import ROUTES
from advocate_app.gui.widgets import Banner, add_row, heading, note

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.event import EventMode
    from advocate_app.core.event_config import EventConfig


class EventSetupDialog(QDialog):
    started = Signal()  # event mode is on (or its settings changed)
    stopped = Signal()

    def __init__(
        self,
        mode: EventMode,
        pin: str = "",
        parent: QWidget | None = None,
        *,
        campaigns: Sequence[Campaign] = (),
        current: str = "",
    ) -> None:
        """``campaigns``: those participants may write for; ``current``: the one chosen
        when the event has none yet (the window's)."""
        super().__init__(parent)
        self.mode = mode
        self.campaigns = list(campaigns)
        self._pin = pin  # the organizer's PIN, when the mode runs already (memory only)
        config = mode.config
        active = mode.active
        self.setWindowTitle(self.tr("Event mode"))
        self.setAccessibleName(self.tr("Event mode"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Event mode for a shared laptop"), 2))
        layout.addWidget(
            note(
                self.tr(
                    "Participants write one after another. Nothing they type is kept on this computer; "
                    "“Next participant” (or a pause of the idle timeout) clears the window. Settings, the "
                    "campaign editor, the tallies and quitting need your PIN."
                )
            )
        )
        self.banner = Banner(self)
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.name = QLineEdit(config.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Austin library letter night"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        if active:
            self.pin.setPlaceholderText(self.tr("leave empty to keep the PIN"))
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(max(1, round(config.idle_minutes)))
        self.email = QLineEdit(config.collection_email, self)
        self.email.setPlaceholderText(self.tr("where “email to organizer” letters go"))
        add_row(form, self.tr("Event &name:"), self.name, self.tr("Event name"))
        add_row(form, self.tr("Organizer &PIN:"), self.pin, self.tr("Organizer PIN"),
                self.tr("At least 6 characters. Only a scrambled form of it is stored."))  # fmt: skip
        add_row(form, self.tr("&Repeat PIN:"), self.pin_again, self.tr("Repeat PIN"))
        add_row(form, self.tr("Clear after &idle:"), self.idle, self.tr("Idle timeout in minutes"),
                self.tr("After this long without a key press, a warning counts down, then the window is cleared."))  # fmt: skip
        add_row(form, self.tr("&Collection email:"), self.email, self.tr("Collection email"))
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(config.pdf_folder, self)
        self.folder.setPlaceholderText(
            self.tr("none: PDFs go to a temporary folder, cleared after each person")
        )
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose PDF folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        holder = QWidget(self)
        holder.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("PDF &folder:"), holder, self.tr("PDF folder"))
        self.folder.setAccessibleName(self.tr("PDF folder"))
        self.campaign = QComboBox(self)
        for campaign in self.campaigns:
            self.campaign.addItem(campaign.title, campaign.id)
        wanted = config.campaign_id if active and config.campaign_id else current
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(wanted)))
        add_row(form, self.tr("Ca&mpaign:"), self.campaign, self.tr("Event campaign"),
                self.tr("Every participant writes for this campaign; they cannot change it."))  # fmt: skip
        self.points = QListWidget(self)
        self.points.setWordWrap(True)
        add_row(form, self.tr("Talking points &offered:"), self.points, self.tr("Talking points offered"),
                self.tr("Untick the points participants should not be offered."))  # fmt: skip
        self._keep_points = set(config.points) if active else set()
        self.campaign.currentIndexChanged.connect(lambda _i: self._show_points())
        self._show_points()
        layout.addLayout(form)

        routes = QGroupBox(self.tr("Participants may"), self)
        routes_layout = QVBoxLayout(routes)
        labels = {
            "print": self.tr(
                "Print (letters wait in the print queue; you print them as one batch)"
            ),
            "pdf": self.tr("Save a PDF (in the PDF folder)"),
            "email_organizer": self.tr("Email the letter to the collection address"),
            "contact_form": self.tr("Open the office's web contact form"),
        }
        self.routes: dict[str, QCheckBox] = {}
        for route in ROUTES:
            box = QCheckBox(labels[route], routes)
            box.setAccessibleName(labels[route])
            box.setChecked(config.allows(route))
            routes_layout.addWidget(box)
            self.routes[route] = box
        layout.addWidget(routes)

        buttons = QDialogButtonBox(self)
        self.start = buttons.addButton(self.tr("&Save changes") if active else self.tr("&Start event mode"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.start.setAccessibleName(self.start.text().replace("&", ""))
        self.stop = buttons.addButton(
            self.tr("&Turn event mode off"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.stop.setAccessibleName(self.tr("Turn event mode off"))
        self.stop.setVisible(active)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.start.clicked.connect(self.apply)
        self.stop.clicked.connect(self.turn_off)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(
            max(self.sizeHint().width(), 40 * self.fontMetrics().averageCharWidth() * 2),
            self.sizeHint().height(),
        )

    def chosen_campaign(self) -> Campaign | None:
        index = self.campaign.currentIndex()
        return self.campaigns[index] if 0 <= index < len(self.campaigns) else None

    def _show_points(self) -> None:
        campaign = self.chosen_campaign()
        keep = self._keep_points
        self._keep_points = set()  # the event's own choice, for its own campaign only once
        self.points.clear()
        for index, text in enumerate(campaign.talking_points if campaign else ()):
            item = QListWidgetItem(text, self.points)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = not keep or index in keep
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.points.setEnabled(self.points.count() > 0)

    def chosen_points(self) -> list[int]:
        """The talking points offered; [] when all are (the campaign's own choice)."""
        ticked = [i for i in range(self.points.count())
                  if self.points.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        return [] if len(ticked) == self.points.count() else ticked

    def chosen_routes(self) -> list[str]:
        return [route for route, box in self.routes.items() if box.isChecked()]

    def apply(self) -> EventConfig | None:
        pin, again = self.pin.text(), self.pin_again.text()
        if pin != again:
            self.banner.show_message(self.tr("The two PINs are not the same."), "warning")
            self.pin_again.setFocus()
            return None
        campaign = self.chosen_campaign()
        points = self.chosen_points()
        none_ticked = not any(
            self.points.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.points.count())
        )
        if campaign is not None and campaign.talking_points and none_ticked:
            message = self.tr("Tick at least one talking point to offer.")
            self.banner.show_message(message, "warning")
            self.points.setFocus()
            return None
        choices = dict(idle_minutes=float(self.idle.value()), routes=self.chosen_routes(),
                       collection_email=self.email.text(), pdf_folder=self.folder.text(),
                       campaign_id=campaign.id if campaign else "", points=points)  # fmt: skip
        try:
            if self.mode.active and not pin:
                config = self.mode.change(self._pin, name=self.name.text().strip(), **choices)
            else:
                config = self.mode.start(name=self.name.text(), pin=pin, **choices)
        except (InputProblem, OSError) as exc:  # OSError: the settings could not be saved
            from advocate_app.gui.context import error_text

            self.banner.show_message(error_text(exc), "warning")
            return None
        finally:
            self.pin.setText("")
            self.pin_again.setText("")
        self.started.emit()
        self.accept()
        return config

    def turn_off(self) -> bool:
        try:
            self.mode.stop(self._pin)
        except InputProblem as exc:
            self.banner.show_message(str(exc), "warning")
            return False
        self.stopped.emit()
        self.accept()
        return True

    def _on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for the participants' PDFs"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: path and self.folder.setText(path))
        dialog.open()
