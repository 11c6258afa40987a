"""A campaign manifest as a form's fields, and back to ``campaign.toml`` keeping its layout.

Why its own module: the campaign editor's form (gui/editor/form.py) shows the manifest as
fields, and the draft (``campaign_draft.PackDraft``) must write those fields back without
losing what the organizer wrote by hand. Reading is tolerant (a half-written manifest still
fills the form); writing changes only what differs (comments, order and unknown keys stay,
through ``tomlkit``) and says which line holds which key, so a manifest problem found by the
checks maps to the form field to focus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from advocate_app.core.campaign_pack import parse_manifest
from advocate_app.core.errors import InputProblem

BILL_FIELDS = (
    "type", "number", "short_title", "official_title", "url", "sponsors", "status", "status_date",
    "cosponsors",
)  # fmt: skip


@dataclass
class BillFields:
    type: str = ""
    number: int = 0
    short_title: str = ""
    official_title: str = ""
    url: str = ""
    # Issue 13: kept through a save even though the form does not show them yet.
    sponsors: list[str] = field(default_factory=list)  # bioguide ids
    status: str = ""
    status_date: str = ""  # ISO date
    cosponsors: list[str] = field(default_factory=list)  # bioguide ids (original cosponsors)


@dataclass
class ManifestFields:
    """Everything ``campaign.toml`` holds, as a form shows it."""

    id: str = ""
    title: str = ""
    summary: str = ""
    congress: int = 119
    end_date: str = ""  # "" = the end of that Congress
    subject: str = "{bill}, {short_title}"
    organizer_email: str = ""
    source_url: str = ""  # where the organizer publishes updates (optional, https)
    bills: dict[str, BillFields] = field(default_factory=dict)  # "house" / "senate"
    templates: dict[str, str] = field(default_factory=dict)  # role key -> file name
    talking_points: list[tuple[str, bool]] = field(default_factory=list)  # (text, ticked)
    story_prompts: list[str] = field(default_factory=list)


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _number(value: Any) -> int:
    """A bill or Congress number; text holding only digits counts ("6484")."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return 0


def fields_from_toml(text: str) -> ManifestFields:
    """The form's fields from a manifest; ``InputProblem`` only when it is not TOML at all."""
    import tomllib

    from advocate_app.core.toml_errors import explain_toml_error

    try:
        data = parse_manifest(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = explain_toml_error(text, exc)
        raise InputProblem(f"campaign.toml is not valid TOML: line {line}: {message}") from None
    bills = {}
    for chamber, spec in (data.get("bills") or {}).items():
        if isinstance(spec, dict):
            sponsors, cosponsors = spec.get("sponsors"), spec.get("cosponsors")
            bills[str(chamber)] = BillFields(
                _s(spec.get("type")), _number(spec.get("number")),
                _s(spec.get("short_title")), _s(spec.get("official_title")), _s(spec.get("url")),
                [_s(b) for b in sponsors] if isinstance(sponsors, list) else [],
                _s(spec.get("status")), _s(spec.get("status_date")),
                [_s(b) for b in cosponsors] if isinstance(cosponsors, list) else [],
            )  # fmt: skip
    points = []
    for item in data.get("talking_points") or []:
        spec = item if isinstance(item, dict) else {"text": item}
        points.append((_s(spec.get("text")), spec.get("default", True) is True))
    return ManifestFields(
        id=_s(data.get("id")), title=_s(data.get("title")), summary=_s(data.get("summary")),
        congress=_number(data.get("congress")),
        end_date=_s(data.get("end_date")), subject=_s(data.get("subject")),
        organizer_email=_s(data.get("organizer_email")),
        source_url=_s(data.get("source_url")), bills=bills,
        templates={str(k): _s(v) for k, v in (data.get("templates") or {}).items()},
        talking_points=points,
        story_prompts=[_s(p) for p in data.get("story_prompts") or []],
    )  # fmt: skip


# A new manifest starts from this text, so it carries the same explanations as a hand-written one.
NEW_MANIFEST = """\
# Written by Advocate's campaign editor. Format: "Writing campaigns" in the Help menu
# (templates/README.md). Lines starting with # are notes for people; the app ignores them.
schema = 1
id = ""
title = ""
summary = ""
congress = 119
subject = ""
organizer_email = ""
story_prompts = []
talking_points = []
"""

_SCALARS = ("id", "title", "summary", "congress", "subject", "organizer_email")
_OPTIONAL_TEXT = ("source_url",)  # dropped from the manifest when emptied


def _text_item(value: str) -> Any:
    import tomlkit

    return tomlkit.string(value, multiline="\n" in value) if "\n" in value else value


def _set_or_drop(table: Any, key: str, value: Any) -> None:
    if value in ("", None):
        if key in table:
            del table[key]
    else:
        table[key] = _text_item(value) if isinstance(value, str) else value


def _end_date_item(text: str) -> Any:
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    return text


def _same(a: Any, b: Any) -> bool:
    """Equal, counting text that differs only in spacing or line breaks as equal (the form
    shows a summary or a talking point as one paragraph)."""
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()) == " ".join(b.split())
    return bool(a == b)


