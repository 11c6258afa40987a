"""A campaign pack being edited: the manifest as fields, the templates as text, checked and
previewed without touching the disk.

Why: the campaign editor (gui/editor/) must show an organizer their mistakes with the line
to fix, and what a letter will look like for each kind of member, while they type. The
widgets hold no Jinja and no TOML: they hand text to ``PackDraft`` and get back problems
(``file:line``, and for the manifest the form field to focus) and rendered letters.

- The manifest is ``ManifestFields`` (``campaign_manifest_fields``), written back keeping
  the organizer's layout and saying which line holds which key.
- ``PackDraft.check()`` runs the same checks as loading a pack (``campaign_check``).
- ``PackDraft.review()`` adds the previews for sample members (``campaign_preview``).
- ``save_folder`` / ``export_zip`` write through ``campaign_pack`` (all or nothing).
- A new pack from a few answers is ``new_campaign``'s job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from advocate_app.core.campaign_manifest_fields import (
    BillFields,
    ManifestFields,
    fields_from_toml,
    manifest_toml,
)
from advocate_app.core.campaign_model import TEMPLATE_KEYS, Campaign, CampaignError, Problem
from advocate_app.core.campaign_pack import MANIFEST, write_pack_folder, write_pack_zip
from advocate_app.core.campaign_preview import SAMPLE_STORY, Preview, preview_letters

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
# Stands in for a broken template so the roles using the other templates still preview.
_PLACEHOLDER = "{{ bill.label }} {{ story }} {{ talking_points | join(' ') }}"


def _template_text(data: bytes) -> str:
    return data.decode("utf-8-sig", "replace").replace("\r\n", "\n")


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

        report = self.check(today)
        broken = {p.file for p in report.errors if p.file in self.templates}
        campaign = report.campaign
        if campaign is None and broken and not any(p.file == MANIFEST for p in report.errors):
            stand_ins = {**self.files(), **{n: _PLACEHOLDER.encode() for n in broken}}
            campaign = check_files(stand_ins, path=None, today=today)[0]
        previews = preview_letters(
            campaign, report.errors, broken, story=story, today=today, language=language
        )
        return report, previews

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
