"""Keeps the letter being written in the local database, and offers it back after a crash.

Why: a crash, a flat battery or a closed lid must not cost someone the story they spent ten
minutes on. The keeper listens to the session (fields, story, talking points, edited
letters) and saves its snapshot (``LetterSession.to_snapshot``) about a second and a half
after the last change, and on every step change; restoring hands the snapshot back to the
session, and the pages follow. The save is a small SQLite write, done on the GUI thread.
At start-up (after the first paint) it offers the newest draft back in a bar that stays
until answered, and it tells the person when a damaged settings file or database was kept
aside.

Event mode (a shared laptop) keeps nothing and offers nothing: the next participant must
never see the last one's words. A failing save never interrupts the person: the banner says
so once, and the text stays in the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from advocate_app.flows.session import CAMPAIGN, EDITS, POINTS, STORY, WRITER
from advocate_app.gui.widgets import KIND_COLOURS, announce, plain, wrapping

if TYPE_CHECKING:
    from advocate_app.core.drafts import StoredDraft
    from advocate_app.gui.window import MainWindow

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1500
FIELDS = ("name", "street", "city", "zip", "email", "phone")
KEPT = frozenset({WRITER, STORY, POINTS, CAMPAIGN, EDITS})  # the person's own choices
SAVED_CHANNELS = ("pdf", "print", "email")  # the letter left: its draft is not needed


class RestoreBar(QFrame):
    """ "Restore the letter you were writing (time)?" with Restore / Discard; not modal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # here, not at import: building its enums costs start-up

        super().__init__(parent)
        self.setObjectName("restoreBar")
        self.setAccessibleName(self.tr("Unfinished letter"))
        background, foreground, border = KIND_COLOURS["info"]
        self.setStyleSheet(
            f"QFrame#restoreBar {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 6px; }} QFrame#restoreBar QLabel {{ color: {foreground}; }}"
        )
        self.label = plain(QLabel(self))
        self.label.setWordWrap(True)
        wrapping(self.label)
        self.restore = QPushButton(self.tr("&Restore"), self)
        self.restore.setAccessibleName(self.tr("Restore draft"))
        self.discard = QPushButton(self.tr("Disc&ard"), self)
        self.discard.setAccessibleName(self.tr("Discard draft"))
        self.label.setBuddy(self.restore)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.discard, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def offer(self, when: float) -> None:
        from datetime import datetime

        stamp = datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M")
        text = self.tr("Restore the letter you were writing ({0})?").format(stamp)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        announce(self)


