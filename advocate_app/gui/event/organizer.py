"""The Organizer menu: event set-up, "Next participant", the print queue, waiting emails,
the campaign editor and the tallies.

Why its own object: the menu is on every window (it is how an organizer turns event mode
on), but event mode's machinery (``controller.EventController``: PIN guards, the idle
timer, the participant wipe) is built only when an event runs, so a window outside events
neither loads nor builds it at start-up. While an event runs, each action is behind the
PIN (the controller's ``guard``); outside events they open at once. Windows and dialogs
are opened with ``show()``/``open()``, never ``exec()``, and kept here so tests can drive
them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from advocate_app.core.event import EventMode
    from advocate_app.gui.window import MainWindow


class OrganizerMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.setup_dialog: Any = None
        self.editor: Any = None
        self.tallies_window: Any = None
        self.queue_dialog: Any = None
        self._build_menu()

    # --- state: asked of event mode's controller when there is one ----------------------------
    @property
    def mode(self) -> EventMode:
        return self.ctx.services.event

    @property
    def active(self) -> bool:
        event = self.window.event
        return event is not None and event.active

    def guard(self, name: str, action: Callable[[], Any], reason: str = "") -> bool:
        """True when ``action`` may run now; at an event, the PIN first (then ``action``)."""
        event = self.window.event
        return event is None or event.guard(name, action, reason)

    # --- the menu ------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Organizer"))
        self.menu = menu

        def add(text: str, slot: Callable[[], Any], keys: str = "") -> QAction:
            action = QAction(text, self.window)
            if keys:  # after the first paint, like the window's own shortcuts (start-up time)
                self.window.defer_shortcut(action, keys)
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)
            return action

        add(self.tr("&Event mode…"), self.open_setup)
        self.next_action = add(self.tr("&Next participant"), self.next_participant, "Ctrl+Shift+N")
        menu.addSeparator()
        add(self.tr("&Print queue…"), self.open_queue)
        add(self.tr("Send &waiting emails"), self.send_waiting)
        menu.addSeparator()
        add(self.tr("Campaign &editor…"), self.open_editor)
        add(self.tr("&Tallies…"), self.open_tallies)

    def next_participant(self) -> None:
        """Clear everything for the next person (event mode's wipe, also outside an event)."""
        self.window.event_controller().next_participant("next")

    # --- event set-up --------------------------------------------------------------------------
    def open_setup(self) -> None:
        if self.active:
            self.window.event.ask_pin(
                self.tr("Changing the event needs the organizer's PIN."), self._show_setup
            )
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
        dialog.started.connect(lambda: self._on_started(was_active))
        dialog.stopped.connect(self._on_stopped)
        dialog.finished.connect(lambda _r: setattr(self, "setup_dialog", None))
        self.setup_dialog = dialog
        dialog.open()

    def _on_started(self, was_active: bool) -> None:
        controller = self.window.event_controller()  # built now: the event starts
        if was_active:
            controller.show_state()  # the organizer changed the running event
        else:
            controller.enter()

    def _on_stopped(self) -> None:
        if self.window.event is not None:
            self.window.event.leave()

    # --- the organizer's windows ---------------------------------------------------------------
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

    def close_windows(self) -> None:
        """The next person must not find the tallies or the editor open (the PIN opened them)."""
        if self.tallies_window is not None:
            self.tallies_window.close()
            self.tallies_window = None
        editor = self.editor
        if editor is not None and editor.isVisible() and not editor.dirty:
            editor.close()  # an editor with unsaved work stays: the organizer is at it
        if editor is not None and not editor.isVisible():
            self.editor = None

    def open_queue(self) -> None:
        if not self.guard(
            "queue",
            self.open_queue,
            self.tr("The print queue is for the organizer. Enter the PIN."),
        ):
            return
        from advocate_app.gui.event.queue_dialog import PrintQueueDialog

        dialog = PrintQueueDialog(self.ctx, self.mode, self.window)
        dialog.printed.connect(lambda _n: self._on_queue_printed())
        dialog.finished.connect(lambda _r: setattr(self, "queue_dialog", None))
        self.queue_dialog = dialog
        dialog.open()

    def _on_queue_printed(self) -> None:
        if self.window.event is not None:
            self.window.event.queue_changed.emit(len(self.mode.queue))

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
