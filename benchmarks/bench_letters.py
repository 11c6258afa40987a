"""Letter speed: the built-in campaign rendered for every current member of Congress.

Prints figures, not pass/fail. Each run renders, in one process:
- cold: loading and checking the campaign pack (manifest, template compile, sample letters);
- all members: one letter (template body + composed address, salutation, signature) for
  each of the 537 current members, repeated ``--rounds`` times; the median round is the figure;
- body only: the sandboxed template render alone, to show what composition adds;
- as_text: the full plain-text letters.

Target (issue 3): all 537 letters in under one second on a 2-core machine.
Usage: python benchmarks/bench_letters.py [--shared ../shared/data] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

STORY = (
    "I am a school counselor. Every year I sit with students who were pressured into sending "
    "images by someone they met in a game, and I watch those images keep circulating long after "
    "the account that asked for them is gone. The families I work with have nowhere to turn."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from advocate_app.core.campaigns import load_campaign
    from advocate_app.core.letters import compose_letter, render_body
    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.core.models import Address, Constituent
    from advocate_app.core.paths import templates_dir

    legislators = args.shared / "congress-legislators"
    index = LegislatorIndex.load(
        legislators / "legislators-current.json", legislators / "legislators-district-offices.json"
    )
    members = list(index.members)
    person = Constituent(
        "Maria Lopez", Address("1100 Congress Ave", "Austin", "TX", "78701"), "maria@example.org"
    )
    today = date(2026, 11, 25)

    started = time.perf_counter()
    campaign = load_campaign(templates_dir() / "stop-csam-2025")
    cold = time.perf_counter() - started

    def timed(work) -> float:
        begin = time.perf_counter()
        work()
        return time.perf_counter() - begin

    def letters() -> None:
        for member in members:
            compose_letter(campaign, person, member, story=STORY, today=today)

    def bodies() -> None:
        for member in members:
            render_body(campaign, person, member, story=STORY, today=today)

    def texts() -> None:
        for member in members:
            compose_letter(campaign, person, member, story=STORY, today=today).as_text()

    first = timed(letters)  # includes compiling the templates on first use
    rounds = [timed(letters) for _ in range(args.rounds)]
    body_rounds = [timed(bodies) for _ in range(args.rounds)]
    text_rounds = [timed(texts) for _ in range(args.rounds)]
    median = statistics.median(rounds)
    n = len(members)
    print(f"members: {n} (legislators data congress {index.congress})")
    print(f"load + check campaign pack (cold): {cold * 1000:.0f} ms")
    print(f"first pass, {n} letters (compiles templates): {first * 1000:.0f} ms")
    print(f"{n} letters, median of {args.rounds}: {median * 1000:.0f} ms  "
          f"({n / median:,.0f} letters/s, {median / n * 1e6:.0f} us each)")  # fmt: skip
    print(f"  best / worst round: {min(rounds) * 1000:.0f} / {max(rounds) * 1000:.0f} ms")
    print(
        f"{n} bodies only (sandboxed render), median: {statistics.median(body_rounds) * 1000:.0f} ms"
    )
    print(f"{n} letters + as_text(), median: {statistics.median(text_rounds) * 1000:.0f} ms")
    verdict = "meets" if first < 1.0 and median < 1.0 else "MISSES"
    print(f"target: all {n} in < 1 s -> {verdict} the target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
