"""``advocate lookup``: who represents an address or a ZIP code."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from advocate_app.core.lookup.result import Candidate, LookupResult
from advocate_app.core.models import Member, seat_label

if TYPE_CHECKING:
    from advocate_app.app import Services


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lookup",
        help="find the members of Congress for an address or ZIP code",
        description="Find your Representative and Senators. A street address gives an exact "
        "answer; a ZIP code alone may lie in several districts.",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--address", help='one line, e.g. "1100 Congress Ave, Austin, TX 78701"')
    where.add_argument(
        "--zip", dest="zip_code", metavar="ZIP", help="a five-digit ZIP code (ZIP+4 is fine)"
    )
    parser.add_argument("--district", help="with --zip: pick one district of a split ZIP (TX-37)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, services: Services) -> int:
    finder = services.finder
    if args.address is not None:
        if args.district:
            raise SystemExit("advocate: error: --district goes with --zip")
        result = finder.find_by_address(args.address)
    else:
        result = finder.find_by_zip(args.zip_code, args.district)
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        print(format_result(result))
    return 0


def _member_line(member: Member) -> str:
    role = member.role.value.replace("_", " ").title()
    party = f" ({member.party[:1]})" if member.party else ""
    where = member.seat
    contact = "  ".join(x for x in (member.phone, member.url) if x)
    return f"  {role}: {member.name}{party}, {where}" + (f"\n      {contact}" if contact else "")


def _candidate_line(candidate: Candidate) -> str:
    share = (
        "" if candidate.share is None else f"  [{_share_text(candidate.share)} of the ZIP's land]"
    )
    if candidate.member is None:
        return f"  {candidate.label}: seat vacant{share}"
    return f"  {candidate.label}: {candidate.member.name} ({candidate.member.party[:1]}){share}"


def _share_text(share: float) -> str:
    return "under 1 %" if 0 < share < 0.005 else f"{share * 100:.0f} %"


def format_result(result: LookupResult) -> str:
    lines = [f"{result.match.matched_address}"]
    if result.match.district is not None:
        lines[0] += f"  ->  {seat_label(result.match.state, result.match.district)}"
    if result.matches and len(result.matches) > 1:
        lines.append("Addresses found:")
        lines += [
            f"  {m.matched_address} ({seat_label(m.state, m.district)})" for m in result.matches
        ]
    if result.members:
        lines.append("Your members of Congress:")
        lines += [_member_line(m) for m in result.members]
    if result.candidates:
        lines.append("Possible districts (enter your street address to be sure):")
        lines += [_candidate_line(c) for c in result.candidates]
    for vacancy in result.vacancies:
        lines.append(
            f"  Vacant {vacancy.chamber.value} seat: {seat_label(vacancy.state, vacancy.district)}"
        )
    lines += [f"Note: {note}" for note in result.notes]
    lines.append(f"Data: members as of {result.legislators_date or 'unknown'}; {result.map}")
    return "\n".join(lines)
