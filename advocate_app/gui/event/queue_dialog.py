"""The organizer's print queue: what waits, then one batch with a cover sheet per office.

Printing goes straight from memory to the printer chosen in the dialog, one office's stack
per print job (``export.event_print.print_queue``); no file is written unless the organizer
chooses "Save as PDF…" with a folder. The letters' paper (Settings) wins; when the printer's
own default paper differs, the dialog says so beside the printer. Each printed letter is
recorded in the archive as "print" (anonymous during the event), which counts it in the
tallies. If the printer is paused, missing or refuses the job, the stacks that did not go
out stay in the queue with the reason shown, and "Print all" resumes at the first of them.
Without the system's print service (CUPS), Qt's print dialog paints the whole batch.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_app.gui.widgets import Banner, heading, note, plain

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from advocate_app.core.event import EventMode
    from advocate_app.core.print_queue import QueuedLetter
    from advocate_app.core.stacks import BatchInfo
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
        printer_row = QHBoxLayout()
        self.printer_caption = QLabel(self.tr("P&rinter:"), self)
        self.printer = QComboBox(self)
        self.printer.setAccessibleName(self.tr("Printer"))
        self.printer_caption.setBuddy(self.printer)
        self.printer.currentIndexChanged.connect(lambda _i: self._update_paper_note())
        printer_row.addWidget(self.printer_caption)
        printer_row.addWidget(self.printer, 1)
        layout.addLayout(printer_row)
        self.paper_note = note(selectable=True)
        self.paper_note.setAccessibleName(self.tr("Paper"))
        layout.addWidget(self.paper_note)
        buttons = QDialogButtonBox(self)
        self.print_button = self._button(buttons, self.tr("&Print all…"), self._on_print_clicked)
        self.pdf_button = self._button(buttons, self.tr("&Save as PDF…"), self._on_pdf_clicked)
        self.discard_button = self._button(buttons, self.tr("&Discard all"), self.ask_discard)
        self.confirm: QMessageBox | None = None  # "Discard all?" while it is open
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self.load_printers()
        self.refresh()

    def _button(self, box: QDialogButtonBox, text: str, slot: Any) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # --- printer and paper ----------------------------------------------------------------
    def paper(self) -> str:
        return str(self.ctx.services.settings.get("export.paper_size") or "letter")

    def load_printers(self) -> None:
        """The print service's printers, default first (empty without CUPS: Qt's dialog)."""
        from advocate_app.core.printers import printers

        chosen = self.printer.currentData()  # kept when it is still there
        self._printers = printers()
        self.printer.blockSignals(True)
        self.printer.clear()
        for printer in self._printers:
            label = printer.name
            if printer.is_default:
                label = self.tr("{0} (default)").format(label)
            self.printer.addItem(label, printer.name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        self.printer.blockSignals(False)
        self.printer.setVisible(bool(self._printers))
        self.printer_caption.setVisible(bool(self._printers))
        # With the printer chosen here, no print dialog follows: no "…" on the button.
        self.print_button.setText(
            self.tr("&Print all") if self._printers else self.tr("&Print all…")
        )
        self._update_paper_note()

    def chosen_printer(self) -> str | None:
        return self.printer.currentData() if self._printers else None

    def _update_paper_note(self) -> None:
        from advocate_app.core.printers import paper_name

        paper = self.paper()
        chosen = next((p for p in self._printers if p.name == self.chosen_printer()), None)
        text = self.tr("Your letters are set for {0} (Settings › Letters › Paper size).").format(
            paper_name(paper)
        )
        if chosen is not None and chosen.paper and chosen.paper != paper:
            text = (
                self.tr("This printer uses {0}; your letters are set for {1}.").format(
                    paper_name(chosen.paper), paper_name(paper)
                )
                + " "
                + self.tr("They print on {0}: put that paper in the printer.").format(
                    paper_name(paper)
                )
            )
        if chosen is not None and chosen.problem():
            text += " " + self.tr(
                "This printer cannot print right now: it is paused or refusing jobs."
            )
        self.paper_note.setText(text)

    def refresh(self) -> None:
        queue = self.mode.queue
        self.list.clear()
        for label, count in queue.counts_by_member().items():
            self.list.addItem(self.tr("{0}: %n letter(s)", "", count).format(label))
        text = self.tr("%n letter(s) waiting.", "", len(queue))
        run = queue.run
        if run is not None:
            text += " " + self.tr("Printing resumes at stack {0} of {1}.").format(
                run.next_stack, run.total
            )
        if self.mode.undelivered:  # only a count: those letters are gone from the laptop
            from advocate_app.gui.event.email_notice import undelivered_text

            text += " " + undelivered_text(self.mode.undelivered)
        self.summary.setText(text)
        for button in (self.print_button, self.pdf_button, self.discard_button):
            button.setEnabled(bool(queue))

    def batch_info(self) -> BatchInfo:
        from advocate_app.core.letter_conventions import format_date
        from advocate_app.core.stacks import BatchInfo

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
        if self._printers:
            self.print_stacks(self.chosen_printer())
            return
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

    def print_stacks(self, printer: str | None) -> int:
        """Print the queue on ``printer`` stack by stack; returns the letters printed."""
        from advocate_app.export.event_print import print_queue

        def progress(number: int, total: int) -> None:
            self.summary.setText(
                self.tr("Stack {0} of {1} sent to the printer…").format(number, total)
            )
            QApplication.processEvents()

        for button in (self.print_button, self.pdf_button, self.discard_button):
            button.setEnabled(False)  # until refresh(): the queue is changing
        outcome = print_queue(self.mode.queue, self.batch_info(), printer, paper=self.paper(),
                              on_stack=progress)  # fmt: skip
        self._record(outcome.letters, printer or self.tr("printer"))
        count = len(outcome.letters)
        if outcome.ok:
            self.banner.show_message(
                self.tr("%n letter(s) printed,", "", count)
                + " "
                + self.tr("in %n stack(s).", "", len(outcome.stacks)),
                "success",
            )
        else:
            run = self.mode.queue.run
            resume = run.next_stack if run is not None else 1
            text = outcome.failed + " "
            if len(outcome.stacks) == 1:
                text += self.tr("Stack {0} went out.").format(outcome.stacks[0]) + " "
            elif outcome.stacks:
                text += self.tr("Stacks {0} to {1} went out.").format(
                    outcome.stacks[0], outcome.stacks[-1]) + " "  # fmt: skip
            text += self.tr(
                "The other %n letter(s) are still in the queue: press “Print all” again to "
                "print from stack {0}, or save them as PDF.",
                "",
                outcome.waiting,
            ).format(resume)
            self.banner.show_message(text, "error")
        self.load_printers()
        self.refresh()
        if count:
            self.printed.emit(count)
        return count

    def _record(self, items: list[QueuedLetter], where: str) -> None:
        archive = self.ctx.services.archive
        for item in items:
            archive.record(item.letter, "print", recipient=where)  # counted in the tallies

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
        self._record(taken, where)
        self.banner.show_message(self.tr("%n letter(s) printed.", "", len(taken)), "success")
        self.refresh()
        self.printed.emit(len(taken))
        return len(taken)

    def ask_discard(self) -> None:
        """The "Discard all" button asks first: the queue is the only copy of these letters. It says how
        many would be lost and offers to save them as a PDF instead."""
        count = len(self.mode.queue)
        if not count:
            return
        text = self.tr(
            "Discard %n letter(s)? The print queue is the only copy: discarded letters are "
            "lost and never reach their offices. You can save them as a PDF instead.",
            "",
            count,
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Discard all letters?"), text, parent=self
        )
        box.setAccessibleName(self.tr("Discard all letters?"))
        box.setAccessibleDescription(text)
        discard = box.addButton(self.tr("&Discard %n letter(s)", "", count),
                                QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
        discard.setAccessibleName(self.tr("Discard the letters"))
        save = box.addButton(self.tr("&Save as PDF instead…"), QMessageBox.ButtonRole.ActionRole)
        save.setAccessibleName(self.tr("Save as PDF instead"))
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        keep.setAccessibleName(self.tr("Keep the letters"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        discard.clicked.connect(self.discard)
        save.clicked.connect(self._on_pdf_clicked)
        box.finished.connect(lambda _r: self._forget_confirm(box))
        self.confirm = box
        box.open()

    def _forget_confirm(self, box: QMessageBox) -> None:
        if self.confirm is box:
            self.confirm = None
        box.deleteLater()

    def discard(self) -> int:
        count = self.mode.queue.clear()
        self.banner.show_message(self.tr("%n letter(s) discarded.", "", count), "info")
        self.refresh()
        return count
