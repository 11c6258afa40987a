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
            sponsors = spec.get("sponsors")
            bills[str(chamber)] = BillFields(
                _s(spec.get("type")), _number(spec.get("number")),
                _s(spec.get("short_title")), _s(spec.get("official_title")), _s(spec.get("url")),
                [_s(b) for b in sponsors] if isinstance(sponsors, list) else [],
                _s(spec.get("status")), _s(spec.get("status_date")),
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
    and unknown keys stay as they were (``tomlkit``)."""
    import tomlkit
    from tomlkit.items import AoT, Table

    try:
        old = fields_from_toml(original)
        doc = tomlkit.parse(original)
    except Exception:  # noqa: BLE001 - a manifest tomlkit cannot keep: start afresh
        old, doc = fields_from_toml(NEW_MANIFEST), tomlkit.parse(NEW_MANIFEST)
    for name in _SCALARS:
        value = getattr(fields, name)
        if not _same(value, getattr(old, name)):
            doc[name] = _text_item(value) if isinstance(value, str) else int(value or 0)
    for name in _OPTIONAL_TEXT:
        if getattr(fields, name).strip() != getattr(old, name).strip():
            _set_or_drop(doc, name, getattr(fields, name).strip() or None)
    if fields.end_date.strip() != old.end_date.strip():
        _set_or_drop(doc, "end_date", _end_date_item(fields.end_date) or None)
    if fields.story_prompts != old.story_prompts:
        prompts = tomlkit.array()
        prompts.extend(p for p in fields.story_prompts if p.strip())
        doc["story_prompts"] = prompts.multiline(len(prompts) > 0)
    if fields.bills != old.bills:
        _apply_bills(doc, fields.bills, old.bills)
    if fields.templates != old.templates:
        if not isinstance(doc.get("templates"), Table):
            doc["templates"] = tomlkit.table()
        table = doc["templates"]
        for key in [*table.keys(), *fields.templates]:
            if fields.templates.get(key, "") != old.templates.get(key, ""):
                _set_or_drop(table, key, fields.templates.get(key, ""))
    if [(" ".join(t.split()), k) for t, k in fields.talking_points] != [
        (" ".join(t.split()), k) for t, k in old.talking_points
    ]:
        points = doc.get("talking_points")
        if not isinstance(points, AoT) or not fields.talking_points:
            if "talking_points" in doc:
                del doc["talking_points"]
            points = tomlkit.aot()
            previous: list[tuple[str, bool]] = []
        else:
            previous = list(old.talking_points)
        while len(points) > len(fields.talking_points):
            del points[len(points) - 1]
        for index, (text, ticked) in enumerate(fields.talking_points):
            if index < len(points):
                table = points[index]
                if not _same(previous[index][0], text):
                    table["text"] = _text_item(text)
            else:
                if 0 < len(points) <= len(previous):  # after a table from the file
                    points[len(points) - 1].add(tomlkit.nl())
                table = tomlkit.table()
                table["text"] = _text_item(text)
                points.append(table)
            if ticked and "default" in table:
                del table["default"]
            elif not ticked and table.get("default", True) is not False:
                table["default"] = False
        if "talking_points" not in doc:
            doc["talking_points"] = points if fields.talking_points else tomlkit.array()
    return tomlkit.dumps(doc)


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
                if name == "number":
                    spec[name] = int(value or 0)
                elif name == "type":
                    spec[name] = value
                elif name == "status_date":
                    _set_or_drop(spec, name, _end_date_item(value) or None)
                elif name == "sponsors":
                    _set_or_drop(spec, name, list(value) or None)
                else:
                    _set_or_drop(spec, name, value)


def manifest_toml(fields: ManifestFields, original: str = "") -> tuple[str, dict[int, str]]:
    """The manifest text, and which form field each line belongs to (line -> "title",
    "bills.house.number", "talking_points.2", ...). With ``original`` (the manifest as it
    was opened), only what changed is rewritten: nothing changed gives the same text."""
    from advocate_app.core.campaign_check import key_lines

    text = _apply_fields(fields, original if original.strip() else NEW_MANIFEST)
    owners: dict[int, str] = {}
    for key, line in sorted(key_lines(text).items(), key=lambda item: len(item[0])):
        owners[line] = key  # the longest key on a line wins ("talking_points.2" over its list)
    return text, owners
