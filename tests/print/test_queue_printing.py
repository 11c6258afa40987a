"""The event print queue through a real CUPS queue: stacks, cover sheets, paper, failures.

Every test prints on a cups-pdf printer of the private server (``conftest.cups``) and reads
the PDFs it produced back with poppler: one print job (one PDF) per office's stack.
"""

from __future__ import annotations

import pytest

from advocate_app.core.print_queue import PrintQueue
from advocate_app.core.printers import find_printer, paper_mismatch, printers
from advocate_app.core.stacks import BatchInfo
from advocate_app.export.event_print import print_queue
from tests.export.conftest import make_letter, pdf_info, pdf_text, writer

INFO = BatchInfo("stop-csam-2025", "STOP CSAM Act of 2025", event_name="Austin writing night",
                 event_date="November 25, 2026")  # fmt: skip
COVER = "Constituent letters for hand delivery"


def texas_queue(legislator_index, stacks: int, per_stack: int = 1) -> PrintQueue:
    """``stacks`` Texas Representatives' offices, ``per_stack`` writers each."""
    queue = PrintQueue()
    for district in range(1, stacks + 1):
        member = legislator_index.representative("TX", district)
        for n in range(per_stack):
            who = writer(f"Writer{district:02d} Person{n:02d}", zip=f"75{district:03d}")
            queue.add(make_letter(member, who=who, paragraphs=1))
    return queue


def stack_numbers(paths) -> list[str]:
    """ "Stack N of M" from each printed PDF's first page (its cover sheet)."""
    found = []
    for path in paths:
        first = pdf_text(path, page=1)
        assert COVER in first, f"{path.name} does not start with a cover sheet"
        found.append(
            next(line for line in first.splitlines() if line.startswith("Stack ")).split(" in ")[0]
        )
    return found


def test_the_private_print_service_lists_both_queues(cups) -> None:
    listed = {p.name: p for p in printers()}
    assert listed["Letters"].is_default and listed["Letters"].paper == "letter"
    assert listed["LettersA4"].paper == "a4" and not listed["LettersA4"].paused
    assert find_printer() == listed["Letters"]
    assert paper_mismatch("letter", listed["LettersA4"]) == (
        "This printer uses A4; your letters are set for US Letter."
    )
    assert paper_mismatch("letter", listed["Letters"]) == ""


def test_forty_letters_print_stack_by_stack_with_cover_sheets(cups, legislator_index) -> None:
    queue = texas_queue(legislator_index, stacks=8, per_stack=5)
    assert len(queue) == 40
    outcome = print_queue(queue, INFO, "Letters", paper="letter")
    assert outcome.ok and outcome.stacks == list(range(1, 9)) and len(outcome.letters) == 40
    assert len(queue) == 0 and queue.run is None
    printed = cups.printed("Letters", 8)
    assert len(printed) == 8
    # Walking order is by office address, so the stack numbers are the jobs' order.
    assert stack_numbers(printed) == [f"Stack {n} of 8" for n in range(1, 9)]
    for path in printed:
        info = pdf_info(path)
        assert info["Pages"] == "6" and "(letter)" in info["Page size"]
        pages = pdf_text(path).split("\f")
        assert "5 letters enclosed" in pages[0] and "Austin writing night" in pages[0]
        # Behind the cover: five one-page letters, sorted by the writer's last name.
        names = [next(w for w in page.split() if w.startswith("Writer")) for page in pages[1:6]]
        assert names == sorted(names) and len(set(names)) == 1  # one office's writers
        persons = [next(w for w in page.split() if w.startswith("Person")) for page in pages[1:6]]
        assert persons == [f"Person{n:02d}" for n in range(5)]


def test_letter_paper_wins_over_an_a4_printer(cups, legislator_index) -> None:
    """The queue's default paper is A4; the letters are set for Letter, and print on Letter."""
    queue = texas_queue(legislator_index, stacks=1, per_stack=2)
    assert print_queue(queue, INFO, "LettersA4", paper="letter").ok
    (path,) = cups.printed("LettersA4", 1)
    assert "(letter)" in pdf_info(path)["Page size"] and pdf_info(path)["Pages"] == "3"


def pages_on(letter, paper: str) -> int:
    from advocate_app.export.pdf import render_pdf
    from advocate_app.export.render import paint_items

    counted: list[int] = []
    render_pdf(lambda w: counted.append(paint_items(w, [letter], paper=paper)), paper=paper)
    return counted[0]


