"""Checking a campaign pack: manifest fields, bills, templates, and sample letters.

Messages are for the organizer who wrote the pack: ``file:line: message`` with a line
wherever one can be found. Templates are compiled (syntax errors, sandbox violations,
unknown variables) and then rendered for a sample member of every role the campaign
writes to, with and without a story, a cosponsor and an email address, so an undefined
variable in a rarely used branch is found before a volunteer meets it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.bill_facts import BillFacts, bill_facts
from advocate_app.core.campaign_fetch import check_pack_url
from advocate_app.core.campaign_lint import lint_letters, lint_pack, normalize_manifest
from advocate_app.core.campaign_model import (
    BILL_TYPES,
    ID_PATTERN,
    SCHEMA_VERSION,
    SUBJECT_FIELDS,
    TEMPLATE_KEYS,
    Campaign,
    Problem,
    congress_gov_url,
    ordinal,
)
from advocate_app.core.campaign_pack import MANIFEST, PackRefused, parse_manifest
from advocate_app.core.errors import InputProblem
from advocate_app.core.lookup.legislators import congress_end
from advocate_app.core.manifest_lines import key_lines
from advocate_app.core.models import Bill, Chamber
from advocate_app.core.text import looks_like_email
from advocate_app.core.toml_errors import explain_toml_error

if TYPE_CHECKING:
    from advocate_app.core.check_cache import CheckCache

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
KNOWN_KEYS = frozenset(
    {"schema", "id", "title", "summary", "congress", "end_date", "subject", "organizer_email",
     "source_url", "bills", "templates", "talking_points", "story_prompts", "archive"}
)  # fmt: skip


def _secure_url(url: str) -> bool:
    """The rule updates are fetched by (``campaign_fetch.check_pack_url``): https://, or
    http:// to this computer, with a host and no password."""
    try:
        check_pack_url(url)
    except InputProblem:
        return False
    return True


class _Report:
    def __init__(self, lines: Mapping[str, int]) -> None:
        self.lines = lines
        self.problems: list[Problem] = []

    def line(self, key: str) -> int:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return 0

    def error(self, key: str, message: str, file: str = MANIFEST, line: int | None = None) -> None:
        self._add(Problem(file, self.line(key) if line is None else line, message))

    def warn(self, key: str, message: str, file: str = MANIFEST, line: int | None = None) -> None:
        self._add(Problem(file, self.line(key) if line is None else line, message, "warning"))

    def _add(self, problem: Problem) -> None:
        if problem not in self.problems:
            self.problems.append(problem)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def check_files(
    files: Mapping[str, bytes],
    *,
    path: Path | None = None,
    builtin: bool = False,
    today: date | None = None,
    cache: CheckCache | None = None,
) -> tuple[Campaign | None, list[Problem]]:
    """The campaign (None when unusable) and every problem found (``cache``: check_cache)."""
    if MANIFEST not in files:
        return None, [
            Problem(MANIFEST, 0, "the pack has no campaign.toml (the manifest) at its top level")
        ]
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return None, [Problem(MANIFEST, 0, "reading campaign packs needs Python 3.11 or newer")]
    try:
        text = files[MANIFEST].decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(MANIFEST, 0, "the manifest is not UTF-8 text")]
    try:
        data = parse_manifest(text)
    except PackRefused as exc:
        return None, [Problem(MANIFEST, 0, exc.reason)]
    except tomllib.TOMLDecodeError as exc:
        line, message = explain_toml_error(text, exc)
        return None, [Problem(MANIFEST, line, f"not valid TOML: {message}")]
    report = _Report(key_lines(text))
    data = normalize_manifest(data)
    campaign = _manifest(data, files, report, path=path, builtin=builtin, today=today)
    if campaign is not None:
        from advocate_app.core.campaign_translation import read_translations

        campaign = read_translations(campaign, files, report, report.lines, key_lines)
        if cache is None or any(p.is_error for p in report.problems):
            _check_letters(campaign, report)
        else:  # the same pack and code as last time: what its letters showed then
            cache.run(files, report.problems, lambda: _check_letters(campaign, report))
    lint_pack(campaign, data, files, report, report.lines)
    has_errors = any(p.is_error for p in report.problems)
    return (None if has_errors else campaign), report.problems


