"""Participants collected on paper at an event: read the CSV, check each row, make letters.

Qt-free (the CLI and the GUI's event screen share it). Columns, header row required, in any
order and case: ``name``, ``street``, ``city``, ``state``, ``zip``, optional ``email``,
``story``, ``district`` (e.g. "TX-37", for a ZIP code split between districts) and
``points`` (the talking points this writer chose, by number: "1,3"). A row without a street
is refused unless the organizer allows it (``allow_no_street``): offices use the street
address to verify that the writer lives in the district and to answer by mail. A bad
row (missing name/street/ZIP, an invalid state, an unknown ZIP, no member found...) is
reported with its line number in the file; every good row still gets its letters.

Spreadsheet exports vary, so the reader accepts UTF-8 (with or without BOM) and Windows'
cp1252, and comma, semicolon or tab separators.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from advocate_app.core.errors import InputProblem
from advocate_app.core.files import read_user_file
from advocate_app.core.letter_language import normalize_language
from advocate_app.core.lookup.geography import normalize_state
from advocate_app.core.models import Address, Constituent, Letter, Member, Office
from advocate_app.core.text import clean_text, looks_like_email

log = logging.getLogger(__name__)

MAX_ROWS = 5_000
REQUIRED = ("name", "street", "zip")
COLUMNS = (
    "name", "street", "city", "state", "zip", "email", "story", "district", "points", "language",
)  # fmt: skip
NO_STREET_WHY = (
    "offices need a street address to verify that the writer lives in the district and to "
    "reply by mail"
)
_ALIASES = {
    "full name": "name", "full_name": "name", "participant": "name",
    "address": "street", "street address": "street", "address 1": "street", "address1": "street",
    "zip code": "zip", "zipcode": "zip", "zip_code": "zip", "postal code": "zip", "postcode": "zip",
    "e-mail": "email", "email address": "email", "st": "state",
    "your story": "story", "personal story": "story", "congressional district": "district",
    "talking points": "points", "point": "points",
    "letter language": "language", "idioma": "language", "lang": "language",
}  # fmt: skip
_ZIP = re.compile(r"^\s*(\d{5})(?:-?\d{4})?\s*$")


@dataclass(frozen=True)
class Participant:
    line: int  # line in the file where the row starts (the header is line 1)
    constituent: Constituent
    story: str = ""
    district: str = ""
    points: tuple[int, ...] | None = None  # 0-based; None = not chosen in the file
    language: str = ""  # the letter's language ("en", "es"; "" = the batch's default)


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str
    name: str = ""  # whose row, so an organizer finds the paper form
    partial: bool = False  # True: some of the row's letters were still written

    def __str__(self) -> str:
        who = f" ({_one_line(self.name)})" if self.name else ""
        return f"line {self.line}{who}: {_one_line(self.message)}"


def _one_line(text: str) -> str:
    """No control characters (terminal escapes) and no line breaks in a report line."""
    return clean_text(text).replace("\n", " ")


@dataclass
class Found:
    """What ``find_members`` returns when it has something to say besides the members."""

    members: list[Member]
    notes: list[str] = field(default_factory=list)


FindMembers = Callable[[Participant], "list[Member] | Found"]
Compose = Callable[[Participant, Member, "Office | None"], Letter]
ChooseOffice = Callable[[Member, Constituent], "Office | None"]


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _header_key(text: str) -> str:
    key = " ".join(text.strip().strip("\ufeff").lower().replace("_", " ").split())
    return _ALIASES.get(key, _ALIASES.get(key.replace(" ", "_"), key))


def read_participants(
    path: Path, *, allow_no_street: bool = False
) -> tuple[list[Participant], list[RowProblem]]:
    """Rows that look complete, and the problems of those that do not (by line number)."""
    path = Path(path)
    data = read_user_file(path, "participants file")  # refuses one over 5 MB, unread
    return parse_participants(_decode(data), source=path.name, allow_no_street=allow_no_street)


def parse_participants(
    text: str, *, source: str = "the file", allow_no_street: bool = False
) -> tuple[list[Participant], list[RowProblem]]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise InputProblem(f"{source} is empty; it needs a header row: {', '.join(COLUMNS[:6])}.")
    keys = [_header_key(h) for h in header]
    required = tuple(c for c in REQUIRED if c != "street" or not allow_no_street)
    missing = [c for c in required if c not in keys]
    if missing:
        raise InputProblem(
            f"{source} has no {' / '.join(missing)} column. The first row must name the columns: "
            f"name, street, city, state, zip (email and story optional). Found: {', '.join(h.strip() for h in header)}."
        )
    participants: list[Participant] = []
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str, str], int] = {}
    line = reader.line_num
    for record in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(participants) + len(problems) >= MAX_ROWS:
            raise InputProblem(
                f"{source} has more than {MAX_ROWS} rows; split it into smaller files."
            )
        row = {  # control characters (terminal escapes) never reach a terminal or a report
            k: (clean_text(record[i]).strip() if i < len(record) else "")
            for i, k in enumerate(keys)
            if k in COLUMNS
        }
        problem = _check(row, required)
        name = row.get("name", "")
        points, bad_points = _points(row.get("points", ""))
        problem = problem or bad_points
        if problem:
            problems.append(RowProblem(start, problem, name))
            continue
        zip5 = _ZIP.match(row["zip"]).group(1)  # type: ignore[union-attr]
        identity = (
            " ".join(name.split()).casefold(),
            " ".join(row.get("street", "").split()).casefold(),
            zip5,
        )
        if identity in seen:
            problems.append(
                RowProblem(start, f"the same person as line {seen[identity]}; printed once", name)
            )
            continue
        seen[identity] = start
        address = Address(
            row.get("street", ""), row.get("city", ""), normalize_state(row.get("state", "")), zip5
        )
        constituent = Constituent(
            name=" ".join(name.split()), address=address, email=row.get("email", "")
        )
        participants.append(
            Participant(
                start,
                constituent,
                row.get("story", ""),
                row.get("district", ""),
                points,
                _language(row.get("language", "")),
            )  # fmt: skip
        )
    log.info("participants file: %d good rows, %d problems", len(participants), len(problems))
    return participants, problems


def _language(text: str) -> str:
    """ "es" for es/Spanish/español, "en" for en/English, "" when empty; ValueError else."""
    return normalize_language(text) if text.strip() else ""


def _points(value: str) -> tuple[tuple[int, ...] | None, str]:
    """The row's chosen talking points, 0-based ("1, 3" -> (0, 2)), or a problem."""
    value = value.strip()
    if not value:
        return None, ""
    parts = [p for p in re.split(r"[\s,;/]+", value) if p]
    if not all(p.isdigit() and 0 < int(p) < 100 for p in parts):
        return None, f"'{value[:30]}' in the points column is not a list of numbers, e.g. 1,3"
    return tuple(dict.fromkeys(int(p) - 1 for p in parts)), ""


