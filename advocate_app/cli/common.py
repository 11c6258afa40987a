"""Options and helpers shared by commands that act for a person (letters, sending).

``add_person_options`` adds who the person is and where they live; ``start_session``
turns those options into a ``flows.session.LetterSession`` (the same session the window
drives) with the person's members looked up, refusing (with the choices) when a ZIP code
or address is ambiguous: a letter to the wrong member is the most common complaint about
tools like this one.

Nothing here imports requests, jinja2 or keyring at import time (``advocate --version``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem
from advocate_app.core.files import MAX_STORY_BYTES, read_user_file
from advocate_app.core.models import Address
from advocate_app.flows.lookup import certainty_problem, look_up
from advocate_app.flows.session import LetterSession

if TYPE_CHECKING:
    from advocate_app.app import Services

MAX_STORY_FILE_BYTES = MAX_STORY_BYTES


def add_campaign_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--campaign",
        required=True,
        metavar="ID",
        help="campaign id (see 'advocate campaigns list') or a pack folder/.zip",
    )
    parser.add_argument(
        "--event",
        metavar="NAME",
        default=None,
        help="count these letters in the tallies of the event NAME (default: no event, "
        "even while the window is in event mode)",
    )


def count_for_event(args: argparse.Namespace, services: Services) -> str:
    """Which event the command line's letters are counted for: ``--event NAME``, else none.

    Letters typed in a terminal (tests, a volunteer's own letters) must not join the tallies
    of an event the window happens to be running; a note on stderr says so. The archive
    stays anonymous while the event runs either way (core/archive.py)."""
    name = (getattr(args, "event", None) or "").strip()
    services.event_attribution = name
    settings = services.settings
    if bool(settings.get("event.enabled")) and services.event.active:
        running = services.event.config.name
        if name == running:
            pass
        elif name:
            print(f"Note: event mode is on for “{running}”; these letters are counted for "
                  f"“{name}” (--event).", file=sys.stderr)  # fmt: skip
        else:
            print(f"Note: event mode is on for “{running}”, but letters written with the "
                  f"command line are not counted in its tallies. Add --event \"{running}\" "
                  "to count them.", file=sys.stderr)  # fmt: skip
    return name


def add_person_options(parser: argparse.ArgumentParser) -> None:
    """--address | --zip [--district], --name, --street/--city/--state/--email/--phone,
    --story | --story-file, --points."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--address",
        help='your street address on one line, e.g. "1100 Congress Ave, Austin, TX 78701"',
    )
    where.add_argument(
        "--zip",
        dest="zip_code",
        metavar="ZIP",
        help="your five-digit ZIP code (less exact than an address)",
    )
    parser.add_argument(
        "--district",
        metavar="ST-NN",
        help="with --zip: your district when the ZIP is split (TX-37)",
    )
    who = parser.add_argument_group("who is writing (defaults: the identity saved in settings)")
    who.add_argument("--name", help='your full name, e.g. "Maria Lopez"')
    who.add_argument("--street", help="street line for the signature (default: from --address)")
    who.add_argument("--city", help="city for the signature (default: from --address)")
    who.add_argument(
        "--state", help="two-letter state for the signature (default: from the lookup)"
    )
    who.add_argument("--email", help="your email, printed under your name so the office can reply")
    who.add_argument("--phone", help="your phone number (not printed in the letter)")
    words = parser.add_argument_group("your own words")
    story = words.add_mutually_exclusive_group()
    story.add_argument("--story", help="a few sentences in your own words: why this matters to you")
    story.add_argument(
        "--story-file",
        type=Path,
        metavar="FILE",
        help="read your story from a UTF-8 text file (- for stdin)",
    )
    words.add_argument(
        "--points",
        metavar="1,3",
        help="the talking points to include, by number (see 'advocate campaigns list')",
    )
    who.add_argument(
        "--allow-no-street",
        action="store_true",
        help="write the letters even though they carry no street address (offices use it to "
        "verify that you live in the district and to reply; without it the command refuses)",
    )
    words.add_argument(
        "--letter-language",
        choices=("en", "es"),
        default="en",
        help="the letters' language: en (default: what offices log fastest) or es (Spanish, "
        "when the campaign has a translation); your story goes in as you wrote it",
    )


