"""``advocate outbox [list|retry|purge]``: the letters waiting to be emailed, and why.

Also the shared pieces ``advocate send`` uses: building the SMTP transport (password from
``ADVOCATE_SMTP_PASSWORD``, the keyring, or ``--ask-password`` for this run only) and
printing what happened to each letter.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import AdvocateError, InputProblem

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.delivery.outbox import OutboxItem, SendResult
    from advocate_app.core.delivery.smtp import SmtpTransport

EXIT_OK, EXIT_PROBLEM, EXIT_UNAVAILABLE = 0, 1, 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "outbox",
        help="list, retry or clear the letters waiting to be emailed",
        description="Letters to email are kept here until a mail server accepts them. "
        "'list' (the default) shows each with its state and the server's reason; 'retry' "
        "sends the waiting and failed ones now; 'purge' clears the ones already sent.",
    )
    parser.add_argument("action", nargs="?", choices=("list", "retry", "purge"), default="list")
    parser.add_argument(
        "ids",
        nargs="*",
        type=int,
        metavar="ID",
        help="only these letters (numbers from 'advocate outbox list')",
    )
    parser.add_argument(
        "--failed",
        action="store_true",
        help="with purge: also remove letters that could not be sent",
    )
    parser.add_argument("--json", action="store_true", help="with list: print JSON")
    add_password_option(parser)
    parser.set_defaults(func=run)


def add_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ask-password",
        action="store_true",
        help="type the mail password now and keep it for this run only (instead of "
        "ADVOCATE_SMTP_PASSWORD or the system keyring)",
    )


def run(args: argparse.Namespace, services: Services) -> int:
    outbox = services.outbox
    warn_if_recovered(services)
    if args.action == "list":
        items = outbox.items()
        if args.ids:
            items = [i for i in items if i.id in set(args.ids)]
        if args.json:
            print(json.dumps([item_json(i) for i in items], indent=2, ensure_ascii=False))
        elif not items:
            print("The outbox is empty.")
        else:
            for item in items:
                print(describe(item))
        return EXIT_OK
    from advocate_app.flows import deliver

    history = lambda: services.archive  # noqa: E731
    if args.action == "purge":
        caught_up = deliver.record_sent(outbox, history)  # sent letters reach the history first
        if caught_up.history_missed:
            _print_notes(caught_up)
            print("Nothing was removed: the sent letters are kept here until your history has "
                  "them.", file=sys.stderr)  # fmt: skip
            return EXIT_PROBLEM
        removed = outbox.purge(include_failed=args.failed, ids=args.ids or None)
        what = "letter" if removed == 1 else "letters"
        print(f"Removed {removed} {what} from the outbox (sent letters stay in your history).")
        return EXIT_OK
    changed = outbox.retry(args.ids or None)
    if not changed:
        print("Nothing to retry: no letter is waiting or failed.")
        _print_notes(deliver.record_sent(outbox, history))  # what the history missed before
        return EXIT_OK
    transport = smtp_transport(args, services, waiting=changed)
    delivery = deliver.send_queued(outbox, transport, args.ids or None, history=history)
    code = report(delivery.results, stream=sys.stdout)
    report_untried(changed, delivery.results)
    _print_notes(delivery)
    return code


def _print_notes(delivery: Any) -> None:
    for note in delivery.notes():
        print(f"Note: {note}", file=sys.stderr)


def smtp_transport(args: argparse.Namespace, services: Services, *, waiting: int) -> SmtpTransport:
    """The transport for the settings in force; on a problem, say the letters are kept."""
    try:
        if getattr(args, "ask_password", False):
            _ask_password(services)
        transport = services.smtp_transport()
        transport.config.validate()
        return transport
    except AdvocateError as exc:
        from advocate_app.core.secrets import SecretStoreUnavailable

        kept = "letter is" if waiting == 1 else "letters are"
        hint = (
            " Or add --ask-password to type it for this run only."
            if isinstance(exc, SecretStoreUnavailable)
            else ""
        )
        exc.message = (
            f"{exc.message}{hint} Your {kept} kept in the outbox: run 'advocate "
            "outbox retry' when this is fixed."
        )
        raise


def _ask_password(services: Services) -> None:
    import getpass

    from advocate_app.core.secrets import smtp_account

    settings = services.settings
    user, host = str(settings.get("smtp.user")).strip(), str(settings.get("smtp.host")).strip()
    if not user or not host:
        raise InputProblem(
            "--ask-password needs a mail server and user name in the settings "
            "(smtp.host and smtp.user, or ADVOCATE_SMTP_HOST/USER)."
        )
    password = getpass.getpass(f"Password for {user} at {host} (this run only): ")
    if not password:
        raise InputProblem("No password was typed.")
    services.session_secrets.set(smtp_account(user, host), password)


def warn_if_recovered(services: Services) -> None:
    """Tell the person once if the database was damaged and a new one was started."""
    kept = services.store.recovered_from
    if kept is not None:
        print(
            f"Note: Advocate's data file was damaged, so a new one was started. The old "
            f"file is kept as {kept}; letters that were waiting in it are not in this "
            "outbox.",
            file=sys.stderr,
        )


def who(item: OutboxItem) -> str:
    return f"{item.member_name} ({item.member_seat})" if item.member_name else item.subject


def describe(item: OutboxItem) -> str:
    state = item.state.value
    line = f"#{item.id}  {state:<7}  {_when(item.created_at)}  to {', '.join(item.recipients)}"
    line += f"  letter to {who(item)}"
    if item.attempts:
        line += f"  ({item.attempts} attempt{'s' if item.attempts != 1 else ''})"
    details = []
    if item.state.value == "sent" and item.sent_at:
        details.append(f"sent {_when(item.sent_at)}")
    if item.last_error and item.state.value != "sent":
        details.append(item.last_error)
    if item.state.value == "queued" and item.next_attempt_at and item.attempts:
        details.append(f"next try after {_when(item.next_attempt_at)}")
    return line + "".join(f"\n      {d}" for d in details)


def item_json(item: OutboxItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "state": item.state.value,
        "message_id": item.message_id,
        "to": list(item.recipients),
        "to_kind": item.to_kind,
        "subject": item.subject,
        "campaign": item.campaign_id,
        "member": {
            "bioguide": item.member_bioguide,
            "name": item.member_name,
            "seat": item.member_seat,
        },
        "attempts": item.attempts,
        "error": item.last_error,
        "error_kind": item.error_kind,
        "created_at": _iso(item.created_at),
        "sent_at": _iso(item.sent_at),
        "next_attempt_at": _iso(item.next_attempt_at),
    }


def report(results: list[SendResult], *, stream: Any) -> int:
    """One line per letter; the exit code: 0 all sent, 1 a problem to fix, 3 try later.

    Letters sent are listed on ``stream``; a letter not sent is a problem, told on stderr."""
    problem = later_any = False
    for result in results:
        item = result.item
        if result.sent:
            print(
                f"Sent #{item.id}: letter to {who(item)} -> {', '.join(item.recipients)}",
                file=stream,
            )
            continue
        error = result.error
        later = error is not None and error.temporary and item.state.value == "queued"
        print(f"Not sent #{item.id}: letter to {who(item)}: {item.last_error}", file=sys.stderr)
        print(
            "      It is kept in the outbox; "
            + (
                "run 'advocate outbox retry' later."
                if later
                else "fix the problem, then run 'advocate outbox retry'."
            ),
            file=sys.stderr,
        )
        later_any |= later
        problem |= not later
    if problem:  # something the person must fix matters more than "try later"
        return EXIT_PROBLEM
    return EXIT_UNAVAILABLE if later_any else EXIT_OK


def report_untried(expected: int, results: list[SendResult]) -> None:
    """After a failure, say on stderr how many letters were not tried (they stay waiting)."""
    untried = expected - len(results)
    if untried == 1:
        print(
            "1 more letter waiting in the outbox was not tried after that failure.",
            file=sys.stderr,
        )
    elif untried > 1:
        print(
            f"{untried} more letters waiting in the outbox were not tried after that failure.",
            file=sys.stderr,
        )


def _when(stamp: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp)) if stamp else ""


def _iso(stamp: float | None) -> str | None:
    if stamp is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))
