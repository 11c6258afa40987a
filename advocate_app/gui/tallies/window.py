"""The tallies window: how many letters went to whom, as a bar chart and a table, with CSV and
the one-page summary PDF for the offices.

Counts come from ``services.tallies`` (no writer's data is kept in them); the PDF is
``export.summary``. An event's tallies open by default while event mode runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from advocate_app.gui.tallies.chart import BarChart
from advocate_app.gui.widgets import Banner, add_row, heading, vbox

if TYPE_CHECKING:
    from advocate_app.core.tallies import TallyFilter
    from advocate_app.gui.context import AppContext

ALL, OUTSIDE = "\x00all", ""  # event choices that are not event names


class TalliesWindow(QMainWindow):
    exported = Signal(str)  # the file written

    def __init__(
        self, ctx: AppContext, event: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Tallies"))
        self.setAccessibleName(self.tr("Tallies"))
        central = QWidget(self)
        layout = vbox(central, margins=12, spacing=10)
        layout.addWidget(heading(self.tr("Letters written on this computer")))
        self.banner = Banner(self)
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.event = QComboBox(self)
        add_row(form, self.tr("&Event:"), self.event, self.tr("Event"))
        dates = QHBoxLayout()
        self.limit = QCheckBox(self.tr("&Only from"), self)
        self.limit.setAccessibleName(self.tr("Only between dates"))
        self.since = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.refresh)
        to = QLabel(self.tr("&to"), self)
        to.setBuddy(self.until)
        dates.addWidget(self.limit)
        dates.addWidget(self.since)
        dates.addWidget(to)
        dates.addWidget(self.until)
        dates.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Dates:"), holder)
        self.group = QComboBox(self)
        for key, label in (("member", self.tr("member")), ("district", self.tr("district")),
                           ("campaign", self.tr("campaign")), ("route", self.tr("route"))):  # fmt: skip
            self.group.addItem(label, key)
        add_row(form, self.tr("&Count by:"), self.group, self.tr("Count by"))
        layout.addLayout(form)

        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Total"))
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.total.setFont(font)
        layout.addWidget(self.total)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("Letters chart"))
        chart_area = QScrollArea(self)
        chart_area.setWidget(self.chart)
        chart_area.setWidgetResizable(True)
        chart_area.setMinimumHeight(180)
        layout.addWidget(chart_area, 2)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Letters table"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("Letters"), self.tr("Sent or printed")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.setAccessibleName(self.tr("Export CSV"))
        self.csv_button.clicked.connect(
            lambda: self._choose_file(self.tr("CSV files (*.csv)"), "csv", self.export_csv)
        )
        self.pdf_button = QPushButton(self.tr("&Summary PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Summary PDF"))
        self.pdf_button.clicked.connect(
            lambda: self._choose_file(self.tr("PDF files (*.pdf)"), "pdf", self.export_pdf)
        )
        self.per_office = QCheckBox(self.tr("One page per &office"), self)
        self.per_office.setAccessibleName(self.tr("One page per office"))
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.per_office)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        close = QAction(self.tr("Close"), self)
        keys = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Close)]  # fmt: skip
        close.setShortcuts(list({k.toString(): k for k in keys if not k.isEmpty()}.values()))
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(self.close)
        self.addAction(close)
        self.setCentralWidget(central)
        self.resize(820, 720)

        self._fill_events(event)
        self.event.currentIndexChanged.connect(self.refresh)
        self.group.currentIndexChanged.connect(self.refresh)
        self.limit.toggled.connect(self._on_limit_toggled)
        self.refresh()

    # --- data --------------------------------------------------------------------------------
    def _fill_events(self, wanted: str | None) -> None:
        self.event.addItem(self.tr("All letters"), ALL)
        for info in self.ctx.services.tallies.events():
            self.event.addItem(info.name or self.tr("Letters outside events"), info.name)
        if wanted is not None and self.event.findData(wanted) < 0:
            self.event.addItem(wanted, wanted)
        self.event.setCurrentIndex(max(0, self.event.findData(wanted)) if wanted is not None else 0)

    def _on_limit_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.refresh()

    def current_filter(self) -> TallyFilter:
        from advocate_app.core.tallies import TallyFilter

        event = self.event.currentData()
        since = until = None
        if self.limit.isChecked():
            since = date.fromisoformat(self.since.date().toString("yyyy-MM-dd"))
            until = date.fromisoformat(self.until.date().toString("yyyy-MM-dd"))
        return TallyFilter(event=None if event == ALL else str(event), since=since, until=until)

    def refresh(self, *_args: object) -> None:
        tallies = self.ctx.services.tallies
        where = self.current_filter()
        by = str(self.group.currentData())
        counts = tallies.counts(by, where)
        total = tallies.total(where)
        if total.deliveries:
            self.total.setText(
                self.tr("{0}, sent or printed {1}.").format(
                    self.tr("%n letter(s)", "tally total", total.letters),
                    self.tr("%n time(s)", "tally total", total.deliveries),
                )
            )
        else:
            self.total.setText(self.tr("No letters counted yet."))
        value = (lambda c: c.deliveries) if by == "route" else (lambda c: c.letters)
        labels = {"": self.tr("(outside events)")}
        rows = [
            (labels.get(c.label, c.label) if by == "event" else (c.label or "?"), value(c))
            for c in counts
        ]
        self.chart.set_rows(rows, self.tr("No letters counted yet."))
        self.table.setRowCount(len(counts))
        for row, count in enumerate(counts):
            for column, text in enumerate(
                (rows[row][0], str(count.letters), str(count.deliveries))
            ):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.csv_button.setEnabled(bool(total.deliveries))
        self.pdf_button.setEnabled(bool(total.deliveries))

    # --- files ---------------------------------------------------------------------------------
    def _choose_file(self, name_filter: str, suffix: str, then: Any) -> None:
        dialog = QFileDialog(self, self.tr("Save as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda path: path and then(Path(path)))
        dialog.open()

    def export_csv(self, path: Path) -> None:
        from advocate_app.core.files import atomic_write_bytes

        try:
            atomic_write_bytes(
                Path(path), self.ctx.services.tallies.csv_bytes(self.current_filter())
            )
        except OSError as exc:
            self._failed(exc)
            return
        self._written(Path(path))

    def export_pdf(self, path: Path) -> None:
        from advocate_app.export.summary import (
            SummaryInfo,
            campaign_names,
            dates_text,
            write_summary_pdf,
        )

        services = self.ctx.services
        where = self.current_filter()
        per_office = self.per_office.isChecked()
        paper = str(services.settings.get("export.paper_size") or "letter")
        organizer = (
            str(services.settings.get("event.collection_email") or "") if where.event else ""
        )

        def work() -> Path:
            span = services.tallies.span(where)
            info = SummaryInfo(where.event or "", dates_text(*span) if span else "", organizer,
                               campaign_names(services.campaigns.all()))  # fmt: skip
            return write_summary_pdf(services.tallies.offices(where), info, Path(path),
                                     per_office=per_office, paper=paper)  # fmt: skip

        self.ctx.runner.submit(work, self._written, self._failed, key="tally-pdf",
                               label=self.tr("Writing the summary…"))  # fmt: skip

    def _written(self, path: Path) -> None:
        self.banner.show_message(self.tr("Wrote {0}.").format(path), "success")
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        from advocate_app.gui.context import error_text

        self.banner.show_message(error_text(error), "error")