def _apply_fields(fields: ManifestFields, original: str) -> str:
    """``original`` with only what differs from ``fields`` changed: comments, order, layout
    and unknown keys stay as they were (``tomlkit``). The parts are applied in the order a
    new manifest lists them, so keys added to a sparse manifest land where a person expects."""
    import tomlkit

    try:
        old = fields_from_toml(original)
        doc = tomlkit.parse(original)
    except Exception:  # noqa: BLE001 - a manifest tomlkit cannot keep: start afresh
        old, doc = fields_from_toml(NEW_MANIFEST), tomlkit.parse(NEW_MANIFEST)
    _apply_scalars(doc, fields, old)
    if fields.story_prompts != old.story_prompts:
        _apply_story_prompts(doc, fields.story_prompts)
    if fields.bills != old.bills:
        _apply_bills(doc, fields.bills, old.bills)
    if fields.templates != old.templates:
        _apply_templates(doc, fields.templates, old.templates)
    if _spaced(fields.talking_points) != _spaced(old.talking_points):
        _apply_talking_points(doc, fields.talking_points, old.talking_points)
    return tomlkit.dumps(doc)


def _apply_scalars(doc: Any, fields: ManifestFields, old: ManifestFields) -> None:
    for name in _SCALARS:
        value = getattr(fields, name)
        if not _same(value, getattr(old, name)):
            doc[name] = _text_item(value) if isinstance(value, str) else int(value or 0)
    for name in _OPTIONAL_TEXT:
        if getattr(fields, name).strip() != getattr(old, name).strip():
            _set_or_drop(doc, name, getattr(fields, name).strip() or None)
    if fields.end_date.strip() != old.end_date.strip():
        _set_or_drop(doc, "end_date", _end_date_item(fields.end_date) or None)


def _apply_story_prompts(doc: Any, story_prompts: list[str]) -> None:
    import tomlkit

    prompts = tomlkit.array()
    prompts.extend(p for p in story_prompts if p.strip())
    doc["story_prompts"] = prompts.multiline(len(prompts) > 0)


def _apply_templates(doc: Any, templates: dict[str, str], old: dict[str, str]) -> None:
    import tomlkit
    from tomlkit.items import Table

    if not isinstance(doc.get("templates"), Table):
        doc["templates"] = tomlkit.table()
    table = doc["templates"]
    for key in [*table.keys(), *templates]:
        if templates.get(key, "") != old.get(key, ""):
            _set_or_drop(table, key, templates.get(key, ""))


def _spaced(points: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Talking points as the form shows them (one paragraph each), to tell a real change."""
    return [(" ".join(text.split()), ticked) for text, ticked in points]


def _apply_talking_points(
    doc: Any, points: list[tuple[str, bool]], old: list[tuple[str, bool]]
) -> None:
    """Rewrite only the talking points that changed; the file's own tables are kept (with
    their comments) when it already has them, else a fresh list is written."""
    import tomlkit
    from tomlkit.items import AoT

    tables = doc.get("talking_points")
    if not isinstance(tables, AoT) or not points:
        if "talking_points" in doc:
            del doc["talking_points"]
        tables = tomlkit.aot()
        previous: list[tuple[str, bool]] = []
    else:
        previous = list(old)
    while len(tables) > len(points):
        del tables[len(tables) - 1]
    for index, (text, ticked) in enumerate(points):
        if index < len(tables):
            table = tables[index]
            if not _same(previous[index][0], text):
                table["text"] = _text_item(text)
        else:
            if 0 < len(tables) <= len(previous):  # after a table from the file
                tables[len(tables) - 1].add(tomlkit.nl())
            table = tomlkit.table()
            table["text"] = _text_item(text)
            tables.append(table)
        _set_ticked(table, ticked)
    if "talking_points" not in doc:
        doc["talking_points"] = tables if points else tomlkit.array()


def _set_ticked(table: Any, ticked: bool) -> None:
    """``default = false`` only for a point that starts unticked (ticked is the default)."""
    if ticked and "default" in table:
        del table["default"]
    elif not ticked and table.get("default", True) is not False:
        table["default"] = False


def _apply_bills(doc: Any, bills: dict[str, BillFields], old: dict[str, BillFields]) -> None:
    import tomlkit
    from tomlkit.items import Table

    if not isinstance(doc.get("bills"), Table):
        doc["bills"] = tomlkit.table(is_super_table=True)
    table = doc["bills"]
    for chamber in [*table.keys(), *(c for c in bills if c not in table)]:
        bill, before = bills.get(chamber), old.get(chamber)
        if bill is None:
            if chamber in ("house", "senate") and chamber in table:
                del table[chamber]
            continue
        if not isinstance(table.get(chamber), Table):
            table[chamber] = tomlkit.table()
            before = None
        spec = table[chamber]
        for name in BILL_FIELDS:
            value = getattr(bill, name)
            if before is None or value != getattr(before, name):
                _set_bill_field(spec, name, value)


def _set_bill_field(spec: Any, name: str, value: Any) -> None:
    """The type and number are always written (the checks name what is wrong with them);
    an emptied optional field is dropped rather than left as ``""``."""
    if name == "number":
        spec[name] = int(value or 0)
    elif name == "type":
        spec[name] = value
    elif name == "status_date":
        _set_or_drop(spec, name, _end_date_item(value) or None)
    elif name in ("sponsors", "cosponsors"):
        _set_or_drop(spec, name, list(value) or None)
    else:
        _set_or_drop(spec, name, value)


def manifest_toml(fields: ManifestFields, original: str = "") -> tuple[str, dict[int, str]]:
    """The manifest text, and which form field each line belongs to (line -> "title",
    "bills.house.number", "talking_points.2", ...). With ``original`` (the manifest as it
    was opened), only what changed is rewritten: nothing changed gives the same text."""
    from advocate_app.core.manifest_lines import key_lines

    text = _apply_fields(fields, original if original.strip() else NEW_MANIFEST)
    owners: dict[int, str] = {}
    for key, line in sorted(key_lines(text).items(), key=lambda item: len(item[0])):
        owners[line] = key  # the longest key on a line wins ("talking_points.2" over its list)
    return text, owners
