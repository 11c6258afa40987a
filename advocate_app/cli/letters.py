"""``advocate letters``: write one letter to each of the person's members of Congress.

The right bill goes to the right chamber (a House bill to House members, a Senate bill to
senators), a member who already cosponsors gets a thank-you (when Congress.gov can say so),
and each letter is saved through the export facade in every format asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.cli.common import (
    add_campaign_option,
    add_person_options,
    count_for_event,
    parse_points,
    read_story,
    start_session,
)
from advocate_app.core.errors import InputProblem
from advocate_app.export import FORMATS

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.models import Letter
    from advocate_app.flows.session import LetterSession

ENDING_SOON_DAYS = 60


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "letters",
        help="write letters to your members of Congress for a campaign",
        description="Write one letter to each of your members of Congress about the campaign's "
        "bill: your Representative about the House bill, your Senators about the Senate bill.",
    )
    add_campaign_option(parser)
    add_person_options(parser)
    out = parser.add_argument_group("output")
    out.add_argument("--format", dest="formats", action="append", choices=FORMATS, metavar="FORMAT",
                     help=f"file format: {', '.join(FORMATS)} (repeat for several; default txt)")  # fmt: skip
    out.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR",
        help="folder for the letters (created if needed)",
    )
    out.add_argument(
        "--paper",
        choices=("letter", "a4"),
        default=None,
        help="paper size for pdf/odt/docx (default: settings)",
    )
    out.add_argument("--office", choices=("dc", "district"), default="dc",
                     help="address letters to the Washington office (default) or a district office (for paper mail)")  # fmt: skip
    out.add_argument("--no-bill-status", dest="bill_status", action="store_false",
                     help="do not ask Congress.gov who already cosponsors (offline use)")  # fmt: skip
    out.add_argument(
        "--json", action="store_true", help="print the letters written as one JSON object"
    )
    add_include_ended_option(parser)
    parser.set_defaults(func=run)


def add_include_ended_option(parser: argparse.ArgumentParser) -> None:
    """``--include-ended`` for letters and send (issue 13): ended terms are skipped by default."""
    parser.add_argument(
        "--include-ended",
        action="store_true",
        help="also write to a member whose term in the data has ended (e.g. an appointed "
        "senator after the special election); skipped by default",
    )


def load_campaign_arg(value: str, services: Services) -> Campaign:
    """A campaign by id, or a pack folder / .zip given as a path (for organizers testing one)."""
    from advocate_app.core.campaigns import load_campaign

    path = Path(value).expanduser()
    if ("/" in value or "\\" in value or value.endswith(".zip")) and path.exists():
        return load_campaign(path, cache=services.check_cache)
    return services.campaigns.find(value)


def session_letters(
    args: argparse.Namespace, services: Services, notes: list[str]
) -> tuple[LetterSession, list[Letter]]:
    """What ``advocate letters`` and ``advocate send`` share: the person's session (campaign,
    members, story, points, bill status), checked before any letter is written, and its
    letters."""
    from advocate_app.core.campaign_model import ordinal
    from advocate_app.core.letter_context import selected_points
    from advocate_app.core.letter_conventions import format_date
    from advocate_app.flows.compose import fetch_statuses

    count_for_event(args, services)  # before the history is opened
    today = date.today()
    campaign = load_campaign_arg(args.campaign, services)
    if campaign.is_expired(today):
        raise InputProblem(
            f"The campaign '{campaign.id}' is over: the {ordinal(campaign.congress)} Congress ended on "
            f"{format_date(campaign.end_date)} and its bills died with it. Choose a current campaign."
        )
    story = read_story(args)
    points = parse_points(args.points)
    selected_points(campaign, points)  # a wrong --points number fails before any lookup
    session = start_session(args, services, notes)
    session.choose_campaign(campaign)
    session.set_story(story)
    session.set_points(points)
    language = getattr(args, "letter_language", "en") or "en"
    session.set_letter_language(language)
    if language != "en" and not campaign.has_language(language):
        notes.append(
            f"The campaign '{campaign.id}' has no Spanish translation: the letters are in English."
        )
    for member in session.skipped():
        notes.append(
            f"The campaign has no bill for the {member.chamber.value}; no letter to {member.name}."
        )
    wanted = getattr(args, "include_ended", False)
    ended = session.ended_terms(today)
    for term in ended:
        if wanted:
            session.include(term.member.bioguide, True)
        notes.append(
            f"{term.reason}."
            + (
                " Written anyway (--include-ended)."
                if wanted
                else " No letter (--include-ended writes one)."
            )
        )
    targets = session.targets()
    if not targets:
        raise InputProblem(
            f"None of your members of Congress can get a letter for the campaign '{campaign.id}'."
            + "".join(f" {t.reason}." for t in ended)
        )
    if args.bill_status:
        statuses, found = fetch_statuses(
            services.bill_status, campaign, {m.chamber for m in targets}
        )
        session.set_statuses(statuses)
        notes.extend(found)
    request = session.letter_request(today, office_route=args.office)
    assert request is not None  # a campaign and a certain lookup: checked above
    session.take_letters(request, request.compose(notes))
    return session, session.final_letters()


def run(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.campaign_model import ordinal
    from advocate_app.core.letter_context import supports_bill
    from advocate_app.core.letter_conventions import format_date, role_label
    from advocate_app.core.letters import personalization

    notes: list[str] = []
    session, letters = session_letters(args, services, notes)
    campaign, story = session.campaign, session.story
    assert campaign is not None
    today = date.today()
    days_left = (campaign.end_date - today).days
    if days_left <= ENDING_SOON_DAYS:
        notes.append(
            f"The {ordinal(campaign.congress)} Congress ends on {format_date(campaign.end_date)} "
            f"({days_left} days from now); bills not passed by then die. Send these soon."
        )
    if not story.strip():
        notes.append(
            "Offices give far more weight to letters in your own words: add a few sentences with --story."
        )

    paper = args.paper or services.settings.get("export.paper_size")
    formats = list(dict.fromkeys(args.formats or ["txt"]))
    written: list[dict[str, Any]] = []
    for letter in letters:
        member = letter.member
        status = session.statuses.get(member.chamber)
        files = _save(services, session, letter, formats, args.out, paper, notes)
        _note_long_letter(letter, formats, paper, notes)
        written.append({
            "file": str(files[0]), "files": [str(f) for f in files], "formats": formats,
            "member": {"bioguide": member.bioguide, "name": member.name, "role": member.role.value,
                       "chamber": member.chamber.value, "state": member.state, "district": member.district,
                       "seat": member.seat, "title": role_label(member)},
            "bill": letter.bill.label if letter.bill else "", "bill_url": letter.bill.url if letter.bill else "",
            "cosponsor": supports_bill(campaign, member, status),
            "personalization": personalization(letter, story), "language": letter.language,
        })  # fmt: skip

    if args.json:
        payload = {
            "campaign": {"id": campaign.id, "title": campaign.title},
            "letters": written,
            "notes": notes,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(
        f"Wrote {len(written)} letter{'s' if len(written) != 1 else ''} for {campaign.title} in {args.out}:"
    )
    for item in written:
        member = item["member"]
        thanks = " (thank-you: already a supporter)" if item["cosponsor"] else ""
        print(f"  {member['title']} {member['name']} ({member['seat']}), {item['bill']}{thanks}")
        for path in item["files"]:
            print(f"      {path}")
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    return 0


def _note_long_letter(letter: Any, formats: list[str], paper: str, notes: list[str]) -> None:
    """Say when a printed letter runs past one page (offices read one page; issue 13)."""
    if not set(formats) & {"pdf", "odt", "docx"}:
        return
    from advocate_app.export.paper import paper_for
    from advocate_app.export.pdf import page_count

    pages = page_count(letter, paper=paper)
    if pages > 1:
        notes.append(
            f"The letter to {letter.member.role.title} {letter.member.last} runs to {pages} pages "
            f"on {paper_for(paper).label} paper. Offices read one page best: choose fewer talking "
            "points (--points) or shorten your story."
        )


def _save(
    services: Services,
    session: LetterSession,
    letter: Letter,
    formats: list[str],
    folder: Path,
    paper: str,
    notes: list[str],
) -> list[Path]:
    """Save one letter in each format and add each file to the history, under deliver's
    rule (as the window does): a history that cannot be written is a note, never an undone
    letter."""
    from advocate_app.flows import deliver

    try:
        delivery = deliver.save(
            [letter], formats, folder, paper=paper,
            history=lambda: services.archive, ledger=session.ledger,
        )  # fmt: skip
    except PermissionError:
        raise InputProblem(
            f"Advocate may not write in {folder}. Choose another folder with --out."
        ) from None
    except OSError as exc:
        raise InputProblem(
            f"Could not save the letter in {folder}: {exc.strerror or exc}."
        ) from None
    for note in delivery.notes():
        if note not in notes:
            notes.append(note)
    return delivery.files[letter.member.bioguide]
