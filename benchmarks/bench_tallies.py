"""Event tallies: the cost of counting every letter, and of the organizer's reports.

A big day: ``--participants`` people each writing to their three members, printed, with
a fifth of them also emailed. Measures the archive writes (each adds a tally row in the
same transaction, and stays anonymous because event mode runs), every grouping, the CSV,
and the one-page and per-office summary PDFs. Prints figures, not pass/fail.
Usage: python benchmarks/bench_tallies.py [--participants 500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=500)
    args = parser.parse_args()

    from advocate_app.core.archive import Archive
    from advocate_app.core.event import EventMode
    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.core.settings import Settings
    from advocate_app.core.store import Store
    from advocate_app.core.tallies import Tallies, TallyFilter
    from advocate_app.export.summary import SummaryInfo, write_summary_pdf
    from tests.conftest import DISTRICT_OFFICES_JSON, LEGISLATORS_JSON
    from tests.support.sample_letters import constituent, letter_for

    index = LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON)
    districts = [m for d in range(1, 39) if (m := index.representative("TX", d)) is not None]
    senators = index.senators("TX")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "advocate.sqlite3")
        EventMode(Settings(folder / "settings.json", env={}), store).start(
            name="Big day", pin="246810"
        )
        letters = []
        for n in range(args.participants):
            who = constituent(f"Writer {n}", email=f"w{n}@example.org")
            for member in (districts[n % len(districts)], *senators):
                letters.append((letter_for(member, who=who), n % 5 == 0))
        archive = Archive(store)
        started = time.perf_counter()
        for letter, emailed in letters:
            archive.record(letter, "print")
            if emailed:
                archive.record(letter, "email")
        record = time.perf_counter() - started
        tallies = Tallies(store)
        where = TallyFilter(event="Big day")
        timings = {}
        started = time.perf_counter()
        for by in ("member", "district", "campaign", "route"):
            tallies.counts(by, where)
        timings["four groupings"] = time.perf_counter() - started
        started = time.perf_counter()
        offices = tallies.offices(where)
        timings["offices"] = time.perf_counter() - started
        started = time.perf_counter()
        data = tallies.csv_bytes(where)
        timings["CSV"] = time.perf_counter() - started
        info = SummaryInfo("Big day", "November 25, 2026")
        started = time.perf_counter()
        write_summary_pdf(offices, info, folder / "summary.pdf")
        timings["summary PDF (cold Qt)"] = time.perf_counter() - started
        started = time.perf_counter()
        write_summary_pdf(offices, info, folder / "offices.pdf", per_office=True)
        timings[f"per-office PDF ({len(offices)} pages)"] = time.perf_counter() - started
        total = tallies.total(where)
        print(f"{total.letters} letters, {total.deliveries} deliveries, {len(offices)} offices")
        print(f"archive + tally writes: {1000 * record / total.deliveries:.2f} ms each "
              f"({record:.2f} s for {total.deliveries})")  # fmt: skip
        for name, seconds in timings.items():
            print(f"{name}: {1000 * seconds:.0f} ms")
        print(f"CSV size: {len(data) / 1024:.0f} KB")
        store.close()


if __name__ == "__main__":
    main()
