"""``advocate`` with no sub-command: the desktop window.

Options (the CLI hands over its whole argv):

- ``--profile DIR``: keep settings, data and cache under DIR (event laptops, tests);
- ``--quit-after-startup``: show the window, wait until it is painted, exit 0 (start-up
  timing; see benchmarks/bench_startup.py);
- ``--self-check``: say whether this laptop is ready for an event (Qt and the fonts load
  offscreen, a sample letter becomes a PDF, data and its date, campaign, keyring, printer),
  one line per check; exit 1 when it is not ready (see gui/selfcheck.py). No network.

Start-up stays fast: requests, keyring and jinja2 are imported only when a job needs them,
and the first-run data download starts after the window is painted.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from advocate_app.gui.build import build_main_window, ensure_app

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from advocate_app.gui.window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_WAIT_MS = 1000  # after the window closed, how long jobs may still run before we leave
STARTUP_TIMEOUT_MS = 20000


FLAGS = {"--verbose": "verbose", "-v": "verbose", "--quit-after-startup": "quit_after_startup",
         "--self-check": "self_check"}  # fmt: skip
OPTIONS = ("--profile", *FLAGS)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="advocate", add_help=False)
    parser.add_argument("--profile", metavar="DIR")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--quit-after-startup", action="store_true")
    parser.add_argument("--self-check", action="store_true")
    return parser


def read_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The window's options, and the rest for Qt (``-style fusion``).

    Read by hand: building the first ``argparse`` parser costs ~7 ms of start-up (gettext
    looks for translations of its words). Anything a hand reading could get wrong (an
    abbreviated option, ``--profile`` without a value) is left to the parser above.
    """
    args = argparse.Namespace(profile=None, verbose=False, quit_after_startup=False,
                              self_check=False)  # fmt: skip
    rest: list[str] = []
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if word in FLAGS:
            setattr(args, FLAGS[word], True)
        elif name == "--profile":
            value = value if equals else next(words, "")
            if not value or value.startswith("-"):
                return _parser().parse_known_args(list(argv))
            args.profile = value
        elif name.startswith("--") and any(option.startswith(name) for option in OPTIONS):
            return _parser().parse_known_args(list(argv))
        else:
            rest.append(word)
    return args, rest


def _headless() -> bool:
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _setup_logging(profile: str | None, verbose: bool) -> None:
    """The app's redacted log file (core/logs.py), or the console when it cannot be used."""
    try:
        from advocate_app.core.logs import setup_logging
        from advocate_app.core.paths import AppPaths

        paths = AppPaths.for_profile(profile) if profile else AppPaths.default()
        setup_logging(paths.log_dir, verbose=verbose)
    except Exception:  # noqa: BLE001 - logging must never stop the window from opening
        logging.basicConfig(
            level=logging.INFO if verbose else logging.WARNING,
            format="%(levelname)s %(name)s: %(message)s",
        )


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = read_options(list(sys.argv[1:] if argv is None else argv))
    if args.self_check:
        from advocate_app.gui.selfcheck import run_self_check

        _setup_logging(args.profile, args.verbose)

        return run_self_check(args.profile)
    if _headless() and not os.environ.get("QT_QPA_PLATFORM"):
        if not args.quit_after_startup:
            print(
                "advocate: no display found for the window. Run it on a desktop, or use the "
                "command line (advocate --help).",
                file=sys.stderr,
            )
            return EXIT_USAGE
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from advocate_app.core.errors import AdvocateError

    try:
        window, app = _start(args, qt_args)
    except AdvocateError as exc:
        print(f"advocate: {exc}", file=sys.stderr)
        return exc.exit_code
    if args.quit_after_startup:
        return _show_until_painted(app, window)
    window.show()
    code = int(app.exec())
    return _leave(window, code)


def _start(args: argparse.Namespace, qt_args: list[str]) -> tuple[MainWindow, QApplication]:
    """The application and its main window on the profile's services, not yet shown.

    No cyclic garbage collection until the window is painted: start-up makes ~30,000 objects
    (Qt's classes and enums, our modules, the widgets) that nearly all live on, so the ~30
    collections Python would run meanwhile (~10 ms) free next to nothing.
    """
    gc.disable()
    try:
        window, app = _build(args, qt_args)
    except BaseException:
        gc.enable()  # no window: nothing will be painted
        raise
    window.first_painted.connect(gc.enable)
    return window, app


def _build(args: argparse.Namespace, qt_args: list[str]) -> tuple[MainWindow, QApplication]:
    app = ensure_app(qt_args)

    from PySide6.QtCore import QTimer

    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths

    services = Services(AppPaths.for_profile(args.profile) if args.profile else None)
    window = build_main_window(services)
    # The log file is set up just after the first paint (it costs start-up time); until
    # then Python's last-resort handler prints warnings to stderr.
    window.first_painted.connect(
        lambda: QTimer.singleShot(0, lambda: _setup_logging(args.profile, args.verbose))
    )
    return window, app


def _show_until_painted(app: QApplication, window: MainWindow) -> int:
    """Show the window and leave right after its first paint (start-up timing).

    Our filter is installed after the window's own, so Qt consults it first: the exit is
    posted before the window's after-paint work (shortcuts, ``first_painted`` listeners),
    which is deferred work the person does not wait for. We leave with ``os._exit``: this
    run writes no file, and tearing down widgets is not start-up (bench_startup.py ends
    its bare reference window the same way).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    window.auto_data_check = False  # a timing run must not start a download

    def leave() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_OK)

    class _Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, leave)
            return False

    painted = _Painted(window)
    window.installEventFilter(painted)
    QTimer.singleShot(STARTUP_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    print("advocate: the window was not painted in time.", file=sys.stderr)
    return _leave(window, EXIT_FAILED)


def _leave(window: MainWindow, code: int) -> int:
    """Return at once even if a network job still runs: it cannot be interrupted safely,
    and every job's work is crash-safe (atomic files, the outbox's crash rule)."""
    runner = window.ctx.runner
    if not runner.wait(EXIT_WAIT_MS):
        log.info("leaving with background work still running")
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    return code
