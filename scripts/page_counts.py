#!/usr/bin/env python3
"""How many pages the STOP CSAM letters print on, in every format (issue 13's closing note).

    python3 scripts/page_counts.py              # US Letter and A4, LibreOffice if installed
    python3 scripts/page_counts.py --paper a4   # one paper only
    python3 scripts/page_counts.py --no-office  # PDF only (no LibreOffice)
    python3 scripts/page_counts.py --language es  # the Spanish letters, a Spanish story

The letters are the House (Wyoming's member), Senate (Wyoming's first senator), Senate
Judiciary (Sen. Cruz, asked to cosponsor and acknowledged for his committee seat: the
longest letter), Delegate (the District of Columbia) and Resident Commissioner (Puerto Rico)
letters of the built-in ``stop-csam-2025`` pack, with the pack's default talking points and
a story of about 120 words (in Spanish with ``--language es``), composed by the app's own
composer from the shared congress-legislators data and committee roster. Each is exported as PDF, ODT, DOCX and TXT exactly as the
app exports it. Pages are counted:

- PDF: ``pdfinfo`` on the file we write (and ``export.pdf.page_count``, which must agree),
  with the room left below the signature on the last page;
- ODT, DOCX: laid out by LibreOffice (``soffice --headless --convert-to pdf``), then
  ``pdfinfo``, the way an office opening the file would see it;
- TXT: also printed through LibreOffice, which sets plain text in its own default page and
  font (the file carries neither), so that column depends on LibreOffice's settings; the
  page size it used is printed under the table.

Nothing is written outside a temporary folder (the member index is built there too).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from advocate_app.core.campaigns import find_campaign  # noqa: E402
from advocate_app.core.committees import load_seats  # noqa: E402
from advocate_app.core.letters import compose_letter  # noqa: E402
from advocate_app.core.lookup.legislators import LegislatorIndex  # noqa: E402
from advocate_app.core.models import Address, Constituent, Letter  # noqa: E402
from tests.support.one_page import STORY_120 as STORY  # noqa: E402 - the tests' stories
from tests.support.one_page import STORY_120_ES as STORY_ES  # noqa: E402
from tests.support.one_page import TODAY  # noqa: E402

SHARED = (
    Path(os.environ.get("ADVOCATE_SHARED_DIR", REPO.parent / "shared"))
    / "data"
    / "congress-legislators"
)
STORIES = {"en": STORY, "es": STORY_ES}
WYOMING = Constituent(
    "Jordan Avery Example",
    Address("2001 Capitol Ave", "Cheyenne", "WY", "82001"),
    "jordan@example.org",
)
TEXAS = Constituent(
    "Jordan Avery Example", Address("1100 Congress Ave", "Austin", "TX", "78701"),
    "jordan@example.org",
)  # fmt: skip
PUERTO_RICO = Constituent(
    "Jordan Avery Example", Address("1 Calle Fortaleza", "San Juan", "PR", "00901"),
    "jordan@example.org",
)  # fmt: skip
DISTRICT = Constituent(
    "Jordan Avery Example", Address("1350 Pennsylvania Ave NW", "Washington", "DC", "20004"),
    "jordan@example.org",
)  # fmt: skip
FORMATS = ("pdf", "odt", "docx", "txt")


def letters(language: str = "en") -> list[tuple[str, Letter]]:
    """(label, letter) for the House, Senate, Senate Judiciary, Delegate and Resident
    Commissioner letters, in ``language`` ("en" or "es") with a story in that language."""
    campaign = find_campaign("stop-csam-2025")
    with tempfile.TemporaryDirectory(prefix="page-counts-index-") as index_dir:
        index = LegislatorIndex.load(
            SHARED / "legislators-current.json",
            SHARED / "legislators-district-offices.json",
            index_dir=Path(index_dir),
        )
        index.use_committee_seats(
            load_seats(SHARED / "committee-membership-current.json", Path(index_dir))
        )
        chosen = (
            ("House", WYOMING, index.representative("WY", 0)),
            ("Senate", WYOMING, index.senators("WY")[0]),
            ("Senate Judiciary", TEXAS, index.by_bioguide("C001098")),
            ("Delegate", DISTRICT, index.representative("DC", 0)),
            ("Commissioner", PUERTO_RICO, index.representative("PR", 0)),
        )
    return [
        (f"{label}: {member.role.title} {member.last} ({member.seat})",
         compose_letter(campaign, writer, member, story=STORIES[language], today=TODAY,
                        language=language))
        for label, writer, member in chosen
    ]  # fmt: skip


def pdf_pages(path: Path) -> tuple[int, str]:
    """Pages and page size (as pdfinfo says it) of a PDF file."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    size = re.search(r"^Page size:\s+(.+)$", info.stdout, re.M)
    return pages, size.group(1).strip() if size else "?"


