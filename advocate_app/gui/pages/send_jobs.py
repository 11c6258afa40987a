"""The Send step's jobs, apart from its widgets: export, print, email, contact forms.

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
from advocate_app.gui.links import folder_allowed, open_folder, open_link

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
        event = self.ctx.event
        if event is not None and event.active:  # event mode: the event's collection address
            return event.collection_email()
        configured = str(self.ctx.services.settings.get("organizer.email") or "").strip()
        if configured:
            return configured
        campaign = self.ctx.session.campaign
        return campaign.organizer_email if campaign is not None else ""

    def email(
        self, letters: list[Letter], kind: str, other: str, *, attach: bool, fallback: Letter | None
    ) -> None:
        if not letters:
            return
        to = {
            "self": letters[0].constituent.email,
            "organizer": self.organizer_address(),
            "address": other,
        }.get(kind, "")
        if not to:
            text = {
                "self": self.tr(
                    "Add your email address on the first step, or choose another recipient."
                ),
                "organizer": self.tr(
                    "No organizer address is set. Enter it in Settings › Email, "
                    "or choose another recipient."
                ),
            }.get(kind, self.tr("Type the email address to send the letters to."))
            self.ctx.show_message(text, "warning", [])
            return
        settings = self.ctx.services.settings
        if not str(settings.get("smtp.host") or "").strip():
            actions = [(self.tr("Set up email"), lambda: self.ctx.open_settings("email"))]
            event = self.ctx.event  # event mode: no mail program on a shared laptop
            if fallback is not None and (event is None or not event.active):
                actions.append(
                    (self.tr("Use my mail program"), lambda: self.open_mailto(fallback, to))
                )
            self.ctx.show_message(
                self.tr(
                    "No mail server is set up yet. Set one up in Settings, or write the email in "
                    "your own mail program (one letter at a time)."
                ),
                "info",
                actions,
            )
            return
        self._send(letters, to, kind, attach)

    def _send(self, letters: list[Letter], to: str, kind: str, attach: bool) -> None:
        services = self.ctx.services
        settings = services.settings
        paper = self._paper()
        sender = str(settings.get("smtp.from") or "").strip() or (
            str(settings.get("smtp.user") or "")
            if "@" in str(settings.get("smtp.user") or "")
            else letters[0].constituent.email
        )
        if attach:
            from advocate_app.export.qt import letter_fonts

            letter_fonts()

        ledger = self.ctx.session.ledger
        history = self._history()

        def send() -> Delivery:
            transport = services.smtp_transport()
            transport.config.validate()  # a wrong setting fails before anything is queued
            outbox = services.outbox
            ids = deliver.email(
                letters, to=to, kind=kind, sender=sender, outbox=outbox, ledger=ledger,
                attach=attach, paper=paper,
            )  # fmt: skip
            return deliver.send_queued(outbox, transport, ids, history=history)

        self.ctx.runner.submit(
            send,
            lambda delivery: self._on_sent(letters, to, delivery),
            lambda exc: self._on_send_failed(exc, letters, to, kind, attach),
            key="email",
            label=self.tr("Sending email…"),
        )

    def resend(self, ids: list[int]) -> None:
        services = self.ctx.services
        history = self._history()

        def send() -> Delivery:
            outbox = services.outbox
            outbox.retry(ids)
            return deliver.send_queued(outbox, services.smtp_transport(), ids, history=history)

        self.ctx.runner.submit(
            send,
            lambda delivery: self._on_sent([], "", delivery),
            lambda exc: self.ctx.problem(exc, retry=lambda: self.resend(ids)),
            key="email",
            label=self.tr("Sending email…"),
        )

    def _on_sent(self, letters: list[Letter], to: str, delivery: Delivery) -> None:
        from advocate_app.gui.messages import localize

        results = delivery.results
        missed = " ".join(localize(note) for note in delivery.notes())  # sent all the same
        sent = [r for r in results if r.sent]
        failed = [r for r in results if not r.sent]
        event = self.ctx.event
        if failed and letters and event is not None and event.active:  # tell the participant
            from advocate_app.gui.event.email_notice import tell_participant

            undelivered = {r.item.member_bioguide for r in failed}
            again = [letter for letter in letters if letter.member.bioguide in undelivered]
            tell_participant(self.ctx, failed, lambda: self.save_pdfs(again, event.pdf_folder()))
        elif failed:
            reasons = "\n".join(sorted({localize(r.error or r.item.last_error) for r in failed}))
            self.ctx.show_message(
                self.tr("%n email(s) sent,", "", len(sent))
                + " "
                + self.tr("%n not sent yet (they wait in the outbox):", "", len(failed))
                + "\n"
                + reasons
                + (f"\n{missed}" if missed else ""),
                "error",
                [],
            )
        elif sent:
            text = self.tr("Sent %n email(s){0}.", "", len(sent)).format(
                self.tr(" to {0}").format(to) if to else ""
            )
            self.ctx.show_message(
                f"{text} {missed}" if missed else text, "warning" if missed else "success", []
            )
        elif missed:
            self.ctx.show_message(missed, "warning", [])
        elif letters and to:  # the same letters to the same address: not sent twice
            self.ctx.show_message(
                self.tr("These letters were already sent to {0}.").format(to), "info", []
            )
        sent_ids = {r.item.member_bioguide for r in sent}
        done = [letter for letter in letters if letter.member.bioguide in sent_ids]
        self.finished.emit("email", done)

    def _on_send_failed(
        self, error: BaseException, letters: list[Letter], to: str, kind: str, attach: bool
    ) -> None:
        from advocate_app.core.errors import InputProblem

        actions: list[Any] = [(self.tr("Try again"), lambda: self._send(letters, to, kind, attach))]
        if isinstance(error, InputProblem):
            actions.append((self.tr("Open settings"), lambda: self.ctx.open_settings("email")))
        from advocate_app.gui.context import error_text

        self.ctx.show_message(error_text(error), "error", actions)
        self.finished.emit("email", [])

    def open_mailto(self, letter: Letter, to: str) -> None:
        from advocate_app.core.delivery.mailto import mailto_link
        from advocate_app.core.errors import AdvocateError

        try:
            link = mailto_link([to], letter.subject, letter.as_text())
        except AdvocateError as exc:
            self.ctx.problem(exc)
            return
        url = link.url
        if link.too_long:
            self.ctx.set_clipboard(letter.as_text())
            url = link.short_url
            self.ctx.show_message(
                self.tr(
                    "The letter is too long for a mail link, so it is copied: paste it into the "
                    "new email's body (Ctrl+V)."
                ),
                "info",
                [],
            )
        open_link(self.ctx, url, mailto=True)  # a mailto: link we built
        self._record([letter], "mailto", to)
        self.finished.emit("mailto", [letter])

    # --- contact form --------------------------------------------------------------------
    def open_contact_form(self, letter: Letter) -> None:
        from advocate_app.core.delivery.contact_form import check_length, contact_route, form_text

        text = form_text(letter)
        self.ctx.set_clipboard(text)
        route = contact_route(letter.member)
        from advocate_app.gui.labels import member_title

        who = member_title(letter.member)
        parts = [
            self.tr(
                "Your letter to {0} is copied. Paste it into the form's message box (Ctrl+V)."
            ).format(who)
        ]
        if route.kind == "contact_form":
            parts.append(self.tr("This is the office's contact form."))
        elif route.kind == "website_guess":
            parts.append(
                self.tr(
                    "The office's form is not in our data, so this opens the usual "
                    "contact page of their website. If it is not a form, look for "
                    "“Contact” on the site."
                )
            )
        else:
            parts.append(
                self.tr(
                    "No website is known for this office. Send the letter on paper "
                    "to the district office instead."
                )
            )
        check = check_length(letter.member, text)
        if check.over:
            parts.append(
                self.tr(
                    "Your message is {0} characters; many forms take only 2,000 to 5,000 and cut off "
                    "the rest. Check that the form kept all of it, or shorten it."
                ).format(check.length)
            )
        if route.url:
            opened = open_link(self.ctx, route.url)
            if not opened:
                parts.append(
                    self.tr("Advocate could not open a web browser. The address is: {0}").format(
                        route.url
                    )
                )
            self._record([letter], "contact_form", route.url)
            self.finished.emit("contact_form", [letter])
        self.ctx.show_message(
            " ".join(parts), "warning" if check.over or not route.url else "info", []
        )
