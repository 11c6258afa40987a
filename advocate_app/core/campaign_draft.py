"""A campaign pack being edited: the manifest as fields, the templates as text, checked and
previewed without touching the disk.

Why: the campaign editor (gui/editor/) must show an organizer their mistakes with the line
to fix, and what a letter will look like for each kind of member, while they type. The
widgets hold no Jinja and no TOML: they hand text to ``PackDraft`` and get back problems
(``file:line``, and for the manifest the form field to focus) and rendered letters.

- ``ManifestFields`` <-> ``campaign.toml``: ``fields_from_toml`` reads a manifest
  tolerantly (a half-written one still fills the form); ``manifest_toml`` writes it back
  and says which line holds which key, so a manifest problem maps to a form field.
- ``PackDraft.check()`` runs the same checks as loading a pack (``campaign_check``).
- ``PackDraft.preview()`` renders the letter for a sample Representative, Senator and
  Delegate and a sample constituent; a broken template shows its error for the roles that
  use it while the others still render.
- ``save_folder`` / ``export_zip`` write through ``campaign_pack`` (all or nothing).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from advocate_app.core.campaign_pack import (
    MANIFEST,
    parse_manifest,
    write_pack_folder,
    write_pack_zip,
)
from advocate_app.core.campaigns import TEMPLATE_KEYS, Campaign, CampaignError, Problem
from advocate_app.core.errors import InputProblem
from advocate_app.core.models import Address, Chamber, Constituent, Letter, Member, Office, Role

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
BILL_FIELDS = ("type", "number", "short_title", "official_title", "url")
_PLACEHOLDER = "{{ bill.label }} {{ story }} {{ talking_points | join(' ') }}"


@dataclass
class BillFields:
    type: str = ""
    number: int = 0
    short_title: str = ""
    official_title: str = ""
    url: str = ""


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
    bills: dict[str, BillFields] = field(default_factory=dict)  # "house" / "senate"
    templates: dict[str, str] = field(default_factory=dict)  # role key -> file name
    talking_points: list[tuple[str, bool]] = field(default_factory=list)  # (text, ticked)
    story_prompts: list[str] = field(default_factory=list)


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def fields_from_toml(text: str) -> ManifestFields:
    """The form's fields from a manifest; ``InputProblem`` only when it is not TOML at all."""
    import tomllib

    try:
        data = parse_manifest(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputProblem(f"campaign.toml is not valid TOML: {exc}") from None
    bills = {}
    for chamber, spec in (data.get("bills") or {}).items():
        if isinstance(spec, dict):
            number = spec.get("number")
            bills[str(chamber)] = BillFields(
                _s(spec.get("type")), number if isinstance(number, int) else 0,
                _s(spec.get("short_title")), _s(spec.get("official_title")), _s(spec.get("url")),
            )  # fmt: skip
    points = []
    for item in data.get("talking_points") or []:
        spec = item if isinstance(item, dict) else {"text": item}
        points.append((_s(spec.get("text")), spec.get("default", True) is True))
    congress = data.get("congress")
    return ManifestFields(
        id=_s(data.get("id")), title=_s(data.get("title")), summary=_s(data.get("summary")),
        congress=congress if isinstance(congress, int) else 0,
        end_date=_s(data.get("end_date")), subject=_s(data.get("subject")),
        organizer_email=_s(data.get("organizer_email")), bills=bills,
        templates={str(k): _s(v) for k, v in (data.get("templates") or {}).items()},
        talking_points=points,
        story_prompts=[_s(p) for p in data.get("story_prompts") or []],
    )  # fmt: skip


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(text, ensure_ascii=False)


def manifest_toml(fields: ManifestFields) -> tuple[str, dict[int, str]]:
    """The manifest text, and which form field each line belongs to (line -> "title",
    "bills.house.number", "talking_points.2", ...)."""
    lines: list[str] = [
        "# Written by Advocate's campaign editor. Format: templates/README.md",
        "schema = 1",
    ]
    owner: dict[int, str] = {}

    def put(text: str, key: str = "") -> None:
        lines.append(text)
        if key:
            owner[len(lines)] = key

    put(f"id = {_q(fields.id)}", "id")
    put(f"title = {_q(fields.title)}", "title")
    put(f"summary = {_q(fields.summary)}", "summary")
    put(f"congress = {int(fields.congress or 0)}", "congress")
    if fields.end_date.strip():
        valid = re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields.end_date.strip())
        put(f"end_date = {fields.end_date.strip() if valid else _q(fields.end_date)}", "end_date")
    put(f"subject = {_q(fields.subject)}", "subject")
    put(f"organizer_email = {_q(fields.organizer_email)}", "organizer_email")
    prompts = ", ".join(_q(p) for p in fields.story_prompts if p.strip())
    put(f"story_prompts = [{prompts}]", "story_prompts")
    if not fields.talking_points:  # an empty list, so the "add talking points" error has a line
        put("talking_points = []", "talking_points")
    for chamber in ("house", "senate"):
        bill = fields.bills.get(chamber)
        if bill is None:
            continue
        put("")
        put(f"[bills.{chamber}]", f"bills.{chamber}")
        put(f"type = {_q(bill.type)}", f"bills.{chamber}.type")
        put(f"number = {int(bill.number or 0)}", f"bills.{chamber}.number")
        for name in ("short_title", "official_title", "url"):
            if getattr(bill, name).strip():
                put(f"{name} = {_q(getattr(bill, name))}", f"bills.{chamber}.{name}")
    put("")
    put("[templates]", "templates")
    for key, name in fields.templates.items():
        if name.strip():
            put(f"{key} = {_q(name)}", f"templates.{key}")
    for index, (text, ticked) in enumerate(fields.talking_points):
        put("")
        put("[[talking_points]]", f"talking_points.{index}")
        put(f"text = {_q(text)}", f"talking_points.{index}")
        if not ticked:
            put("default = false", f"talking_points.{index}")
    return "\n".join(lines) + "\n", owner


