"""ZIP code -> congressional district(s), from the public ZCTA crosswalk (``zccd.csv``).

A ZIP alone is a guess: about a fifth of ZIP areas span several districts, and some cross a
state line. The crosswalk lists every (state, district) a ZIP area touches; the finder shows
all of them. The crosswalk has no rows for Guam, the Virgin Islands, American Samoa and the
Northern Mariana Islands, each of which is one at-large seat, so their ZIP ranges are known
here directly.
"""

from __future__ import annotations

import re
from pathlib import Path

from advocate_app.core.errors import BadResponse, InputProblem
from advocate_app.core.lookup.derived import load_derived
from advocate_app.core.messages import Message

# USPS ZIP ranges of the territories the crosswalk lacks (each is a single delegate seat).
TERRITORY_ZIP_RANGES: tuple[tuple[int, int, str], ...] = (
    (801, 851, "VI"),
    (96799, 96799, "AS"),
    (96910, 96932, "GU"),
    (96950, 96952, "MP"),
)

_ZIP = re.compile(r"^\s*(\d{5})(?:[-\s]?\d{4})?\s*$")


def normalize_zip(text: str) -> str:
    """ "78701", "78701-1234", " 787011234 " -> "78701"; anything else is the person's to fix."""
    match = _ZIP.match(text or "")
    if not match:
        raise InputProblem(Message("lookup.not_a_zip", text=(text or "").strip()[:20]))
    return match.group(1)


class ZipCrosswalk:
    def __init__(self, packed: dict[str, str]) -> None:
        # zcta -> "IL3 IL5 IL7": flat strings load ~2x faster from the derived cache than
        # nested tuples, and decoding one entry per lookup costs microseconds.
        self._packed = packed

    @staticmethod
    def _pack(districts: list[tuple[str, int]]) -> str:
        return " ".join(f"{state}{number}" for state, number in districts)

    @staticmethod
    def _unpack(packed: str) -> tuple[tuple[str, int], ...]:
        return tuple((item[:2], int(item[2:])) for item in packed.split())

    @classmethod
    def from_csv_text(cls, text: str) -> ZipCrosswalk:
        # Hand-split rather than csv.reader: the file has no quoting, and this runs at every
        # start (~4x faster). Rows that do not fit the shape are skipped.
        lines = text.splitlines()
        header = [h.strip() for h in lines[0].split(",")[:4]] if lines else []
        if header != ["state_fips", "state_abbr", "zcta", "cd"]:
            raise BadResponse(Message("data.zip_table_damaged"))
        table: dict[str, list[tuple[str, int]]] = {}
        for line in lines[1:]:
            parts = line.split(",")
            if len(parts) < 4 or not parts[3].strip().isdigit():
                continue
            zcta = parts[2].strip().zfill(5)
            entry = (parts[1].strip(), int(parts[3]))
            bucket = table.get(zcta)
            if bucket is None:
                table[zcta] = [entry]
            elif entry not in bucket:
                bucket.append(entry)
        return cls({z: cls._pack(sorted(v)) for z, v in table.items()})

    @classmethod
    def load(cls, path: Path, index_dir: Path | None = None) -> ZipCrosswalk:
        path = Path(path)

        def build() -> dict[str, str]:
            return cls.from_csv_text(path.read_text(encoding="utf-8", errors="replace"))._packed

        return cls(load_derived(path, "zip", build, index_dir))

    def districts(self, zip_code: str) -> tuple[tuple[str, int], ...]:
        """Every (state, district) the ZIP area touches; empty when unknown."""
        zip_code = normalize_zip(zip_code)
        found = self._packed.get(zip_code)
        if found:
            return self._unpack(found)
        number = int(zip_code)
        for low, high, state in TERRITORY_ZIP_RANGES:
            if low <= number <= high:
                return ((state, 0),)
        return ()

    def __len__(self) -> int:
        return len(self._packed)

    def zip_codes(self) -> list[str]:
        return sorted(self._packed)

    def all_districts(self) -> set[tuple[str, int]]:
        return {d for packed in self._packed.values() for d in self._unpack(packed)}
