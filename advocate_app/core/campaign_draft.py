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
  Delegate, and for a Representative who already cosponsors (the thank-you version), with a
  sample constituent and the story the organizer tries out; a broken template shows its error for the roles that
  use it while the others still render.
- ``save_folder`` / ``export_zip`` write through ``campaign_pack`` (all or nothing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from advocate_app.core.campaign_model import TEMPLATE_KEYS, Campaign, CampaignError, Problem
from advocate_app.core.campaign_pack import (
    MANIFEST,
    parse_manifest,
    write_pack_folder,
    write_pack_zip,
)
from advocate_app.core.errors import InputProblem
from advocate_app.core.models import Address, Chamber, Constituent, Letter, Member, Office, Role

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
BILL_FIELDS = (
    "type", "number", "short_title", "official_title", "url", "sponsors", "status", "status_date",
)  # fmt: skip
_PLACEHOLDER = "{{ bill.label }} {{ story }} {{ talking_points | join(' ') }}"


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
    from advocate_app.core.manifest_lines import key_lines

    text = _apply_fields(fields, original if original.strip() else NEW_MANIFEST)
    owners: dict[int, str] = {}
    for key, line in sorted(key_lines(text).items(), key=lambda item: len(item[0])):
        owners[line] = key  # the longest key on a line wins ("talking_points.2" over its list)
    return text, owners


def _template_text(data: bytes) -> str:
    return data.decode("utf-8-sig", "replace").replace("\r\n", "\n")


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
    label: str  # "House", "Senate", "Delegate", "Cosponsor" (a Representative who cosponsors)
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
    manifest_text: str = ""  # the manifest as opened: what did not change is written back as is
    originals: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_files(cls, files: Mapping[str, bytes]) -> PackDraft:
        text = files.get(MANIFEST, b"").decode("utf-8-sig", "replace")
        fields = fields_from_toml(text) if text.strip() else ManifestFields()
        templates, others = {}, {}
        for name, data in files.items():
            if name.endswith(TEMPLATE_SUFFIXES):
                templates[name] = _template_text(data)
            elif name != MANIFEST:
                others[name] = data
        return cls(fields, dict(sorted(templates.items())), others, text, dict(files))

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
        """A new campaign: one letter for every role, written as paragraphs (no template code)."""
        from advocate_app.core.letter_paragraphs import LETTER_FILE, LetterParagraphs

        fields = ManifestFields(
            id="my-campaign", title="", summary="", subject="{bill}, {short_title}",
            bills={"house": BillFields("hr", 0), "senate": BillFields("s", 0)},
            templates={key: LETTER_FILE for key in TEMPLATE_KEYS},
        )  # fmt: skip
        return cls(fields, {LETTER_FILE: LetterParagraphs.starter().to_template()})

    def manifest(self) -> tuple[str, dict[int, str]]:
        return manifest_toml(self.fields, self.manifest_text)

    def files(self) -> dict[str, bytes]:
        files = {MANIFEST: self.manifest()[0].encode("utf-8")}
        files.update({n: t.encode("utf-8") for n, t in self.templates.items()})
        for name in list(files):  # unchanged files keep their bytes (a BOM, Windows line ends)
            original = self.originals.get(name)
            if original is None or files[name] == original:
                continue
            same = (
                original.decode("utf-8-sig", "replace") == self.manifest_text
                and files[name].decode("utf-8") == self.manifest_text
                if name == MANIFEST
                else _template_text(original) == self.templates.get(name)
            )
            if same:
                files[name] = original
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
        return PackDraft(fields, dict(self.templates), dict(self.other_files), self.manifest_text)

    def check(self, today: date | None = None) -> DraftReport:
        from advocate_app.core.campaign_check import check_files
        from advocate_app.core.campaign_share import strict_problems

        text, owners = self.manifest()
        files = {**self.files(), MANIFEST: text.encode("utf-8")}
        campaign, problems = check_files(files, path=None, today=today)
        problems = strict_problems(problems, campaign, text, today)  # an ended Congress
        if any(p.is_error for p in problems):
            campaign = None
        return DraftReport(campaign, problems, owners)

    def preview(
        self, *, story: str = SAMPLE_STORY, today: date | None = None, language: str = "en"
    ) -> list[Preview]:
        """The letter for a sample member of each role (see the module doc)."""
        return self.review(story=story, today=today, language=language)[1]

    def review(
        self, *, story: str = SAMPLE_STORY, today: date | None = None, language: str = "en"
    ) -> tuple[DraftReport, list[Preview]]:
        """Problems and previews in one pass (what the editor shows after each change);
        ``language`` "es" previews the Spanish letters (English where the pack has none)."""
        from advocate_app.core.campaign_check import check_files
        from advocate_app.core.letters import compose_letter

        report = self.check(today)
        broken = {p.file for p in report.errors if p.file in self.templates}
        campaign = report.campaign
        if campaign is None and broken and not any(p.file == MANIFEST for p in report.errors):
            stand_ins = {**self.files(), **{n: _PLACEHOLDER.encode() for n in broken}}
            campaign = check_files(stand_ins, path=None, today=today)[0]
        results = []
        samples = [(label, member, None) for label, member in SAMPLE_MEMBERS]
        samples.append(("Cosponsor", SAMPLE_MEMBERS[0][1], True))  # the thank-you version
        for label, member, cosponsor in samples:
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
                template = campaign.in_language(language).template_for(member)
            except InputProblem as exc:
                results.append(Preview(label, member, note=str(exc)))
                continue
            if template in broken:
                problem = next(p for p in report.errors if p.file == template)
                results.append(Preview(label, member, problem=problem))
                continue
            try:
                person = _SAMPLE_DC if member.state == "DC" else SAMPLE_CONSTITUENT
                letter = compose_letter(campaign, person, member, story=story, today=today,
                                        cosponsor=cosponsor, language=language)  # fmt: skip
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


# --- a new campaign from a few answers (the editor's "New campaign" wizard) -----------------
@dataclass
class NewCampaignAnswers:
    title: str
    congress: int
    bills: dict[str, tuple[str, int]]  # "house"/"senate" -> (type, number)
    short_title: str = ""
    ask: str = ""  # what members are asked to do: "cosponsor it and help bring it to a vote"
    summary: str = ""
    points: list[str] = field(default_factory=list)
    story_prompts: list[str] = field(default_factory=list)


def campaign_id_for(title: str) -> str:
    """A valid id from a title: "Kids Online Safety Act" -> "kids-online-safety-act"."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    base = "-".join(words)[:56].strip("-") or "campaign"
    if len(base) < 3:
        base = f"{base}-campaign"
    return base


def new_campaign(answers: NewCampaignAnswers) -> PackDraft:
    """A pack that writes one letter for every role (the paragraph form), with the
    thank-you version for cosponsors and sponsors: it checks clean once the answers are."""
    from advocate_app.core.letter_paragraphs import LETTER_FILE, LetterParagraphs

    short = answers.short_title.strip() or answers.title.strip()
    bills = {
        chamber: BillFields(kind, int(number), short)
        for chamber, (kind, number) in answers.bills.items()
        if number
    }
    ask = " ".join(answers.ask.split())
    summary = " ".join(answers.summary.split()) or (
        f"Ask your members of Congress to {ask.rstrip('.') or 'support the ' + short}."
    )
    fields = ManifestFields(
        id=campaign_id_for(answers.title), title=answers.title.strip(), summary=summary,
        congress=answers.congress, subject="{bill}, the {short_title}", bills=bills,
        templates={key: LETTER_FILE for key in TEMPLATE_KEYS},
        talking_points=[(" ".join(p.split()), True) for p in answers.points if p.strip()],
        story_prompts=[p.strip() for p in answers.story_prompts if p.strip()],
    )  # fmt: skip
    return PackDraft(fields, {LETTER_FILE: LetterParagraphs.starter(ask).to_template()})


def sample_campaign() -> PackDraft:
    """The editor's sample: the built-in STOP CSAM campaign's facts, written as paragraphs."""
    return new_campaign(NewCampaignAnswers(
        title="STOP CSAM Act of 2025 (sample)", congress=119,
        bills={"house": ("hr", 3921), "senate": ("s", 1829)},
        short_title="STOP CSAM Act of 2025",
        ask="cosponsor it and help bring it to a vote before this Congress ends",
        summary="A sample campaign written in the paragraph view: open it to see how a letter "
        "is put together, then change it or start your own with File > New campaign.",
        points=[
            "Survivors deserve their day in court. The bill would let victims seek legal "
            "recourse against online platforms that promote or aid and abet their exploitation.",
            "Reports to the CyberTipline would become more useful to the investigators who "
            "find and protect children.",
            "Accountability changes behavior: companies that answer for harm design safer "
            "services.",
        ],
        story_prompts=["Why does keeping children safe online matter to you?"],
    ))  # fmt: skip
