"""Event mode in the main window: PIN guards, "Next participant", the idle reset and the
Send step's rules, while an event runs.

The window builds one ``EventController`` only when event mode is on (at start-up, or when
the organizer starts an event from the Organizer menu, ``organizer.OrganizerMenu``), and
asks it before opening settings or closing (``guard``). Outside events there is none: the
window does not load this module, and pages find ``ctx.event`` empty. Everything else is
done from here, through the window's public parts:

- "Next participant" (a button in the status bar, Ctrl+Shift+N) and the idle timeout, after
  a warning with a countdown: ``flows.participant.next_participant`` resets the session
  (the pages follow it), wipes the participant's temporary files and folds the database's
  journal; here only what the window alone holds: open dialogs, the clipboard when it
  still holds what the app put there, and every text field's undo history;
- on the Send step, only the routes the organizer allowed; the archive is hidden.

Core does the rest: the anonymous archive and tallies (``core/archive.py``), no drafts
(``core/drafts.py``), the PIN hash (``core/pin.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from advocate_app.gui.steps import SEND

if TYPE_CHECKING:
    from advocate_app.core.event import EventMode
    from advocate_app.core.models import Letter
    from advocate_app.gui.window import MainWindow

log = logging.getLogger(__name__)

WARNING_MS = 30_000
_INPUT: frozenset = frozenset()  # input event types, filled when event mode starts (enums are slow)


class EventController(QObject):
    mode_changed = Signal(bool)  # event mode turned on (True) or off
    wiped = Signal(str)  # "next" or "idle": the window is ready for the next person
    queue_changed = Signal(int)  # letters waiting in the print queue

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.idle_ms: int | None = None  # None: the organizer's setting (tests make it short)
        self.warning_ms = WARNING_MS
        self.pin_dialog: Any = None
        self.idle_warning: Any = None
        self._passes: set[str] = set()
        self._banners: set[str] = set()  # the event's own banner texts: they go with the event
        self._queue_warned = False
        self._filtering = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self._wrap_clipboard()
        self.next_button = QPushButton(self.tr("Ne&xt participant"), window)
        self.next_button.setAccessibleName(self.tr("Next participant"))
        self.next_button.setToolTip(self.tr("Clear everything for the next person (Ctrl+Shift+N)"))
        self.next_button.clicked.connect(lambda: self.next_participant("next"))
        self.badge = QLabel(window)
        self.badge.setAccessibleName(self.tr("Event"))
        window.statusBar().addPermanentWidget(self.badge)
        window.statusBar().addPermanentWidget(self.next_button)
        window.step_changed.connect(self._on_step_changed)
        self.next_button.hide()  # until ``enter`` (the event runs) or ``show_state``
        self.badge.hide()
        window.ctx.event = self  # the pages ask it while an event runs

    # --- state ---------------------------------------------------------------------------------
    @property
    def mode(self) -> EventMode:
        return self.ctx.services.event

    @property
    def active(self) -> bool:
        if not bool(self.ctx.services.settings.get("event.enabled")):
            return False  # without touching the database: start-up stays fast
        return self.mode.active

    def enter(self) -> None:
        """Event mode starts (or the app started in it): clear the window, arm the guards."""
        self.mode.sync()
        self.next_participant("start")
        self._set_filter(True)
        self.show_state()
        self.mode_changed.emit(True)

    def leave(self) -> None:
        """Event mode was turned off: the window is the person's own again."""
        self._set_filter(False)
        self.idle_timer.stop()
        self.show_state()
        banner = self.window.banner
        if banner.isVisible() and banner.text in self._banners:
            banner.dismiss()  # "Ready for the next participant" is not true any more
        self._banners.clear()
        self.mode_changed.emit(False)

    def _event_message(self, text: str, kind: str, actions: list[Any]) -> None:
        """A banner about the event (it goes when event mode is turned off)."""
        self._banners.add(text)
        self.window.show_message(text, kind, actions)

    def show_state(self) -> None:
        """The status bar's badge and button, the campaign lock and the Send step's rules."""
        active = self.active
        self.next_button.setVisible(active)
        self.badge.setVisible(active)
        if active:
            self.badge.setText(self.tr("Event: {0}").format(self.mode.config.name))
        remember = getattr(self.window.you, "remember", None)
        if remember is not None:
            if active:
                remember.setChecked(False)
            remember.setVisible(not active)
        self._lock_campaign(active)
        self._apply_send_rules()

    def _lock_campaign(self, active: bool) -> None:
        """At an event every participant writes for the organizer's campaign, with the points
        it offers; the session refuses any other (the Letter page greys its choice out)."""
        session = self.ctx.session
        if not active:
            session.lock_campaign("")
            return
        config = self.mode.config
        campaign_id = (
            config.campaign_id
            or session.campaign_id
            or str(self.ctx.services.settings.get("campaign.default") or "")
        )
        session.lock_campaign(campaign_id, list(config.points) or None)

    def _set_filter(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            global _INPUT
            _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                                QEvent.Type.TouchBegin, QEvent.Type.InputMethod})  # fmt: skip
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on
        self._restart_idle()

    # --- the PIN -------------------------------------------------------------------------------
    def guard(self, name: str, action: Callable[[], Any], reason: str = "") -> bool:
        """True when ``action`` may run now; otherwise ask for the PIN and run it after."""
        if not self.active or name in self._passes:
            self._passes.discard(name)
            return True

        def unlocked(_pin: str) -> None:
            self._passes.add(name)
            action()

        self.ask_pin(
            reason or self.tr("This is for the organizer. Enter the organizer's PIN."), unlocked
        )
        return False

    def ask_pin(self, reason: str, then: Callable[[str], Any]) -> None:
        from advocate_app.gui.event.pin_dialog import PinDialog

        if self.pin_dialog is not None:
            self.pin_dialog.reject()
        dialog = PinDialog(self.mode.unlock, reason, self.window)
        dialog.unlocked.connect(then)
        dialog.finished.connect(lambda _r: self._forget_pin_dialog(dialog))
        self.pin_dialog = dialog
        dialog.open()

    def _forget_pin_dialog(self, dialog: QDialog) -> None:
        if self.pin_dialog is dialog:
            self.pin_dialog = None
        dialog.deleteLater()

    def may_close(self) -> bool:
        """The window asks before closing: the PIN, then a warning about unprinted letters."""
        if not self.guard(
            "quit", self.window.close, self.tr("Quitting is for the organizer. Enter the PIN.")
        ):
            return False
        if self.active and len(self.mode.queue) and not self._queue_warned:
            self._queue_warned = True
            self._event_message(self.tr(
                "%n letter(s) still wait in the print queue. Print them first (Organizer › Print "
                "queue), or quit again to discard them.", "", len(self.mode.queue)), "warning",
                [(self.tr("Print queue"), self.window.organizer.open_queue)])  # fmt: skip
            return False
        return True

    # --- the participant's letters ---------------------------------------------------------------
    def queue_letters(self, letters: list[Letter]) -> int:
        """Event mode's "print": the letters wait for the organizer's batch (memory only)."""
        for letter in letters:
            self.mode.queue.add(letter, letter.member.dc_office)
        count = len(self.mode.queue)
        self.queue_changed.emit(count)
        return count

    def pdf_folder(self) -> Path:
        """Where a participant's PDF goes: the organizer's folder, else a wiped temp folder."""
        chosen = self.mode.config.pdf_folder
        return Path(chosen) if chosen else self.mode.session.temp_dir()

    def collection_email(self) -> str:
        return self.mode.config.collection_email

    def allows(self, route: str) -> bool:
        return not self.active or self.mode.config.allows(route)

    def _wrap_clipboard(self) -> None:
        """Remember what the app copies, so "Next participant" clears only its own text."""
        original = self.ctx.set_clipboard

        def copy(text: str) -> None:
            if self.active:
                self.mode.session.note_clipboard(text)
            original(text)

        self.ctx.set_clipboard = copy

    # --- the Send step -------------------------------------------------------------------------
    def _on_step_changed(self, _row: int) -> None:
        self._apply_send_rules()

    def _apply_send_rules(self) -> None:
        send = self.window.built_page(SEND)
        if send is None:
            return
        active = self.active
        send.history.setVisible(not active)  # the archive is the organizer's
        send.save_pdf.setVisible(self.allows("pdf"))
        send.print_button.setVisible(self.allows("print"))
        page = QCoreApplication.translate  # the Send page's own words when the event ends
        send.print_button.setText(
            self.tr("Add to &print queue") if active else page("SendPage", "&Print…")
        )
        send.print_button.setAccessibleName(
            self.tr("Add to print queue") if active else page("SendPage", "Print")
        )
        send.change_folder.setVisible(not active)
        send.email.parentWidget().setVisible(self.allows("email_organizer"))
        send.contact.parentWidget().setVisible(self.allows("contact_form"))
        if active:
            combo = send.recipient
            for index in reversed(range(combo.count())):
                if combo.itemData(index) != "organizer":
                    combo.removeItem(index)
            combo.setCurrentIndex(0)
            send.folder_label.setText(
                self.tr("PDFs are kept in: {0}").format(
                    self.mode.config.pdf_folder
                    or self.tr("a temporary folder, cleared for the next person")
                )
            )

    # --- next participant ------------------------------------------------------------------------
    def participant_traces(self) -> list[str]:
        """What identifies the current participant: typed fields, story, matched address."""
        from advocate_app.gui.event import scrub  # not at start-up: its Qt classes cost ~50 ms

        session = self.ctx.session
        values = list(self.window.you.values().values())
        c = session.constituent()
        values += [c.name, c.address.street, c.address.one_line(), c.email, c.phone]
        if session.lookup is not None:
            values.append(session.lookup.match.matched_address or "")
        values += [line for line in session.story.splitlines() if len(line.strip()) >= 12]
        for sent in session.final_letters():
            values += list(sent.signature)
        writer = session.writer
        values = [v for v in values if v and v not in (writer.state, writer.city)]
        return scrub.traces(values)

    def has_participant(self) -> bool:
        return bool(self.participant_traces()) or self.ctx.session.lookup is not None

    def next_participant(self, reason: str = "next") -> None:
        """Forget everything about the current participant; the window is back at step 1.

        The session is reset and the participant's files wiped by ``flows.participant``;
        the pages follow the session. Here only what the window alone holds: open dialogs,
        the organizer's windows, the clipboard, and every text field's undo history.
        """
        from advocate_app.flows.participant import next_participant
        from advocate_app.gui.event import scrub

        if self.idle_warning is not None:
            self.idle_warning.cancel()
        organizer = self.window.organizer
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible() and (reason != "start" or dialog is not organizer.setup_dialog):
                dialog.reject()  # a print preview, a file chooser: they may show the letter
        organizer.close_windows()
        self._clear_clipboard()  # before the wipe: it knows what the app put there
        outcome = next_participant(self.ctx.session, self.ctx.services)
        self.window.after_reset()
        scrub.forget_undo([self.window])
        if outcome.failures:
            self.window.show_message(self.tr(
                "Some temporary files could not be removed; restart the computer after the "
                "event."), "warning", [])  # fmt: skip
        self.window.banner.setAccessibleDescription("")
        self.window.activity.setText("")
        self.show_state()
        self._restart_idle()
        if reason != "start":
            self._event_message(self.tr("Ready for the next participant."), "info", [])
        self.wiped.emit(reason)

    def _clear_clipboard(self) -> None:
        from PySide6.QtGui import QClipboard

        clipboard = QGuiApplication.clipboard()
        session = self.mode.session if self.ctx.services.is_loaded("event") else None
        if session is None:
            return
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if session.owns_clipboard(clipboard.text(mode)):
                clipboard.clear(mode)

    # --- idle ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT and self.idle_warning is None:
            self._restart_idle()
        return False

    def _restart_idle(self) -> None:
        if not self._filtering:
            self.idle_timer.stop()
            return
        ms = self.idle_ms if self.idle_ms is not None else self.mode.config.idle_ms
        self.idle_timer.start(max(10, ms))

    def _on_idle_timer_timeout(self) -> None:
        if not self.active:
            return
        if not self.has_participant():
            self._restart_idle()  # nothing to clear: no warning on an empty screen
            return
        from advocate_app.gui.event.idle import IdleWarning

        warning = IdleWarning(self.warning_ms, self.window)
        warning.expired.connect(lambda: self._after_warning(warning, expired=True))
        warning.kept.connect(lambda: self._after_warning(warning, expired=False))
        self.idle_warning = warning
        warning.start()

    def _after_warning(self, warning: QWidget, *, expired: bool) -> None:
        if self.idle_warning is warning:
            self.idle_warning = None
        warning.deleteLater()
        if expired:
            self.next_participant("idle")
        else:
            self._restart_idle()
