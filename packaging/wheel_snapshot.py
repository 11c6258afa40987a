"""The dataset snapshot that ships inside the wheel (``pip install .``), so a fresh install
looks up members and writes letters with no network on its first day.

    python packaging/wheel_snapshot.py --data-from ../shared/data \
        --date legislators-current.json=2026-06-15 --date zccd.csv=2024-11-12 \
        --date legislators-district-offices.json=2026-06-10 \
        --date committee-membership-current.json=2026-04-22

takes the datasets (members, district offices, ZIP table, committee members) with the same
checks as the PyInstaller bundle's snapshot (``packaging/snapshot.py``: an error page or a
truncated file fails), gzips them and writes ``packaging/wheel-data/`` with ``SNAPSHOT.json`` (each file's
date and congress). ``setup.py`` copies that folder into the wheel as
``advocate_app/_bundled/datasets/``, where ``core/dataset_cache.py`` finds it; a download that is
newer wins over it. Commit the result: a build from a clean checkout needs no network.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "wheel-data"
sys.path[:0] = [str(ROOT), str(HERE)]

import snapshot  # noqa: E402

from advocate_app.core.dataset_sources import congress_of_payload  # noqa: E402


def _http_date(day: str) -> str:
    when = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC)
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


def build(data_from: Path | None, dates: dict[str, str], out: Path = OUT) -> dict:
    with tempfile.TemporaryDirectory(prefix="advocate-wheel-data-") as scratch:
        snap = snapshot.take(Path(scratch) / "d", data_from)
        sources = {s.filename: s for s in snapshot.sources().values()}
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.gz"):
            old.unlink()
        files = {}
        for name, entry in snap.files.items():
            data = (snap.folder / name).read_bytes()
            (out / f"{name}.gz").write_bytes(gzip.compress(data, 9, mtime=0))
            entry = dict(entry)
            if name in dates:
                entry["last_modified"] = _http_date(dates[name])
            entry["congress"] = congress_of_payload(sources[name], data, str(entry.get("url", "")))
            if entry["congress"] is None and name == "zccd.csv":
                entry["congress"] = 119  # zccd.csv: the 119th map (see settings)
            files[name] = entry
    stamp = {
        "source": f"the snapshot built into this app ({snap.source})",
        "taken_at": snap.taken_at,
        "files": files,
    }
    if "legislators-district-offices.json" in files and "legislators-current.json" in files:
        files["legislators-district-offices.json"]["congress"] = files["legislators-current.json"][
            "congress"
        ]
    (out / "SNAPSHOT.json").write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return stamp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-from", type=Path, help="take the files from this folder")
    parser.add_argument(
        "--date",
        action="append",
        default=[],
        metavar="FILE=YYYY-MM-DD",
        help="the dataset's own date, when the files' times are not it",
    )
    args = parser.parse_args()
    dates = dict(item.split("=", 1) for item in args.date)
    stamp = build(args.data_from, dates)
    for name, entry in stamp["files"].items():
        print(
            f"{name}.gz: {entry['size']:,} bytes, {entry['last_modified']}, congress {entry['congress']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