class DraftKeeper(QObject):
    """Saves ``window``'s letter as a draft while the person types; offers it back."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self._bar: RestoreBar | None = None  # built when there is a draft to offer
        self.offered: StoredDraft | None = None
        self._saved_key = ""
        self._dirty = False
        self._warned = False
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.ctx.session.subscribe(self._on_session_changed)
        window.step_changed.connect(lambda _row: self.save_now())
        window.first_painted.connect(lambda: QTimer.singleShot(0, self.after_start))

    @property
    def bar(self) -> RestoreBar:
        """Built on first use, not at start-up: a style sheet costs time before the first paint."""
        if self._bar is None:
            self._bar = RestoreBar(self.window)
            self._bar.restore.clicked.connect(self.restore)
            self._bar.discard.clicked.connect(self.discard_offered)
            self.window.right_layout.insertWidget(0, self._bar)
        return self._bar

    # --- watching ------------------------------------------------------------------------
    def _on_session_changed(self, changed: frozenset[str]) -> None:
        """The person's words changed (not merely letters composed from them): keep them."""
        if changed & KEPT and not self._restoring:
            self.changed()

    def watch_send(self, send: Any) -> None:
        send.jobs.finished.connect(self._on_sent)

    @property
    def active(self) -> bool:
        """False in event mode: nothing is kept."""
        event = self.ctx.event
        if event is not None and event.active:
            return False
        return not bool(self.ctx.services.settings.get("event.enabled"))

    def changed(self, *_args: object) -> None:
        if not self.active:
            return
        self._dirty = True
        self.timer.start()

    # --- saving --------------------------------------------------------------------------
    def key(self) -> str:
        campaign = self.ctx.session.campaign_id or str(
            self.ctx.services.settings.get("campaign.default") or ""
        )
        return f"letter:{campaign or 'none'}"

    def payload(self) -> dict[str, Any]:
        """The draft is a snapshot of the session, not of widgets."""
        return self.ctx.session.to_snapshot()

    def meaningful(self, data: dict[str, Any]) -> bool:
        """Something worth keeping beyond the details remembered in the settings."""
        if data["story"].strip() or data["edits"] or data["points"] is not None:
            return True
        settings = self.ctx.services.settings
        return any(
            str(data.get(k) or "").strip() != str(settings.get(f"identity.{k}") or "").strip()
            for k in (*FIELDS, "state")
        )

    def save_now(self) -> None:
        """Save the draft now if something changed since the last save; never raises."""
        self.timer.stop()
        if not self._dirty or not self.active:
            return
        self._dirty = False
        data = self.payload()
        key = self.key()
        try:
            drafts = self.ctx.services.drafts
            if not self.meaningful(data):
                if self._saved_key:
                    drafts.discard(self._saved_key)
                    self._saved_key = ""
                return
            if drafts.save_draft(key, data):
                if self._saved_key and self._saved_key != key:
                    drafts.discard(self._saved_key)  # the letter moved to another campaign
                self._saved_key = key
                self._warned = False
        except Exception as exc:  # noqa: BLE001 - a failed draft must never break the window
            self._on_save_failed(exc)

    def _on_save_failed(self, exc: BaseException) -> None:
        from advocate_app.core.errors import AdvocateError
        from advocate_app.gui.context import error_text

        log.warning("could not keep the draft (%s)", type(exc).__name__)
        if self._warned:
            return
        self._warned = True
        reason = error_text(exc) if isinstance(exc, (AdvocateError, OSError)) else ""
        text = self.tr(
            "Advocate could not keep a copy of your letter on this computer. What you typed is "
            "still here; finish and send it before closing."
        )
        self.window.show_message(f"{text} {reason}".strip(), "error", [])

    def flush(self) -> None:
        """Closing: keep what was typed in the last second."""
        if self.timer.isActive():
            self.save_now()

    def discard_current(self) -> None:
        """The letter was sent or saved, or the next person starts: forget the draft."""
        self.timer.stop()
        self._dirty = False
        keys = {k for k in (self._saved_key, self.key()) if k}
        self._saved_key = ""
        if not self.ctx.services.is_loaded("drafts") and not self.active:
            return  # event mode never kept one: do not open the database for nothing
        try:
            for key in keys:
                self.ctx.services.drafts.discard(key)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not discard the draft (%s)", type(exc).__name__)

    def _on_sent(self, channel: str, letters: list[Any]) -> None:
        if channel in SAVED_CHANNELS and letters:
            self.discard_current()

    # --- start-up ------------------------------------------------------------------------
    def after_start(self) -> None:
        """After the first paint: say what was recovered, then offer the last draft."""
        self.tell_recovered()
        if not self.active:
            return
        try:
            draft = self.ctx.services.drafts.latest_draft()
        except Exception as exc:  # noqa: BLE001
            log.warning("could not read drafts (%s)", type(exc).__name__)
            return
        if draft is not None:
            self.offered = draft
            self.bar.offer(draft.updated_at)

    def tell_recovered(self) -> None:
        services = self.ctx.services
        parts = []
        kept = getattr(services.settings, "recovered_from", None)
        if kept is not None:
            parts.append(
                self.tr(
                    "Your settings file was damaged; Advocate started with default settings and "
                    "kept the old file as {0}."
                ).format(kept)
            )
        try:
            kept = services.store.recovered_from
        except Exception as exc:  # noqa: BLE001 - an unopenable database says so when used
            log.info("database not opened at start-up (%s)", type(exc).__name__)
            kept = None
        if kept is not None:
            parts.append(
                self.tr(
                    "Your letter history file was damaged; Advocate started a new one and kept "
                    "the old file as {0}. Letters that waited in it to be sent are not in the "
                    "new outbox."
                ).format(kept)
            )
        if parts:
            self.window.show_message(" ".join(parts), "warning", [])

    # --- restore -------------------------------------------------------------------------
    def forget_offer(self) -> None:
        self.offered = None
        if self._bar is not None:
            self._bar.hide()

    def discard_offered(self) -> None:
        draft, self.offered = self.offered, None
        self.bar.hide()
        if draft is None:
            return
        try:
            self.ctx.services.drafts.discard(draft.key)
        except Exception as exc:  # noqa: BLE001
            self._on_save_failed(exc)
        if self._saved_key == draft.key:
            self._saved_key = ""

    def restore(self) -> None:
        """Put the draft back in the session (the pages follow), at step 1."""
        draft, self.offered = self.offered, None
        self.bar.hide()
        if draft is None:
            return
        self._restoring = True
        try:
            self.ctx.session.restore(draft.payload)
        finally:
            self._restoring = False
        self._saved_key = draft.key
        self.window.go_to(0)
        self.window.you.name.setFocus()
