"""Export speed: a letter to each of the 537 current members, as PDF files, in one process.

Prints figures, not pass/fail. The floor is measured in the same run: the same text
(``Letter.as_text()``) through a bare ``QTextDocument`` -> ``QPdfWriter``
(``QTextDocument.print_``), one file per letter, in the same embedded font. So the ratio
shows what our layout (blocks, exact spacing, widow/orphan control, closing kept with the
body, continuation headers, each line once in the text layer, atomic writes, unique names)
costs over what Qt needs anyway.

Letters come from the real composer and the built-in campaign when those are importable
(``--simple`` forces hand-built letters with a four-paragraph body).

Targets: ours <= 1.5 x floor and < 10 s on a 2-core machine (issue 4); <= 1.3 x floor with
widow control and the text-layer fix (issue 13). The ratio is printed for the best round
and as the median of the rounds' ratios (each round interleaves floor and ours).
Usage: python benchmarks/bench_export.py [--rounds 2] [--simple]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from advocate_app.core.lookup.legislators import LegislatorIndex  # noqa: E402
from advocate_app.core.models import Address, Bill, Chamber, Constituent, Letter, Member  # noqa: E402

SHARED = (
    Path(os.environ.get("ADVOCATE_SHARED_DIR", REPO.parent / "shared"))
    / "data"
    / "congress-legislators"
)
WRITER = Constituent(
    "María José Núñez", Address("1100 Congress Ave", "Austin", "TX", "78701"), "maria@example.org"
)
CHUNK = 25  # letters per alternation between floor and ours
STORY = "Last spring our school counsellor found photos of a ninth grader shared across three apps."


def simple_letter(member: Member) -> Letter:
    senate = member.chamber is Chamber.SENATE
    bill = Bill(
        119, "s" if senate else "hr", 1829 if senate else 3921, short_title="STOP CSAM Act of 2025"
    )
    office = member.dc_office.postal_lines() if member.dc_office else ("Washington, DC 20515",)
    filler = "The bill gives families, schools and investigators tools that work. " * 4
    body = "\n\n".join(
        [
            f"As your constituent I ask you to cosponsor {bill.label}. {STORY}",
            filler,
            filler,
            "Thank you. " + filler,
        ]
    )
    return Letter(
        "stop-csam-2025", member, WRITER, bill, f"Please cosponsor {bill.label}", "November 25, 2026",
        (f"The Honorable {member.name}", *office), f"Dear {member.role.title} {member.last}:", body,
        signature=(WRITER.name, *WRITER.address.lines(), WRITER.email),
    )  # fmt: skip


def build_letters(members: tuple[Member, ...], simple: bool) -> tuple[list[Letter], str]:
    if not simple:
        try:
            from advocate_app.core.campaigns import builtin_campaigns
            from advocate_app.core.letters import compose_letter

            campaign = next(c for c in builtin_campaigns() if c.id == "stop-csam-2025")
            today = date(2026, 11, 25)
            letters = [
                compose_letter(campaign, WRITER, m, story=STORY, today=today) for m in members
            ]
            return letters, "composed by core.letters from the built-in stop-csam-2025 campaign"
        except (ImportError, StopIteration) as exc:
            print(f"(composer unavailable: {exc!r}; using simple letters)")
    return [simple_letter(m) for m in members], "hand-built, four-paragraph body"


def floor_run(letters: list[Letter], folder: Path, first: int = 0) -> tuple[float, float]:
    """The same text through a bare QTextDocument -> QPdfWriter, one file per letter."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from advocate_app.export.qt import letter_fonts

    font = letter_fonts().font(12.0)
    start, cpu = time.perf_counter(), time.process_time()
    for n, letter in enumerate(letters):
        writer = QPdfWriter(str(folder / f"floor-{first + n}.pdf"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.Letter),
                QPageLayout.Orientation.Portrait,
                QMarginsF(72, 72, 72, 72),
            )
        )
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.documentLayout().setPaintDevice(writer)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.setPageSize(QSizeF(rect.size()))
        doc.setDocumentMargin(0)
        doc.setPlainText(letter.as_text())
        doc.print_(writer)
        del writer
    return time.perf_counter() - start, time.process_time() - cpu


