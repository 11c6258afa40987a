"""The Send step's jobs, apart from its widgets: export, print, email, contact forms.

Saving PDFs and printing are here; email is ``send_email.EmailJobs`` and the person's own
mail program and the offices' web forms are ``send_links``: ``finished`` speaks for all.

Each job validates first (a missing email address is a banner, not a failed task), then
runs ``flows.deliver`` through the task runner: what reached paper, a server or a form is
recorded in the history under deliver's one rule (a history that cannot be written is a
warning, never a failed task; "Try again" never writes a second copy).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from advocate_app.flows import deliver
from advocate_app.flows.deliver import Delivery
from advocate_app.gui.links import folder_allowed, open_folder
from advocate_app.gui.pages import send_links
from advocate_app.gui.pages.send_email import EmailJobs

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)


class SendJobs(QObject):
    finished = Signal(
        str, list
    )  # channel ("pdf", "print", "email", "contact_form", "mailto"), letters

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.preview_dialog: Any = None  # the open print preview, if any (tests close it)
        self.mail = EmailJobs(ctx, self, save_pdfs=self.save_pdfs, open_mailto=self.open_mailto)
        self.mail.finished.connect(self.finished)

    def _paper(self) -> str:
        return str(self.ctx.services.settings.get("export.paper_size") or "letter")

    # --- PDF -----------------------------------------------------------------------------
    def _history(self):  # noqa: ANN202 - the archive, opened on the worker when first needed
        services = self.ctx.services
        return lambda: services.archive

    def _history_warning(self, delivery: Delivery) -> str:
        if not delivery.history_missed:
            return ""
        return self.tr(
            "Your letters were saved, but Advocate could not add them to your history: {0}"
        ).format(delivery.history_error)

    def save_pdfs(self, letters: list[Letter], folder: Path) -> None:
        if not letters:
            return
        from advocate_app.export.qt import letter_fonts

        letter_fonts()  # register the shipped fonts on the GUI thread, once
        boxes = self.unprintable(letters)
        history = self._history()
        ledger = self.ctx.session.ledger
        paper = self._paper()

        def export(progress: Any) -> Delivery:
            return deliver.save(
                letters, ["pdf"], folder, paper=paper, history=history, ledger=ledger,
                progress=progress,
            )  # fmt: skip

        def saved(delivery: Delivery) -> None:
            text = self.tr("Saved %n letter(s) as PDF in {0}.", "", len(letters)).format(folder)
            warnings = [w for w in (boxes, self._history_warning(delivery)) if w]
            if warnings:
                text += " " + " ".join(warnings)
            self.ctx.show_message(
                text,
                "warning" if warnings else "success",
                [(self.tr("Open folder"), lambda: open_folder(self.ctx, folder))]
                if folder_allowed(self.ctx)  # never at an event: it holds others' letters
                else [],
            )
            self.finished.emit("pdf", list(letters))

        self.ctx.runner.submit(
            export,
            saved,
            lambda exc: self.ctx.problem(exc, retry=lambda: self.save_pdfs(letters, folder)),
            key="export",
            label=self.tr("Saving PDFs…"),
        )

    def unprintable(self, letters: list[Letter]) -> str:
        """A warning when the letter font cannot draw some characters (an emoji, a CJK name):
        they would print as empty boxes. "" when every character prints."""
        from advocate_app.export.qt import missing_glyphs

        missing = sorted(missing_glyphs("".join(letter.as_text() for letter in letters)))
        if not missing:
            return ""
        return self.tr(
            "These characters cannot be printed and will show as empty boxes: {0}. "
            "Remove them from your story or letter."
        ).format(" ".join(missing[:10]))

    # --- print ---------------------------------------------------------------------------
    def print_letters(self, letters: list[Letter], *, check: bool = True) -> None:
        """Open the print preview (not modal to the whole app, so tests can drive it)."""
        if not letters:
            return
        event = self.ctx.event
        if event is not None and event.active:  # event mode: the organizer prints one batch
            count = event.queue_letters(letters)
            self.ctx.show_message(self.tr(
                "Your letters will be printed with the others at the end of the event "
                "({0} waiting)."
            ).format(count), "success", [])  # fmt: skip
            self.finished.emit("queued", list(letters))
            return
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from advocate_app.gui import print_check

        def save() -> None:
            self.save_pdfs(letters, self.window.folder())

        again = lambda: self.print_letters(letters, check=False)  # noqa: E731
        if check and not print_check.before_print(self.ctx, self._paper(), save, again):
            return

        from advocate_app.export.render import PAGE_SIZE_IDS, paint_letters

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(
            QPageSize(PAGE_SIZE_IDS.get(self._paper(), QPageSize.PageSizeId.Letter))
        )
        printer.setDocName(self.tr("Letters to Congress"))
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.setAccessibleName(self.tr("Print preview"))

        def paint(device: Any) -> None:
            try:
                paint_letters(device, letters, paper=self._paper())  # the letters' paper wins
            except (OSError, ValueError) as exc:
                self.ctx.problem(exc)

        def closed(result: int) -> None:
            self.preview_dialog = None
            if result and print_check.after_print(self.ctx, printer.printerName(), save):
                self._record(letters, "print", printer.printerName() or "printer")
                self.finished.emit("print", list(letters))
            dialog.deleteLater()

        dialog.paintRequested.connect(paint)
        dialog.finished.connect(closed)
        self.preview_dialog = dialog
        boxes = self.unprintable(letters)
        if boxes:
            self.ctx.show_message(boxes, "warning", [])
        dialog.open()

    def _record(self, letters: list[Letter], channel: str, recipient: str) -> None:
        history = self._history()
        ledger = self.ctx.session.ledger

        def record() -> Delivery:
            return deliver.record(letters, channel, recipient, history=history, ledger=ledger)

        def recorded(delivery: Delivery) -> None:
            if delivery.history_missed:
                self.ctx.show_message(self._history_warning(delivery), "warning", [])

        self.ctx.runner.submit(
            record, recorded, lambda exc: self.ctx.problem(exc), key=f"record-{channel}"
        )

    # --- email ---------------------------------------------------------------------------
    def organizer_address(self) -> str:
        return self.mail.organizer_address()

    def email(
        self, letters: list[Letter], kind: str, other: str, *, attach: bool, fallback: Letter | None
    ) -> None:
        self.mail.email(letters, kind, other, attach=attach, fallback=fallback)

    def resend(self, ids: list[int]) -> None:
        self.mail.resend(ids)

    def open_mailto(self, letter: Letter, to: str) -> None:
        if send_links.open_mailto(self.ctx, letter, to):
            self._record([letter], "mailto", to)
            self.finished.emit("mailto", [letter])

    # --- contact form --------------------------------------------------------------------
    def open_contact_form(self, letter: Letter) -> None:
        def opened(url: str) -> None:
            self._record([letter], "contact_form", url)
            self.finished.emit("contact_form", [letter])

        send_links.open_contact_form(self.ctx, letter, opened)