def fullest_one_page_letter(member):
    """The longest letter (sentence by sentence) that still fits one US Letter page."""
    sentence = "Every report that reaches investigators quickly can protect another child. "
    best = None
    for paragraphs in range(1, 12):
        for extra in range(0, 12):
            letter = make_letter(member, paragraphs=paragraphs,
                                 story="My story. " + sentence * extra)  # fmt: skip
            if pages_on(letter, "letter") > 1:
                return best
            best = letter
    raise AssertionError("no letter filled a page")


def test_a4_letters_keep_one_page_and_inch_margins(cups, legislator_index) -> None:
    """A letter that just fits one Letter page fits one A4 page (narrower but taller)."""
    letter = fullest_one_page_letter(legislator_index.representative("TX", 37))
    assert pages_on(letter, "letter") == 1
    queue = PrintQueue()
    queue.add(letter)
    assert print_queue(queue, INFO, "LettersA4", paper="a4").ok
    (path,) = cups.printed("LettersA4", 1)
    info = pdf_info(path)
    assert "(A4)" in info["Page size"] and info["Pages"] == "2"  # cover + one-page letter
    # 1-inch margins on A4 (595 x 842 pt): every word of the letter lies 72 pt inside.
    left, top, right, bottom = text_box(path, page=2)
    assert 71 <= left < 80 and 71 <= top < 90, (left, top)
    assert right <= 595 - 71 and bottom <= 842 - 71, (right, bottom)
    assert right > 595 - 72 - 30  # justified text reaches the right margin
    assert bottom > 842 - 72 - 120  # the page really is full


def text_box(path, page: int) -> tuple[float, float, float, float]:
    """The box (points, from the top left) holding every word on ``page``."""
    import re

    from tests.export.conftest import run_tool

    html = run_tool("pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-")
    boxes = [
        tuple(map(float, m))
        for m in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html
        )
    ]
    assert boxes, "no words on the page"
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def test_failure_after_stack_7_of_12_resumes_at_stack_8(cups, legislator_index) -> None:
    queue = texas_queue(legislator_index, stacks=12)

    first = []

    def jam_after_seven(number: int, total: int) -> None:
        if number == 7:  # the seventh stack comes out, then the printer stops
            first.extend(cups.printed("Letters", 7))
            cups.pause("Letters", "Paper jam")

    outcome = print_queue(queue, INFO, "Letters", on_stack=jam_after_seven)
    assert outcome.stacks == [1, 2, 3, 4, 5, 6, 7] and "paused" in outcome.failed
    assert "Resume it" in outcome.failed
    assert len(queue) == 5 and queue.run is not None and queue.run.next_stack == 8
    assert stack_numbers(first) == [f"Stack {n} of 12" for n in range(1, 8)]

    cups.ready("Letters")
    cups.clear_output("Letters")
    again = print_queue(queue, INFO, "Letters")
    assert again.ok and again.stacks == [8, 9, 10, 11, 12] and len(queue) == 0
    second = cups.printed("Letters", 5)
    assert stack_numbers(second) == [f"Stack {n} of 12" for n in range(8, 13)]


def test_a_printer_that_disappears_mid_batch_keeps_the_rest(cups, legislator_index) -> None:
    cups.add_queue("Vanishing")
    queue = texas_queue(legislator_index, stacks=4, per_stack=2)

    def unplug(number: int, total: int) -> None:
        if number == 2:
            cups.remove_queue("Vanishing")

    outcome = print_queue(queue, INFO, "Vanishing", on_stack=unplug)
    assert outcome.stacks == [1, 2] and len(queue) == 4
    assert "“Vanishing” is not there any more" in outcome.failed
    # Printing on another printer resumes the same run: stacks 3 and 4 only.
    again = print_queue(queue, INFO, "Letters")
    assert again.stacks == [3, 4] and again.ok
    assert stack_numbers(cups.printed("Letters", 2)) == ["Stack 3 of 4", "Stack 4 of 4"]


@pytest.mark.parametrize("trouble", ["reject", "pause", "missing"])
def test_a_printer_that_cannot_print_keeps_every_letter(cups, legislator_index, trouble) -> None:
    queue = texas_queue(legislator_index, stacks=3)
    name = "Letters"
    if trouble == "reject":
        cups.reject(name, "Maintenance")
    elif trouble == "pause":
        cups.pause(name)
    else:
        name = "NoSuchPrinter"
    outcome = print_queue(queue, INFO, name)
    assert outcome.stacks == [] and len(queue) == 3 and outcome.waiting == 3
    expected = {"reject": "not accepting letters", "pause": "is paused",
                "missing": "is not there any more"}[trouble]  # fmt: skip
    assert expected in outcome.failed
    assert cups.outputs("Letters") == [] and cups.pending("Letters") == []
