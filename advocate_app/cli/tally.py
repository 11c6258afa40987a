"""``advocate tally``: how many letters went to whom, for an event or a date range.

Counts come from the local database (``core/tallies.py``: no writer's data). ``--csv``
writes one row per letter and route for a spreadsheet; ``--pdf`` writes the one-page
summary an organizer brings to an office ("42 constituents of TX-37 wrote about
H.R. 3921"), or one page per office with ``--per-office``.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem
from advocate_app.core.text import clean_line  # no terminal escapes from names in the data

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.tallies import Count, Tallies, TallyFilter

SECTIONS = (("member", "By member"), ("district", "By district"),
            ("campaign", "By campaign"), ("route", "By route"))  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tally", help="count letters per member, district, campaign and route",
        description="Count the letters written on this computer (no writer's data is kept in "
        "the counts): for one event, a date range, or everything. Write them as CSV or as a "
        "one-page PDF summary to bring to an office.",
    )  # fmt: skip
    parser.add_argument("--event", metavar="NAME", help="only this event's letters")
    parser.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD), included")
    parser.add_argument("--until", metavar="DATE", help="up to this day (YYYY-MM-DD), included")
    parser.add_argument("--campaign", metavar="ID", help="only this campaign's letters")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="write every count as CSV")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="write the summary as PDF")
    parser.add_argument("--per-office", action="store_true", help="with --pdf: one page per office")
    parser.add_argument("--organizer", default="", help="with --pdf: the organizer's name")
    parser.add_argument("--paper", default="letter", help="with --pdf: letter (default) or a4")
    parser.add_argument("--events", action="store_true", help="list the events with letters")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def _filter(args: argparse.Namespace) -> TallyFilter:
    from advocate_app.core.tallies import TallyFilter, parse_day

    since = parse_day(args.since, "--since date") if args.since else None
    until = parse_day(args.until, "--until date") if args.until else None
    if since and until and since > until:
        raise InputProblem(f"--since {since} is after --until {until}.")
    return TallyFilter(event=args.event, since=since, until=until, campaign=args.campaign)


def run(args: argparse.Namespace, services: Services) -> int:
    tallies = services.tallies
    if args.events:
        return _list_events(tallies, args.json)
    where = _filter(args)
    total = tallies.total(where)
    if total.deliveries == 0:
        _no_letters(tallies, where)
    if args.csv:
        from advocate_app.core.files import atomic_write_bytes

        atomic_write_bytes(args.csv, tallies.csv_bytes(where))
    if args.pdf:
        _write_pdf(args, services, where)
    if args.json:
        payload = {
            "filter": where.describe(), "letters": total.letters, "deliveries": total.deliveries,
            "languages": tallies.languages(where),
            **{by: [c.__dict__ for c in tallies.counts(by, where)] for by, _ in SECTIONS},
        }  # fmt: skip
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _print_counts(tallies, where, total)
    for path in (args.csv, args.pdf):
        if path:
            print(f"Wrote {path}.")
    return 0


def _no_letters(tallies: Tallies, where: TallyFilter) -> None:
    from advocate_app.core.tallies import TallyFilter

    if where.event is not None:
        names = [e.name for e in tallies.events() if e.name]
        known = f" Events with letters: {', '.join(names)}." if names else ""
        raise InputProblem(f"No letters were counted for the event '{where.event}'.{known}")
    if where == TallyFilter():
        raise InputProblem("No letters have been counted on this computer yet.")
    raise InputProblem(f"No letters were counted ({where.describe()}).")


def _print_counts(tallies: Tallies, where: TallyFilter, total: Count) -> None:
    span = tallies.span(where)
    from advocate_app.export.summary import dates_text

    dates = dates_text(*span) if span else ""
    print(f"Tallies: {clean_line(where.describe())}" + (f" ({dates})" if dates else ""))
    extra = f" ({total.deliveries} deliveries)" if total.deliveries != total.letters else ""
    print(f"{total.letters} letter{'s' if total.letters != 1 else ''}{extra}")
    spanish = tallies.languages(where).get("es", 0)
    if spanish:
        from advocate_app.export.summary import spanish_text

        print(spanish_text(spanish, total.letters))
    for by, heading in SECTIONS:
        print(f"\n{heading}:")
        for count in tallies.counts(by, where):
            label = clean_line(count.label) or "(no event)"  # member names come from a dataset
            print(f"  {count.letters if by != 'route' else count.deliveries:>5}  {label}")


def _list_events(tallies: Tallies, as_json: bool) -> int:
    events = tallies.events()
    if as_json:
        print(json.dumps([e.__dict__ for e in events], indent=2, ensure_ascii=False))
        return 0
    if not events:
        print("No letters have been counted yet.")
    for event in events:
        first = datetime.fromtimestamp(event.first).strftime("%Y-%m-%d")
        last = datetime.fromtimestamp(event.last).strftime("%Y-%m-%d")
        when = first if first == last else f"{first} to {last}"
        name = clean_line(event.name) or "(letters outside events)"
        print(f"{event.letters:>5}  {name}  [{when}]")
    return 0


def _write_pdf(args: argparse.Namespace, services: Services, where: TallyFilter) -> None:
    from advocate_app.export.paper import paper_for
    from advocate_app.export.summary import (
        SummaryInfo,
        campaign_names,
        dates_text,
        write_summary_pdf,
    )

    paper = paper_for(args.paper).key
    span = services.tallies.span(where)
    try:
        names = campaign_names(services.campaigns.all())
    except InputProblem:  # a broken built-in pack must not stop the summary
        names = {}
    info = SummaryInfo(
        event_name=where.event or "",
        dates=dates_text(*span) if span else "",
        organizer=args.organizer.strip(),
        campaigns=names,
        spanish_letters=services.tallies.languages(where).get("es", 0),
    )
    offices = services.tallies.offices(where)
    write_summary_pdf(offices, info, args.pdf, per_office=args.per_office, paper=paper)