def ours_run(letters: list[Letter], folder: Path) -> tuple[float, float]:
    from advocate_app.export.pdf import write_pdfs

    start, cpu = time.perf_counter(), time.process_time()
    write_pdfs(letters, folder, paper="letter")
    return time.perf_counter() - start, time.process_time() - cpu


def combined_run(letters: list[Letter], folder: Path) -> float:
    from advocate_app.export.pdf import write_combined_pdf

    start = time.perf_counter()
    write_combined_pdf(letters, folder, "all letters", paper="letter")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="best of N runs of each (default 2)")
    parser.add_argument(
        "--simple", action="store_true", help="hand-built letters, not the composer"
    )
    args = parser.parse_args()

    from advocate_app.export.qt import ensure_gui_app, letter_fonts

    t0 = time.perf_counter()
    ensure_gui_app()
    letter_fonts()
    startup = time.perf_counter() - t0
    index = LegislatorIndex.load(
        SHARED / "legislators-current.json", SHARED / "legislators-district-offices.json"
    )
    t0 = time.perf_counter()
    letters, origin = build_letters(index.members, args.simple)
    composing = time.perf_counter() - t0
    root = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        warm = root / "warm"
        warm.mkdir()
        floor_run(letters[:20], warm)
        ours_run(letters[:20], warm)
        # Interleave floor and ours in chunks so a busy machine slows both alike.
        floors, ours = [], []
        for r in range(args.rounds):
            floor_dir, ours_dir = root / f"floor-{r}", root / f"ours-{r}"
            floor_dir.mkdir()
            ours_dir.mkdir()
            floor_total, ours_total = [0.0, 0.0], [0.0, 0.0]
            for i in range(0, len(letters), CHUNK):
                chunk = letters[i : i + CHUNK]
                for total, spent in (
                    (floor_total, floor_run(chunk, floor_dir, first=i)),
                    (ours_total, ours_run(chunk, ours_dir)),
                ):
                    total[0] += spent[0]
                    total[1] += spent[1]
            floors.append(tuple(floor_total))
            ours.append(tuple(ours_total))
        combined_dir = root / "combined"
        combined_dir.mkdir()
        combined = combined_run(letters, combined_dir)
        pdfs = list((root / "ours-0").glob("*.pdf"))
        pages_ok = len(pdfs) == len(letters)
        size = sum(p.stat().st_size for p in pdfs)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    floor_wall, ours_wall = min(w for w, _ in floors), min(w for w, _ in ours)
    floor_cpu, ours_cpu = min(c for _, c in floors), min(c for _, c in ours)
    n = len(letters)
    print(f"letters: {n} ({origin}); composing them took {composing:.2f} s (not counted)")
    print(f"Qt start-up + shipped fonts: {startup * 1000:.0f} ms (once per process, not counted)")
    print(
        f"floor (bare QTextDocument -> QPdfWriter, one file each): wall {floor_wall:.2f} s, CPU {floor_cpu:.2f} s"
    )
    print(
        f"ours  (export.pdf.write_pdfs, one file each):            wall {ours_wall:.2f} s, CPU {ours_cpu:.2f} s"
    )
    ratio = ours_wall / floor_wall
    print(
        f"ratio ours/floor: wall {ratio:.2f}x, CPU {ours_cpu / floor_cpu:.2f}x (targets <= 1.5x, issue 13 <= 1.3x)"
    )
    if args.rounds > 1:
        walls = statistics.median(o[0] / f[0] for o, f in zip(ours, floors, strict=True))
        cpus = statistics.median(o[1] / f[1] for o, f in zip(ours, floors, strict=True))
        print(f"ratio, median of {args.rounds} rounds: wall {walls:.2f}x, CPU {cpus:.2f}x")
    print(
        f"per letter: ours {ours_wall / n * 1000:.1f} ms, floor {floor_wall / n * 1000:.1f} ms (wall, best of {args.rounds})"
    )
    print(f"one combined PDF of all {n} letters: {combined:.2f} s")
    print(
        f"files: {'all written' if pages_ok else 'MISSING FILES'}, {size / n / 1024:.0f} KB per letter PDF"
    )
    print(
        f"target < 10 s: {'met' if ours_wall < 10 else 'NOT met'}; <= 1.5x floor: {'met' if ratio <= 1.5 else 'NOT met'}; "
        f"<= 1.3x floor: {'met' if ratio <= 1.3 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