def _check(row: dict[str, str], required: tuple[str, ...] = REQUIRED) -> str:
    absent = [c for c in required if not row.get(c)]
    if absent:
        why = f" ({NO_STREET_WHY})" if "street" in absent else ""
        return f"missing {' and '.join(absent)}{why}"
    if len(row["name"]) > 120 or len(row.get("street", "")) > 200 or len(row.get("city", "")) > 100:
        return "a name, street or city is too long; check the row"
    if not _ZIP.match(row["zip"]):
        return f"'{row['zip'][:20]}' is not a ZIP code (five digits, e.g. 78701)"
    state = row.get("state", "")
    if state and not normalize_state(state):
        return f"'{state[:30]}' is not a US state or territory (use the two letters, e.g. TX)"
    try:
        _language(row.get("language", ""))
    except ValueError:
        return f"'{row.get('language', '')[:20]}' is not a letter language (use en or es, or leave it empty)"
    email = row.get("email", "")
    if email and not looks_like_email(email):
        return f"'{email[:60]}' is not an email address (leave it empty if unknown)"
    return ""


def letters_for(
    participants: Sequence[Participant],
    *,
    find_members: FindMembers,
    compose: Compose,
    choose_office: ChooseOffice,
    targets: Callable[[Member], bool] = lambda m: True,
    skip: Callable[[Member], str] = lambda m: "",
) -> tuple[list[tuple[Letter, Office | None]], list[RowProblem]]:
    """Each good row's letters, routed to an office; problems for rows that got none (or some).

    ``skip`` gives the reason a member gets no letter ("" = write one), e.g. an ended term:
    the row is then listed as needing attention with that reason.
    """
    routed: list[tuple[Letter, Office | None]] = []
    problems: list[RowProblem] = []
    for person in participants:
        name = person.constituent.name
        try:
            found = find_members(person)
            if not isinstance(found, Found):
                found = Found(list(found))
            members = [m for m in found.members if targets(m)]
            skipped = [why for m in members if (why := skip(m))]
            members = [m for m in members if not skip(m)]
            if not members:
                if skipped:
                    raise InputProblem("; ".join(skipped))
                raise InputProblem(
                    "no member of Congress found for this address"
                    if not found.members
                    else "none of this person's members of Congress can get a letter for this campaign"
                )
            mine = []
            for member in members:
                office = choose_office(member, person.constituent)
                mine.append((compose(person, member, office), office))
        except InputProblem as exc:  # the whole row is left out: no half-set of letters
            problems.append(RowProblem(person.line, str(exc).strip(), name))
            continue
        routed.extend(mine)
        for note in [*skipped, *found.notes]:
            problems.append(RowProblem(person.line, note, name, partial=True))
    return routed, problems
