"""ZIP code -> congressional district(s), from the public ZCTA crosswalk (``zccd.csv``).

A ZIP alone is a guess: about a fifth of ZIP areas span several districts, and some cross a
state line. The crosswalk lists every (state, district) a ZIP area touches; the finder shows
all of them. The crosswalk has no rows for Guam, the Virgin Islands, American Samoa and the
Northern Mariana Islands, each of which is one at-large seat, so their ZIP ranges are known
here directly.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from advocate_app.core.errors import BadResponse, InputProblem

# USPS ZIP ranges of the territories the crosswalk lacks (each is a single delegate seat).
TERRITORY_ZIP_RANGES: tuple[tuple[int, int, str], ...] = (
    (801, 851, "VI"),
    (96799, 96799, "AS"),
    (96910, 96932, "GU"),
    (96950, 96952, "MP"),
)

_ZIP = re.compile(r"^\s*(\d{5})(?:[-\s]?\d{4})?\s*$")


def normalize_zip(text: str) -> str:
    """"78701", "78701-1234", " 787011234 " -> "78701"; anything else is the person's to fix."""
    match = _ZIP.match(text or "")
    if not match:
        raise InputProblem(
            f"'{(text or '').strip()[:20]}' is not a ZIP code. Enter the five digits (for example 78701)."
        )
    return match.group(1)


class ZipCrosswalk:
    def __init__(self, table: dict[str, tuple[tuple[str, int], ...]]) -> None:
        self._table = table

    @classmethod
    def from_csv_text(cls, text: str) -> ZipCrosswalk:
        reader = csv.reader(io.StringIO(text))
        header = next(reader, None)
        if not header or [h.strip() for h in header[:4]] != ["state_fips", "state_abbr", "zcta", "cd"]:
            raise BadResponse(
                "The saved ZIP code table is damaged. Run 'advocate data update' to download it again."
            )
        table: dict[str, list[tuple[str, int]]] = {}
        for row in reader:
            if len(row) < 4 or not row[3].strip().isdigit():
                continue
            zcta = row[2].strip().zfill(5)
            entry = (row[1].strip(), int(row[3]))
            bucket = table.setdefault(zcta, [])
            if entry not in bucket:
                bucket.append(entry)
        return cls({z: tuple(sorted(v)) for z, v in table.items()})

    @classmethod
    def load(cls, path: Path) -> ZipCrosswalk:
        return cls.from_csv_text(Path(path).read_text(encoding="utf-8", errors="replace"))

    def districts(self, zip_code: str) -> tuple[tuple[str, int], ...]:
        """Every (state, district) the ZIP area touches; empty when unknown."""
        zip_code = normalize_zip(zip_code)
        found = self._table.get(zip_code)
        if found:
            return found
        number = int(zip_code)
        for low, high, state in TERRITORY_ZIP_RANGES:
            if low <= number <= high:
                return ((state, 0),)
        return ()

    def __len__(self) -> int:
        return len(self._table)

    def all_districts(self) -> set[tuple[str, int]]:
        return {d for districts in self._table.values() for d in districts}
