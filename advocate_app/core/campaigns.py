"""Campaign packs: what a campaign asks for, of whom, and with which templates.

A pack is a folder (or a ``.zip`` of one) holding ``campaign.toml`` and Jinja2 templates.
Packs are written by organizers and shared, so everything in them is untrusted: files are
read through ``campaign_pack`` (no links, no escapes, size limits) and templates only ever
run in ``sandbox``. Loading a pack checks it first (``validate_pack``) and refuses it with
``file:line: message`` problems an organizer can act on.

The manifest format is documented in ``templates/README.md``; the built-in packs live in
the app's ``templates/`` folder. What a loaded campaign is (``Campaign``, ``Problem``,
``CampaignError``) lives below, in ``campaign_model``, so the checker and the letters can
use it without importing the loader.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.campaign_model import Campaign, CampaignError, Problem
from advocate_app.core.campaign_pack import (
    MANIFEST,
    PackRefused,
    read_pack_files,
    write_pack_folder,
    write_pack_zip,
)
from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message

if TYPE_CHECKING:
    from advocate_app.core.check_cache import CheckCache

log = logging.getLogger(__name__)
NONE = Message("campaigns.none")


# --- loading ---------------------------------------------------------------------------------
def load_campaign(
    path: Path,
    *,
    builtin: bool = False,
    today: date | None = None,
    cache: CheckCache | None = None,
) -> Campaign:
    """Read, check and return the pack at ``path`` (folder or .zip); ``CampaignError`` if
    unusable. ``cache`` keeps what its sample letters showed, for the next load."""
    from advocate_app.core.campaign_check import check_files

    path = Path(path)
    try:
        files = read_pack_files(path)
    except PackRefused as exc:
        raise CampaignError(str(path), [Problem(exc.where, 0, exc.reason)]) from None
    campaign, problems = check_files(files, path=path, builtin=builtin, today=today, cache=cache)
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


def builtin_campaigns(cache: CheckCache | None = None) -> list[Campaign]:
    """The packs shipped with the app (``templates/<id>/campaign.toml``)."""
    from advocate_app.core.paths import templates_dir

    try:
        root = templates_dir()
    except FileNotFoundError:
        log.warning("the app's templates folder is missing; no built-in campaigns")
        return []
    manifests = sorted(root.glob(f"*/{MANIFEST}"))
    return [load_campaign(p.parent, builtin=True, cache=cache) for p in manifests]


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
        Message("campaigns.unknown", campaign=campaign_id, known=", ".join(known) or NONE)
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
        raise InputProblem(Message("campaigns.reserved_id", campaign=campaign.id))
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


def fetch_pack(
    http: Any,
    url: str,
    dest_dir: Path,
    *,
    replace: bool = False,
    reserved_ids: Iterable[str] = (),
    today: date | None = None,
) -> Path:
    """Download, check and install the pack at ``url`` as ``dest_dir/<id>``; returns it."""
    from advocate_app.core.campaign_fetch import download_pack, pack_file_name

    data = download_pack(http, url)
    with tempfile.TemporaryDirectory(prefix="advocate-pack-") as tmp:
        archive = Path(tmp) / pack_file_name(url)
        archive.write_bytes(data)
        target = import_pack_zip(
            archive, dest_dir, replace=replace, reserved_ids=reserved_ids, today=today
        )
    log.info("campaign pack loaded from the web (%d bytes)", len(data))
    return target


# --- the library the app uses ------------------------------------------------------------------
class CampaignLibrary:
    """Built-in packs plus those the person installed (``user_dir``), loaded once (with
    ``check_cache``, a pack checked before is not rendered again: ``check_cache``)."""

    def __init__(
        self,
        user_dir: Path | None = None,
        extra_dirs: Iterable[Path] = (),
        check_cache: CheckCache | None = None,
    ) -> None:
        self.user_dir = Path(user_dir) if user_dir else None
        self.check_cache = check_cache
        self.extra_dirs = [Path(d) for d in extra_dirs]
        self._campaigns: list[Campaign] | None = None
        self.broken: list[tuple[Path, CampaignError]] = []  # installed packs that fail to load

    @property
    def _dirs(self) -> list[Path]:
        return [d for d in (self.user_dir, *self.extra_dirs) if d is not None]

    def all(self) -> list[Campaign]:
        if self._campaigns is None:
            campaigns = builtin_campaigns(self.check_cache)
            seen = {c.id for c in campaigns}
            self.broken = []
            for folder in _installed(self._dirs):
                try:
                    campaign = load_campaign(folder, cache=self.check_cache)
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
        known = ", ".join(c.id for c in self.all()) or NONE
        raise InputProblem(Message("campaigns.unknown", campaign=campaign_id, known=known))

    def import_zip(self, zip_path: Path, *, replace: bool = False) -> Campaign:
        """Install a shared pack; built-in ids are reserved so no pack can impersonate one."""
        if self.user_dir is None:
            raise InputProblem(Message("campaigns.no_user_folder"))
        reserved = {c.id for c in builtin_campaigns(self.check_cache)}
        target = import_pack_zip(
            Path(zip_path), self.user_dir, replace=replace, reserved_ids=reserved
        )
        self._campaigns = None
        return load_campaign(target)

    def import_url(self, http: Any, url: str, *, replace: bool = False) -> Campaign:
        """Install a pack the organizer published at an https:// address (core/campaign_fetch)."""
        if self.user_dir is None:
            raise InputProblem(Message("campaigns.no_user_folder"))
        reserved = {c.id for c in builtin_campaigns(self.check_cache)}
        target = fetch_pack(http, url, self.user_dir, replace=replace, reserved_ids=reserved)
        self._campaigns = None
        return load_campaign(target)

    def export_zip(self, campaign_id: str, zip_path: Path) -> Path:
        campaign = self.find(campaign_id)
        if campaign.path is None:
            raise InputProblem(Message("campaigns.no_folder", campaign=campaign_id))
        return export_pack_zip(campaign.path, zip_path)
