"""The ``advocate`` command: the same services as the GUI, no widgets.

Exit codes (a contract other tools rely on): 0 success, 1 a problem the person must fix
(no match, unknown ZIP, invalid file), 2 usage error, 3 a service or the network is
unavailable, 130 interrupted (Ctrl+C), 141 the reader of the output went away (``| head``:
the command stops quietly, as Unix tools do). Messages for the person go to stderr; stdout
carries only the command's output.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``func``; ``func(args, services)`` returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from advocate_app import __version__

if TYPE_CHECKING:
    from advocate_app.app import Services

# Sub-commands in the order --help lists them: name -> (module under advocate_app.cli, the
# one-line help). A command imports only its own module (start-up time: ``advocate lookup``
# need not load the mail, batch and tally code); --help and unknown commands load them all.
# tests/cli/test_unix_tool.py checks that each help here is the one its module registers.
COMMANDS = {
    "lookup": ("lookup", "find the members of Congress for an address or ZIP code"),
    "letters": ("letters", "write letters to your members of Congress for a campaign"),
    "batch": ("batch", "print an event's letters from a participants CSV, sorted by office"),
    "send": ("send", "email your letters to yourself, an organizer or an address"),
    "outbox": ("outbox", "list, retry or clear the letters waiting to be emailed"),
    "campaigns": ("campaigns", "list the campaigns you can write letters for"),
    "campaign": ("campaigns", "check, import or export one campaign pack"),
    "tally": ("tally", "count letters per member, district, campaign and route"),
    "data": ("data", "download or inspect the public datasets"),
    "forget": ("forget", "delete my data: letter history, outbox, drafts and my name and address"),
}
COMMAND_MODULES = tuple(dict.fromkeys(module for module, _help in COMMANDS.values()))

WINDOW_FLAGS = frozenset({"-v", "--verbose", "--quit-after-startup", "--self-check"})  # gui/main.py

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_CLOSED_PIPE = 130, 141  # 128 + SIGINT, 128 + SIGPIPE, as a shell says

EPILOG = """\
With no command, advocate opens the desktop window.

exit codes:
  0  done
  1  something you must fix (no match, unknown ZIP code, a file that cannot be used)
  2  the command was not typed right (see --help)
  3  a service or the network cannot be reached; try again later
"""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full parser; given the ``command`` about to run, only that command's module is
    imported and the others are listed by name and help alone."""
    parser = argparse.ArgumentParser(
        prog="advocate",
        description="Write to your members of Congress about specific bills.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"advocate {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="keep settings, data and cache under DIR instead of the user folders",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log progress to stderr")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that this computer is ready for a letter-writing event (data, campaign, "
        "password store, printer), without using the network; exit 1 if it is not",
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="open the window, close it as soon as it is shown (to time the start-up)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = COMMANDS[command][0] if command in COMMANDS else None
    for module in COMMAND_MODULES if wanted is None else (wanted,):
        importlib.import_module(f"advocate_app.cli.{module}").register(subparsers)
    if wanted is not None:
        for name, (module, text) in COMMANDS.items():
            if module != wanted:
                subparsers.add_parser(name, help=text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a closed pipe (``advocate lookup ... | head -2``) ends quietly."""
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # inside the try: a reader that went away is noticed here
        return code
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at devnull.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout is not a real file (tests): nothing to flush
            pass
        return EXIT_CLOSED_PIPE


def _main(argv: list[str]) -> int:
    if _starts_window(argv):  # start-up time: skip importing every sub-command's module
        return _run_gui(argv)
    parser = build_parser(_command_name(argv))
    try:
        args, extra = parser.parse_known_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    _setup_logging(args)
    if args.command is None:
        return _run_gui(argv)
    if extra:
        parser.print_usage(sys.stderr)
        print(f"advocate: error: unrecognized arguments: {' '.join(extra)}", file=sys.stderr)
        return EXIT_USAGE

    from advocate_app.app import Services
    from advocate_app.core.errors import AdvocateError
    from advocate_app.core.paths import AppPaths

    services = Services(AppPaths.for_profile(args.profile) if args.profile else None)
    try:
        return int(args.func(args, services) or 0)
    except AdvocateError as exc:
        print(f"advocate: {exc}", file=sys.stderr)
        if exc.detail:
            logging.getLogger(__name__).info("detail: %s", exc.detail)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        _tell_if_recovered(services)


def _setup_logging(args: argparse.Namespace) -> None:
    """The rotating, redacted log file in the profile's log folder (core/logs.py)."""
    from advocate_app.core.logs import setup_logging
    from advocate_app.core.paths import AppPaths

    try:
        paths = AppPaths.for_profile(args.profile) if args.profile else AppPaths.default()
        log_dir = paths.log_dir
    except Exception:  # no usable home folder: log to the console only
        log_dir = None
    setup_logging(log_dir, verbose=args.verbose)


def _tell_if_recovered(services: Services) -> None:
    """A settings file that was damaged was kept aside: say so once, in plain words.

    The settings are read here even when the command did not need them, so a damaged file
    is noticed (and kept aside) on the first run, not on some later one."""
    try:
        kept = services.settings.recovered_from
    except Exception:  # nothing here may hide the command's own outcome
        return
    if kept is not None:
        print(
            f"Note: Advocate's settings file was damaged, so default settings are used. The "
            f"old file is kept as {kept}.",
            file=sys.stderr,
        )


def _command_name(argv: list[str]) -> str | None:
    """The sub-command about to run (the first word that is not an option or its value)."""
    words = iter(argv)
    for word in words:
        if word == "--profile":
            next(words, None)
        elif word in ("-h", "--help"):
            return None  # the full list is wanted
        elif not word.startswith("-"):
            return word
    return None


def _starts_window(argv: list[str]) -> bool:
    """True when no sub-command is given (plain ``advocate``, ``--profile DIR``, the GUI's own
    options), decided without building a parser: argparse's first parser costs ~7 ms of the
    window's start-up. Anything else, or unclear (an abbreviated option), returns False and
    takes the normal path, which also ends in the window when there is no command."""
    words = iter(argv)
    for word in words:
        if word == "--profile":
            value = next(words, "")
            if not value or value.startswith("-"):
                return False
        elif not word.startswith("--profile=") and word not in WINDOW_FLAGS:
            return False
    return True


def _run_gui(argv: list[str]) -> int:
    from advocate_app.gui.main import main as gui_main

    return int(gui_main(argv) or 0)
