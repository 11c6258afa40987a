#!/usr/bin/env python3
"""The README's two paper pictures, made again by the app's own code (no network).

    python3 scripts/paper_pictures.py           # writes docs/screenshots/paper/*.png
    python3 scripts/paper_pictures.py --dpi 90  # bigger pictures (default 60: 510 x 660 px)

- ``letter-one-page.png``: the STOP CSAM letter to Wyoming's member of the House (Rep.
  Hageman) with the pack's default talking points and the 121-word story of
  ``scripts/page_counts.py``, composed by ``core.letters.compose_letter`` and exported as
  PDF on US Letter by ``export.export_letter``, exactly as the app does.
- ``batch-cover-sheet.png``: the first page of ``Letters - stop-csam-2025.pdf`` written by
  ``export.batch.write_batch`` (what ``advocate batch`` calls) for three Cheyenne writers'
  letters to Sen. Lummis, routed by ``core.routing.choose_office`` to her district office
  nearest them (Cheyenne), with an event, a date and an organizer on the cover sheet.

The members and offices come from the shared congress-legislators data (``../shared/data``,
or ``$ADVOCATE_SHARED_DIR/data``), as in ``page_counts.py``. Each PDF's first page is
rendered with ``pdftoppm -png -r <dpi>`` (poppler-utils). The script stops with a message
if the letter runs over one page or the batch is not one stack of three letters.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# page_counts.py sits beside this script: the same writer, story and date as its check.
from page_counts import SHARED, STORY, TODAY, WYOMING  # it also puts the repo on sys.path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from advocate_app.core.campaigns import find_campaign  # noqa: E402
from advocate_app.core.committees import load_seats  # noqa: E402
from advocate_app.core.letter_conventions import format_date  # noqa: E402
from advocate_app.core.letters import compose_letter  # noqa: E402
from advocate_app.core.lookup.legislators import LegislatorIndex  # noqa: E402
from advocate_app.core.models import Address, Constituent  # noqa: E402
from advocate_app.core.routing import choose_office  # noqa: E402
from advocate_app.core.stacks import BatchInfo  # noqa: E402
from advocate_app.core.variety import point_subsets, points_for_writer  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots" / "paper"
EVENT = "Cheyenne letter-writing night"
ORGANIZER = "Pat Rivera"
# Three writers at the event (the batch's letters follow the cover sheet by last name).
WRITERS = (
    Constituent(
        "Sam Whitfield", Address("1820 Pioneer Ave", "Cheyenne", "WY", "82001"),
        "sam@example.org",
    ),
    Constituent(
        "Dana Ortiz", Address("3410 Dell Range Blvd", "Cheyenne", "WY", "82009"),
        "dana@example.org",
    ),
    Constituent(
        "Lee Anders", Address("615 W 20th St", "Cheyenne", "WY", "82001"),
        "lee@example.org",
    ),
)  # fmt: skip
STORIES = (
    "My daughter's phone is how she keeps up with her friends, and it is also how a stranger "
    "found her. Please make the companies answer for that.",
    "",
    "I am a school counselor in Cheyenne. The reports I file with apps go nowhere for weeks.",
)


def first_page_png(pdf: Path, png: Path, dpi: int) -> None:
    """Page 1 of ``pdf`` as ``png`` (pdftoppm adds the .png itself)."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
         str(pdf), str(png.with_suffix(""))],
        check=True,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=60, help="resolution (default 60)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print(
            "pdftoppm is not installed: it turns the PDF pages into pictures. Install "
            "poppler-utils (Debian/Ubuntu: sudo apt install poppler-utils; macOS: brew "
            "install poppler) and run this again.",
            file=sys.stderr,
        )
        return 2

    from advocate_app.export import export_letter
    from advocate_app.export.batch import write_batch
    from advocate_app.export.pdf import page_count

    campaign = find_campaign("stop-csam-2025")
    with tempfile.TemporaryDirectory(prefix="paper-pictures-") as tmp:
        work = Path(tmp)
        index = LegislatorIndex.load(
            SHARED / "legislators-current.json",
            SHARED / "legislators-district-offices.json",
            index_dir=work / "index",
        )
        index.use_committee_seats(
            load_seats(SHARED / "committee-membership-current.json", work / "index")
        )

        house = index.representative("WY", 0)
        letter = compose_letter(campaign, WYOMING, house, story=STORY, today=TODAY)
        pages = page_count(letter, paper="letter")
        if pages != 1:
            print(f"The letter to {house.name} runs to {pages} pages, not 1.", file=sys.stderr)
            return 1
        letter_pdf = export_letter(letter, "pdf", work / "letter", paper="letter")

        senator = index.senators("WY")[0]
        subsets = point_subsets(len(campaign.talking_points), campaign.id)
        routed = []
        for n, (writer, story) in enumerate(zip(WRITERS, STORIES, strict=True)):
            office = choose_office(senator, writer, "district")
            points = list(points_for_writer(n, subsets))
            routed.append(
                (compose_letter(campaign, writer, senator, story=story, points=points,
                                today=TODAY, office=office), office)
            )  # fmt: skip
        bill = campaign.bills[senator.chamber].label
        info = BatchInfo(
            campaign_id=campaign.id,
            campaign_title=campaign.title,
            event_name=EVENT,
            event_date=format_date(TODAY),
            bill_label=bill,
            organizer=ORGANIZER,
        )
        result = write_batch(routed, info, work / "batch", paper="letter")
        if len(result.groups) != 1 or result.letter_count != len(WRITERS) or result.long_letters:
            print(f"Expected one stack of {len(WRITERS)} one-page letters.", file=sys.stderr)
            return 1

        args.out.mkdir(parents=True, exist_ok=True)
        first_page_png(letter_pdf, args.out / "letter-one-page.png", args.dpi)
        first_page_png(result.letters_pdf, args.out / "batch-cover-sheet.png", args.dpi)
        city = result.groups[0].office.city if result.groups[0].office else "DC"
        print(f"letter-one-page.png: {house.role.title} {house.last}, {pages} page")
        print(f"batch-cover-sheet.png: {senator.role.title} {senator.last}, {city} office")
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
