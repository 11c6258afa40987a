"""``advocate campaigns list`` and ``advocate campaign check|import|fetch|export|remove``.

Two spellings on purpose: ``campaigns`` (plural) lists what is installed; ``campaign``
(singular) acts on one pack. ``check`` is the organizer's tool: it prints every problem as
``file:line: message`` and exits 1 when the pack cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.campaign_model import Campaign, Problem


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser(
        "campaigns", help="list the campaigns you can write letters for",
        description="List built-in and installed campaigns, with their bills and talking points.",
    )  # fmt: skip
    listing_sub = listing.add_subparsers(dest="campaigns_command", metavar="ACTION")
    list_parser = listing_sub.add_parser("list", help="list campaigns (the default)")
    for parser in (listing, list_parser):
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.set_defaults(func=run_list)

    one = subparsers.add_parser(
        "campaign", help="check, import or export one campaign pack",
        description="Work with one campaign pack (a folder or .zip with campaign.toml and templates).",
    )  # fmt: skip
    actions = one.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="check a pack and print every problem (exit 1 if unusable)"
    )
    check.add_argument("path", type=Path, metavar="PATH", help="pack folder or .zip")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")
    check.add_argument(
        "--today", type=date.fromisoformat, metavar="YYYY-MM-DD", default=None,
        help="check as of this day (default: today): a campaign whose Congress has ended "
        "is an error unless it says archive = true",
    )  # fmt: skip
    check.set_defaults(func=run_check)
    install = actions.add_parser("import", help="check a .zip pack and install it for this profile")
    install.add_argument("zip_path", type=Path, metavar="ZIP")
    install.add_argument(
        "--replace", action="store_true", help="replace an installed pack with the same id"
    )
    install.set_defaults(func=run_import)
    fetch = actions.add_parser(
        "fetch", help="load a pack from the https:// address an organizer published",
        description="Download a campaign pack (.zip) from an https:// address, check it like "
        "any other pack, and install it for this profile.",
    )  # fmt: skip
    fetch.add_argument("url", metavar="URL", help="https://... address of the pack's .zip")
    fetch.add_argument(
        "--replace", action="store_true", help="replace an installed pack with the same id"
    )
    fetch.set_defaults(func=run_fetch)
    update = actions.add_parser(
        "update", help="check the address a campaign names for its newer pack (a new Congress)",
        description="Fetch the pack a campaign's organizer publishes at the campaign's "
        "source_url, check it like any pack, and show what changed (bill numbers, congress). "
        "Nothing is installed without --yes. Advocate never checks by itself.",
    )  # fmt: skip
    update.add_argument("campaign_id", nargs="?", metavar="ID",
                        help="the campaign (default: every campaign that names an update address)")  # fmt: skip
    update.add_argument("--yes", action="store_true", help="install the newer pack that was found")
    update.set_defaults(func=run_update)
    export = actions.add_parser(
        "export", help="write a campaign (its id, or a pack folder) as a .zip to share"
    )
    export.add_argument("campaign_id", metavar="ID_OR_FOLDER")
    export.add_argument("zip_path", type=Path, metavar="ZIP")
    export.set_defaults(func=run_export)
    remove = actions.add_parser(
        "remove", help="remove an installed campaign (built-in ones stay)",
        description="Delete a campaign pack installed with 'campaign import' or 'fetch'. "
        "Letters already written are kept.",
    )  # fmt: skip
    remove.add_argument("campaign_id", metavar="ID")
    remove.set_defaults(func=run_remove)


def run_list(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.letter_conventions import format_date

    library = services.campaigns
    campaigns = library.all()
    today = date.today()
    if args.json:
        payload = {
            "campaigns": [c.as_dict(today) for c in campaigns],
            "broken": [{"path": str(path), "problems": [str(p) for p in error.problems]} for path, error in library.broken],
        }  # fmt: skip
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    if not campaigns:
        print("No campaigns are installed.")
    for campaign in campaigns:
        state = "OVER" if campaign.is_expired(today) else f"until {format_date(campaign.end_date)}"
        bills = ", ".join(f"{b.label} ({c.value})" for c, b in campaign.bills.items())
        print(f"{campaign.id}: {campaign.title}  [{state}]")
        print(f"  Bills: {bills}")
        if len(campaign.languages) > 1:
            print("  Letters in: English (default), Spanish (--letter-language es)")
        print(textwrap.fill(campaign.summary, 88, initial_indent="  ", subsequent_indent="  "))
        print("  Talking points (choose with --points 1,3):")
        for number, point in enumerate(campaign.talking_points, 1):
            mark = "*" if number - 1 in campaign.default_points else " "
            print(
                textwrap.fill(
                    point, 88, initial_indent=f"  {mark}{number:>2}. ", subsequent_indent=" " * 7
                )
            )
        print()
    if campaigns:
        print("* = included unless you choose with --points.")
    for path, _error in library.broken:
        print(
            f"Note: the pack in {path} cannot be used; run 'advocate campaign check {path}'.",
            file=sys.stderr,
        )
    return 0


def _committee_problems(campaign: Campaign | None, services: Services) -> list[Problem]:
    """A committee the pack names that the saved committee data does not list (no download:
    without the data, nothing is said)."""
    from advocate_app.core.campaign_model import Problem
    from advocate_app.core.committees import unknown_committees

    if campaign is None or "committee_membership" not in services.datasets.sources:
        return []
    wanted = [facts.committee for facts in campaign.facts.values()]
    roster = services.datasets.info("committee_membership").path
    return [
        Problem("campaign.toml", 0, f"committee = \"{committee}\" is not a committee in the "
                "committee-membership data (a thomas id such as \"SSJU\" or \"HSJU\"), so "
                "no letter will mention it", "warning")
        for committee in unknown_committees(wanted, roster)
    ]  # fmt: skip


def run_check(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.campaign_share import check_pack

    if not args.path.exists():
        raise InputProblem(f"There is no folder or .zip file at {args.path}.")
    campaign, problems = check_pack(args.path, getattr(args, "today", None))
    problems += _committee_problems(campaign, services)
    errors = [p for p in problems if p.is_error]
    if args.json:
        print(json.dumps({
            "path": str(args.path), "ok": not errors,
            "problems": [{"file": p.file, "line": p.line, "message": p.message, "severity": p.severity} for p in problems],
        }, indent=2, ensure_ascii=False))  # fmt: skip
        return 1 if errors else 0
    for problem in problems:
        print(problem, file=sys.stderr if problem.is_error else sys.stdout)
    if errors:
        print(
            f"{args.path}: {len(errors)} problem{'s' if len(errors) != 1 else ''}; the pack cannot be used.",
            file=sys.stderr,
        )
        return 1
    assert campaign is not None
    bills = ", ".join(b.label for b in campaign.bills.values())
    print(
        f"{args.path}: OK: '{campaign.id}' ({campaign.title}; {bills}; {len(campaign.talking_points)} talking points)."
    )
    return 0


def run_import(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.campaign_share import check_before_import

    check_before_import(services.campaigns, args.zip_path, replace=args.replace)
    campaign = services.campaigns.import_zip(args.zip_path, replace=args.replace)
    print(f"Installed the campaign '{campaign.id}' ({campaign.title}) in {campaign.path}.")
    return 0


def run_export(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.campaign_share import export_folder

    folder = Path(args.campaign_id)
    if folder.is_dir():
        path = export_folder(folder, args.zip_path)
    else:
        path = services.campaigns.export_zip(args.campaign_id, args.zip_path)
    print(f"Wrote {path}.")
    return 0


def run_remove(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.campaign_share import remove_installed

    folder = remove_installed(services.campaigns, args.campaign_id)
    print(
        f"Removed the campaign '{args.campaign_id}' ({folder}). Letters already written are kept."
    )
    return 0


def run_fetch(args: argparse.Namespace, services: Services) -> int:
    try:
        campaign = services.campaigns.import_url(services.http, args.url, replace=args.replace)
    except InputProblem as exc:
        if args.replace or "already installed" not in str(exc):
            raise
        raise InputProblem(
            f"{exc} To install the downloaded copy instead, run the command again with "
            "--replace (or remove the old one first: advocate campaign remove ID)."
        ) from None
    print(f"Installed the campaign '{campaign.id}' ({campaign.title}) in {campaign.path}.")
    return 0


def run_update(args: argparse.Namespace, services: Services) -> int:
    from advocate_app.core.campaign_update import check_for_update, install_update
    from advocate_app.core.campaigns import builtin_campaigns

    library = services.campaigns
    if args.campaign_id:
        campaigns = [library.find(args.campaign_id)]
    else:
        campaigns = [c for c in library.all() if c.source_url]
        if not campaigns:
            print("No installed campaign names an address for updates (source_url).")
            return 0
    today = date.today()
    pending = 0
    for campaign in campaigns:
        update = check_for_update(services.http, campaign, today=today)
        if not update.is_new:
            print(f"{campaign.id}: up to date ({update.url}).")
            continue
        print(
            f"{campaign.id}: a newer pack '{update.offered.id}' ({update.offered.title}) is "
            f"published at {update.url}:"
        )
        for line in update.changes:
            print(f"    {line}")
        if not args.yes:
            pending += 1
            continue
        if library.user_dir is None:
            raise InputProblem("This profile has no folder for installed campaigns.")
        reserved = {c.id for c in builtin_campaigns()}
        target = install_update(update, library.user_dir, reserved_ids=reserved, today=today)
        print(f"    installed in {target}")
    if pending:
        print("Run again with --yes to install.")
    return 0
