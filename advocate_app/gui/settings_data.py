"""Settings › Data: where the public datasets come from, how old they are, "Update data now".

Sources may be web addresses or a folder / USB stick (``file://`` or a plain path), so an
organizer can prepare laptops for an event with no internet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Datasets"))
        self.table.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Date"), self.tr("Copy")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.update_button = QPushButton(self.tr("&Update data now"), self)
        self.update_button.setAccessibleName(self.tr("Update data now"))
        self.update_button.clicked.connect(self.update_now)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Update progress"))
        self.progress.hide()
        row.addWidget(self.update_button)
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
        for key in SOURCE_KEYS:
            field = QLineEdit(str(settings.stored(key) or ""), self)
            caption, name = captions[key]
            add_row(
                form,
                caption,
                field,
                name,
                self.tr("A web address, or a folder on this computer or a USB stick."),
            )
            env = settings.overridden_by_env(key)
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
            origin = origins.get(info.origin, info.origin)
            cells = (localize(info.description), info.date or "—", origin)
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

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_updated(self, results: dict[str, str]) -> None:
        self.ctx.services.reload_data()
        self.progress.hide()
        changed = sum(1 for r in results.values() if r == "updated")
        failed = [r[len("failed: ") :] for r in results.values() if r.startswith("failed")]
        text = self.tr("{0} list(s) updated, the others were already current.").format(changed)
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
