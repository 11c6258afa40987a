"""What every page is handed: the services, the task runner, system hooks, and the session.

System hooks (opening a URL, the clipboard) are injected so tests never open a browser and
views never call the desktop directly. ``session`` (``flows.session.LetterSession``) is the
one letter writer's work in progress: pages render it and change it, never each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from advocate_app.flows.session import LetterSession

if TYPE_CHECKING:
    from datetime import date

    from advocate_app.app import Services
    from advocate_app.gui.tasks import TaskRunner

Action = tuple[str, Callable[[], None]]


def open_url_with_desktop(url: str) -> bool:
    """The real URL opener: the person's browser or mail program. Callers go through
    ``gui/links.open_link``; this refuses anything but web, mail and a local folder too."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from advocate_app.gui.links import openable_by_desktop

    if not openable_by_desktop(url):
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


def today() -> date:
    """Today's date (``AppContext.today``; tests fix the day)."""
    from datetime import date  # not at start-up: step 1 needs no dates

    return date.today()


def copy_to_clipboard(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


class AppContext:
    """A plain class, not a dataclass: the window builds one at start-up, where the
    dataclasses module costs ~6 ms."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        open_url: Callable[[str], bool] = open_url_with_desktop,
        set_clipboard: Callable[[str], None] = copy_to_clipboard,
        today: Callable[[], date] = today,
        session: LetterSession | None = None,
    ) -> None:
        self.services = services
        self.runner = runner
        self.open_url = open_url
        self.set_clipboard = set_clipboard
        self.today = today
        self.session = session if session is not None else LetterSession()
        # Set by the main window: show a banner (text, kind, actions) / open the settings.
        self.show_message: Callable[[str, str, Sequence[Action]], None] = lambda *a: None
        self.open_settings: Callable[[str], Any] = lambda tab="": None
        # Set by the main window: event mode (gui/event/controller.py) while an event runs;
        # pages ask it when active.
        self.event: Any = None
        # Set by the data panel: missing public data is explained there, never in a second
        # banner.
        self.on_data_missing: Callable[[BaseException], None] | None = None

    def problem(self, error: BaseException, retry: Callable[[], None] | None = None) -> None:
        """Show a failure in the banner, with "Try again" when it can be re-run."""
        from PySide6.QtCore import QCoreApplication

        from advocate_app.core.errors import DataMissing

        if isinstance(error, DataMissing) and self.on_data_missing is not None:
            self.on_data_missing(error)
            return

        text = error_text(error)
        actions: list[Action] = []
        if retry is not None:
            actions.append((QCoreApplication.translate("AppContext", "Try again"), retry))
        self.show_message(text, "error", actions)


def error_text(error: BaseException) -> str:
    """A sentence for the person: our errors carry one; anything else gets a calm fallback."""
    from PySide6.QtCore import QCoreApplication

    from advocate_app.core.errors import AdvocateError
    from advocate_app.gui.messages import localize

    if isinstance(error, AdvocateError):
        return localize(error.message)
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "AppContext", "Advocate is not allowed to write there. Choose another folder."
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "AppContext", "The computer refused the operation: {0}"
        ).format(error.strerror or type(error).__name__)
    return QCoreApplication.translate(
        "AppContext",
        "Something went wrong inside Advocate ({0}). What you typed is kept; try again, and if "
        "it keeps happening, restart the app.",
    ).format(type(error).__name__)


def join_lines(lines: Sequence[str]) -> str:
    return "\n".join(line for line in lines if line)
