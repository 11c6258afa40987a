"""Lookup speed: loading the cached datasets in a fresh process, and ZIP lookups.

Prints figures, not pass/fail. Floors measured in the same run:
- load floor: a fresh process that only parses the same files (json.loads + csv.reader),
  so the ratio shows what building our indexes adds;
- per-ZIP figures come from 1,000 lookups through the real Finder (data already loaded).

Targets (issue 2): load < 150 ms, ZIP lookup < 1 ms, on a 2-core machine.
Issue 14: the same load with the Census relationship file as the ZIP table. The real file
could not be downloaded here, so a full-size stand-in in its real shape (BOM, pipes, ZZ and
ZCTA-less rows, one row per district/ZIP overlap: ~6 MB) is built from zccd.csv's pairs.
Usage: python benchmarks/bench_lookup.py [--shared ../shared/data] [--zip-table zccd|census]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

LOAD_OURS = """
import time, sys
t0 = time.perf_counter()
from advocate_app.app import Services
from advocate_app.core.paths import AppPaths
import advocate_app.core.lookup.finder, advocate_app.core.datasets, advocate_app.core.http
t1 = time.perf_counter()
s = Services(AppPaths.for_profile(sys.argv[1]), env={"ADVOCATE_LEGISLATORS_URL": sys.argv[2],
    "ADVOCATE_ZIP_CROSSWALK_URL": sys.argv[3]})
s.finder.find_by_zip("82001")  # forces members + ZIP table to load from the cache
t2 = time.perf_counter()
print(t2 - t0, t2 - t1)
"""

LOAD_FLOOR = """
import time, sys, json, csv
t0 = time.perf_counter()
for name in ("legislators-current.json", "legislators-district-offices.json"):
    json.loads(open(sys.argv[1] + "/" + name, "rb").read())
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig"),
                       delimiter="|" if sys.argv[2].endswith(".txt") else ","))
print(time.perf_counter() - t0)
"""


def fresh_process(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, check=True
    )
    return [float(x) for x in out.stdout.strip().splitlines()[-1].split()]


def address_lookups(services, fixture: Path, count: int = 200) -> list[float]:
    """Address lookups through the real Finder + HTTP client against a loopback stand-in
    for the Census geocoder that answers with a recorded response."""
    import http.server
    import threading

    body = fixture.read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        services.finder.geocoder.base_url = f"http://127.0.0.1:{server.server_port}/geocoder"
        services.finder.find_by_address("1100 Congress Ave, Austin, TX 78701")  # warm up
        timings = []
        for _ in range(count):
            started = time.perf_counter()
            services.finder.find_by_address("1100 Congress Ave, Austin, TX 78701")
            timings.append(time.perf_counter() - started)
        return timings
    finally:
        server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--zip-table",
        choices=("zccd", "census"),
        default="census",
        help="the ZIP table to load: zccd.csv, or a full-size relationship file",
    )
    args = parser.parse_args()
    shared = Path(args.shared)
    legislators = str(shared / "congress-legislators") + "/"
    zccd = str(shared / "zip-to-district" / "zccd.csv")

    sys.path.insert(0, str(REPO))
    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths

    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as tables:
        if args.zip_table == "census":
            from tests.support.census_zip import pairs_from_zccd, write_relationship_file

            census = write_relationship_file(Path(tables), pairs_from_zccd(Path(zccd)), 119)
            print(
                f"ZIP table: stand-in relationship file {census.name}, "
                f"{census.stat().st_size / 1e6:.1f} MB"
            )
            zccd = str(census)
        else:
            print("ZIP table: zccd.csv")
        env = {"ADVOCATE_LEGISLATORS_URL": legislators, "ADVOCATE_ZIP_CROSSWALK_URL": zccd}
        services = Services(AppPaths.for_profile(Path(profile)), env=env)
        services.datasets.update_all()  # fill the cache once, as "advocate data update" would
        cache = str(services.paths.datasets_dir)

        runs = [fresh_process(LOAD_OURS, profile, legislators, zccd) for _ in range(args.runs)]
        ours = [r[0] for r in runs]
        data_only = [r[1] for r in runs]
        floor = [fresh_process(LOAD_FLOOR, cache, zccd)[0] for _ in range(args.runs)]

        finder = services.finder
        zips = finder.zip_table.zip_codes()
        sample = random.Random(7).sample(zips, 1000)
        finder.find_by_zip(sample[0])
        timings = []
        for zip_code in sample:
            started = time.perf_counter()
            finder.find_by_zip(zip_code)
            timings.append(time.perf_counter() - started)
        fixture = (
            shared / "fixtures" / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
        )
        address_timings = address_lookups(services, fixture)

    address_ms = statistics.median(address_timings) * 1000
    load_ms, floor_ms = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    data_ms = statistics.median(data_only) * 1000
    per_zip = statistics.mean(timings) * 1000
    p99 = sorted(timings)[int(len(timings) * 0.99)] * 1000
    result = {
        "dataset_load_ms": round(load_ms, 1),
        "dataset_load_without_imports_ms": round(data_ms, 1),
        "dataset_parse_floor_ms": round(floor_ms, 1),
        "load_ratio_vs_floor": round(load_ms / floor_ms, 2),
        "zip_lookup_mean_ms": round(per_zip, 4),
        "zip_lookup_p99_ms": round(p99, 4),
        "zip_lookups": len(timings),
        "zip_table": args.zip_table,
        "address_lookup_local_server_median_ms": round(address_ms, 2),
    }
    print(
        f"dataset load (fresh process, median of {args.runs}): {load_ms:.1f} ms including our "
        f"imports, {data_ms:.1f} ms for the data alone (floor: bare json+csv parse "
        f"{floor_ms:.1f} ms; ratio {load_ms / floor_ms:.2f}x; target < 150 ms)"
    )
    print(
        f"ZIP lookup: mean {per_zip:.4f} ms, p99 {p99:.4f} ms over {len(timings)} lookups (target < 1 ms)"
    )
    print(
        f"address lookup via a loopback geocoder stand-in: median {address_ms:.2f} ms "
        f"over {len(address_timings)} lookups (HTTP + parse + members)"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
