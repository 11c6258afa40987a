"""``advocate send``: email the campaign's letters to yourself, an organizer or an address.

Offices rarely publish email addresses, so email here is for a copy to yourself, for an
organizer who collects letters for hand delivery, or for an office address you know.
Every letter is stored in the outbox before anything goes on the network; whatever
fails, it stays there with the reason (``advocate outbox``). Without a mail server in the
settings, each letter is offered as a ``mailto:`` link for your own mail program.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from advocate_app.cli.common import add_campaign_option, add_person_options
from advocate_app.cli.letters import session_letters
from advocate_app.cli.outbox import (
    EXIT_PROBLEM,
    add_password_option,
    item_json,
    report,
    report_untried,
    smtp_transport,
    warn_if_recovered,
)
from advocate_app.core.errors import InputProblem
from advocate_app.flows import deliver

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.models import Constituent, Letter


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "send",
        help="email your letters to yourself, an organizer or an address",
        description="Write the campaign's letters (as 'advocate letters' does) and email them: "
        "to yourself (self), to the organizer address in the settings (organizer), or to an "
        "ADDRESS. Letters wait in the outbox until the mail server accepts them.",
    )
    add_campaign_option(parser)
    add_person_options(parser)
    mail = parser.add_argument_group("email")
    mail.add_argument(
        "--to",
        required=True,
        metavar="self|organizer|ADDRESS",
        help="who gets the email: yourself, the organizer (organizer.email in "
        "the settings), or an email address",
    )
    mail.add_argument(
        "--attach-pdf", action="store_true", help="attach each letter as a PDF, ready to print"
    )
    mail.add_argument(
        "--paper",
        choices=("letter", "a4"),
        default=None,
        help="paper size of the PDF (default: settings)",
    )
    mail.add_argument(
        "--office",
        choices=("dc", "district"),
        default="dc",
        help="the office address printed in the letter (default: Washington)",
    )
    mail.add_argument(
        "--no-bill-status",
        dest="bill_status",
        action="store_false",
        help="do not ask Congress.gov who already cosponsors (offline use)",
    )
    mail.add_argument("--json", action="store_true", help="print the outcome as JSON")
    from advocate_app.cli.letters import add_include_ended_option

    add_include_ended_option(parser)
    add_password_option(mail)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.delivery.email import parse_address, parse_mailbox

    settings = services.settings
    to_kind, fixed_to = _recipient(args.to, settings)
    if fixed_to:
        parse_address(fixed_to, "to")  # a typo fails before any lookup
    notes: list[str] = []
    session, letters = session_letters(args, services, notes)
    to = fixed_to or _self_address(session.constituent(), settings)
    if not str(settings.get("smtp.host")).strip():
        return _mailto_fallback(letters, to, to_kind, notes)

    sender_text = deliver.sender_address(
        str(settings.get("smtp.from")), str(settings.get("smtp.user")), session.constituent().email
    )
    if not sender_text:
        raise InputProblem(
            "Set the address your letters are sent from: smtp.from in the "
            "settings (or ADVOCATE_SMTP_FROM), or give your own with --email."
        )
    parse_mailbox(sender_text, "sender")

    outbox = services.outbox
    warn_if_recovered(services)
    ids = deliver.email(
        letters, to=to, kind=to_kind, sender=sender_text, outbox=outbox, ledger=session.ledger,
        attach=args.attach_pdf, paper=args.paper or services.settings.get("export.paper_size"),
    )  # fmt: skip
    transport = smtp_transport(args, services, waiting=len(ids))
    delivery = deliver.send_queued(outbox, transport, ids, history=lambda: services.archive)
    notes.extend(delivery.notes())  # sent all the same: the history missed them
    results = delivery.results
    stream = sys.stderr if args.json else sys.stdout
    code = report(results, stream=stream)
    report_untried(len(ids), results)
    if args.json:
        final = [outbox.get(i) for i in ids]
        print(
            json.dumps(
                {"letters": [item_json(i) for i in final if i], "notes": notes},
                indent=2,
                ensure_ascii=False,
            )
        )
    others = len(outbox.due()) + outbox.counts()["failed"]
    if others:
        notes.append(
            f"{others} older letter{'s are' if others != 1 else ' is'} still in the "
            "outbox: see 'advocate outbox'."
        )
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    return code


def _recipient(value: str, settings: Any) -> tuple[str, str]:
    """(to_kind, address or "" for "self": known once the person is resolved)."""
    choice = value.strip()
    if choice.lower() == "self":
        return "self", ""
    if choice.lower() == "organizer":
        address = str(settings.get("organizer.email")).strip()
        if not address:
            raise InputProblem(
                "No organizer address is set: add organizer.email in the "
                "settings, or give the address with --to."
            )
        return "organizer", address
    return "address", choice


def _self_address(constituent: Constituent, settings: Any) -> str:
    address = constituent.email or str(settings.get("identity.email")).strip()
    if not address:
        address = _user_address(settings) or str(settings.get("smtp.from")).strip()
    if not address:
        raise InputProblem(
            "--to self needs your email address: add --email (or set it in the settings)."
        )
    if "<" in address:  # "Name <addr>" from smtp.from
        from advocate_app.core.delivery.email import parse_mailbox

        address = parse_mailbox(address, "to").addr_spec
    return address


def _user_address(settings: Any) -> str:
    user = str(settings.get("smtp.user")).strip()
    return user if "@" in user else ""


def _mailto_fallback(letters: list[Letter], to: str, to_kind: str, notes: list[str]) -> int:
    from advocate_app.core.delivery.email import subject_for
    from advocate_app.core.delivery.mailto import mailto_link

    print(
        "No mail server is set up (smtp.host, or ADVOCATE_SMTP_HOST), so nothing was sent. "
        "Open these links to write each email in your own mail program:",
        file=sys.stderr,
    )
    for letter in letters:
        link = mailto_link(to, subject_for(letter, to_kind), letter.as_text())
        member = letter.member
        print(f"{member.role.title} {member.name} ({member.seat}):")
        print(f"  {link.url}")
    if any(mailto_link(to, "", letter.as_text()).too_long for letter in letters):
        notes.append(
            "Some mail programs (Outlook, and links opened on Windows) cut links "
            "this long: check that the whole letter arrived in the email, or copy "
            "the text from 'advocate letters' instead."
        )
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    return EXIT_PROBLEM
