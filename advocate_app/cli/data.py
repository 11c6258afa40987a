"""``advocate data update|status|export``: the public datasets the lookup uses."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.errors import ServiceUnavailable
from advocate_app.core.settings import ENV_OVERRIDES

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.dataset_sources import DatasetInfo

_SOURCE_HELP = {
    "sources.legislators_url": "members of Congress, their district offices and committees "
    "(a web address or a folder holding legislators-current.json, "
    "legislators-district-offices.json and committee-membership-current.json)",
    "sources.zip_crosswalk_url": "the ZIP code table: the Census relationship file "
    "tab20_cd<NNN>20_zcta520_natl.txt or zccd.csv (a web address, a file or a folder); "
    "unset, the table for the current congress is tried first, then older ones",
    "sources.census_url": "the Census address service (geocoder)",
    "sources.congress_api_url": "Congress.gov, for bill status",
}


def _sources_epilog() -> str:
    lines = ["Where the data comes from (environment variables; Settings > Data in the app):"]
    for variable, key in ENV_OVERRIDES.items():
        if key.startswith("sources."):
            lines.append(f"  {variable}")
            lines += textwrap.wrap(
                _SOURCE_HELP.get(key, key),
                76,
                initial_indent="      ",
                subsequent_indent="      ",
                break_on_hyphens=False,
            )
    lines += [
        "",
        "Without a network: 'advocate data update --from FOLDER' takes every dataset found in",
        "FOLDER (a USB stick, or a folder written by 'advocate data export' on another laptop).",
    ]
    return "\n".join(lines)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("data", help="download or inspect the public datasets")
    actions = parser.add_subparsers(dest="data_action", metavar="ACTION", required=True)
    update = actions.add_parser(
        "update",
        help="download the datasets now (only what changed), or load them from a folder",
        description="Download the datasets now (only what changed), or load them from a folder.",
        epilog=_sources_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    update.add_argument("--force", action="store_true", help="download even if unchanged")
    update.add_argument(
        "--from",
        dest="from_dir",
        metavar="FOLDER",
        help="take every dataset found in FOLDER (a USB stick); no network is used",
    )
    update.set_defaults(func=run_update)
    status = actions.add_parser(
        "status", help="what is cached, from where, how old, which congress"
    )
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=run_status)
    export = actions.add_parser(
        "export", help="write the data in use to a folder, for 'data update --from' elsewhere"
    )
    export.add_argument("folder", metavar="FOLDER")
    export.set_defaults(func=run_export)


def run_update(args: argparse.Namespace, services: Services) -> int:
    datasets = services.datasets
    if args.from_dir:
        results = datasets.import_folder(Path(args.from_dir))
    else:
        results = datasets.update_all(force=args.force)
    failed = False
    for name, outcome in results.items():
        info = datasets.info(name)
        print(f"{info.description}: {outcome}{_congress_text(info)}")
        failed |= outcome.startswith("failed")
    required_missing = [
        n
        for n, s in datasets.sources.items()
        if s.required and datasets.info(n).origin == "missing"
    ]
    if required_missing:
        raise ServiceUnavailable(
            "Some data could not be loaded, and no saved copy exists."
            if args.from_dir
            else "Some data could not be downloaded, and no saved copy exists."
        )
    if failed:
        print(
            "Some sources could not be reached; the saved copies are still in use.", file=sys.stderr
        )
    return 0


def run_export(args: argparse.Namespace, services: Services) -> int:
    written = services.datasets.export_folder(Path(args.folder))
    for path in written:
        print(f"wrote {path}")
    print(f"On the other laptop: advocate data update --from {args.folder}")
    return 0


def _congress_text(info: DatasetInfo) -> str:
    return f" ({_ordinal(info.congress)} Congress)" if info.congress else ""


def _ordinal(n: int) -> str:
    from advocate_app.core.lookup.census import ordinal

    return ordinal(n)


def run_status(args: argparse.Namespace, services: Services) -> int:
    infos = services.datasets.status()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "name": i.name,
                        "description": i.description,
                        "origin": i.origin,
                        "source": i.url,
                        "path": str(i.path) if i.path else None,
                        "date": i.date,
                        "fetched_at": i.fetched_at,
                        "checked_at": i.checked_at,
                        "size": i.size,
                        "congress": i.congress,
                        "age_days": None if i.age_days() is None else round(i.age_days() or 0, 2),
                    }
                    for i in infos
                ],
                indent=2,
            )
        )
        return 0
    for info in infos:
        if info.origin == "missing":
            print(f"{info.description}: not downloaded yet (source {info.url})")
            continue
        age = info.age_days()
        age_text = (
            f", downloaded {age:.0f} day{'' if round(age) == 1 else 's'} ago"
            if age is not None and info.origin == "download"
            else ""
        )
        where = f"built into this app ({info.url})" if info.origin == "bundled" else info.url
        congress = f"\n    for the {_ordinal(info.congress)} Congress" if info.congress else ""
        print(
            f"{info.description}: dated {info.date or 'unknown'}{age_text}{congress}"
            f"\n    from {where}\n    at {info.path}"
        )
    return 0
