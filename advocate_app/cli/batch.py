"""``advocate batch``: an event's paper letters from a participants CSV, stacked by office.

For organizers who collected names and addresses on paper: one letter per participant and
member, printed as one PDF sorted by office with a cover sheet per stack, plus envelopes and
Avery 5160 labels in the same order. Bad rows are reported with their line numbers; every
good row is still printed. Exit code 0 when every row was printed, 1 when some were not
(the files for the good rows are written all the same).

This module holds the command's options and its run; finding each participant's members is
``flows/lookup.row_finder`` (below the command line), and the summary a person reads (and
the saved list of rows not printed) is in ``batch_report``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import InputProblem

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.models import Member, Office
    from advocate_app.core.participants import Participant


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="print an event's letters from a participants CSV, sorted by office",
        description="Write a letter from each participant to each of their members of Congress, "
        "sorted into stacks by office for hand delivery, with a cover sheet per stack. The CSV "
        "needs a header row: name, street, city, state, zip (email, story and district optional).",
    )
    parser.add_argument(
        "--campaign", required=True, metavar="ID", help="campaign id or pack folder/.zip"
    )
    parser.add_argument(
        "--input", required=True, type=Path, metavar="CSV", help="participants file"
    )
    parser.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="folder for the files"
    )
    parser.add_argument("--envelopes", action="store_true", help="also print #10 envelopes")
    parser.add_argument(
        "--labels", action="store_true", help="also print Avery 5160 address labels"
    )
    parser.add_argument(
        "--route",
        choices=("dc", "district"),
        default="dc",
        help="deliver to the Washington offices (default) or each member's district office "
        "nearest the participant",
    )
    parser.add_argument("--paper", choices=("letter", "a4"), default=None, help="default: settings")
    parser.add_argument(
        "--event", default="", metavar="NAME", help="event name for the cover sheets"
    )
    parser.add_argument("--event-date", default="", metavar="DATE", help="default: today")
    parser.add_argument(
        "--points",
        metavar="1,3",
        help="the same talking points in every letter, by number (default: each writer gets "
        "a different one or two, or those in the CSV's points column, so the letters do not "
        "read as form mail)",
    )
    parser.add_argument(
        "--allow-no-street",
        action="store_true",
        help="also print letters for rows with no street address (offices use it to verify "
        "that the writer is a constituent and to reply; by default such rows need attention)",
    )
    parser.add_argument(
        "--letter-language",
        choices=("en", "es"),
        default="en",
        help="the letters' language when a row has no 'language' column (en or es)",
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="use no network at all: no Census address service (split ZIP codes then need a "
        "district column) and no Congress.gov bill status",
    )
    parser.add_argument(
        "--no-bill-status",
        dest="bill_status",
        action="store_false",
        help="do not ask Congress.gov who already cosponsors",
    )
    parser.add_argument(
        "--print",
        dest="printer",
        nargs="?",
        const="",
        default=None,
        metavar="PRINTER",
        help="also send the stacks straight to a printer, one print job per office's stack "
        "(default: this computer's default printer; `lpstat -p` lists printers)",
    )
    parser.add_argument(
        "--include-ended",
        action="store_true",
        help="also print letters to members whose term in the data has ended (e.g. an "
        "appointed senator after the special election); by default such rows need attention",
    )
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.cli.batch_report import report, variety_notes, write_problem_list
    from advocate_app.cli.common import parse_points
    from advocate_app.cli.letters import load_campaign_arg
    from advocate_app.core.campaign_model import ordinal
    from advocate_app.core.letter_context import selected_points
    from advocate_app.core.letter_conventions import format_date
    from advocate_app.core.letters import compose_letter
    from advocate_app.core.participants import NO_STREET_WHY, letters_for, read_participants
    from advocate_app.core.routing import choose_office
    from advocate_app.core.stacks import BatchInfo
    from advocate_app.core.variety import own_words_share, point_subsets, points_for_writer
    from advocate_app.export.batch import write_batch
    from advocate_app.flows.lookup import row_finder

    today = date.today()
    campaign = load_campaign_arg(args.campaign, services)
    if campaign.is_expired(today):
        raise InputProblem(
            f"The campaign '{campaign.id}' is over: the {ordinal(campaign.congress)} Congress ended on "
            f"{format_date(campaign.end_date)}. Choose a current campaign."
        )
    points = parse_points(args.points)
    selected_points(campaign, points)
    participants, problems = read_participants(args.input, allow_no_street=args.allow_no_street)
    subsets = point_subsets(len(campaign.talking_points), campaign.id)
    writer_number = {id(person): i for i, person in enumerate(participants)}

    def points_for(person: Participant) -> list[int] | None:
        if points is not None:  # the organizer chose the same points for everyone
            return points
        if person.points is not None:  # the writer's own choice, from the CSV
            return list(person.points)
        return list(points_for_writer(writer_number[id(person)], subsets))

    if not participants and not problems:
        raise InputProblem(f"{args.input} has a header row but no participants.")

    statuses: dict[Any, Any] = {}
    notes: list[str] = []
    if args.bill_status and not args.offline and participants:
        for chamber in sorted(campaign.bills, key=lambda c: c.value):
            status, note = services.bill_status.try_status(campaign.bills[chamber])
            statuses[chamber] = status
            if note:
                notes.append(note)

    story_of: dict[int, str] = {}  # letter -> the writer's own words, for the summary

    def compose(person: Participant, member: Member, office: Office | None):
        constituent = person.constituent
        if not constituent.address.state:  # the lookup knows the state the row left out
            address = dataclasses.replace(constituent.address, state=member.state)
            constituent = dataclasses.replace(constituent, address=address)
        letter = compose_letter(
            campaign, constituent, member, story=person.story, points=points_for(person), today=today,
            status=statuses.get(member.chamber), office=office if args.route == "district" else None,
            language=person.language or args.letter_language,
        )  # fmt: skip
        story_of[id(letter)] = person.story
        return letter

    routed, found_problems = letters_for(
        participants,
        find_members=row_finder(services.finder, offline=args.offline),
        compose=compose,
        choose_office=lambda member, constituent: choose_office(member, constituent, args.route),
        targets=campaign.targets,
        skip=lambda member: _ended_reason(member, today, args.include_ended),
    )
    problems = sorted([*problems, *found_problems], key=lambda p: p.line)
    if not routed:
        listing = "\n".join(f"  {p}" for p in problems[:30])
        raise InputProblem(f"No letters could be made from {args.input}:\n{listing}")

    bills = " / ".join(
        b.label for _, b in sorted(campaign.bills.items(), key=lambda kv: kv[0].value)
    )
    info = BatchInfo(
        campaign_id=campaign.id,
        campaign_title=campaign.title,
        event_name=args.event.strip(),
        event_date=args.event_date.strip() or format_date(today),
        bill_label=bills,
    )
    paper = args.paper or services.settings.get("export.paper_size")
    try:
        result = write_batch(
            routed, info, args.out, paper=paper, envelopes=args.envelopes, labels=args.labels,
            progress=_progress_printer() if not args.json else None,
        )  # fmt: skip
    except PermissionError:
        raise InputProblem(
            f"Advocate may not write in {args.out}. Choose another folder with --out."
        ) from None
    except OSError as exc:
        raise InputProblem(
            f"Could not save the batch in {args.out}: {exc.strerror or exc}."
        ) from None
    files = list(result.files)
    if problems:
        files.append(write_problem_list(args.out, campaign.id, args.input, problems))
    own = own_words_share(
        [story_of.get(id(letter), "") for group in result.groups for letter in group.letters]
    )
    notes.extend(variety_notes(result, own, points is not None))
    if any("missing street" in p.message for p in problems):
        notes.append(
            f"Rows without a street address were not printed: {NO_STREET_WHY}. Add the street "
            "to those rows, or run again with --allow-no-street to print them anyway."
        )
    elif args.allow_no_street and any(
        not letter.constituent.address.street for group in result.groups for letter in group.letters
    ):
        notes.append(f"Some letters have no street address (--allow-no-street): {NO_STREET_WHY}.")
    printed = _print_stacks(args, routed, info, paper) if args.printer is not None else None
    report(args, result, files, problems, notes, own, printed)
    return 1 if problems or (printed is not None and not printed.ok) else 0


def _print_stacks(args: argparse.Namespace, routed: list, info: Any, paper: str) -> Any:
    """``--print``: the same stacks as the letters PDF, one print job each (see event_print)."""
    from advocate_app.core.print_queue import PrintQueue
    from advocate_app.export.event_print import print_queue

    queue = PrintQueue()
    for letter, office in routed:
        queue.add(letter, office)

    def show(number: int, total: int) -> None:
        if not args.json:
            print(f"Sent stack {number} of {total} to the printer.", file=sys.stderr, flush=True)

    return print_queue(queue, info, args.printer or None, paper=paper, on_stack=show)


def _ended_reason(member: Member, today: date, include: bool) -> str:
    """Why ``member`` gets no letter in this batch ("" = print it): an ended term."""
    from advocate_app.core.terms import ended_term

    term = ended_term(member, today)
    if term is None or include:
        return ""
    return f"{term.reason}; no letter printed to them (--include-ended prints one)"


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> bool:
        print(
            f"\rPrinting... {done}/{total}",
            end="\n" if done >= total else "",
            file=sys.stderr,
            flush=True,
        )
        return True

    return show