def _check_letters(campaign: Campaign, report: _Report) -> None:
    """Templates and sample letters, in every language of the pack, read as an editor would."""
    from advocate_app.core.campaign_translation import check_translation_variables
    from advocate_app.core.template_check import check_templates

    for language in (None, *campaign.translations):
        if language is None or not any(p.is_error for p in report.problems):
            check_templates(campaign.in_language(language) if language else campaign, report)
        if language is None and not any(p.is_error for p in report.problems):
            check_translation_variables(campaign, report)  # compare only working templates
    if not any(p.is_error for p in report.problems):
        lint_letters(campaign, report, report.lines)


def _manifest(
    data: dict[str, Any], files: Mapping[str, bytes], r: _Report, **where: Any
) -> Campaign | None:
    for key in data:
        if key not in KNOWN_KEYS:
            r.warn(key, f"unknown key '{key}' is ignored (a typo?)")
    schema = data.get("schema", SCHEMA_VERSION)
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        r.error("schema", f"this pack needs a newer version of Advocate (format {schema})")
    campaign_id = _text(data.get("id"))
    if not ID_PATTERN.match(campaign_id):
        r.error(
            "id", "'id' must be 3-64 lowercase letters, digits or dashes, e.g. \"stop-csam-2025\""
        )
    for key in ("title", "summary", "subject"):
        if not _text(data.get(key)):
            r.error(key, f"'{key}' is missing or empty")
    subject = _text(data.get("subject"))
    for name in re.findall(r"\{(\w*)\}", subject):
        if name not in SUBJECT_FIELDS:
            r.error(
                "subject",
                f"the subject uses {{{name}}}; it may use {{bill}}, {{short_title}} or {{title}}",
            )
    congress = data.get("congress")
    if not isinstance(congress, int) or isinstance(congress, bool) or not 1 <= congress <= 300:
        r.error("congress", "'congress' must be the number of a Congress, e.g. 119")
        congress = None
    end_date = _end_date(data.get("end_date"), congress, r)
    email = _text(data.get("organizer_email"))
    if email and not looks_like_email(email):
        r.error("organizer_email", f"'{email}' does not look like an email address")
    source_url = _text(data.get("source_url"))
    if source_url and not _secure_url(source_url):
        r.error(
            "source_url",
            f"'source_url' must be the https:// address of the pack's .zip, not '{source_url}'",
        )
    bills = _bills(data.get("bills"), congress or 0, r)
    facts = _bill_facts(data.get("bills"), bills, r)
    templates = _templates(data.get("templates"), bills, files, r)
    points, defaults = _talking_points(data.get("talking_points"), r)
    prompts = data.get("story_prompts", [])
    if not isinstance(prompts, list) or not all(_text(p) for p in prompts):
        r.error("story_prompts", "'story_prompts' must be a list of questions (text)")
        prompts = []
    if congress is None or end_date is None or any(p.is_error for p in r.problems):
        return None
    campaign = Campaign(
        id=campaign_id, title=_text(data["title"]), summary=_text(data["summary"]), congress=congress,
        end_date=end_date, subject=subject, bills=bills, talking_points=points, default_points=defaults,
        story_prompts=tuple(p.strip() for p in prompts), organizer_email=email,
        source_url=source_url, templates=templates,
        sources=_sources(files, r), path=where.get("path"), builtin=where.get("builtin", False),
        facts=facts,
    )  # fmt: skip
    if campaign.is_expired(where.get("today")):
        from advocate_app.core.letter_conventions import format_date

        r.warn("congress", f"the {ordinal(congress)} Congress ended on {format_date(end_date)}: its bills "
               "died with it, so no letters can be written for this campaign")  # fmt: skip
    return campaign


def _end_date(value: Any, congress: int | None, r: _Report) -> date | None:
    natural = congress_end(congress) if congress else None
    if value is None:
        return natural
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            r.error("end_date", "'end_date' must be a date like 2027-01-03")
            return None
    if not isinstance(value, date):
        r.error("end_date", "'end_date' must be a date like 2027-01-03")
        return None
    if natural and value > natural:
        r.warn(
            "end_date",
            f"'end_date' is after the end of the Congress ({natural.isoformat()}), when bills die",
        )
    return value


