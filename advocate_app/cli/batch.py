"""``advocate batch``: an event's paper letters from a participants CSV, stacked by office.

For organizers who collected names and addresses on paper: one letter per participant and
member, printed as one PDF sorted by office with a cover sheet per stack, plus envelopes and
Avery 5160 labels in the same order. Bad rows are reported with their line numbers; every
good row is still printed. Exit code 0 when every row was printed, 1 when some were not
(the files for the good rows are written all the same).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import InputProblem, ServiceUnavailable

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.models import Member, Office
    from advocate_app.core.participants import Found, Participant, RowProblem


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


def _finder_members(services: Services, *, offline: bool):
    """``find_members`` for the batch: ZIP table first, the street address for split ZIPs."""
    from advocate_app.core.lookup.geography import state_name
    from advocate_app.core.participants import Found

    finder = services.finder

    def find(person: Participant) -> Found:
        address = person.constituent.address
        result = finder.find_by_zip(address.zip, person.district or None)
        states = {c.state for c in result.candidates} or {result.match.state}
        if address.state and address.state not in states:
            where = " or ".join(state_name(s) for s in sorted(states))
            raise InputProblem(
                f"ZIP code {address.zip} is in {where}, not {state_name(address.state)}."
            )
        if not result.candidates:
            return Found(list(result.members))
        labels = ", ".join(c.label for c in result.candidates)
        if offline:
            reason = "addresses are not looked up with --offline"
        else:
            one_line = ", ".join(
                p
                for p in (address.street, address.city, f"{address.state} {address.zip}".strip())
                if p
            )
            try:
                exact = finder.find_by_address(one_line)
                if not exact.ambiguous and not exact.candidates:
                    return Found(list(exact.members))
                reason = "the street address matched places in several districts"
            except ServiceUnavailable:
                reason = "the Census address service could not be reached"
            except InputProblem:
                reason = "the Census address service did not find the street address"
        fix = f"add the district (e.g. {result.candidates[0].label}) in a 'district' column"
        if result.members:
            return Found(
                list(result.members),
                [
                    f"ZIP code {address.zip} is split between {labels} and {reason}: only the senators' "
                    f"letters were printed; {fix} to print the Representative's."
                ],
            )
        raise InputProblem(f"ZIP code {address.zip} is split between {labels} and {reason}; {fix}.")

    return find


def run(args: argparse.Namespace, services: Services) -> int:
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
        find_members=_finder_members(services, offline=args.offline),
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
        files.append(_write_problem_list(args.out, campaign.id, args.input, problems))
    own = own_words_share(
        [story_of.get(id(letter), "") for group in result.groups for letter in group.letters]
    )
    notes.extend(_variety_notes(result, own, points is not None))
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
    _report(args, result, files, problems, notes, own, printed)
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


def _write_problem_list(
    folder: Path, campaign_id: str, source: Path, problems: list[RowProblem]
) -> Path:
    """Keep the list with the batch: the organizer may close the terminal before fixing rows."""
    from advocate_app.export.naming import write_new_file

    lines = [f"Rows of {source.name} that were not (fully) printed:", ""]
    lines += [str(p) for p in problems]
    return write_new_file(
        ("\n".join(lines) + "\n").encode("utf-8"),
        folder,
        f"Rows not printed - {campaign_id}",
        "txt",
    )


def _variety_notes(result: Any, own: float, same_points: bool) -> list[str]:
    """What a staffer would notice: identical stacks, letters over one page."""
    from advocate_app.core.variety import identical_stacks

    notes = []
    for stack in identical_stacks(result.groups):
        fix = (
            "print without --points so each writer gets different talking points, and "
            if same_points
            else ""
        )
        notes.append(
            f"Stack {stack.index} ({stack.recipient}) holds {stack.letters} letters that are "
            "identical apart from the writers' names and addresses; offices count such letters "
            f"as one organized campaign. To fix: {fix}add the writers' own words (a story column)."
        )
    if own < 0.5 and result.letter_count:
        notes.append(
            f"Only {own:.0%} of the letters carry the writer's own words. A sentence or two in "
            "the story column makes a letter count far more with the office."
        )
    for letter, pages in result.long_letters:
        notes.append(
            f"{letter.constituent.name}'s letter to {letter.member.role.title} {letter.member.last} "
            f"runs to {pages} pages; offices read one page best (shorten the story or the points)."
        )
    return notes


def _report(
    args: argparse.Namespace,
    result: Any,
    files: list[Path],
    problems: list[RowProblem],
    notes: list[str],
    own: float = 0.0,
    printed: Any = None,
) -> None:
    if args.json:
        payload = {
            "letters": result.letter_count,
            "own_words_share": round(own, 3),
            "long_letters": len(result.long_letters),
            "files": [str(p) for p in files],
            "stacks": [
                {"stack": g.index, "member": g.member.name, "bioguide": g.member.bioguide,
                 "seat": g.member.seat, "office": list(g.office_lines), "letters": len(g.letters)}
                for g in result.groups
            ],
            "problems": [{"line": p.line, "name": p.name, "message": p.message, "partial": p.partial} for p in problems],
            "notes": notes,
        }  # fmt: skip
        if printed is not None:
            payload["printed"] = {"printer": args.printer or None, "stacks": printed.stacks,
                                  "jobs": printed.jobs, "failed": printed.failed}  # fmt: skip
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    where = "district offices" if args.route == "district" else "Washington offices"
    count = result.letter_count
    print(
        f"Wrote {count} letter{'s' if count != 1 else ''} in {len(result.groups)} stacks for the {where}:"
    )
    for group in result.groups:
        place = ", ".join(group.office_lines[-1:]) or "no address on file"
        n = len(group.letters)
        print(
            f"  {group.index:>3}. {group.recipient} ({group.member.seat}), {place}: {n} letter{'s' if n != 1 else ''}"
        )
    print(f"{own:.0%} of the letters carry the writer's own words.")
    print(f"Files in {args.out}:")
    for path in files:
        print(f"  {path.name}")
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    if printed is not None:
        _report_printing(args, printed, files[0].name)
    if problems:
        lines = len({p.line for p in problems})
        print(
            f"{lines} row{'s' if lines != 1 else ''} of {args.input.name} need attention "
            "(the list is also saved as 'Rows not printed' in the output folder):",
            file=sys.stderr,
        )
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)


def _report_printing(args: argparse.Namespace, printed: Any, letters_pdf: str) -> None:
    where = f"the printer {args.printer}" if args.printer else "the default printer"
    if printed.stacks:
        first, last = printed.stacks[0], printed.stacks[-1]
        span = f"stack {first}" if first == last else f"stacks {first} to {last}"
        print(f"Sent {span} of {printed.total_stacks} to {where}.")
    if not printed.ok:
        first = printed.stacks[-1] + 1 if printed.stacks else 1
        print(
            f"Printing stopped: {printed.failed}\nStacks {first} to {printed.total_stacks} were "
            f"not printed; they are in {letters_pdf} in {args.out}: print them from there.",
            file=sys.stderr,
        )
