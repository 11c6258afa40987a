"""ZIP code -> congressional district(s), from a ZIP (ZCTA) to district table.

Two table formats are read, recognised by their header:

- the Census relationship file ``tab20_cd<NNN>20_zcta520_natl.txt`` (UTF-8 with a byte-order
  mark, pipe-delimited, columns named ``..._CD<NNN>_20``): the congress comes from the
  header, and each (district, ZIP area) row carries the land area they share, so a split
  ZIP can say how much of it lies in each district. ``ZZ`` rows (water, no district) and
  rows with no ZCTA (a district's remainder outside every ZIP area) are skipped;
- ``zccd.csv`` (``state_fips,state_abbr,zcta,cd``), a third-party copy of the 119th map with
  no areas; its congress is the one the settings name for it.

A ZIP alone is a guess: about a fifth of ZIP areas span several districts, and some cross a
state line. The table lists every (state, district) a ZIP area touches; the finder shows all
of them. The land share only orders and describes the candidates: it never picks one.

Some ZIP codes are not places (DOMAIN.md section 1): the territories the tables lack are
each one seat; DC's ZIP codes (200xx-205xx, 569xx) are all DC's delegate even when they have
no ZIP area (20500, the White House); military APO/FPO/DPO ZIP codes have no district.
"""

from __future__ import annotations

import re
from pathlib import Path

from advocate_app.core.errors import BadResponse, InputProblem
from advocate_app.core.lookup.derived import load_derived, read_dataset_bytes
from advocate_app.core.lookup.geography import STATES
from advocate_app.core.messages import Message

# USPS ZIP ranges of the territories the crosswalk lacks (each is a single delegate seat).
TERRITORY_ZIP_RANGES: tuple[tuple[int, int, str], ...] = (
    (801, 851, "VI"),
    (96799, 96799, "AS"),
    (96910, 96932, "GU"),
    (96950, 96952, "MP"),
)
# All of DC is one at-large (delegate) seat, including single-building ZIP codes that have no
# ZIP area in any table (20500 the White House, 20515 the House, 20510 the Senate...).
DC_ZIP_RANGES: tuple[tuple[int, int], ...] = ((20000, 20599), (56900, 56999))
# Military mail: AA 340xx, AE 090xx-098xx, AP 962xx-966xx. No district: a service member
# writes from their home-of-record address.
MILITARY_ZIP_RANGES: tuple[tuple[int, int, str], ...] = (
    (34000, 34099, "AA"),
    (9000, 9899, "AE"),
    (96200, 96699, "AP"),
)

ZCCD_HEADER = ("state_fips", "state_abbr", "zcta", "cd")
_CENSUS_CONGRESS = re.compile(r"GEOID_CD(\d{2,3})_20")
_ZIP = re.compile(r"^\s*(\d{5})(?:[-\s]*\d{4})?\s*$")
_ZIP_AT_END = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?$")


def normalize_zip(text: str) -> str:
    """ "78701", "78701-1234", " 787011234 ", "78701 1234", "7 8 7 0 1" -> "78701";
    anything else is the person's to fix."""
    raw = text or ""
    match = _ZIP.match(raw)
    if not match:
        digits = "".join(raw.split())  # spaces typed inside the digits
        match = _ZIP.match(digits) if digits.replace("-", "").isdigit() else None
    if not match:
        raise InputProblem(Message("lookup.not_a_zip", text=(raw or "").strip()[:20]))
    return match.group(1)


def zip_at_end(address: str) -> str:
    """The ZIP code ending a one-line address ("..., TX 78701-1234." -> "78701"), or "".

    One rule for the person's typed address (the finder) and the Census service's matched
    one (the letter's signature)."""
    match = _ZIP_AT_END.search((address or "").strip().rstrip(".,").rstrip())
    return match.group(1) if match else ""


def military_zip(zip5: str) -> str:
    """ "AA", "AE" or "AP" for a military (APO/FPO/DPO) ZIP code, else ""."""
    number = int(zip5)
    for low, high, code in MILITARY_ZIP_RANGES:
        if low <= number <= high:
            return code
    return ""


def is_dc_zip(zip5: str) -> bool:
    number = int(zip5)
    return any(low <= number <= high for low, high in DC_ZIP_RANGES)