# --- samples for the preview ----------------------------------------------------------------
SAMPLE_CONSTITUENT = Constituent(
    "Jordan Example", Address("12 Main St", "Austin", "TX", "78701"), "jordan@example.org"
)
_SAMPLE_DC = Constituent(
    "Jordan Example", Address("12 Main St NE", "Washington", "DC", "20002"), "jordan@example.org"
)
SAMPLE_STORY = "(The writer's own story appears here, in their words.)"


def _sample(role: Role, first: str, last: str, state: str, district: int | None) -> Member:
    chamber = Chamber.SENATE if role is Role.SENATOR else Chamber.HOUSE
    zip_code = "20510" if chamber is Chamber.SENATE else "20515"
    building = (
        "Hart Senate Office Building"
        if chamber is Chamber.SENATE
        else "Rayburn House Office Building"
    )
    office = Office("dc", (f"100 {building}",), "Washington", "DC", zip_code)
    return Member(
        bioguide=f"Z{role.name[:6]}", name=f"{first} {last}", first=first, last=last,
        chamber=chamber, role=role, party="Independent", state=state, district=district,
        dc_office=office, office_address=f"100 {building} Washington DC {zip_code}",
    )  # fmt: skip


SAMPLE_MEMBERS: tuple[tuple[str, Member], ...] = (
    ("House", _sample(Role.REPRESENTATIVE, "Jamie", "Rivera", "TX", 7)),
    ("Senate", _sample(Role.SENATOR, "Morgan", "Lee", "TX", None)),
    ("Delegate", _sample(Role.DELEGATE, "Casey", "Brooks", "DC", 0)),
)


@dataclass(frozen=True)
class Preview:
    label: str  # "House", "Senate", "Delegate"
    member: Member
    letter: Letter | None = None
    problem: Problem | None = None  # why there is no letter
    note: str = ""  # e.g. the campaign writes to no one in this role


@dataclass(frozen=True)
class DraftReport:
    campaign: Campaign | None
    problems: list[Problem]
    fields_by_line: dict[int, str]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def field_for(self, problem: Problem) -> str:
        """The form field a manifest problem is about ("" when unknown)."""
        if problem.file != MANIFEST or not problem.line:
            return ""
        return self.fields_by_line.get(problem.line, "")


