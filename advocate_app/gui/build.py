"""Build the desktop window: the ``QApplication`` and the real ``MainWindow`` on real services.

``build_main_window`` is the seam ``advocate`` (gui/main.py), ``--self-check``
(gui/selfcheck.py), the screenshots script, benchmarks and tests use, so they all drive
exactly the window a person gets. Its own module so those callers do not import each other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from advocate_app import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from advocate_app.app import Services
    from advocate_app.gui.window import MainWindow


def ensure_app(qt_args: Sequence[str] = ()) -> QApplication:
    """The running QApplication, or a new one named for settings and the desktop."""
    from PySide6.QtWidgets import QApplication

    from advocate_app.qt_refcount import guard_none_refcount

    guard_none_refcount()  # before the first of the many Qt calls a window makes
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "advocate", *qt_args])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName(APP_NAME)
        app.setDesktopFileName("advocate")
    from advocate_app.gui import a11y

    a11y.install()  # combo boxes named by their labels (needs the application object)
    return app  # type: ignore[return-value]


def set_icon() -> None:
    """The application's icon, for its windows and the task bar. Set just after the main
    window's first paint: loading the SVG icon engine costs start-up time (~7 ms)."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from advocate_app.core.paths import resource_path

    try:
        for name in ("advocate.svg", "advocate.png"):
            path = resource_path("icons", name)
            if path.is_file():
                QGuiApplication.setWindowIcon(QIcon(str(path)))
                return
    except FileNotFoundError:  # no resources folder: Qt's default icon
        return


def build_main_window(
    services: Services | None = None,
    *,
    runner: Any = None,
    url_opener: Callable[[str], bool] | None = None,
    clipboard: Callable[[str], None] | None = None,
) -> MainWindow:
    """The real main window wired to real services, not yet shown.

    Tests and tools (screenshots, ``--self-check``) drive exactly what a person gets.
    ``runner`` (a ``gui.tasks.TaskRunner``; tests pass an ``InlineRunner``), ``url_opener``
    (``url -> bool``) and ``clipboard`` (``text -> None``) replace the system hooks. A
    ``QApplication`` is created when none runs; the window's language follows the
    ``ui.language`` setting, else the system.
    """
    ensure_app()
    from advocate_app.app import Services
    from advocate_app.gui import context
    from advocate_app.gui.i18n import choose_language, install_translators
    from advocate_app.gui.tasks import TaskRunner
    from advocate_app.gui.window import MainWindow

    services = services or Services()
    install_translators(choose_language(str(services.settings.get("ui.language") or "")))
    runner = runner if runner is not None else TaskRunner()
    ctx = context.AppContext(
        services,
        runner,
        open_url=url_opener or context.open_url_with_desktop,
        set_clipboard=clipboard or context.copy_to_clipboard,
    )
    window = MainWindow(ctx)
    window.first_painted.connect(set_icon)
    if runner.parent() is None:
        runner.setParent(window)
    return window
