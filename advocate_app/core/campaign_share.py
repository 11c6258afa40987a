"""Sharing campaign packs: what ``advocate campaign import|export|remove`` need beyond the
library (``core/campaigns.CampaignLibrary``).

- ``import_problems``: the pack's checks as an editor reads them before installing, plus
  an error for a campaign whose Congress has ended (unless ``archive = true``) and a clear
  way out when a pack with the same id is installed (``--replace`` or ``remove``);
- ``remove_installed``: delete an installed pack (never a built-in one);
- ``export_folder``: write a pack folder being written (not installed) as a ``.zip``;
- ``strict_problems``: a campaign whose Congress has ended is an error here (and in the
  editor), unless it says ``archive = true``; loading a pack only flags it, so an old pack
  already installed still opens as "over".
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from advocate_app.core.campaign_check import check_files
from advocate_app.core.campaign_pack import MANIFEST, PackRefused, read_pack_files
from advocate_app.core.campaigns import (
    Campaign,
    CampaignError,
    CampaignLibrary,
    Problem,
    builtin_campaigns,
    export_pack_zip,
)
from advocate_app.core.errors import InputProblem


def check_pack(path: Path, today: date | None = None) -> tuple[Campaign | None, list[Problem]]:
    """Every problem an organizer should see before sharing or installing ``path``."""
    path = Path(path)
    try:
        files = read_pack_files(path)
    except PackRefused as exc:
        return None, [Problem(exc.where, 0, exc.reason)]
    campaign, problems = check_files(files, path=path, builtin=False, today=today)
    text = files.get(MANIFEST, b"").decode("utf-8-sig", "replace")
    problems = strict_problems(problems, campaign, text, today)
    return (campaign if not any(p.is_error for p in problems) else None), problems


def check_before_import(
    library: CampaignLibrary, zip_path: Path, *, replace: bool, today: date | None = None
) -> Campaign:
    """Refuse (``CampaignError``/``InputProblem``) what ``import`` should not install."""
    campaign, problems = check_pack(zip_path, today)
    if campaign is None:
        raise CampaignError(Path(zip_path).name, problems)
    if library.user_dir is not None and not replace and (library.user_dir / campaign.id).exists():
        raise InputProblem(
            f"A campaign '{campaign.id}' is already installed. To install this copy instead, "
            f"run the import again with --replace (or remove the old one first: "
            f"advocate campaign remove {campaign.id})."
        )
    return campaign


def remove_installed(library: CampaignLibrary, campaign_id: str) -> Path:
    """Delete the installed pack ``campaign_id``; returns its folder. Built-ins are refused."""
    if campaign_id in {c.id for c in builtin_campaigns()}:
        raise InputProblem(
            f"'{campaign_id}' is built into the app and cannot be removed. To stop offering "
            "it at an event, choose another campaign in the event set-up."
        )
    folders = []
    if library.user_dir is not None and library.user_dir.is_dir():
        folders = [p.parent for p in sorted(library.user_dir.glob(f"*/{MANIFEST}"))]
    target = next((f for f in folders if f.name == campaign_id), None)
    if target is None:
        for campaign in library.all():
            if campaign.id == campaign_id and campaign.path is not None:
                if Path(campaign.path).parent in [f.parent for f in folders]:
                    target = Path(campaign.path)
    if target is None:
        installed = ", ".join(f.name for f in folders) or "none"
        raise InputProblem(
            f"There is no installed campaign '{campaign_id}'. Installed: {installed}. "
            "See 'advocate campaigns list'."
        )
    shutil.rmtree(target)
    library._campaigns = None  # noqa: SLF001 - the library reloads what is installed
    return target


def export_folder(folder: Path, zip_path: Path) -> Path:
    """A pack folder (one being written, not installed) as a ``.zip`` to share."""
    folder = Path(folder)
    if not (folder / MANIFEST).is_file():
        raise InputProblem(f"{folder} is not a campaign pack: it has no {MANIFEST}.")
    return export_pack_zip(folder, Path(zip_path))


# --- a campaign whose Congress has ended ---------------------------------------------------
def ended_problems(
    campaign: Campaign | None, data_or_text: Mapping[str, Any] | str, today: date | None = None
) -> list[Problem]:
    """An error for a campaign whose Congress has ended, unless it says ``archive = true``
    (then a warning): what ``campaign check``, import and the editor add to the checks."""
    from advocate_app.core.campaign_model import ordinal
    from advocate_app.core.letter_conventions import format_date

    if campaign is None or not campaign.is_expired(today):
        return []
    data = data_or_text
    if isinstance(data, str):
        import tomllib

        try:
            data = tomllib.loads(data.lstrip("\ufeff"))
        except tomllib.TOMLDecodeError:
            data = {}
    line = 0
    if isinstance(data_or_text, str):
        found = re.search(r"^[ \t]*congress[ \t]*=", data_or_text.lstrip("\ufeff"), re.MULTILINE)
        line = data_or_text.lstrip("\ufeff").count("\n", 0, found.start()) + 1 if found else 0
    ended = f"the {ordinal(campaign.congress)} Congress ended on {format_date(campaign.end_date)}"
    if data.get("archive") is True:
        return [Problem(MANIFEST, line, f"{ended}; kept as an archive (archive = true), so "
                        "no letters are written for it", "warning")]  # fmt: skip
    return [Problem(MANIFEST, line, f"{ended}, and its bills died with it: no letters can be "
                    f"written for this campaign. Point it at the bills of the current Congress, "
                    "or add archive = true to keep it only as a record")]  # fmt: skip


def strict_problems(
    problems: list[Problem], campaign: Campaign | None, text: str, today: date | None
) -> list[Problem]:
    """``problems`` with the ended-Congress note replaced by ``ended_problems``' verdict."""
    extra = ended_problems(campaign, text, today)
    if not extra:
        return problems
    kept = [p for p in problems if not (p.file == MANIFEST and "Congress ended on" in p.message)]
    return [*kept, *extra]
