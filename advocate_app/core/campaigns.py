"""Campaign packs: what a campaign asks for, of whom, and with which templates.

A pack is a folder (or a ``.zip`` of one) holding ``campaign.toml`` and Jinja2 templates.
Packs are written by organizers and shared, so everything in them is untrusted: files are
read through ``campaign_pack`` (no links, no escapes, size limits) and templates only ever
run in ``sandbox``. Loading a pack checks it first (``validate_pack``) and refuses it with
``file:line: message`` problems an organizer can act on.

The manifest format is documented in ``templates/README.md``; the built-in packs live in
the app's ``templates/`` folder.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.campaign_pack import (
    MANIFEST,
    BillFacts,
    PackRefused,
    read_pack_files,
    write_pack_folder,
    write_pack_zip,
)
from advocate_app.core.errors import InputProblem
from advocate_app.core.models import Bill, Chamber, Member, Role

if TYPE_CHECKING:
    from advocate_app.core.sandbox import LetterSandbox

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# Congress.gov bill types, and the chamber each one starts in.
BILL_TYPES: dict[str, Chamber] = {
    "hr": Chamber.HOUSE, "hres": Chamber.HOUSE, "hjres": Chamber.HOUSE, "hconres": Chamber.HOUSE,
    "s": Chamber.SENATE, "sres": Chamber.SENATE, "sjres": Chamber.SENATE, "sconres": Chamber.SENATE,
}  # fmt: skip
_CONGRESS_GOV_PATHS = {
    "hr": "house-bill", "hres": "house-resolution", "hjres": "house-joint-resolution",
    "hconres": "house-concurrent-resolution", "s": "senate-bill", "sres": "senate-resolution",
    "sjres": "senate-joint-resolution", "sconres": "senate-concurrent-resolution",
}  # fmt: skip
TEMPLATE_KEYS = ("house", "senate", "delegate", "resident_commissioner")
# Which template a member gets: the first key the pack provides.
_TEMPLATE_ORDER: dict[Role, tuple[str, ...]] = {
    Role.REPRESENTATIVE: ("house",),
    Role.SENATOR: ("senate",),
    Role.DELEGATE: ("delegate", "house"),
    Role.RESIDENT_COMMISSIONER: ("resident_commissioner", "delegate", "house"),
}
SUBJECT_FIELDS = ("bill", "short_title", "title")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")


@dataclass(frozen=True)
class Problem:
    """Something wrong with a pack; ``str()`` is ``file:line: message`` (line 0 = whole file)."""

    file: str
    line: int
    message: str
    severity: str = "error"  # or "warning": the pack still loads

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        label = "warning: " if self.severity == "warning" else ""
        return f"{where}: {label}{self.message}"


class CampaignError(InputProblem):
    """A pack that cannot be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error] or self.problems
        lines = "\n".join(f"  {p}" for p in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"The campaign pack {source} cannot be used:\n{lines}{more}")


@dataclass(frozen=True)
class Campaign:
    id: str
    title: str
    summary: str
    congress: int
    end_date: date
    subject: str  # may hold {bill}, {short_title}, {title}
    bills: dict[Chamber, Bill] = field(hash=False)
    talking_points: tuple[str, ...] = ()
    default_points: tuple[int, ...] = ()  # 0-based indices ticked unless the person changes them
    story_prompts: tuple[str, ...] = ()
    organizer_email: str = ""
    templates: dict[str, str] = field(default_factory=dict, hash=False)  # key -> file name
    sources: dict[str, str] = field(default_factory=dict, hash=False, repr=False)  # file -> text
    path: Path | None = None
    builtin: bool = False
    facts: dict[Chamber, BillFacts] = field(default_factory=dict, hash=False)  # sponsors, status
    _cache: dict[str, Any] = field(default_factory=dict, hash=False, compare=False, repr=False)

    def is_expired(self, today: date | None = None) -> bool:
        """True once the campaign's congress has ended: its bills died with it."""
        return (today or date.today()) >= self.end_date

    def bill_for(self, who: Member | Chamber) -> Bill | None:
        chamber = who.chamber if isinstance(who, Member) else who
        return self.bills.get(chamber)

    def facts_for(self, who: Member | Chamber) -> BillFacts:
        chamber = who.chamber if isinstance(who, Member) else who
        return self.facts.get(chamber) or BillFacts()

    def targets(self, member: Member) -> bool:
        return member.chamber in self.bills

    def template_for(self, member: Member) -> str:
        for key in _TEMPLATE_ORDER[member.role]:
            if key in self.templates:
                return self.templates[key]
        raise InputProblem(
            f"The campaign '{self.id}' has no letter for a {member.role.title.lower()}."
        )

    def subject_for(self, bill: Bill | None) -> str:
        values = {
            "bill": bill.label if bill else "",
            "short_title": bill.short_title if bill else "",
        }
        values["title"] = self.title
        return re.sub(
            r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), self.subject
        ).strip()

    @property
    def environment(self) -> LetterSandbox:
        """The pack's sandbox, built once (compiled templates are cached inside it)."""
        env = self._cache.get("env")
        if env is None:
            from advocate_app.core.sandbox import LetterSandbox

            env = self._cache["env"] = LetterSandbox(self.sources)
        return env

    def as_dict(self, today: date | None = None) -> dict[str, Any]:
        """A JSON-friendly summary (``campaigns list --json``, the GUI's picker)."""
        return {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "congress": self.congress,
            "end_date": self.end_date.isoformat(),
            "expired": self.is_expired(today),
            "bills": {
                c.value: {"label": b.label, "title": b.short_title, "url": b.url}
                for c, b in self.bills.items()
            },
            "talking_points": list(self.talking_points),
            "story_prompts": list(self.story_prompts),
            "organizer_email": self.organizer_email,
            "builtin": self.builtin,
            "path": str(self.path) if self.path else "",
        }


