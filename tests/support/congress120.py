"""A synthetic 120th-Congress member list, built from the 119th snapshot.

Every House term runs to 2029-01-03; the TX-10 seat and Lummis's Wyoming Senate seat hold
new members who, as for weeks after a new Congress is seated, have no DC office, phone or
contact form in the data yet.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

NEW_TX10 = "N000120"
NEW_WY_SENATOR = "N000121"


def _new_member(bioguide: str, first: str, last: str, term: dict) -> dict:
    return {
        "id": {"bioguide": bioguide},
        "name": {"first": first, "last": last},
        "bio": {"gender": "F"},
        "terms": [term],
    }


def records_120(legislators_json: Path) -> list[dict]:
    records = []
    for record in json.loads(Path(legislators_json).read_text(encoding="utf-8")):
        record = copy.deepcopy(record)
        term = record["terms"][-1]
        if term["type"] == "rep":
            if term["state"] == "TX" and term.get("district") == 10:
                continue
            term.update(start="2027-01-03", end="2029-01-03")
        elif term["state"] == "WY" and record["id"]["bioguide"] == "L000571":
            continue
        records.append(record)
    records.append(
        _new_member(
            NEW_TX10,
            "Taylor",
            "Newhouse",
            {
                "type": "rep",
                "start": "2027-01-03",
                "end": "2029-01-03",
                "state": "TX",
                "district": 10,
                "party": "Republican",
            },
        )
    )
    records.append(
        _new_member(
            NEW_WY_SENATOR,
            "Jordan",
            "Plains",
            {
                "type": "sen",
                "start": "2027-01-03",
                "end": "2033-01-03",
                "state": "WY",
                "class": 2,
                "party": "Republican",
            },
        )
    )
    return records


def write_120(folder: Path, legislators_json: Path, offices_json: Path) -> Path:
    """A folder laid out like the congress-legislators site, with the 120th member list."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "legislators-current.json").write_text(
        json.dumps(records_120(legislators_json)), encoding="utf-8"
    )
    (folder / "legislators-district-offices.json").write_bytes(Path(offices_json).read_bytes())
    return folder