def _bills(raw: Any, congress: int, r: _Report) -> dict[Chamber, Bill]:
    if not isinstance(raw, dict) or not raw:
        r.error("bills", "add a [bills.house] and/or [bills.senate] table naming the bill")
        return {}
    bills: dict[Chamber, Bill] = {}
    for key, spec in raw.items():
        where = f"bills.{key}"
        if key not in ("house", "senate"):
            r.error(where, f"[bills.{key}]: use [bills.house] or [bills.senate]")
            continue
        if not isinstance(spec, dict):
            r.error(where, f"[bills.{key}] must be a table with type and number")
            continue
        kind = _text(spec.get("type")).lower().replace(".", "").replace(" ", "")
        number = spec.get("number")
        if kind not in BILL_TYPES:
            r.error(
                f"{where}.type",
                f"unknown bill type '{spec.get('type', '')}'; use one of {', '.join(BILL_TYPES)}",
            )
        elif BILL_TYPES[kind].value != key:
            r.warn(
                f"{where}.type",
                f"a {kind.upper()} bill under [bills.{key}]: is that the right chamber?",
            )
        if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
            r.error(f"{where}.number", f"[bills.{key}] needs a bill number, e.g. number = 3921")
        url = _text(spec.get("url"))
        if url and not url.startswith("https://"):
            r.error(f"{where}.url", "the bill's url must start with https://")
        if kind in BILL_TYPES and isinstance(number, int) and number > 0:
            bill = Bill(
                congress,
                kind,
                number,
                _text(spec.get("short_title")),
                _text(spec.get("official_title")),
                url,
            )
            bills[Chamber(key)] = bill if url else replace(bill, url=congress_gov_url(bill))
    return bills


def _bill_facts(raw: Any, bills: Mapping[Chamber, Bill], r: _Report) -> dict[Chamber, BillFacts]:
    facts: dict[Chamber, BillFacts] = {}
    for chamber in bills:
        found, problems = bill_facts(raw[chamber.value])
        for key, message in problems:
            r.error(f"bills.{chamber.value}.{key}", f"[bills.{chamber.value}] {message}")
        facts[chamber] = found
    return facts


def _templates(
    raw: Any, bills: Mapping[Chamber, Bill], files: Mapping[str, bytes], r: _Report
) -> dict[str, str]:
    if not isinstance(raw, dict):
        r.error("templates", 'add a [templates] table, e.g. house = "house.txt.j2"')
        return {}
    templates: dict[str, str] = {}
    for key, name in raw.items():
        if key not in TEMPLATE_KEYS:
            r.error(
                f"templates.{key}", f"unknown template key '{key}'; use {', '.join(TEMPLATE_KEYS)}"
            )
        elif not isinstance(name, str) or name not in files:
            r.error(f"templates.{key}", f"the template file '{name}' is not in the pack")
        elif not name.endswith(TEMPLATE_SUFFIXES):
            r.error(f"templates.{key}", f"'{name}': template files end in .j2")
        else:
            templates[key] = name
    for chamber in bills:
        if chamber.value not in raw:
            r.error(
                "templates", f"there is a [bills.{chamber.value}] but no '{chamber.value}' template"
            )
    if Chamber.HOUSE not in bills:
        for key in ("delegate", "resident_commissioner"):
            if key in raw:
                r.warn(
                    f"templates.{key}", f"'{key}' is a House member, but there is no [bills.house]"
                )
    return templates


def _talking_points(raw: Any, r: _Report) -> tuple[tuple[str, ...], tuple[int, ...]]:
    if not isinstance(raw, list) or not raw:
        r.error(
            "talking_points",
            "add talking points a person can tick ([[talking_points]] with text = ...)",
        )
        return (), ()
    points: list[str] = []
    defaults: list[int] = []
    for index, item in enumerate(raw):
        spec = item if isinstance(item, dict) else {"text": item}
        text = _text(spec.get("text"))
        if not text:
            r.error(f"talking_points.{index}", f"talking point {index + 1} has no text")
            continue
        if spec.get("default", True) is True:
            defaults.append(len(points))
        points.append(text)
    if len(points) == 1:  # two are enough to choose from (the editor's wizard asks for 2-5)
        r.warn("talking_points", "only one talking point: give people a choice")
    return tuple(points), tuple(defaults)


def _sources(files: Mapping[str, bytes], r: _Report) -> dict[str, str]:
    sources: dict[str, str] = {}
    for name, data in files.items():
        if name.endswith(TEMPLATE_SUFFIXES):
            try:
                sources[name] = data.decode("utf-8-sig").replace("\r\n", "\n")
            except UnicodeDecodeError:
                r.error("", "the template is not UTF-8 text", file=name, line=0)
    return sources