def congress_gov_url(bill: Bill) -> str:
    kind = _CONGRESS_GOV_PATHS.get(bill.type, "bill")
    return f"https://www.congress.gov/bill/{ordinal(bill.congress)}-congress/{kind}/{bill.number}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- loading ---------------------------------------------------------------------------------
def load_campaign(path: Path, *, builtin: bool = False, today: date | None = None) -> Campaign:
    """Read, check and return the pack at ``path`` (folder or .zip); ``CampaignError`` if unusable."""
    from advocate_app.core.campaign_check import check_files

    path = Path(path)
    try:
        files = read_pack_files(path)
    except PackRefused as exc:
        raise CampaignError(str(path), [Problem(exc.where, 0, exc.reason)]) from None
    campaign, problems = check_files(files, path=path, builtin=builtin, today=today)
    if campaign is None or any(p.is_error for p in problems):
        raise CampaignError(str(path), problems)
    for problem in problems:
        log.info("campaign %s: %s", campaign.id, problem)
    return campaign


def validate_pack(path: Path, *, today: date | None = None) -> list[Problem]:
    """Every problem with the pack at ``path`` (errors and warnings); empty when all is well."""
    from advocate_app.core.campaign_check import check_files

    path = Path(path)
    try:
        files = read_pack_files(path)
    except PackRefused as exc:
        return [Problem(exc.where, 0, exc.reason)]
    return check_files(files, path=path, builtin=False, today=today)[1]


def builtin_campaigns() -> list[Campaign]:
    """The packs shipped with the app (``templates/<id>/campaign.toml``)."""
    from advocate_app.core.paths import templates_dir

    try:
        root = templates_dir()
    except FileNotFoundError:
        log.warning("the app's templates folder is missing; no built-in campaigns")
        return []
    return [load_campaign(p.parent, builtin=True) for p in sorted(root.glob(f"*/{MANIFEST}"))]


