"""The main window: four steps a person moves through, back and forth, with the keyboard.

Layout: a step list on the left, the current step on the right under a message banner, and
Back / Next at the bottom; the status bar shows what is running. Pages never talk to each
other: the window moves the draft between them when the step changes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from advocate_app import APP_NAME
from advocate_app.gui.context import Action, AppContext, Draft
from advocate_app.gui.data_panel import DataPanel
from advocate_app.gui.pages.you import YouPage
from advocate_app.gui.steps import StepList
from advocate_app.gui.widgets import Banner, vbox

if TYPE_CHECKING:
    from advocate_app.core.lookup.finder import LookupResult
    from advocate_app.gui.pages.letter import LetterPage
    from advocate_app.gui.pages.members import MembersPage
    from advocate_app.gui.pages.send import SendPage

log = logging.getLogger(__name__)

YOU, MEMBERS, LETTER, SEND = range(4)
CLOSE_WAIT_MS = 150  # closing never waits for the network longer than this


class MainWindow(QMainWindow):
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
        self._last_query = ""

        self.banner = Banner(self)
        self.data_panel = DataPanel(ctx, self)
        self.you = YouPage(ctx)
        self._members: MembersPage | None = None
        self._letter: LetterPage | None = None  # built on first visit: start-up stays fast
        self._send: SendPage | None = None
        self.stack = QStackedWidget(self)
        em = self.fontMetrics().horizontalAdvance("M")
        self.stack.addWidget(_scrolled(self.you, max_width=60 * em))
        self.stack.addWidget(QWidget())
        self.stack.addWidget(QWidget())  # placeholders until the person gets there
        self.stack.addWidget(QWidget())

        self.steps = StepList(self.step_titles(), self)
        self.steps.step_chosen.connect(self.go_to)

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
        self.setCentralWidget(central)

        self.activity = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setMaximumWidth(160)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.statusBar().addWidget(self.activity, 1)
        self.statusBar().addPermanentWidget(self.busy)
        ctx.runner.activity_changed.connect(self._on_runner_activity)
        ctx.runner.progress_changed.connect(self._on_runner_progress)

        self.you.lookup_finished.connect(self._on_lookup_finished)
        self.data_panel.data_ready.connect(self._update_steps)
        self._build_menus()
        from advocate_app.gui.event.controller import EventController

        self.event = EventController(self)  # event mode: Organizer menu, PIN guards, wipe
        ctx.event = self.event
        from advocate_app.gui.draft_keeper import DraftKeeper

        self.drafts = DraftKeeper(self)  # the letter kept as it is typed
        self._restore_geometry()
        self._show_step(YOU)
        self.auto_data_check = True  # first run: download the data once the window is painted
        self.installEventFilter(self)

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

    @property
    def restore_bar(self) -> QWidget:
        """The "Restore the letter you were writing?" bar (built when first needed)."""
        return self.drafts.bar

    @property
    def members(self) -> MembersPage:
        if self._members is None:
            from advocate_app.gui.pages.members import MembersPage

            self._members = MembersPage(self.ctx)
            self._members.result_changed.connect(self._on_lookup_refined)
            self._members.inclusion_changed.connect(self._update_steps)
            self._members.street_wanted.connect(self._on_street_wanted)
            em = self.fontMetrics().horizontalAdvance("M")
            self._swap_page(MEMBERS, _scrolled(self._members, max_width=72 * em))
        return self._members

    @property
    def letter(self) -> LetterPage:
        if self._letter is None:
            from advocate_app.gui.pages.letter import LetterPage

            self._letter = LetterPage(self.ctx)
            self._letter.name_wanted.connect(self._on_name_wanted)
            self._letter.letters_changed.connect(self._update_steps)
            self.drafts.watch_letter(self._letter)
            self._swap_page(LETTER, self._letter)
        return self._letter

    @property
    def send(self) -> SendPage:
        if self._send is None:
            from advocate_app.gui.pages.send import SendPage

            self._send = SendPage(self.ctx)
            self.drafts.watch_send(self._send)
            self._swap_page(SEND, _scrolled(self._send))
        return self._send

    def _swap_page(self, index: int, page: QWidget) -> None:
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)

    def step_titles(self) -> list[str]:
        return [self.tr("You"), self.tr("Your members"), self.tr("Your letter"), self.tr("Send")]

    # --- menus and shortcuts ---------------------------------------------------------------
    def _build_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, object, str]] | None = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New letter writer"), self.start_over, QKeySequence.StandardKey.New
        )
        self._action(
            file_menu,
            self.tr("&Settings…"),
            lambda: self.open_settings(""),
            QKeySequence.StandardKey.Preferences,
            fallback="Ctrl+,",
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            fallback="Ctrl+Q",
        )
        go = self.menuBar().addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Back"), self.go_back, "Alt+Left")
        self._action(go, self.tr("&Next"), self.go_next, "Alt+Right")
        go.addSeparator()
        for index, title in enumerate(self.step_titles()):
            self._action(
                go, title, lambda _checked=False, i=index: self.go_to(i), f"Ctrl+{index + 1}"
            )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1")

    def _action(self, menu, text: str, slot, shortcut, fallback: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        self._shortcuts.append((action, shortcut, fallback))
        return action

    def defer_shortcut(self, action: QAction, keys: object, fallback: str = "") -> None:
        """Give ``action`` its keys just after the first paint (see ``install_shortcuts``);
        for actions other parts of the window add, such as the Organizer menu."""
        if self._shortcuts is None:
            action.setShortcut(QKeySequence(keys))
        else:
            self._shortcuts.append((action, keys, fallback))

    def install_shortcuts(self) -> None:
        """Give the actions their keys. Done just after the first paint: PySide builds the
        enums of every key on the first ``setShortcut`` (~100 ms), which the person should
        not wait for before seeing the window."""
        for action, shortcut, fallback in self._shortcuts or []:
            keys = QKeySequence(shortcut)
            if keys.isEmpty() and fallback:
                keys = QKeySequence(fallback)
            action.setShortcut(keys)
        self._shortcuts = None

    def _show_shortcuts(self) -> None:
        self.show_message(
            self.tr(
                "Alt+Left / Alt+Right: back and next. Ctrl+1 to Ctrl+4: go to a step. "
                "Alt with an underlined letter: jump to that field or button. Ctrl+N: start over "
                "for the next letter writer. Ctrl+Q: quit."
            ),
            "info",
            [],
        )

    # --- steps -----------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def reachable(self, step: int) -> bool:
        draft = self.ctx.draft
        if step == YOU:
            return True
        if step == MEMBERS:
            return draft.lookup is not None
        if step == LETTER:
            return bool(draft.included)
        return bool(draft.included) and self._letter is not None and bool(self._letter.letters())

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
            kind, query, _field = self.you.query()
            if kind and query == self._last_query and self.ctx.draft.lookup is not None:
                self.go_to(MEMBERS)
            else:
                self.you.start_lookup()
            return
        if not self.go_to(step + 1) and step == MEMBERS:
            self.show_message(self.tr("Tick at least one member to write to."), "warning", [])

    def _show_step(self, row: int) -> None:
        leaving = self.current_step()
        if leaving == LETTER and self._letter is not None:
            self.ctx.draft.letters = self._letter.letters()
        self._sync_constituent()
        if row == MEMBERS:
            self.members  # noqa: B018 - build the page before showing it
        elif row == LETTER:
            self.letter  # noqa: B018
        elif row == SEND:
            self.send  # noqa: B018
        self.stack.setCurrentIndex(row)
        self.steps.set_current(row)
        if row == LETTER:
            self.letter.enter()
        elif row == SEND:
            self.send.enter(self.letter.letters())
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

    def _sync_constituent(self) -> None:
        draft = self.ctx.draft
        if draft.lookup is not None:
            draft.constituent = self.you.constituent(draft.lookup)

    # --- lookups ---------------------------------------------------------------------------
    def _on_lookup_finished(self, result: LookupResult) -> None:
        self._last_query = self.you.query()[1]
        self.ctx.draft.excluded.clear()
        self._set_result(result)
        self.banner.dismiss()
        self.go_to(MEMBERS)

    def _on_lookup_refined(self, result: LookupResult) -> None:
        self._set_result(result)
        self._focus_step(MEMBERS)

    def _set_result(self, result: LookupResult) -> None:
        draft = self.ctx.draft
        draft.lookup = result
        draft.constituent = self.you.constituent(result)
        self.members.show_result(result)
        self._update_steps()

    def _on_street_wanted(self) -> None:
        self.go_to(YOU)
        self.you.focus_street()

    def _on_name_wanted(self) -> None:
        self.go_to(YOU)
        self.you.name.setFocus()

    def start_over(self) -> None:
        """The next person at an event: forget everything typed, keep the campaign."""
        campaign_id = self.ctx.draft.campaign_id
        self.ctx.draft = Draft(campaign_id=campaign_id)
        self._last_query = ""
        self.you.clear()
        if self._letter is not None:
            self._letter.story.clear()
            self._letter.refresh()
        if self._send is not None:
            self._send.reset()
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
        if not self.event.guard("settings", lambda: self.open_settings(tab)):
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
        if self._send is not None:
            self._send.folder_label.setText(
                self._send.tr("Saved in: {0}").format(self._send.folder())
            )

    def _on_data_deleted(self, report: object) -> None:
        """After "Delete my data": nothing of the person stays on screen either."""
        text = self.settings_dialog.delete_box.summary(report) if self.settings_dialog else ""
        self.drafts.forget_offer()  # deleted with the rest
        self.start_over()
        if self._send is not None:
            self._send.history.reload()
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
        if not self.event.may_close():  # event mode: the organizer's PIN first
            event.ignore()
            return
        self.save_geometry()
        self.drafts.flush()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        self.ctx.runner.shutdown(CLOSE_WAIT_MS)
        event.accept()


def _scrolled(page: QWidget, max_width: int = 0) -> QScrollArea:
    """Pages scroll rather than squash when the text is large (200 % scaling); forms stay
    at a readable width on a wide screen."""
    area = QScrollArea()
    if max_width:
        page.setMaximumWidth(max_width)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(page, 1)
        row.addStretch(0)
        page = holder
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: fields scroll it
    return area
