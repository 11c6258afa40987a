"""What ``advocate batch`` tells the organizer when it is done.

The summary on stdout (letters, stacks, files, the share of letters in the writers' own
words) or one JSON object with ``--json``; notes and the rows that need attention on
stderr; the list of rows not printed saved beside the letters; and the notes a staffer's
eye would raise (identical stacks, letters over one page). Kept apart from the run
(``batch``) so the wording can change without touching how letters are made.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advocate_app.core.participants import RowProblem


def write_problem_list(
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


def variety_notes(result: Any, own: float, same_points: bool) -> list[str]:
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


def report(
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
