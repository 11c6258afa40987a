"""Envelopes (#10) and Avery 5160 labels: sizes, exact label positions, order of addresses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advocate_app.export.labels import (
    LABELS_PER_SHEET,
    MIN_LABEL_PT,
    labels_pdf,
    recipient_lines,
    sender_lines,
    write_envelopes,
    write_labels,
)
from advocate_app.export.progress import ExportCancelled
from tests.export.conftest import make_letter, pdf_info, run_tool, writer


def crop_text(path: Path, page: int, x: float, y: float, w: float, h: float) -> list[str]:
    """Text inside a rectangle given in inches (pdftotext crops in points at -r 72)."""
    out = run_tool(
        "pdftotext", "-f", str(page), "-l", str(page), "-r", "72",
        "-x", str(round(x * 72)), "-y", str(round(y * 72)), "-W", str(round(w * 72)), "-H", str(round(h * 72)),
        "-layout", path, "-",
    )  # fmt: skip
    return [line.strip() for line in out.replace("\f", "").splitlines() if line.strip()]


@pytest.fixture
def letters(legislator_index):
    members = [m for m in legislator_index.members if m.dc_office][:33]
    people = [
        writer(f"Writer {i:02d}", street=f"{100 + i} Main St", zip=f"787{i:02d}")
        for i in range(len(members))
    ]
    return [make_letter(m, who=p, paragraphs=1) for m, p in zip(members, people, strict=True)]


def test_envelopes_are_number_10_with_both_addresses_in_place(tmp_path: Path, letters) -> None:
    path = write_envelopes(letters[:3], tmp_path, "Envelopes - test")
    info = pdf_info(path)
    assert info["Pages"] == "3" and info["Page size"].startswith("684 x 297 pts")  # 9.5 x 4.125 in
    for page, letter in enumerate(letters[:3], start=1):
        assert crop_text(path, page, 0, 0, 3.5, 1.5) == list(sender_lines(letter))
        assert crop_text(path, page, 3.0, 1.4, 6.5, 2.1) == list(recipient_lines(letter))
        assert crop_text(path, page, 0, 3.5, 9.5, 0.625) == []  # barcode clear zone


def test_envelope_with_a_very_long_address_line_stays_on_the_envelope(
    tmp_path: Path, legislator_index
) -> None:
    pr = legislator_index.representative("PR", 0)
    letter = make_letter(pr)
    long_office = (
        "The Honorable Pablo José Hernández",
        "Centro de Bellas Artes, Calle Padial, esquina Calle Ruiz Belvis, Oficina 1000",
        "Caguas, PR 00725",
    )
    letter = letter.__class__(**{**letter.__dict__, "inside_address": long_office})
    path = write_envelopes([letter], tmp_path)
    lines = crop_text(path, 1, 3.0, 1.2, 6.25, 2.3)
    assert lines[0] == "The Honorable Pablo José Hernández"
    assert lines[1].startswith("Centro de Bellas Artes")
    assert lines[-1] == "Caguas, PR 00725"


def test_labels_fill_avery_5160_row_by_row_at_exact_positions(tmp_path: Path, letters) -> None:
    path = write_labels(letters, tmp_path, "Labels")
    info = pdf_info(path)
    assert info["Pages"] == "2" and "612 x 792 pts (letter)" in info["Page size"]
    for n, letter in enumerate(letters):
        page, slot = divmod(n, LABELS_PER_SHEET)
        row, column = divmod(slot, 3)
        x, y = 0.1875 + column * 2.75, 0.5 + row * 1.0
        assert crop_text(path, page + 1, x, y, 2.625, 1.0) == list(recipient_lines(letter)), (
            n,
            row,
            column,
        )
    # Nothing in the gutters between columns or in the top margin.
    assert crop_text(path, 1, 0, 0, 8.5, 0.48) == []
    assert crop_text(path, 1, 2.82, 0.5, 0.11, 10) == []


def test_return_labels_and_skipping_used_labels(tmp_path: Path, letters) -> None:
    path = write_labels(letters[:2], tmp_path, "Return labels", side="sender", skip=4)
    assert crop_text(path, 1, 0.1875, 0.5, 8.1, 1.0) == []  # slots 0-2 left blank
    assert crop_text(path, 1, 0.1875, 1.5, 2.625, 1.0) == []  # slot 3 blank
    assert crop_text(path, 1, 2.9375, 1.5, 2.625, 1.0) == list(sender_lines(letters[0]))
    assert crop_text(path, 1, 5.6875, 1.5, 2.625, 1.0) == list(sender_lines(letters[1]))


def test_test_sheet_outlines_and_cancel(tmp_path: Path, letters) -> None:
    from advocate_app.export.labels import labels_pdf

    assert labels_pdf(letters[:1], outlines=True).startswith(b"%PDF")
    with pytest.raises(ExportCancelled):
        write_labels(letters, tmp_path, progress=lambda done, total: done < 5)
    with pytest.raises(ValueError):
        labels_pdf(letters, side="both")
    assert list(tmp_path.iterdir()) == []


def test_a_long_label_line_wraps_at_8_pt_and_stays_whole(tmp_path: Path, legislator_index) -> None:
    """Issue 13 #8: the Resident Commissioner's office line shrank to ~7 pt and was cut off."""
    from advocate_app.core.letter_conventions import inside_address

    pr = legislator_index.representative("PR", 0)
    office = pr.district_offices[0]
    letter = make_letter(pr)
    letter = letter.__class__(**{**letter.__dict__, "inside_address": inside_address(pr, office)})
    path = tmp_path / "labels.pdf"
    path.write_bytes(labels_pdf([letter]))
    words = " ".join(crop_text(path, 1, 0.1875, 0.5, 2.625, 1.0)).split()
    assert " ".join(words) == " ".join(" ".join(letter.inside_address).split())
    assert "Belvis" in words and "Caguas," in words  # nothing elided, nothing outside the label
    # Word boxes from the text layer: the glyph height of an 8 pt face is over 8 pt.
    bbox = run_tool("pdftotext", "-bbox", path, "-")
    heights = [
        float(m.group(2)) - float(m.group(1))
        for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)
    ]
    assert heights and min(heights) >= MIN_LABEL_PT, heights