# --- the draft -----------------------------------------------------------------------------------
@dataclass
class PackDraft:
    fields: ManifestFields
    templates: dict[str, str]  # file name -> text (every template, partials included)
    other_files: dict[str, bytes] = field(default_factory=dict)  # README.md etc., kept as is

    @classmethod
    def from_files(cls, files: Mapping[str, bytes]) -> PackDraft:
        text = files.get(MANIFEST, b"").decode("utf-8", "replace")
        fields = fields_from_toml(text) if text.strip() else ManifestFields()
        templates, others = {}, {}
        for name, data in files.items():
            if name.endswith(TEMPLATE_SUFFIXES):
                templates[name] = data.decode("utf-8-sig", "replace").replace("\r\n", "\n")
            elif name != MANIFEST:
                others[name] = data
        return cls(fields, dict(sorted(templates.items())), others)

    @classmethod
    def from_path(cls, path: Path) -> PackDraft:
        """A pack folder or .zip, read safely (``campaign_pack``); ``CampaignError`` if refused."""
        from advocate_app.core.campaign_pack import PackRefused, read_pack_files

        try:
            return cls.from_files(read_pack_files(Path(path)))
        except PackRefused as exc:
            raise CampaignError(str(path), [Problem(exc.where, 0, exc.reason)]) from None

    @classmethod
    def blank(cls) -> PackDraft:
        body = (
            "I live in {{ constituent.place }} and I ask you to support {{ bill.label }}.\n"
            "{% if story %}\n\n{{ story }}\n{% endif %}\n"
            "{% for point in talking_points %}\n\n{{ point }}\n{% endfor %}\n"
        )
        fields = ManifestFields(
            id="my-campaign", title="", summary="", subject="{bill}, {short_title}",
            bills={"house": BillFields("hr", 0), "senate": BillFields("s", 0)},
            templates={"house": "house.txt.j2", "senate": "senate.txt.j2"},
        )  # fmt: skip
        return cls(fields, {"house.txt.j2": body, "senate.txt.j2": body})

    def files(self) -> dict[str, bytes]:
        files = {MANIFEST: manifest_toml(self.fields)[0].encode("utf-8")}
        files.update({n: t.encode("utf-8") for n, t in self.templates.items()})
        files.update(self.other_files)
        return files

    def copy_as(self, new_id: str, title: str = "") -> PackDraft:
        """ "New campaign from this one": same text, a new id (and title)."""
        fields = replace(
            self.fields, id=new_id, title=title or self.fields.title,
            bills={k: replace(v) for k, v in self.fields.bills.items()},
            templates=dict(self.fields.templates), talking_points=list(self.fields.talking_points),
            story_prompts=list(self.fields.story_prompts),
        )  # fmt: skip
        return PackDraft(fields, dict(self.templates), dict(self.other_files))

    def check(self, today: date | None = None) -> DraftReport:
        from advocate_app.core.campaign_check import check_files

        text, owners = manifest_toml(self.fields)
        files = {**self.files(), MANIFEST: text.encode("utf-8")}
        campaign, problems = check_files(files, path=None, today=today)
        return DraftReport(campaign, problems, owners)

    def preview(self, *, story: str = SAMPLE_STORY, today: date | None = None) -> list[Preview]:
        """The letter for a sample member of each role (see the module doc)."""
        return self.review(story=story, today=today)[1]

    def review(
        self, *, story: str = SAMPLE_STORY, today: date | None = None
    ) -> tuple[DraftReport, list[Preview]]:
        """Problems and previews in one pass (what the editor shows after each change)."""
        from advocate_app.core.campaign_check import check_files
        from advocate_app.core.letters import compose_letter

        report = self.check(today)
        broken = {p.file for p in report.errors if p.file in self.templates}
        campaign = report.campaign
        if campaign is None and broken and not any(p.file == MANIFEST for p in report.errors):
            stand_ins = {**self.files(), **{n: _PLACEHOLDER.encode() for n in broken}}
            campaign = check_files(stand_ins, path=None, today=today)[0]
        results = []
        for label, member in SAMPLE_MEMBERS:
            if campaign is None:
                first = report.errors[0] if report.errors else Problem(MANIFEST, 0, "not checked")
                results.append(Preview(label, member, problem=first))
                continue
            if not campaign.targets(member):
                results.append(
                    Preview(label, member, note="This campaign has no bill for this chamber.")
                )
                continue
            try:
                template = campaign.template_for(member)
            except InputProblem as exc:
                results.append(Preview(label, member, note=str(exc)))
                continue
            if template in broken:
                problem = next(p for p in report.errors if p.file == template)
                results.append(Preview(label, member, problem=problem))
                continue
            try:
                person = _SAMPLE_DC if member.state == "DC" else SAMPLE_CONSTITUENT
                letter = compose_letter(campaign, person, member, story=story, today=today)
            except InputProblem as exc:
                where = getattr(exc, "template", template)
                results.append(
                    Preview(
                        label, member, problem=Problem(where, getattr(exc, "line", 0), str(exc))
                    )
                )
                continue
            results.append(Preview(label, member, letter=letter))
        return report, results

    def _checked_files(self) -> dict[str, bytes]:
        report = self.check()
        if report.errors:
            raise CampaignError(self.fields.id or "(new campaign)", report.problems)
        return self.files()

    def save_folder(self, folder: Path) -> Path:
        """Write the pack as ``folder`` (replacing it), after the same checks as loading."""
        return write_pack_folder(self._checked_files(), Path(folder), replace=True)

    def export_zip(self, zip_path: Path) -> Path:
        """Write a shareable ``.zip`` (top folder named after the id)."""
        return write_pack_zip(self._checked_files(), Path(zip_path), self.fields.id)

    def template_keys_missing(self) -> list[str]:
        """Role keys the form maps to a file the draft does not have."""
        return [
            k
            for k, n in self.fields.templates.items()
            if k in TEMPLATE_KEYS and n and n not in self.templates
        ]
