"""A letter-writing event's paper, ready to carry: letters stacked and sorted by office.

``write_batch`` takes letters already routed to an office (see ``plan.choose_office``) and
writes, into one folder:

- ``Letters - <campaign>.pdf``: for each office in walking order, a cover sheet (member,
  office address, number of letters, campaign, event name and date) then that office's
  letters, each starting on a new page;
- optionally ``Envelopes - <campaign>.pdf`` (#10) and ``Labels (Avery 5160) - <campaign>.pdf``,
  in exactly the letters' order, so envelope n holds letter n;
- ``Delivery list - <campaign>.csv``: one row per letter (stack, member, office, writer),
  to tick off at the door.

Everything is rendered in memory first: cancelling (``progress`` returns False) writes
nothing. Existing files are never overwritten.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from advocate_app.core.csv_safe import safe_cell
from advocate_app.core.models import Letter, Office
from advocate_app.export.labels import envelopes_pdf, labels_pdf
from advocate_app.export.naming import write_new_file
from advocate_app.export.pdf import pdf_bytes
from advocate_app.export.plan import BatchInfo, OfficeGroup, group_letters
from advocate_app.export.progress import Progress, Ticker
from advocate_app.export.render import Printable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchResult:
    letters_pdf: Path
    delivery_list: Path
    envelopes_pdf: Path | None
    labels_pdf: Path | None
    groups: tuple[OfficeGroup, ...]

    @property
    def letter_count(self) -> int:
        return sum(len(g.letters) for g in self.groups)

    @property
    def files(self) -> list[Path]:
        found = [self.letters_pdf, self.envelopes_pdf, self.labels_pdf, self.delivery_list]
        return [p for p in found if p is not None]


def ordered_items(groups: Sequence[OfficeGroup]) -> list[Printable]:
    """Cover sheet, then its letters, for each office in order."""
    items: list[Printable] = []
    for group in groups:
        items.append(group)
        items.extend(group.letters)
    return items


def write_batch(
    routed: Iterable[tuple[Letter, Office | None]],
    info: BatchInfo,
    folder: Path,
    *,
    paper: str = "letter",
    envelopes: bool = False,
    labels: bool = False,
    progress: Progress | None = None,
) -> BatchResult:
    """Write the batch files (see module doc); ``ExportCancelled`` if ``progress`` says stop."""
    groups = tuple(group_letters(routed, info))
    letters = [letter for group in groups for letter in group.letters]
    if not letters:
        raise ValueError("a batch needs at least one letter")
    items = ordered_items(groups)
    total = len(items) + len(letters) * (int(envelopes) + int(labels))
    ticker = Ticker(total, progress)
    ticker.start()
    tag = info.campaign_id
    letters_data = pdf_bytes(
        items, paper=paper, ticker=ticker, title=f"Letters: {info.campaign_title or tag}"
    )
    envelope_data = labels_data = None
    if envelopes:
        envelope_data = envelopes_pdf(letters, progress=_sub(ticker))
    if labels:
        labels_data = labels_pdf(letters, progress=_sub(ticker))
    folder = Path(folder)
    result = BatchResult(
        letters_pdf=write_new_file(letters_data, folder, f"Letters - {tag}", "pdf"),
        delivery_list=write_new_file(delivery_csv(groups), folder, f"Delivery list - {tag}", "csv"),
        envelopes_pdf=write_new_file(envelope_data, folder, f"Envelopes - {tag}", "pdf")
        if envelope_data is not None
        else None,
        labels_pdf=write_new_file(labels_data, folder, f"Labels (Avery 5160) - {tag}", "pdf")
        if labels_data is not None
        else None,
        groups=groups,
    )
    log.info("batch written: %d letters in %d stacks", len(letters), len(groups))
    return result


def _sub(ticker: Ticker) -> Progress:
    """Forward a sub-export's steps to the batch-wide ticker (one progress bar, one cancel)."""

    def forward(done: int, total: int) -> bool:
        if done:
            ticker.step()
        return True

    return forward


def delivery_csv(groups: Sequence[OfficeGroup]) -> bytes:
    """One row per letter, in stack order; UTF-8 with BOM so spreadsheet apps read accents."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "stack",
            "letter",
            "member",
            "seat",
            "office",
            "office phone",
            "writer",
            "writer city",
            "writer ZIP",
        ]
    )
    number = 0
    for group in groups:
        for letter in group.letters:
            number += 1
            address = letter.constituent.address
            writer.writerow(
                [
                    group.index,
                    number,
                    *map(
                        safe_cell,  # a participant's "=HYPERLINK(...)" stays text
                        (
                            group.member.name,
                            group.member.seat,
                            ", ".join(group.office_lines),
                            group.office_phone,
                            letter.constituent.name,
                            address.city,
                            address.zip,
                        ),
                    ),
                ]
            )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
