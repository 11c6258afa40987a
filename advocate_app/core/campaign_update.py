"""Campaign successors: a pack may name the address where its organizer publishes updates.

Bills die when their Congress ends, so an organizer publishes a successor pack (the bill
reintroduced under new numbers, the new congress) at the ``source_url`` their pack names.
``advocate campaign update [ID]`` fetches it with the same limits and checks as
``campaign fetch`` (https only, a size cap while it streams, the pack checked like any
stranger's file) and says what changed (bill numbers, congress) before anything is
installed. Never automatic: Advocate makes no network call the person did not ask for.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.campaign_fetch import check_pack_url, download_pack
from advocate_app.core.campaign_model import ordinal
from advocate_app.core.campaigns import Campaign, import_pack_zip, load_campaign
from advocate_app.core.errors import InputProblem
from advocate_app.core.letter_conventions import format_date

if TYPE_CHECKING:
    from advocate_app.core.http import HttpClient


@dataclass(frozen=True)
class CampaignUpdate:
    current: Campaign
    offered: Campaign
    url: str
    data: bytes  # the checked pack, installed as it was shown

    @property
    def changes(self) -> list[str]:
        return describe_changes(self.current, self.offered)

    @property
    def is_new(self) -> bool:
        return bool(self.changes)


def describe_changes(current: Campaign, offered: Campaign) -> list[str]:
    """What the person should see before installing: congress, bills, id, title, end."""
    changes: list[str] = []
    if offered.congress != current.congress:
        changes.append(f"Congress: {ordinal(current.congress)} -> {ordinal(offered.congress)}")
    for chamber in sorted(set(current.bills) | set(offered.bills), key=lambda c: c.value):
        before, after = current.bills.get(chamber), offered.bills.get(chamber)
        old = f"{before.label} ({ordinal(before.congress)} Congress)" if before else "none"
        new = f"{after.label} ({ordinal(after.congress)} Congress)" if after else "none"
        if old != new:
            changes.append(f"{chamber.value.title()} bill: {old} -> {new}")
    if offered.id != current.id:
        changes.append(f"Campaign id: {current.id} -> {offered.id} (installed beside the old one)")
    if offered.title != current.title:
        changes.append(f"Title: {current.title} -> {offered.title}")
    if offered.end_date != current.end_date:
        changes.append(
            f"Letters until: {format_date(current.end_date)} -> {format_date(offered.end_date)}"
        )
    if offered.talking_points != current.talking_points:
        changes.append("Talking points changed")
    if offered.sources != current.sources and not changes:
        changes.append("Letter wording changed")
    return changes


def check_for_update(
    http: HttpClient, campaign: Campaign, *, today: date | None = None
) -> CampaignUpdate:
    """Fetch and check the pack at the campaign's ``source_url``; installs nothing."""
    if not campaign.source_url:
        raise InputProblem(
            f"The campaign '{campaign.id}' does not name an address for updates. Ask its "
            "organizer for the new pack, then use 'advocate campaign fetch URL'."
        )
    url = check_pack_url(campaign.source_url)
    data = download_pack(http, url)
    with tempfile.TemporaryDirectory(prefix="advocate-update-") as tmp:
        archive = Path(tmp) / "update.zip"
        archive.write_bytes(data)
        offered = load_campaign(archive, today=today)
    return CampaignUpdate(campaign, offered, url, data)


def install_update(
    update: CampaignUpdate,
    dest_dir: Path,
    *,
    reserved_ids: Iterable[str] = (),
    today: date | None = None,
) -> Path:
    """Install the pack exactly as checked and shown; a same-id installed pack is replaced."""
    with tempfile.TemporaryDirectory(prefix="advocate-update-") as tmp:
        archive = Path(tmp) / "update.zip"
        archive.write_bytes(update.data)
        same_id = update.offered.id == update.current.id and not update.current.builtin
        return import_pack_zip(
            archive, dest_dir, replace=same_id, reserved_ids=reserved_ids, today=today
        )
