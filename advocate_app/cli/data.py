"""``advocate data update|status``: the public datasets the lookup uses."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from advocate_app.core.errors import ServiceUnavailable

if TYPE_CHECKING:
    from advocate_app.app import Services


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("data", help="download or inspect the public datasets")
    actions = parser.add_subparsers(dest="data_action", metavar="ACTION", required=True)
    update = actions.add_parser("update", help="download the datasets now (only what changed)")
    update.add_argument("--force", action="store_true", help="download even if unchanged")
    update.set_defaults(func=run_update)
    status = actions.add_parser("status", help="what is cached, from where, how old")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=run_status)


def run_update(args: argparse.Namespace, services: Services) -> int:
    results = services.datasets.update_all(force=args.force)
    failed = False
    for name, outcome in results.items():
        info = services.datasets.info(name)
        print(f"{info.description}: {outcome}")
        failed |= outcome.startswith("failed")
    if failed:
        required_missing = [
            n
            for n, s in services.datasets.sources.items()
            if s.required and services.datasets.info(n).origin == "missing"
        ]
        if required_missing:
            raise ServiceUnavailable("Some data could not be downloaded, and no saved copy exists.")
        print("Some sources could not be reached; the saved copies are still in use.")
    return 0


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
        age_text = f", downloaded {age:.0f} day(s) ago" if age is not None else ""
        where = "built into this app" if info.origin == "bundled" else info.url
        print(
            f"{info.description}: dated {info.date or 'unknown'}{age_text}\n    from {where}\n    at {info.path}"
        )
    return 0