def room_left(letter: Letter, paper: str) -> float:
    """Points left below the signature on the PDF's last page (the same layout as the PDF)."""
    from advocate_app.export.pdf import render_pdf
    from advocate_app.export.render import Frame, layout_document

    left: list[float] = []

    def measure(device) -> None:
        frame = Frame.of(device)
        doc = layout_document(letter, device, frame)
        page = frame.content.height()
        used = doc.documentLayout().documentSize().height() - (doc.pageCount() - 1) * page
        left.append((page - used) * 72.0 / frame.dpi)

    render_pdf(measure, paper=paper)
    return left[0]


def office_pdfs(files: list[Path], work: Path) -> dict[Path, Path]:
    """Each file laid out by LibreOffice as a PDF (one soffice run for all), by source file."""
    out = work / "libreoffice"
    by_source: dict[Path, Path] = {}
    for n, source in enumerate(files):
        # LibreOffice names its output after the input's stem: give every input its own.
        staged = work / "staged" / f"{n:02d}{source.suffix}"
        staged.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, staged)
        by_source[source] = out / f"{staged.stem}.pdf"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
         "--convert-to", "pdf", "--outdir", str(out),
         *(str(work / "staged" / f"{n:02d}{s.suffix}") for n, s in enumerate(files))],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return by_source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paper", choices=("letter", "a4"), help="one paper (default: both)")
    parser.add_argument("--no-office", action="store_true", help="skip LibreOffice (PDF only)")
    parser.add_argument(
        "--language", choices=tuple(STORIES), default="en", help="the letters' language"
    )
    args = parser.parse_args()

    from advocate_app.export import export_letter
    from advocate_app.export.pdf import page_count

    papers = [args.paper] if args.paper else ["letter", "a4"]
    office = not args.no_office and shutil.which("soffice") is not None
    with tempfile.TemporaryDirectory(prefix="page-counts-") as tmp:
        work = Path(tmp)
        files: dict[tuple[str, str, str], Path] = {}
        laid_out: dict[tuple[str, str], int] = {}
        free: dict[tuple[str, str], float] = {}
        chosen = letters(args.language)
        for label, letter in chosen:
            for paper in papers:
                laid_out[label, paper] = page_count(letter, paper=paper)
                free[label, paper] = room_left(letter, paper)
                for fmt in FORMATS:
                    if fmt == "txt" and paper != papers[0]:
                        continue  # plain text has no paper size: one file serves both rows
                    folder = work / paper / fmt
                    files[label, paper, fmt] = export_letter(letter, fmt, folder, paper=paper)
        converted = (
            office_pdfs([p for (_, _, f), p in files.items() if f != "pdf"], work) if office else {}
        )

        print("| letter | paper | PDF | ODT | DOCX | TXT |")
        print("|---|---|---|---|---|---|")
        txt_sizes = set()
        for label, _letter in chosen:
            for paper in papers:
                cells = []
                for fmt in FORMATS:
                    source = files.get((label, paper, fmt)) or files[label, papers[0], fmt]
                    if fmt == "pdf":
                        pages, _size = pdf_pages(source)
                        if pages != laid_out[label, paper]:
                            cells.append(f"{pages} (page_count says {laid_out[label, paper]})")
                            continue
                        cells.append(f"{pages} ({free[label, paper] / 72:.1f} in free)")
                        continue
                    if source in converted and converted[source].exists():
                        pages, size = pdf_pages(converted[source])
                        if fmt == "txt":
                            txt_sizes.add(size)
                        elif f"({'A4' if paper == 'a4' else 'letter'})" not in size:
                            cells.append(f"{pages} (on {size}!)")
                            continue
                    else:
                        cells.append("n/a" if not office else "failed")
                        continue
                    cells.append(str(pages))
                print(f"| {label} | {paper} | {' | '.join(cells)} |")
    story_words = len(STORIES[args.language].split())
    print()
    print(
        f"Built-in stop-csam-2025 pack ({args.language}), default talking points, a "
        f"{story_words}-word story, dated {TODAY.isoformat()}."
    )
    if office:
        version = subprocess.run(["soffice", "--version"], capture_output=True, text=True)
        print(f"ODT, DOCX and TXT laid out by {version.stdout.strip() or 'LibreOffice'}.")
        if txt_sizes:
            print(
                f"TXT as LibreOffice prints plain text: page size {', '.join(sorted(txt_sizes))}."
            )
    else:
        print("LibreOffice (soffice) is not installed or was skipped: ODT, DOCX, TXT not counted.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
