"""Participants collected on paper at an event: read the CSV, check each row, make letters.

Qt-free (the CLI and the GUI's event screen share it). Columns, header row required, in any
order and case: ``name``, ``street``, ``city``, ``state``, ``zip``, optional ``email``,
``story`` and ``district`` (e.g. "TX-37", for a ZIP code split between districts). A bad
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

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5_000_000
MAX_ROWS = 5_000
REQUIRED = ("name", "street", "zip")
COLUMNS = ("name", "street", "city", "state", "zip", "email", "story", "district", "language")
_ALIASES = {
    "full name": "name", "full_name": "name", "participant": "name",
    "address": "street", "street address": "street", "address 1": "street", "address1": "street",
    "zip code": "zip", "zipcode": "zip", "zip_code": "zip", "postal code": "zip", "postcode": "zip",
    "e-mail": "email", "email address": "email", "st": "state",
    "your story": "story", "personal story": "story", "congressional district": "district",
    "letter language": "language", "idioma": "language", "lang": "language",
}  # fmt: skip
_ZIP = re.compile(r"^\s*(\d{5})(?:-?\d{4})?\s*$")


@dataclass(frozen=True)
class Participant:
    line: int  # line in the file where the row starts (the header is line 1)
    constituent: Constituent
    story: str = ""
    district: str = ""
    language: str = ""  # the letter's language ("en", "es"; "" = the batch's default)


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str
    name: str = ""  # whose row, so an organizer finds the paper form
    partial: bool = False  # True: some of the row's letters were still written

    def __str__(self) -> str:
        who = f" ({self.name})" if self.name else ""
        return f"line {self.line}{who}: {self.message}"


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


def read_participants(path: Path) -> tuple[list[Participant], list[RowProblem]]:
    """Rows that look complete, and the problems of those that do not (by line number)."""
    path = Path(path)
    data = read_user_file(path, "participants file")
    if len(data) > MAX_FILE_BYTES:
        raise InputProblem(
            f"The participants file {path} is too large (over {MAX_FILE_BYTES // 1_000_000} MB)."
        )
    return parse_participants(_decode(data), source=path.name)


def parse_participants(
    text: str, *, source: str = "the file"
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
    missing = [c for c in REQUIRED if c not in keys]
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
        row = {
            k: (record[i].strip() if i < len(record) else "")
            for i, k in enumerate(keys)
            if k in COLUMNS
        }
        problem = _check(row)
        name = row.get("name", "")
        if problem:
            problems.append(RowProblem(start, problem, name))
            continue
        zip5 = _ZIP.match(row["zip"]).group(1)  # type: ignore[union-attr]
        identity = (
            " ".join(name.split()).casefold(),
            " ".join(row["street"].split()).casefold(),
            zip5,
        )
        if identity in seen:
            problems.append(
                RowProblem(start, f"the same person as line {seen[identity]}; printed once", name)
            )
            continue
        seen[identity] = start
        address = Address(
            row["street"], row.get("city", ""), normalize_state(row.get("state", "")), zip5
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
                _language(row.get("language", "")),
            )  # fmt: skip
        )
    log.info("participants file: %d good rows, %d problems", len(participants), len(problems))
    return participants, problems


def _language(text: str) -> str:
    """ "es" for es/Spanish/español, "en" for en/English, "" when empty; ValueError else."""
    return normalize_language(text) if text.strip() else ""


def _check(row: dict[str, str]) -> str:
    absent = [c for c in REQUIRED if not row.get(c)]
    if absent:
        return f"missing {' and '.join(absent)}"
    if len(row["name"]) > 120 or len(row["street"]) > 200 or len(row.get("city", "")) > 100:
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
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        return f"'{email[:60]}' is not an email address (leave it empty if unknown)"
    return ""


def letters_for(
    participants: Sequence[Participant],
    *,
    find_members: FindMembers,
    compose: Compose,
    choose_office: ChooseOffice,
    targets: Callable[[Member], bool] = lambda m: True,
) -> tuple[list[tuple[Letter, Office | None]], list[RowProblem]]:
    """Each good row's letters, routed to an office; problems for rows that got none (or some)."""
    routed: list[tuple[Letter, Office | None]] = []
    problems: list[RowProblem] = []
    for person in participants:
        name = person.constituent.name
        try:
            found = find_members(person)
            if not isinstance(found, Found):
                found = Found(list(found))
            members = [m for m in found.members if targets(m)]
            if not members:
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
        for note in found.notes:
            problems.append(RowProblem(person.line, note, name, partial=True))
    return routed, problems
