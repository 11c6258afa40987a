"""``advocate forget``: delete my data (the history, the outbox, drafts, my identity).

A person on a shared or borrowed computer, or about to give one away, must be able to
remove what Advocate kept about them, and be sure it is gone (core/privacy.py says exactly
what goes and what stays). Asks before deleting unless ``--yes``; refuses to guess when
there is no terminal to ask.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem

if TYPE_CHECKING:
    from advocate_app.app import Services


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "forget",
        help="delete my data: letter history, outbox, drafts and my name and address",
        description="Delete everything personal Advocate keeps on this computer: the history "
        "of letters, the outbox (including letters not yet sent), drafts, your name, address, "
        "email and phone in the settings, saved service answers and the logs. Public data "
        "(members of Congress, ZIP table), campaign packs and other settings stay. Files you "
        "saved (PDFs...) are yours and are not touched.",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument(
        "--accounts",
        action="store_true",
        help="also forget the mail account (user, sender, organizer address) and remove "
        "Advocate's passwords and keys from the system keyring",
    )
    parser.add_argument(
        "--tallies",
        nargs="?",
        const="",
        metavar="EVENT",
        help="also delete the letter counts (tallies): all of them, or only the named "
        "event's. Tallies hold no writer's name, address or words; they are kept by default "
        "because an organizer reports them",
    )
    parser.add_argument("--json", action="store_true", help="print what was removed as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.privacy import unsent_count
    from advocate_app.flows.participant import forget

    if not args.yes:
        unsent = unsent_count(services.store)
        warning = (
            f" {unsent} letter{'s' if unsent != 1 else ''} in the outbox "
            f"{'have' if unsent != 1 else 'has'} not been sent and will not be."
            if unsent
            else ""
        )
        question = (
            "Delete your letter history, outbox, drafts and identity from Advocate on this "
            f"computer?{warning} This cannot be undone. Type 'yes' to delete: "
        )
        if not sys.stdin.isatty():
            raise InputProblem(
                "Nothing was deleted: add --yes to confirm (there is no terminal to ask)."
            )
        try:
            answer = input(question)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", "y"):
            print("Nothing was deleted.")
            return 0
    report = forget(services, accounts=args.accounts)
    tallies = _forget_tallies(services, args.tallies)
    if args.json:
        print(
            json.dumps(
                {
                    "letters": report.letters,
                    "outbox": report.outbox,
                    "unsent": report.unsent,
                    "drafts": report.drafts,
                    "files": [str(p) for p in report.files],
                    "settings_cleared": report.settings_cleared,
                    "secrets_removed": report.secrets_removed,
                    "tallies": tallies,
                },
                indent=2,
            )
        )
        return 0
    for line in report.lines():
        print(line)
    if tallies is not None:
        where = f" of the event '{args.tallies}'" if args.tallies else ""
        print(f"Letter counts{where} deleted: {tallies}.")
    counts = (
        ""
        if tallies is not None
        else " the letter counts (no writer's data; --tallies deletes them),"
    )
    print(
        "Kept: public data (members of Congress, ZIP codes), campaign packs,"
        f"{counts} and your other settings. Files you saved yourself are not touched."
    )
    return 0


def _forget_tallies(services: Services, event: str | None) -> int | None:
    """Delete the tally rows asked for (None: not asked); the session's keys go too."""
    if event is None:
        return None
    from advocate_app.core.tallies import TallyFilter
    from advocate_app.core.tally_keys import SESSION_KEYS

    SESSION_KEYS.clear()
    return services.tallies.delete(TallyFilter(event=event or None))
