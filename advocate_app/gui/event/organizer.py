"""The Organizer menu's actions, as a mixin of ``EventController``: event set-up, the print
queue, waiting emails, the campaign editor and the tallies.

Each action is behind the PIN while an event runs (``guard``); outside events they open
at once. Windows and dialogs are opened with ``show()``/``open()``, never ``exec()``, and
kept on the controller so tests can drive them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advocate_app.gui.event.controller import EventController

    _Base = EventController
else:
    _Base = object


class OrganizerActions(_Base):
    def open_setup(self) -> None:
        if self.active:
            self.ask_pin(self.tr("Changing the event needs the organizer's PIN."), self._show_setup)
        else:
            self._show_setup("")

    def _show_setup(self, pin: str) -> None:
        from advocate_app.gui.event.setup_dialog import EventSetupDialog

        was_active = self.active
        try:
            campaigns = self.ctx.services.campaigns.all()
        except Exception as exc:  # noqa: BLE001 - no list: the event keeps the window's campaign
            campaigns = []
            self.window.show_message(str(exc), "warning", [])
        today = self.ctx.today()
        campaigns = sorted((c for c in campaigns if not c.is_expired(today)),
                           key=lambda c: c.title.lower())  # fmt: skip
        current = self.ctx.session.campaign_id or str(
            self.ctx.services.settings.get("campaign.default") or ""
        )
        dialog = EventSetupDialog(self.mode, pin, self.window, campaigns=campaigns, current=current)
        dialog.started.connect(lambda: self._enter() if not was_active else self._show_state())
        dialog.stopped.connect(self._leave)
        dialog.finished.connect(lambda _r: setattr(self, "setup_dialog", None))
        self.setup_dialog = dialog
        dialog.open()

    def open_editor(self) -> None:
        if not self.guard(
            "editor",
            self.open_editor,
            self.tr("The campaign editor is for the organizer. Enter the PIN."),
        ):
            return
        from advocate_app.gui.editor.window import CampaignEditor

        campaign = self._current_campaign()
        draft = source = None
        if campaign is not None and campaign.path is not None:
            from advocate_app.core.campaign_draft import PackDraft

            try:
                draft, source = PackDraft.from_path(campaign.path), campaign.path
            except Exception as exc:  # noqa: BLE001 - a broken pack opens blank, with the reason
                self.window.show_message(str(exc), "warning", [])
        editor = CampaignEditor(
            self.ctx, draft, source, builtin=bool(campaign and campaign.builtin)
        )
        editor.setParent(self.window, editor.windowFlags())
        self.editor = editor
        editor.show()

    def _current_campaign(self) -> Any:
        library = self.ctx.services.campaigns
        if self.ctx.session.campaign is not None:
            return self.ctx.session.campaign
        try:
            return library.find(str(self.ctx.services.settings.get("campaign.default")))
        except Exception:  # noqa: BLE001 - no default: the editor starts blank
            return None

    def open_tallies(self) -> None:
        if not self.guard(
            "tallies",
            self.open_tallies,
            self.tr("The tallies are for the organizer. Enter the PIN."),
        ):
            return
        from advocate_app.gui.tallies.window import TalliesWindow

        event = self.mode.config.name if self.active else None
        window = TalliesWindow(self.ctx, event=event)
        window.setParent(self.window, window.windowFlags())
        self.tallies_window = window
        window.show()

    def open_queue(self) -> None:
        if not self.guard(
            "queue",
            self.open_queue,
            self.tr("The print queue is for the organizer. Enter the PIN."),
        ):
            return
        from advocate_app.gui.event.queue_dialog import PrintQueueDialog

        dialog = PrintQueueDialog(self.ctx, self.mode, self.window)
        dialog.printed.connect(lambda _n: self.queue_changed.emit(len(self.mode.queue)))
        dialog.finished.connect(lambda _r: setattr(self, "queue_dialog", None))
        self.queue_dialog = dialog
        dialog.open()

    def send_waiting(self) -> None:
        """Retry the emails that waited for the network (outbox), on a worker."""
        if not self.guard(
            "outbox",
            self.send_waiting,
            self.tr("Sending waiting emails is for the organizer. Enter the PIN."),
        ):
            return
        services = self.ctx.services

        def work() -> Any:
            from advocate_app.flows import deliver

            outbox = services.outbox
            outbox.retry()
            return deliver.send_queued(
                outbox, services.smtp_transport(), history=lambda: services.archive
            )

        def done(delivery: Any) -> None:
            from advocate_app.gui.event.email_notice import undelivered_text

            results = delivery.results
            sent = sum(1 for r in results if r.sent)
            waiting = len(results) - sent
            text = self.tr("%n waiting email(s) sent;", "", sent) + " "
            text += self.tr("%n still waiting.", "", waiting)
            lost = self.mode.undelivered if self.active else 0
            if lost:  # past participants' letters were deleted; only the count is left
                text += " " + undelivered_text(lost)
            from advocate_app.gui.messages import localize

            notes = [localize(note) for note in delivery.notes()]  # sent, history missed
            text = " ".join([text, *notes])
            calm = not waiting and not lost and not notes
            self.window.show_message(text, "success" if calm else "warning", [])

        self.ctx.runner.submit(work, done, lambda exc: self.ctx.problem(exc), key="email",
                               label=self.tr("Sending waiting emails…"))  # fmt: skip
