"""Printing an event's queue: one batch, a cover sheet per office, on the printer or in a folder."""

from __future__ import annotations

import pytest

from advocate_app.core.print_queue import PrintQueue
from advocate_app.core.stacks import BatchInfo, OfficeGroup
from advocate_app.export.event_print import batch_items, paint_batch, write_batch_files
from advocate_app.export.pdf import render_pdf
from tests.export.conftest import make_letter, pdf_info, pdf_text, writer

INFO = BatchInfo("stop-csam-2025", "STOP CSAM Act of 2025", event_name="Austin writing night",
                 event_date="November 25, 2026")  # fmt: skip


def test_queue_prints_as_one_batch(qapp, tmp_path, legislator_index):
    queue = PrintQueue()
    rep = legislator_index.representative("TX", 37)
    cruz = next(s for s in legislator_index.senators("TX") if s.last == "Cruz")
    for name in ("Ana Zamora", "Bo Young"):
        queue.add(make_letter(rep, who=writer(name), paragraphs=1))
        queue.add(make_letter(cruz, who=writer(name), paragraphs=1))
    items = batch_items(queue.routed(), INFO)
    assert [type(i) is OfficeGroup for i in items] == [True, False, False, True, False, False]
    data = render_pdf(lambda w: paint_batch(w, queue.routed(), INFO, paper="letter"))
    (tmp_path / "queue.pdf").write_bytes(data)
    assert pdf_info(tmp_path / "queue.pdf")["Pages"] == "6"
    text = pdf_text(tmp_path / "queue.pdf")
    assert text.count("Constituent letters for hand delivery") == 2
    assert "Event: Austin writing night" in text and "2 letters enclosed" in text
    with pytest.raises(ValueError, match="empty"):
        paint_batch(None, [], INFO)  # type: ignore[arg-type]


def test_queue_to_the_organizers_folder(qapp, tmp_path, legislator_index):
    letter = make_letter(legislator_index.representative("TX", 37), paragraphs=1)
    result = write_batch_files([(letter, None)], INFO, tmp_path / "event")
    assert result.letter_count == 1 and result.letters_pdf.parent == tmp_path / "event"
    assert {p.suffix for p in result.files} == {".pdf", ".csv"}
