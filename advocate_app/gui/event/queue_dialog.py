"""The organizer's print queue: what waits, then one batch with a cover sheet per office.

Printing goes straight from memory to the printer (``export.event_print.paint_batch``); no
file is written unless the organizer chooses "Save as PDF…" with a folder. Each printed
letter is then recorded in the archive as "print" (anonymous during the event), which
counts it in the tallies. If printing fails, the letters go back into the queue.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_app.gui.widgets import Banner, heading, note, plain

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from advocate_app.core.event import EventMode
    from advocate_app.core.print_queue import QueuedLetter
    from advocate_app.export.plan import BatchInfo
    from advocate_app.gui.context import AppContext


class PrintQueueDialog(QDialog):
    printed = Signal(int)  # how many letters left the queue on paper (or in a PDF)

    def __init__(self, ctx: AppContext, mode: EventMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.print_dialog: Any = None
        self.setWindowTitle(self.tr("Print queue"))
        self.setAccessibleName(self.tr("Print queue"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Letters waiting to be printed"), 2))
        layout.addWidget(
            note(
                self.tr(
                    "They print as one batch: for each office a cover sheet, then its letters. The queue "
                    "is kept only in memory; print it before you quit."
                )
            )
        )
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        self.summary = plain(QLabel(self))
        self.summary.setAccessibleName(self.tr("Letters waiting"))
        layout.addWidget(self.summary)
        caption = QLabel(self.tr("&Offices:"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Letters waiting per member"))
        caption.setBuddy(self.list)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.print_button = self._button(buttons, self.tr("&Print all…"), self._on_print_clicked)
        self.pdf_button = self._button(buttons, self.tr("&Save as PDF…"), self._on_pdf_clicked)
        self.discard_button = self._button(buttons, self.tr("&Discard all"), self.discard)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.refresh()

    def _button(self, box: QDialogButtonBox, text: str, slot: Any) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        queue = self.mode.queue
        self.list.clear()
        for label, count in queue.counts_by_member().items():
            self.list.addItem(self.tr("{0}: {1} letter(s)").format(label, count))
        text = self.tr("{0} letter(s) waiting.").format(len(queue))
        if self.mode.undelivered:  # only a count: those letters are gone from the laptop
            from advocate_app.gui.event.email_notice import undelivered_text

            text += " " + undelivered_text(self.mode.undelivered)
        self.summary.setText(text)
        for button in (self.print_button, self.pdf_button, self.discard_button):
            button.setEnabled(bool(queue))

    def batch_info(self) -> BatchInfo:
        from advocate_app.core.letters import format_date
        from advocate_app.export.plan import BatchInfo

        config = self.mode.config
        items = self.mode.queue.items()
        campaign_id = items[0].letter.campaign_id if items else ""
        title = campaign_id
        try:
            title = self.ctx.services.campaigns.find(campaign_id).title
        except Exception:  # noqa: BLE001 - the id is a fine fallback
            pass
        started = config.started()
        return BatchInfo(campaign_id, title, event_name=config.name,
                         event_date=format_date(started.date() if started else date.today()),
                         organizer=config.collection_email)  # fmt: skip

    # --- printing ---------------------------------------------------------------------------
    def _on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Letters from the event"))
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        dialog.open()

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Paint the whole queue on ``device``; returns how many letters were printed."""
        from advocate_app.export.event_print import paint_batch

        info = self.batch_info()
        taken = self.mode.queue.taken()
        try:
            paint_batch(device, [(q.letter, q.office) for q in taken], info,
                        paper=str(self.ctx.services.settings.get("export.paper_size") or "letter"))  # fmt: skip
        except (OSError, ValueError) as exc:
            self.mode.queue.put_back(taken)
            self.banner.show_message(
                self.tr("Printing failed; the letters are still queued: {0}").format(exc), "error"
            )
            self.refresh()
            return 0
        return self._done(taken, self.tr("printer"))

    def _on_pdf_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for the batch PDF"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: path and self.save_pdf(Path(path)))
        dialog.open()

    def save_pdf(self, folder: Path) -> int:
        """The batch as files in the organizer's folder (letters PDF and delivery list)."""
        from advocate_app.export.event_print import write_batch_files

        info = self.batch_info()
        taken = self.mode.queue.taken()
        try:
            result = write_batch_files([(q.letter, q.office) for q in taken], info, folder)
        except (OSError, ValueError) as exc:
            self.mode.queue.put_back(taken)
            self.banner.show_message(
                self.tr("The PDF could not be written; the letters are still queued: {0}").format(
                    exc
                ),
                "error",
            )
            self.refresh()
            return 0
        return self._done(taken, str(result.letters_pdf))

    def _done(self, taken: list[QueuedLetter], where: str) -> int:
        archive = self.ctx.services.store.archive
        for item in taken:
            archive.record(item.letter, "print", recipient=where)  # counted in the tallies
        self.banner.show_message(self.tr("{0} letter(s) printed.").format(len(taken)), "success")
        self.refresh()
        self.printed.emit(len(taken))
        return len(taken)

    def discard(self) -> int:
        count = self.mode.queue.clear()
        self.banner.show_message(self.tr("{0} letter(s) discarded.").format(count), "info")
        self.refresh()
        return count
