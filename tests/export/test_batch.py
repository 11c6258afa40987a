"""A hand-delivery batch: cover sheets, letters sorted by office, envelopes and labels alike."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from advocate_app.core.routing import choose_office
from advocate_app.core.stacks import BatchInfo
from advocate_app.export.batch import write_batch
from advocate_app.export.progress import ExportCancelled
from tests.export.conftest import make_letter, pdf_info, pdf_text, writer

INFO = BatchInfo(
    "stop-csam-2025",
    "Stop CSAM Act",
    "Austin letter-writing night",
    "November 25, 2026",
    "S. 1829 / H.R. 3921",
)


@pytest.fixture
def routed(legislator_index):
    people = [
        writer("Ana Zamora", city="Houston", zip="77002"),
        writer("Ben Young", city="Austin", zip="78701"),
        writer("Cy Xu", city="Dallas", zip="75219"),
    ]
    pairs = []
    for person in people:
        for member in legislator_index.senators("TX"):
            pairs.append(
                (
                    make_letter(member, who=person, paragraphs=2),
                    choose_office(member, person, "district"),
                )
            )
    return pairs


def _page_texts(path: Path) -> list[str]:
    return [p for p in pdf_text(path).split("\f") if p.strip()]


def test_batch_writes_sorted_stacks_with_cover_sheets(tmp_path: Path, routed) -> None:
    steps: list[tuple[int, int]] = []
    result = write_batch(
        routed,
        INFO,
        tmp_path,
        envelopes=True,
        labels=True,
        progress=lambda d, t: steps.append((d, t)) or True,
    )
    assert result.letter_count == 6
    assert [p.name for p in result.files] == [
        "Letters - stop-csam-2025.pdf",
        "Envelopes - stop-csam-2025.pdf",
        "Labels (Avery 5160) - stop-csam-2025.pdf",
        "Delivery list - stop-csam-2025.csv",
    ]
    # Stacks in office order: by city, then street name (E 8th < W Sixth; N Hall < Spring
    # Valley; Memorial < Smith), so one trip passes each office once.
    stacks = [(g.office.city, g.member.last, len(g.letters)) for g in result.groups]
    assert stacks == [
        ("Austin", "Cruz", 1), ("Austin", "Cornyn", 1), ("Dallas", "Cruz", 1),
        ("Dallas", "Cornyn", 1), ("Houston", "Cornyn", 1), ("Houston", "Cruz", 1),
    ]  # fmt: skip
    pages = _page_texts(result.letters_pdf)
    assert len(pages) == 12  # six cover sheets, six one-page letters
    for n, group in enumerate(result.groups):
        cover, letter_page = " ".join(pages[2 * n].split()), pages[2 * n + 1]
        assert cover.startswith("Constituent letters for hand delivery")
        assert group.recipient in cover and "United States Senator for Texas" in cover
        for line in group.office_lines:
            assert line in cover
        assert "1 letter enclosed" in cover
        assert "Campaign: Stop CSAM Act" in cover and "Event: Austin letter-writing night" in cover
        assert "Event date: November 25, 2026" in cover and f"Stack {n + 1} of 6" in cover
        assert f"Dear Senator {group.member.last}:" in letter_page
        assert group.letters[0].constituent.name in letter_page
    # Envelopes and labels follow the letters' order exactly.
    envelopes = _page_texts(result.envelopes_pdf)
    letters_in_order = [letter for group in result.groups for letter in group.letters]
    assert len(envelopes) == 6
    for page, letter in zip(envelopes, letters_in_order, strict=True):
        assert letter.constituent.name in page and letter.inside_address[0] in page
    assert pdf_info(result.labels_pdf)["Pages"] == "1"
    with result.delivery_list.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["stack"], r["member"], r["writer"]) for r in rows] == [
        (str(g.index), g.member.name, g.letters[0].constituent.name) for g in result.groups
    ]
    assert steps[0] == (0, 24) and steps[-1] == (24, 24)  # 12 pages + 6 envelopes + 6 labels
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_several_letters_per_office_and_no_overwrite(tmp_path: Path, legislator_index) -> None:
    rep = legislator_index.representative("TX", 37)
    people = [writer(f"Person {c}", city="Austin") for c in "CAB"]
    routed = [
        (make_letter(rep, who=p, paragraphs=1), choose_office(rep, p, "district")) for p in people
    ]
    first = write_batch(routed, INFO, tmp_path)
    second = write_batch(routed, INFO, tmp_path)
    assert first.envelopes_pdf is None and first.labels_pdf is None
    assert second.letters_pdf.name == "Letters - stop-csam-2025 (2).pdf"
    pages = _page_texts(first.letters_pdf)
    assert "3 letters enclosed" in pages[0]
    assert [next(n for n in ("Person A", "Person B", "Person C") if n in p) for p in pages[1:]] == [
        "Person A", "Person B", "Person C",
    ]  # fmt: skip


def test_cancel_midway_writes_nothing(tmp_path: Path, routed) -> None:
    with pytest.raises(ExportCancelled):
        write_batch(
            routed, INFO, tmp_path, envelopes=True, labels=True, progress=lambda d, t: d < 15
        )
    assert list(tmp_path.iterdir()) == []


def test_empty_batch_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_batch([], INFO, tmp_path)


def test_delivery_list_has_the_bill_and_keeps_zip_zeros_as_text(
    tmp_path: Path, legislator_index
) -> None:
    """Issue 13 #11: no bill column; 00901 and 05602 lost their leading zero in a spreadsheet."""
    pr = legislator_index.representative("PR", 0)
    vt = legislator_index.senators("VT")[0]
    routed = [
        (
            make_letter(pr, who=writer("Ana Ríos", city="San Juan", state="PR", zip="00901")),
            pr.dc_office,
        ),
        (
            make_letter(vt, who=writer("=cmd|x", city="Montpelier", state="VT", zip="05602")),
            vt.dc_office,
        ),
    ]
    result = write_batch(routed, INFO, tmp_path)
    with result.delivery_list.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_bill = {r["bill"]: r for r in rows}
    assert set(by_bill) == {"H.R. 3921", "S. 1829"}
    assert by_bill["H.R. 3921"]["writer city, state and ZIP"] == "San Juan, PR 00901"
    assert by_bill["S. 1829"]["writer city, state and ZIP"] == "Montpelier, VT 05602"
    assert by_bill["S. 1829"]["writer"] == "'=cmd|x"  # never a formula
    # A spreadsheet reads "City, ST 00901" as text: no cell is a bare number with a lost zero.
    assert not any(v.isdigit() and v.startswith("0") for r in rows for v in r.values())
    pages = _page_texts(result.letters_pdf)
    covers = [p for p in pages if p.startswith("Constituent letters for hand delivery")]
    assert any("Bill: H.R. 3921" in c and "S. 1829" not in c for c in covers)
    assert any("Bill: S. 1829" in c and "H.R. 3921" not in c.split("Bill:")[1] for c in covers)