def table_format(head: str) -> tuple[str, int | None]:
    """("census", congress) or ("zccd", None) from a table's first line; ("", None) if neither."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].strip("\r")
    if "|" in first:
        match = _CENSUS_CONGRESS.search(first)
        columns = first.split("|")
        if match and "GEOID_ZCTA5_20" in columns:
            return "census", int(match.group(1))
        return "", None
    if tuple(h.strip() for h in first.split(",")[:4]) == ZCCD_HEADER:
        return "zccd", None
    return "", None


def _damaged() -> BadResponse:
    return BadResponse(Message("data.zip_table_damaged"))


def _state_district(geoid: str) -> tuple[str, int] | None:
    """ "4837" -> ("TX", 37); "5600"/"1198" -> (.., 0); "48ZZ" or unknown -> None."""
    fips, code = geoid[:2], geoid[2:]
    state = STATES.get(fips)
    if state is None or not code.isdigit():
        return None
    number = int(code)
    return state[0], 0 if number in (0, 98) else number


class ZipCrosswalk:
    """A ZIP table: ``congress`` is the map's congress when the file says so (Census), else
    None (the caller knows it from the settings); ``kind`` is "census" or "zccd"."""

    def __init__(
        self, packed: dict[str, str], congress: int | None = None, kind: str = "zccd"
    ) -> None:
        # zcta -> "IL3 IL5 IL7" or, with land shares in basis points, "TX37:9200 TX35:800".
        # Flat strings load ~2x faster from the derived cache than nested tuples, and
        # decoding one entry per lookup costs microseconds.
        self._packed = packed
        self.congress = congress
        self.kind = kind

    @staticmethod
    def _unpack(packed: str) -> tuple[tuple[str, int, float | None], ...]:
        out = []
        for item in packed.split():
            seat, _, share = item.partition(":")
            out.append((seat[:2], int(seat[2:]), int(share) / 10000 if share else None))
        return tuple(out)

    # --- reading -------------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str) -> ZipCrosswalk:
        kind, congress = table_format(text[:4096])
        if kind == "census":
            return cls.from_census_text(text)
        return cls.from_csv_text(text)

    @classmethod
    def from_csv_text(cls, text: str) -> ZipCrosswalk:
        # Hand-split rather than csv.reader: the file has no quoting, and this runs at every
        # start (~4x faster). Rows that do not fit the shape are skipped.
        lines = text.lstrip("\ufeff").splitlines()
        header = tuple(h.strip() for h in lines[0].split(",")[:4]) if lines else ()
        if header != ZCCD_HEADER:
            raise _damaged()
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
        packed = {z: " ".join(f"{s}{n}" for s, n in sorted(v)) for z, v in table.items()}
        return cls(packed, None, "zccd")

    @classmethod
    def from_census_text(cls, text: str) -> ZipCrosswalk:
        lines = text.lstrip("\ufeff").splitlines()
        kind, congress = table_format(lines[0] if lines else "")
        if kind != "census":
            raise _damaged()
        columns = lines[0].split("|")
        try:
            i_cd = columns.index(f"GEOID_CD{congress}_20")
            i_zcta = columns.index("GEOID_ZCTA5_20")
            i_zland = columns.index("AREALAND_ZCTA5_20")
            i_part = columns.index("AREALAND_PART")
        except ValueError:
            raise _damaged() from None
        width = max(i_cd, i_zcta, i_zland, i_part) + 1
        table: dict[str, dict[tuple[str, int], float]] = {}
        seats: dict[str, tuple[str, int] | None] = {}  # ~440 districts for ~45,000 rows
        for line in lines[1:]:
            parts = line.split("|")
            if len(parts) < width:
                continue
            zcta = parts[i_zcta].strip()
            if len(zcta) != 5 or not zcta.isdigit():
                continue  # a district's remainder outside every ZIP area
            geoid = parts[i_cd]
            seat = seats.get(geoid, ())
            if seat == ():
                seat = seats[geoid] = _state_district(geoid.strip())
            if seat is None:
                continue  # ZZ: water or no district
            try:
                part = float(parts[i_part] or 0)
                whole = float(parts[i_zland] or 0)
            except ValueError:
                continue
            bucket = table.setdefault(zcta, {})
            bucket[seat] = bucket.get(seat, 0.0) + (part / whole if whole > 0 else 0.0)
        packed: dict[str, str] = {}
        for zcta, found in table.items():
            if not any(found.values()):  # a water-only ZIP area: no land to share
                found = dict.fromkeys(found, 1.0 / len(found))
            ordered = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
            packed[zcta] = " ".join(
                f"{s}{n}:{min(10000, round(share * 10000))}" for (s, n), share in ordered
            )
        return cls(packed, congress, "census")

    @classmethod
    def load(cls, path: Path, index_dir: Path | None = None) -> ZipCrosswalk:
        path = Path(path)

        def build() -> tuple[int, str, dict[str, str]]:
            try:
                text = read_dataset_bytes(path).decode("utf-8", errors="replace")
            except ValueError:
                raise _damaged() from None
            table = cls.from_text(text)
            return table.congress or 0, table.kind, table._packed

        congress, kind, packed = load_derived(path, "zip", build, index_dir)
        return cls(packed, congress or None, kind)

    # --- questions -----------------------------------------------------------------------
    def entries(self, zip_code: str) -> tuple[tuple[str, int, float | None], ...]:
        """(state, district, land share or None) for each district the ZIP area touches,
        the largest share first (Census table) or in state/district order (zccd.csv)."""
        zip_code = normalize_zip(zip_code)
        found = self._packed.get(zip_code)
        if found:
            return self._unpack(found)
        number = int(zip_code)
        for low, high, state in TERRITORY_ZIP_RANGES:
            if low <= number <= high:
                return ((state, 0, None),)
        if is_dc_zip(zip_code):
            return (("DC", 0, None),)
        return ()

    def districts(self, zip_code: str) -> tuple[tuple[str, int], ...]:
        """Every (state, district) the ZIP area touches; empty when unknown."""
        return tuple((s, d) for s, d, _share in self.entries(zip_code))

    def shares(self, zip_code: str) -> dict[tuple[str, int], float]:
        """Land share per district, when the table has areas (Census); else empty."""
        return {(s, d): share for s, d, share in self.entries(zip_code) if share is not None}

    def __len__(self) -> int:
        return len(self._packed)

    def zip_codes(self) -> list[str]:
        return sorted(self._packed)

    def all_districts(self) -> set[tuple[str, int]]:
        return {(s, d) for packed in self._packed.values() for s, d, _ in self._unpack(packed)}
