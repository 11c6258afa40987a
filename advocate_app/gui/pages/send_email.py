"""The Send step's email job: to the writer, the organizer or another address, through
the outbox.

A missing address or mail server is a banner (with "Set up email", or the person's own
mail program one letter at a time), not a failed task. Letters are queued in the outbox
and sent through ``flows.deliver`` on the task runner; what could not be sent waits in the
outbox and says why. At an event a participant whose email failed is offered a PDF instead
(``gui/event/email_notice.py``), and no mail program is offered on a shared laptop.

Its words are filed under the translation context ``EmailJobs`` (moved there, with their
Spanish, from ``SendJobs``: Qt's lupdate reads a plural only inside ``self.tr``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from advocate_app.flows import deliver
from advocate_app.flows.deliver import Delivery

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.gui.context import AppContext


class EmailJobs(QObject):
    """Sends letters by email; ``finished("email", letters)`` names those that were sent."""

    finished = Signal(str, list)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject,
        *,
        save_pdfs: Callable[[list[Letter], Path], None],
        open_mailto: Callable[[Letter, str], None],
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._save_pdfs = save_pdfs  # an event participant's failed email, as PDFs instead
        self._open_mailto = open_mailto  # the person's own mail program

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
                    "Add your email address on the first step, or choose another recipient.",
                ),
                "organizer": self.tr(
                    "No organizer address is set. Enter it in Settings › Email, "
                    "or choose another recipient.",
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
                    (
                        self.tr("Use my mail program"),
                        lambda: self._open_mailto(fallback, to),
                    )
                )
            self.ctx.show_message(
                self.tr(
                    "No mail server is set up yet. Set one up in Settings, or write the email in "
                    "your own mail program (one letter at a time).",
                ),
                "info",
                actions,
            )
            return
        self._send(letters, to, kind, attach)

    def _send(self, letters: list[Letter], to: str, kind: str, attach: bool) -> None:
        services = self.ctx.services
        settings = services.settings
        paper = str(settings.get("export.paper_size") or "letter")
        sender = deliver.sender_address(
            str(settings.get("smtp.from") or ""),
            str(settings.get("smtp.user") or ""),
            letters[0].constituent.email,
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

    def _history(self):  # noqa: ANN202 - the archive, opened on the worker when first needed
        services = self.ctx.services
        return lambda: services.archive

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
            tell_participant(self.ctx, failed, lambda: self._save_pdfs(again, event.pdf_folder()))
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
                self.tr("These letters were already sent to {0}.").format(to),
                "info",
                [],
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
