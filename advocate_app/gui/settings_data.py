"""Settings › Data: where the public datasets come from, how old they are, which congress
they describe, "Update data now" and "Load from folder…".

Sources may be web addresses or a folder / USB stick (``file://`` or a plain path, each with
a Browse button), so an organizer can prepare laptops for an event with no internet; "Load
from folder…" takes every dataset found in a folder at once (``advocate data update --from``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from advocate_app.gui.messages import localize
from advocate_app.gui.widgets import add_row, note, vbox

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

UPDATE_KEY = "data_update"
SOURCE_KEYS = ("sources.legislators_url", "sources.zip_crosswalk_url", "sources.census_url")


class DataTab(QWidget):
    data_updated = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.services.settings
        layout = vbox(self, margins=12)
        layout.addWidget(
            note(
                self.tr(
                    "Advocate keeps a copy of these public lists so it works offline. It checks for a "
                    "newer copy at most once a day when online."
                )
            )
        )
        # Tests replace this: ``() -> folder path or ""`` (the person cancelled).
        self.choose_folder: Callable[[str], str] = self._ask_for_folder
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Datasets"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("Congress"), self.tr("Date"), self.tr("Copy")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.update_button = QPushButton(self.tr("&Update data now"), self)
        self.update_button.setAccessibleName(self.tr("Update data now"))
        self.update_button.clicked.connect(self.update_now)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Update progress"))
        self.progress.hide()
        self.load_button = QPushButton(self.tr("&Load from folder…"), self)
        self.load_button.setAccessibleName(self.tr("Load from folder"))
        self.load_button.setToolTip(
            self.tr(
                "Take every dataset found in a folder or on a USB stick, for example one "
                "written by 'advocate data export' on another laptop. No internet is needed."
            )
        )
        self.load_button.clicked.connect(self.load_from_folder)
        row.addWidget(self.update_button)
        row.addWidget(self.load_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.result = note(selectable=True)
        layout.addWidget(self.result)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sources: dict[str, QLineEdit] = {}
        captions = {
            "sources.legislators_url": (
                self.tr("&Members of Congress from:"),
                self.tr("Members of Congress source"),
            ),
            "sources.zip_crosswalk_url": (
                self.tr("&ZIP code table from:"),
                self.tr("ZIP code table source"),
            ),
            "sources.census_url": (self.tr("&Address service:"), self.tr("Address service")),
        }
        self.browse_buttons: dict[str, QPushButton] = {}
        for key in SOURCE_KEYS:
            field = QLineEdit(str(settings.stored(key) or ""), self)
            caption, name = captions[key]
            if key == "sources.zip_crosswalk_url":
                field.setPlaceholderText(self.tr("the Census table for the current Congress"))
            holder = QWidget(self)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(field, 1)
            hint = self.tr("A web address, or a folder on this computer or a USB stick.")
            label = add_row(form, caption, holder, name, hint)
            label.setBuddy(field)  # Alt+letter and screen readers go to the text field
            holder.setAccessibleName("")
            holder.setAccessibleDescription("")
            field.setAccessibleName(name)
            field.setAccessibleDescription(hint)
            field.setToolTip(hint)
            env = settings.overridden_by_env(key)
            if key != "sources.census_url":  # the address service is a web service only
                browse = QPushButton(self.tr("Browse…"), self)
                browse.setAccessibleName(self.tr("Browse for {0}").format(name))
                browse.clicked.connect(lambda _checked=False, k=key: self._browse(k))
                browse.setEnabled(not env)
                line.addWidget(browse)
                self.browse_buttons[key] = browse
            if env:
                field.setText(str(settings.get(key)))
                field.setEnabled(False)
                field.setToolTip(self.tr("Set by the environment variable {0}.").format(env))
            self.sources[key] = field
        layout.addLayout(form)
        layout.addStretch(1)
        ctx.runner.busy_changed.connect(self._on_runner_busy)
        self.show_status()

    def show_status(self) -> None:
        try:
            infos = self.ctx.services.datasets.status()
        except Exception:  # noqa: BLE001 - an unreadable cache shows as empty
            infos = []
        origins = {
            "download": self.tr("downloaded"),
            "bundled": self.tr("built in"),
            "missing": self.tr("not downloaded"),
        }
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            congress = self.tr("{0}th").format(info.congress) if info.congress else "—"
            cells = (
                localize(info.description),
                congress,
                info.date or "—",
                origins.get(info.origin, info.origin),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        height = (
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    def values(self) -> dict[str, Any]:
        return {
            key: field.text().strip() for key, field in self.sources.items() if field.isEnabled()
        }

    def update_now(self) -> None:
        from advocate_app.gui.data_panel import download_all

        services = self.ctx.services
        values = self.values()
        if any(value != services.settings.stored(key) for key, value in values.items()):
            # A new source applies at once: the person expects "Update" to use what they typed.
            for key, value in values.items():
                services.settings.set(key, value)
            try:
                services.settings.save()
            except OSError as exc:
                self.ctx.problem(exc)
                return
            services.reload_sources()
        services.http.forget_offline()  # the person asks for the network: try it again
        datasets = services.datasets

        def fetch(progress: Any) -> dict[str, str]:
            return download_all(datasets, progress)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.result.setText(self.tr("Checking for new data…"))
        self.ctx.runner.submit(
            fetch,
            self._on_updated,
            self._on_failed,
            key=UPDATE_KEY,
            label=self.tr("Updating data…"),
            on_progress=self._on_progress,
        )

    # --- a folder of data ----------------------------------------------------------------
    def _ask_for_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self, title)

    def _browse(self, key: str) -> None:
        folder = self.choose_folder(self.tr("Choose the folder that holds the data"))
        if folder:
            self.sources[key].setText(folder)

    def load_from_folder(self) -> None:
        folder = self.choose_folder(self.tr("Choose the folder or USB stick that holds the data"))
        if not folder:
            return
        datasets = self.ctx.services.datasets

        def load() -> dict[str, str]:
            return datasets.import_folder(Path(folder))

        self.result.setText(self.tr("Loading the data from {0}…").format(folder))
        self.ctx.runner.submit(
            load,
            self._on_loaded,
            self._on_failed,
            key=UPDATE_KEY,
            label=self.tr("Loading data…"),
        )

    def _on_loaded(self, results: dict[str, str]) -> None:
        self.ctx.services.reload_data()
        loaded = sum(1 for r in results.values() if r in ("updated", "unchanged"))
        failed = [r[len("failed: ") :] for r in results.values() if r.startswith("failed")]
        text = self.tr("%n list(s) loaded from the folder.", "", loaded)
        if failed:
            text += " " + self.tr("Not loaded: {0}").format(" ".join(failed))
        self.result.setText(text)
        self.show_status()
        self.data_updated.emit()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_updated(self, results: dict[str, str]) -> None:
        self.ctx.services.reload_data()
        self.progress.hide()
        changed = sum(1 for r in results.values() if r == "updated")
        failed = [r[len("failed: ") :] for r in results.values() if r.startswith("failed")]
        text = self.tr("%n list(s) updated, the others were already current.", "", changed)
        if failed:
            text += " " + self.tr("Not updated: {0}").format(" ".join(failed))
        self.result.setText(text)
        self.show_status()
        self.data_updated.emit()

    def _on_failed(self, error: BaseException) -> None:
        from advocate_app.gui.context import error_text

        self.progress.hide()
        self.result.setText(self.tr("The update failed: {0}").format(error_text(error)))
        self.show_status()

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == UPDATE_KEY:
            self.update_button.setEnabled(not busy)
            self.load_button.setEnabled(not busy)
