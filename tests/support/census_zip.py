"""A stand-in for the Census ZCTA-to-district relationship file (DOMAIN.md section 1).

The real file (``tab20_cd<NNN>20_zcta520_natl.txt``) could not be downloaded here, so tests
and the benchmark build one in its real shape from ``zccd.csv``'s (ZIP, district) pairs:
UTF-8 with a byte-order mark, pipe-delimited, the header with the congress in its column
names, one row per (district, ZCTA) overlap with land and water areas, plus the rows the
real file has that are not ZIP-to-district pairs: ``ZZ`` (water, no district) rows and each
district's remainder outside every ZCTA (empty ZCTA columns). Land shares are made up but
deterministic; ``shares`` sets chosen ones (e.g. {"78704": {"TX37": 0.92, "TX35": 0.08}}).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

from advocate_app.core.lookup.geography import USPS_TO_FIPS


def header(congress: int) -> str:
    cd = f"CD{congress}_20"
    return "|".join(
        [
            f"OID_{cd}",
            f"GEOID_{cd}",
            f"NAMELSAD_{cd}",
            f"AREALAND_{cd}",
            f"AREAWATER_{cd}",
            f"MTFCC_{cd}",
            f"FUNCSTAT_{cd}",
            "OID_ZCTA5_20",
            "GEOID_ZCTA5_20",
            "NAMELSAD_ZCTA5_20",
            "AREALAND_ZCTA5_20",
            "AREAWATER_ZCTA5_20",
            "MTFCC_ZCTA5_20",
            "CLASSFP_ZCTA5_20",
            "FUNCSTAT_ZCTA5_20",
            "AREALAND_PART",
            "AREAWATER_PART",
        ]
    )


def _district_name(geoid: str) -> str:
    code = geoid[2:]
    if code == "ZZ":
        return "Congressional Districts not defined"
    if code == "98":
        return "Delegate District (at Large)"
    if code == "00":
        return "Congressional District (at Large)"
    return f"Congressional District {int(code)}"


def _weights(zcta: str, count: int) -> list[float]:
    digest = hashlib.sha1(zcta.encode()).digest()
    raw = [1 + digest[i % len(digest)] for i in range(count)]
    raw[0] += 300  # one district usually holds most of a ZIP area
    total = sum(raw)
    return [r / total for r in raw]


def pairs_from_zccd(path: Path) -> dict[str, list[str]]:
    """zcta -> ["TX37", "TX35"] from zccd.csv."""
    table: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        fips, state, zcta, cd = line.split(",")[:4]
        seat = f"{state}{int(cd)}"
        if seat not in table[zcta.zfill(5)]:
            table[zcta.zfill(5)].append(seat)
    return dict(table)


def geoid(seat: str) -> str:
    state, number = seat[:2], int(seat[2:])
    code = (
        "98" if state in ("DC", "PR", "GU", "VI", "AS", "MP") and number == 0 else f"{number:02d}"
    )
    return USPS_TO_FIPS[state] + code


def relationship_text(
    pairs: dict[str, list[str]],
    congress: int = 119,
    shares: dict[str, dict[str, float]] | None = None,
) -> str:
    shares = shares or {}
    lines = [header(congress)]
    oid = 52910000000000
    districts: dict[str, int] = {}
    for zcta in sorted(pairs):
        seats = pairs[zcta]
        land = 10_000_000 + int(zcta) * 37 % 90_000_000
        water = land // 50
        chosen = shares.get(zcta)
        weights = [chosen.get(s, 0.0) for s in seats] if chosen else _weights(zcta, len(seats))
        parts = [round(land * w) for w in weights]
        parts[0] += land - sum(parts)  # the parts add up to the ZCTA's land, as in the real file
        for seat, part in zip(seats, parts, strict=True):
            gid = geoid(seat)
            districts.setdefault(gid, len(districts))
            lines.append(
                "|".join(
                    map(
                        str,
                        [
                            oid + districts[gid],
                            gid,
                            _district_name(gid),
                            5_000_000_000,
                            100_000_000,
                            "G5200",
                            "N",
                            22390000000000 + int(zcta),
                            zcta,
                            f"ZCTA5 {zcta}",
                            land,
                            water,
                            "G6350",
                            "B5",
                            "S",
                            part,
                            water // len(seats),
                        ],
                    )
                )
            )
        if int(zcta) % 97 == 0:  # a ZIP area reaching into open water: a ZZ row
            fips = geoid(seats[0])[:2]
            lines.append(
                "|".join(
                    map(
                        str,
                        [
                            oid + 9000,
                            f"{fips}ZZ",
                            _district_name(f"{fips}ZZ"),
                            0,
                            900_000_000,
                            "G5200",
                            "N",
                            22390000000000 + int(zcta),
                            zcta,
                            f"ZCTA5 {zcta}",
                            land,
                            water,
                            "G6350",
                            "B5",
                            "S",
                            0,
                            water // 3,
                        ],
                    )
                )
            )
    for gid, index in districts.items():  # each district's land outside every ZCTA
        lines.append(
            "|".join(
                map(
                    str,
                    [
                        oid + index,
                        gid,
                        _district_name(gid),
                        5_000_000_000,
                        100_000_000,
                        "G5200",
                        "N",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        1_234_567,
                        89_012,
                    ],
                )
            )
        )
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def write_relationship_file(
    folder: Path,
    pairs: dict[str, list[str]],
    congress: int = 119,
    shares: dict[str, dict[str, float]] | None = None,
) -> Path:
    path = Path(folder) / f"tab20_cd{congress}20_zcta520_natl.txt"
    path.write_bytes(relationship_text(pairs, congress, shares).encode("utf-8"))
    return path