def _installed(dirs: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in dirs:
        if Path(folder).is_dir():
            found.extend(p.parent for p in sorted(Path(folder).glob(f"*/{MANIFEST}")))
    return found


def find_campaign(campaign_id: str, extra_dirs: Iterable[Path] = ()) -> Campaign:
    """The built-in or installed campaign with this id; ``InputProblem`` naming the choices."""
    builtins = builtin_campaigns()
    for campaign in builtins:
        if campaign.id == campaign_id:
            return campaign
    folders = _installed(extra_dirs)
    # The folder is normally named after the id (import does that); a hand-copied one may not be.
    for folder in sorted(folders, key=lambda f: f.name != campaign_id):
        try:
            campaign = load_campaign(folder)
        except CampaignError:
            if folder.name == campaign_id:
                raise
            continue
        if campaign.id == campaign_id:
            return campaign
    known = sorted({c.id for c in builtins} | {f.name for f in folders})
    raise InputProblem(
        f"There is no campaign '{campaign_id}'. Available: {', '.join(known) or 'none'}. "
        "See 'advocate campaigns list'."
    )


# --- import / export ---------------------------------------------------------------------------
def import_pack_zip(
    zip_path: Path,
    dest_dir: Path,
    *,
    replace: bool = False,
    reserved_ids: Iterable[str] = (),
    today: date | None = None,
) -> Path:
    """Check the pack in ``zip_path`` and install it as ``dest_dir/<id>``; returns that folder."""
    from advocate_app.core.campaign_check import check_files

    zip_path = Path(zip_path)
    try:
        files = read_pack_files(zip_path)
    except PackRefused as exc:
        raise CampaignError(zip_path.name, [Problem(exc.where, 0, exc.reason)]) from None
    campaign, problems = check_files(files, path=zip_path, builtin=False, today=today)
    if campaign is None or any(p.is_error for p in problems):
        raise CampaignError(zip_path.name, problems)
    if campaign.id in set(reserved_ids):
        raise InputProblem(
            f"The pack uses the id '{campaign.id}' of a campaign built into the app. "
            "Give it a different id in campaign.toml."
        )
    target = write_pack_folder(files, Path(dest_dir) / campaign.id, replace=replace)
    log.info("installed campaign pack %s", campaign.id)
    return target


def export_pack_zip(pack_dir: Path, zip_path: Path) -> Path:
    """Write the (checked) pack folder as a ``.zip`` others can import."""
    from advocate_app.core.campaign_check import check_files

    pack_dir = Path(pack_dir)
    try:
        files = read_pack_files(pack_dir)
    except PackRefused as exc:
        raise CampaignError(str(pack_dir), [Problem(exc.where, 0, exc.reason)]) from None
    campaign, problems = check_files(files, path=pack_dir, builtin=False)
    if campaign is None or any(p.is_error for p in problems):
        raise CampaignError(str(pack_dir), problems)
    return write_pack_zip(files, Path(zip_path), campaign.id)


# --- the library the app uses ------------------------------------------------------------------
class CampaignLibrary:
    """Built-in packs plus those the person installed (``user_dir``), loaded once."""

    def __init__(self, user_dir: Path | None = None, extra_dirs: Iterable[Path] = ()) -> None:
        self.user_dir = Path(user_dir) if user_dir else None
        self.extra_dirs = [Path(d) for d in extra_dirs]
        self._campaigns: list[Campaign] | None = None
        self.broken: list[tuple[Path, CampaignError]] = []  # installed packs that fail to load

    @property
    def _dirs(self) -> list[Path]:
        return [d for d in (self.user_dir, *self.extra_dirs) if d is not None]

    def all(self) -> list[Campaign]:
        if self._campaigns is None:
            campaigns = builtin_campaigns()
            seen = {c.id for c in campaigns}
            self.broken = []
            for folder in _installed(self._dirs):
                try:
                    campaign = load_campaign(folder)
                except CampaignError as exc:
                    self.broken.append((folder, exc))
                    continue
                if campaign.id not in seen:
                    seen.add(campaign.id)
                    campaigns.append(campaign)
            self._campaigns = campaigns
        return list(self._campaigns)

    def find(self, campaign_id: str) -> Campaign:
        for campaign in self.all():
            if campaign.id == campaign_id:
                return campaign
        for folder, error in self.broken:
            if folder.name == campaign_id:
                raise error
        known = ", ".join(c.id for c in self.all()) or "none"
        raise InputProblem(
            f"There is no campaign '{campaign_id}'. Available: {known}. See 'advocate campaigns list'."
        )

    def import_zip(self, zip_path: Path, *, replace: bool = False) -> Campaign:
        """Install a shared pack; built-in ids are reserved so no pack can impersonate one."""
        if self.user_dir is None:
            raise InputProblem("This profile has no folder for installed campaigns.")
        reserved = {c.id for c in builtin_campaigns()}
        target = import_pack_zip(
            Path(zip_path), self.user_dir, replace=replace, reserved_ids=reserved
        )
        self._campaigns = None
        return load_campaign(target)

    def import_url(self, http: Any, url: str, *, replace: bool = False) -> Campaign:
        """Install a pack the organizer published at an https:// address (core/campaign_fetch)."""
        from advocate_app.core.campaign_fetch import fetch_pack

        if self.user_dir is None:
            raise InputProblem("This profile has no folder for installed campaigns.")
        reserved = {c.id for c in builtin_campaigns()}
        target = fetch_pack(http, url, self.user_dir, replace=replace, reserved_ids=reserved)
        self._campaigns = None
        return load_campaign(target)

    def export_zip(self, campaign_id: str, zip_path: Path) -> Path:
        campaign = self.find(campaign_id)
        if campaign.path is None:
            raise InputProblem(f"The campaign '{campaign_id}' has no folder to export.")
        return export_pack_zip(campaign.path, zip_path)
