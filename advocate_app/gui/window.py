"""The main window: four steps a person moves through, back and forth, with the keyboard.

Layout: a step list on the left, the current step on the right under a message banner, and
Back / Next at the bottom; the status bar shows what is running. Pages never talk to each
other: each renders the session (``ctx.session``) and changes it; the window follows the
session to decide which steps can be reached (menus and shortcuts: window_menus.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QWidget,
)

from advocate_app import APP_NAME
from advocate_app.flows.session import INCLUSION, LETTERS, LOOKUP
from advocate_app.gui.context import Action, AppContext
from advocate_app.gui.data_panel import DataPanel
from advocate_app.gui.event.organizer import OrganizerMenu
from advocate_app.gui.page_stack import PageStack
from advocate_app.gui.pages import scrolled
from advocate_app.gui.pages.you import YouPage
from advocate_app.gui.steps import LETTER, MEMBERS, SEND, YOU, StepList, reachable
from advocate_app.gui.widgets import Banner, vbox
from advocate_app.gui.window_menus import WindowMenus

if TYPE_CHECKING:
    from advocate_app.core.lookup.result import LookupResult
    from advocate_app.gui.event.controller import EventController
    from advocate_app.gui.pages.letter import LetterPage
    from advocate_app.gui.pages.members import MembersPage
    from advocate_app.gui.pages.send import SendPage

log = logging.getLogger(__name__)

STEP_INPUTS = frozenset({LOOKUP, INCLUSION, LETTERS})  # what decides which steps are reachable
CLOSE_WAIT_MS = 150  # closing never waits for the network longer than this


class MainWindow(WindowMenus, QMainWindow):
    step_changed = Signal(int)
    first_painted = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.show_message = self.show_message
        ctx.open_settings = self.open_settings
        self.settings_dialog = None
        self.setWindowTitle(self.tr("{0}: write to Congress").format(APP_NAME))
        self.setAccessibleName(APP_NAME)

        self.banner = Banner(self)
        self.data_panel = DataPanel(ctx, self)
        self.you = YouPage(ctx)
        self.stack = PageStack(self)  # steps 2-4 are built on first visit: start-up stays fast
        em = self.fontMetrics().horizontalAdvance("M")
        self.stack.add_page(self.you, scrolled(self.you, max_width=60 * em))
        self.stack.add_later(self._build_members)
        self.stack.add_later(self._build_letter)
        self.stack.add_later(self._build_send)

        self.steps = StepList(self.step_titles(), self)
        self.steps.step_chosen.connect(self.go_to)
        self.setCentralWidget(self._build_central())
        self._build_status_bar()

        self.you.lookup_finished.connect(self._on_lookup_finished)
        ctx.session.subscribe(self._on_session_changed)
        self.data_panel.data_ready.connect(self._update_steps)
        self._build_menus()
        self.organizer = OrganizerMenu(self)  # how an organizer turns event mode on
        self.event: EventController | None = None  # event mode's guards and wipe, when on
        if bool(ctx.services.settings.get("event.enabled")):  # the laptop is at an event
            QTimer.singleShot(0, self.event_controller().enter)  # once the window is built
        from advocate_app.gui.draft_keeper import DraftKeeper

        self.drafts = DraftKeeper(self)  # the letter kept as it is typed
        self._restore_geometry()
        self._show_step(YOU)
        self.auto_data_check = True  # first run: download the data once the window is painted
        self.installEventFilter(self)

    def _build_central(self) -> QWidget:
        """Steps on the left; banner, data panel, the current step and Back/Next on the right."""
        self.back = QPushButton(self.tr("&Back"), self)
        self.back.setAccessibleName(self.tr("Back"))
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("&Next"), self)
        self.next.setAccessibleName(self.tr("Next"))
        self.next.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)

        right = QWidget(self)
        right_layout = vbox(right, margins=12, spacing=8)
        self.right_layout = right_layout  # the draft keeper puts its restore bar on top
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.data_panel)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(right, 1)
        return central

    def _build_status_bar(self) -> None:
        """What is running, with a progress bar while it runs."""
        self.activity = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setMaximumWidth(160)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.statusBar().addWidget(self.activity, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.ctx.runner.activity_changed.connect(self._on_runner_activity)
        self.ctx.runner.progress_changed.connect(self._on_runner_progress)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            # The filter sees the paint before it happens: the follow-up work is posted, so
            # it runs once the window is on screen.
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        """Work the person does not wait for: keyboard shortcuts, the first-run download,
        and whatever else listens to ``first_painted`` (emitted once, after the first paint)."""
        self.install_shortcuts()
        self.first_painted.emit()
        if self.auto_data_check:
            self.data_panel.check()

    def event_controller(self) -> EventController:
        """Event mode's controller, built when an event starts (or on "Next participant")."""
        if self.event is None:
            from advocate_app.gui.event.controller import EventController

            self.event = EventController(self)
        return self.event

    @property
    def restore_bar(self) -> QWidget:
        """The "Restore the letter you were writing?" bar (built when first needed)."""
        return self.drafts.bar

    # --- pages: steps 2-4 are built when first needed (gui/page_stack.py) ------------------
    @property
    def members(self) -> MembersPage:
        return self.stack.page(MEMBERS)

    @property
    def letter(self) -> LetterPage:
        return self.stack.page(LETTER)

    @property
    def send(self) -> SendPage:
        return self.stack.page(SEND)

    def built_page(self, step: int) -> QWidget | None:
        """The page of ``step`` if it was built (the person has been there), else None."""
        return self.stack.built(step)

    def _build_members(self) -> tuple[MembersPage, QWidget]:
        from advocate_app.gui.pages.members import MembersPage

        page = MembersPage(self.ctx)
        page.street_wanted.connect(self._on_street_wanted)
        return page, scrolled(page, max_width=72 * self.fontMetrics().horizontalAdvance("M"))

    def _build_letter(self) -> tuple[LetterPage, QWidget]:
        from advocate_app.gui.pages.letter import LetterPage

        page = LetterPage(self.ctx)
        page.name_wanted.connect(self._on_name_wanted)
        return page, page

    def _build_send(self) -> tuple[SendPage, QWidget]:
        from advocate_app.gui.pages.send import SendPage

        page = SendPage(self.ctx)
        self.drafts.watch_send(page)
        return page, scrolled(page)

    def step_titles(self) -> list[str]:
        return [self.tr("You"), self.tr("Your members"), self.tr("Your letter"), self.tr("Send")]

    # --- steps -----------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def reachable(self, step: int) -> bool:
        """Steps 2-4 only once a lookup for the writer's current address succeeded."""
        return reachable(self.ctx.session, step)

    def go_to(self, step: int) -> bool:
        if not 0 <= step < self.stack.count() or not self.reachable(step):
            self.steps.set_current(self.current_step())
            return False
        self._show_step(step)
        return True

    def go_back(self) -> None:
        self.go_to(self.current_step() - 1)

    def go_next(self) -> None:
        step = self.current_step()
        if step == YOU:
            self.you.push()
            if self.ctx.session.has_lookup:
                self.go_to(MEMBERS)
            else:
                self.you.start_lookup()
            return
        if not self.go_to(step + 1) and step == MEMBERS:
            self.show_message(self.tr("Tick at least one member to write to."), "warning", [])

    def _show_step(self, row: int) -> None:
        self.stack.page(row)  # built on first visit
        self.stack.setCurrentIndex(row)
        self.steps.set_current(row)
        if row == LETTER:
            self.letter.enter()
        elif row == SEND:
            if not self.ctx.session.letters_current:
                self.letter.refresh()  # the newest story and name, composed off this thread
            self.send.enter()
        self._update_steps()
        self._focus_step(row)
        self.step_changed.emit(row)

    def _focus_step(self, row: int) -> None:
        target: QWidget | None = None
        if row == YOU:
            target = self.you.name if not self.you.name.text() else self.you.find
        elif row == MEMBERS:
            target = self.members.first_focus()
        elif row == LETTER:
            target = self.letter.campaign
        elif row == SEND:
            target = self.send.list
        if target is not None:
            target.setFocus()

    def _update_steps(self) -> None:
        for row in range(self.steps.count()):
            self.steps.set_reachable(row, self.reachable(row))
        step = self.current_step()
        self.back.setEnabled(step > YOU)
        self.next.setVisible(step < SEND)
        self.next.setEnabled(step == YOU or self.reachable(step + 1))

    def _on_session_changed(self, changed: frozenset[str]) -> None:
        if changed & STEP_INPUTS:
            if LOOKUP in changed and self.ctx.session.has_lookup:
                self.members  # noqa: B018 - the members page shows the new lookup
            if not self.reachable(self.current_step()):
                self._show_step(YOU)  # the lookup is gone: so are steps 2-4
            else:
                self._update_steps()

    # --- lookups ---------------------------------------------------------------------------
    def _on_lookup_finished(self, _result: LookupResult) -> None:
        self.banner.dismiss()
        self.go_to(MEMBERS)

    def _on_street_wanted(self) -> None:
        self.go_to(YOU)
        self.you.focus_street()

    def _on_name_wanted(self) -> None:
        self.go_to(YOU)
        self.you.name.setFocus()

    def start_over(self) -> None:
        """The next letter writer: the session forgets everything typed (the campaign stays)."""
        self.ctx.session.reset(keep_campaign=True)
        self.after_reset()

    def after_reset(self) -> None:
        """The session was reset: the window follows it back to step 1."""
        self.you.clear()
        if self.built_page(SEND) is not None:
            self.send.reset()
        self.banner.dismiss()
        self.drafts.discard_current()  # the letter is done with (or the next person starts)
        self._show_step(YOU)
        self.you.name.setFocus()

    # --- messages and activity -----------------------------------------------------------
    def show_message(self, text: str, kind: str = "info", actions: Sequence[Action] = ()) -> None:
        self.banner.show_message(text, kind, actions)

    def _on_runner_activity(self, label: str) -> None:
        self.activity.setText(label)
        self.busy.setVisible(bool(label))
        if label:
            self.busy.setRange(0, 0)

    def _on_runner_progress(self, done: int, total: int) -> None:
        if done <= 0:  # nothing finished yet: the busy animation, not a bar stuck at 0 %
            self.busy.setRange(0, 0)
            return
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    # --- settings ------------------------------------------------------------------------
    def open_settings(self, tab: str = "") -> None:
        if not self.organizer.guard("settings", lambda: self.open_settings(tab)):
            return  # event mode: the organizer's PIN first
        from advocate_app.gui.settings_dialog import SettingsDialog

        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.ctx, self)
            self.settings_dialog.finished.connect(self._on_settings_finished)
            self.settings_dialog.data_updated.connect(self._on_data_updated)
            self.settings_dialog.data_deleted.connect(self._on_data_deleted)
        self.settings_dialog.show_tab(tab)
        self.settings_dialog.open()

    def _on_settings_finished(self, _result: int) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self.built_page(SEND) is not None:
            self.send.show_folder()

    def _on_data_deleted(self, report: object) -> None:
        """After "Delete my data": nothing of the person stays on screen either."""
        text = self.settings_dialog.delete_box.summary(report) if self.settings_dialog else ""
        self.drafts.forget_offer()  # deleted with the rest
        self.start_over()
        if self.built_page(SEND) is not None:
            self.send.history.reload()
        if text:
            self.show_message(text, "success", [])

    def _on_data_updated(self) -> None:
        self.data_panel.check(start=False)
        self._update_steps()

    # --- geometry and closing ------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = str(self.ctx.services.settings.get("ui.geometry") or "")
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = QGuiApplication.primaryScreen()
        width, height = 1100, 780
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.95))
        self.resize(width, height)

    def save_geometry(self) -> None:
        settings = self.ctx.services.settings
        settings.set("ui.geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        try:
            settings.save()
        except OSError as exc:
            log.warning("could not save the window size (%s)", type(exc).__name__)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Close now: jobs still running finish detached and their results are ignored."""
        if self.event is not None and not self.event.may_close():  # event mode: the PIN first
            event.ignore()
            return
        self.save_geometry()
        self.drafts.flush()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        self.ctx.runner.shutdown(CLOSE_WAIT_MS)
        event.accept()