def parse_points(text: str | None) -> list[int] | None:
    """ "1,3" -> [0, 2] (the CLI counts from 1; the core from 0); None/"" -> None (defaults).

    "none" or "0" means no talking points at all.
    """
    if text is None or not text.strip():
        return None
    if text.strip().lower() in ("none", "0"):
        return []
    indices: list[int] = []
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise InputProblem(f"--points takes numbers like 1,3 or 1-4, not '{text}'.")
        first, last = int(low), int(high or low)
        if first < 1 or last < first:
            raise InputProblem(f"--points counts from 1: '{part}' is not a valid choice.")
        indices.extend(range(first - 1, last))
    return indices


def read_story(args: argparse.Namespace) -> str:
    """The story from --story or --story-file ("" when neither)."""
    if getattr(args, "story", None):
        return args.story
    path = getattr(args, "story_file", None)
    if path is None:
        return ""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_STORY_FILE_BYTES + 1)
    else:
        data = read_user_file(Path(path), "story file", MAX_STORY_FILE_BYTES)
    if len(data) > MAX_STORY_FILE_BYTES:
        raise InputProblem(
            f"The story file {path} is too long for a letter (over {MAX_STORY_FILE_BYTES // 1024} KB)."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem(
            f"The story file {path} is not UTF-8 text; save it as UTF-8 and try again."
        ) from None


def parse_one_line(text: str) -> Address | None:
    """ "1100 Congress Ave, Austin, TX 78701" -> its parts, keeping the person's own spelling."""
    parts = [p.strip() for p in (text or "").split(",") if p.strip()]
    if len(parts) < 3:
        return None
    tail = re.fullmatch(r"([A-Za-z]{2})\.?\s*(\d{5})?(?:-\d{4})?", parts[-1])
    if tail:
        street, city = ", ".join(parts[:-2]), parts[-2]
        return Address(street, city, tail.group(1).upper(), tail.group(2) or "")
    if len(parts) >= 4 and re.fullmatch(r"\d{5}(-\d{4})?", parts[-1]) and len(parts[-2]) == 2:
        return Address(", ".join(parts[:-3]), parts[-3], parts[-2].upper(), parts[-1][:5])
    return None


def start_session(args: argparse.Namespace, services: Services, notes: list[str]) -> LetterSession:
    """The person's session from the options: who writes, and their members, looked up now.

    Refuses (with the choices) when a ZIP code or address is not certain: a letter to the
    wrong member is the most common complaint about tools like this one. Lookup notes go
    to ``notes``.
    """
    session = LetterSession()
    settings = services.settings
    if getattr(args, "address", None):
        if getattr(args, "district", None):
            raise InputProblem(
                "--district goes with --zip; with --address the district is found exactly."
            )
        typed = parse_one_line(args.address) or Address()
        line, how = args.address, "That address"
    else:
        typed = Address(zip=(args.zip_code or "").strip()[:10])
        line, how = (args.zip_code or "").strip(), f"ZIP code {args.zip_code}"
    session.set_writer(
        line=line,
        street=args.street or typed.street,
        city=args.city or typed.city,
        state=args.state or typed.state,
        zip=typed.zip,
    )
    result = look_up(services.finder, session, district=getattr(args, "district", None))
    problem = certainty_problem(result, how)
    if problem is not None:
        raise problem
    name = (args.name or settings.get("identity.name") or "").strip()
    if not name:
        raise InputProblem(
            'Add your full name with --name "First Last": offices answer only named constituents.'
        )
    session.set_writer(
        name=name,
        email=(args.email or settings.get("identity.email") or "").strip(),
        phone=(args.phone or settings.get("identity.phone") or "").strip(),
    )
    notes.extend(result.notes)
    _confirm_no_street(session, bool(getattr(args, "allow_no_street", False)), notes)
    if session.street_missing or session.constituent().address.city:
        return session
    notes.append(
        "The letters have no city under your name. Offices check that a writer is a "
        "constituent: add --city (or use --address)."
    )
    return session


def _confirm_no_street(session: LetterSession, allowed: bool, notes: list[str]) -> None:
    """The window's and the batch's rule (``LetterSession.may_write``, issue 13): letters
    without a street address only when the writer says so, here with --allow-no-street."""
    from advocate_app.core.participants import NO_STREET_WHY

    session.confirm_no_street(allowed)
    if not session.may_write():
        raise InputProblem(
            f"Your letters would have no street address under your name, and {NO_STREET_WHY}. "
            "Add --street and --city (or use --address), or add --allow-no-street to write "
            "them without it."
        )
    if session.street_missing:
        notes.append(
            f"The letters have no street address under your name (--allow-no-street): "
            f"{NO_STREET_WHY}."
        )
