"""Step 3, "Your letter", at 1100x760 (issues 13 and 15): each letter's page count beside the
"how personal" gauge, an offer to leave out a talking point when a letter runs over one
page, a ZIP-only writer confirming before any letter is written, a gauge with a value from
the start, one sheet that scrolls (never the body inside it) and one note per fact."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPlainTextEdit, QProgressBar

from advocate_app.gui.pages.preview import LetterPreview
from tests.conftest import serve_census
from tests.gui.conftest import AUSTIN, STORY, austin_answer, by_name, click, fill_you

HOUSE = "Letter to Representative Lloyd Doggett"
WRITE_WITHOUT_STREET = "Write my letters without a street address"
LONG_STORY = " ".join(
    f"Paragraph {n}: I coach girls' soccer in Austin, and every season I watch the children I "
    "coach lose hours to apps that put strangers one message away from them."
    for n in range(14)
)


def _letter_step(qtbot, window, **you: str) -> None:
    window.resize(1100, 760)
    fill_you(qtbot, window, **you)
    click(qtbot, window, "Find my representatives")
    click(qtbot, window, "Next")
    assert window.current_step() == 2


def _austin(qtbot, httpserver, gui_services, make_window, **env: str):
    serve_census(httpserver, {AUSTIN: austin_answer()})
    window = make_window(gui_services(**env))
    _letter_step(qtbot, window)
    qtbot.waitUntil(lambda: window.letter.tabs.count() == 3)
    return window


def test_the_gauge_shows_a_value_and_the_page_count_from_the_start(
    qtbot, httpserver, gui_services, make_window
) -> None:
    window = _austin(qtbot, httpserver, gui_services, make_window)
    gauge = by_name(window, "How personal your letter is", QProgressBar)
    assert gauge.isTextVisible() and gauge.value() == 0 and gauge.text() == "0 %"
    pages = by_name(window, "Pages of this letter", QLabel)
    qtbot.waitUntil(lambda: pages.text() == "This letter: 1 page")
    assert set(window.letter.output.page_counts.values()) == {1}
    assert not window.letter.output.too_long.isVisibleTo(window)

    qtbot.keyClicks(by_name(window, "Your story", QPlainTextEdit), STORY)
    qtbot.waitUntil(lambda: gauge.value() > 0)
    assert gauge.text() == f"{gauge.value()} %"


def test_a_letter_over_one_page_offers_to_leave_out_a_talking_point(
    qtbot, httpserver, gui_services, make_window
) -> None:
    window = _austin(qtbot, httpserver, gui_services, make_window)
    session = window.ctx.session
    by_name(window, "Your story", QPlainTextEdit).setPlainText(LONG_STORY)
    pages = by_name(window, "Pages of this letter", QLabel)
    qtbot.waitUntil(lambda: pages.text() == "This letter: 2 pages", timeout=10000)
    assert "Over one page" in window.letter.output.too_long_text.text()
    assert "Representative Lloyd Doggett" in window.letter.output.too_long_text.text()

    def ticked() -> list[int]:
        return [i for i, box in enumerate(window.letter.inputs.point_boxes) if box.isChecked()]

    chosen = session.chosen_points()
    assert ticked() == chosen and len(chosen) >= 2
    dropped = window.letter.current_campaign().talking_points[chosen[-1]]
    house = by_name(window, HOUSE, QPlainTextEdit)
    assert dropped[:40] in house.toPlainText()

    click(qtbot, window, "Leave out a talking point")
    assert session.points == chosen[:-1]
    assert ticked() == chosen[:-1]
    qtbot.waitUntil(lambda: dropped[:40] not in house.toPlainText())


def test_a_zip_code_alone_writes_letters_only_once_confirmed(
    qtbot, gui_services, make_window
) -> None:
    window = make_window(gui_services())
    _letter_step(qtbot, window, street="", city="", state="", zip_code="82001")
    box = by_name(window, "No street address", QGroupBox)
    why = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "street address to check that you live in their district" in why
    assert "reply to you by mail" in why
    confirm = by_name(window, WRITE_WITHOUT_STREET, QCheckBox)
    assert not confirm.isChecked()
    window.letter.refresh()
    assert window.letter.tabs.count() == 0 and window.ctx.session.letters == []
    assert not window.reachable(3)  # no letter, no step 4
    assert "confirm above" in window.letter.output.empty.text()

    click(qtbot, window, WRITE_WITHOUT_STREET)
    qtbot.waitUntil(lambda: window.letter.tabs.count() == 3)
    assert window.reachable(3)

    click(qtbot, window, WRITE_WITHOUT_STREET)  # taken back: no letter goes out
    assert window.ctx.session.letters == [] and window.letter.tabs.count() == 0


def test_step_three_fits_1100x760_without_a_scrolling_box_in_a_scrolling_box(
    qtbot, httpserver, gui_services, make_window
) -> None:
    window = _austin(qtbot, httpserver, gui_services, make_window)
    qtbot.keyClicks(by_name(window, "Your story", QPlainTextEdit), STORY)
    qtbot.waitUntil(lambda: STORY in by_name(window, HOUSE, QPlainTextEdit).toPlainText())
    qtbot.wait(50)
    for preview in window.letter.previews.values():
        window.letter.tabs.setCurrentWidget(preview)
        qtbot.wait(20)
        body = preview.body
        assert isinstance(preview, LetterPreview)
        assert body.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert body.verticalScrollBar().maximum() == 0, "the body scrolls inside the sheet"
        assert body.height() <= preview.widget().height()
    # The talking points are on screen, not below the fold.
    first_point = window.letter.inputs.point_boxes[0]
    assert not first_point.visibleRegion().isEmpty()
    # The ideas for a story are one click away.
    assert not window.letter.inputs.prompts_box.isVisibleTo(window)
    click(qtbot, window, "Ideas for your story")
    assert window.letter.inputs.prompts_box.isVisibleTo(window)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_one_note_when_congress_gov_cannot_answer_for_either_bill(
    qtbot, httpserver, gui_services, make_window
) -> None:
    window = _austin(
        qtbot,
        httpserver,
        gui_services,
        make_window,
        ADVOCATE_CONGRESS_API_URL=f"http://127.0.0.1:{_closed_port()}/congress",
    )
    note = window.letter.status_note
    qtbot.waitUntil(lambda: "Congress.gov" in note.text())
    assert note.text().count("Could not check") == 1
    assert "H.R. 3921 and S. 1829" in note.text()


def test_pages_are_counted_off_the_gui_thread(
    qtbot, httpserver, gui_services, make_window, monkeypatch
) -> None:
    """The page count lays each letter out like its PDF: never on the window's thread."""
    import threading

    from advocate_app.export import pdf
    from advocate_app.gui.tasks import TaskRunner

    threads: list[threading.Thread] = []
    real = pdf.page_count

    def recorded(letter, **kwargs):  # noqa: ANN001, ANN202 - the real count, its thread noted
        threads.append(threading.current_thread())
        return real(letter, **kwargs)

    monkeypatch.setattr(pdf, "page_count", recorded)
    serve_census(httpserver, {AUSTIN: austin_answer()})
    window = make_window(gui_services(), runner=TaskRunner())
    window.resize(1100, 760)
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    qtbot.waitUntil(lambda: window.current_step() == 1, timeout=10000)
    click(qtbot, window, "Next")
    pages = by_name(window, "Pages of this letter", QLabel)
    qtbot.waitUntil(lambda: pages.text() == "This letter: 1 page", timeout=20000)
    assert threads and threading.main_thread() not in threads


def test_the_sheet_follows_the_caret_through_a_long_letter(
    qtbot, httpserver, gui_services, make_window
) -> None:
    """The body does not scroll by itself, so the keyboard must still reach its last line."""
    window = _austin(qtbot, httpserver, gui_services, make_window)
    by_name(window, "Your story", QPlainTextEdit).setPlainText(LONG_STORY)
    house = by_name(window, HOUSE, QPlainTextEdit)
    qtbot.waitUntil(lambda: "Paragraph 13" in house.toPlainText())
    qtbot.wait(50)
    preview = window.letter.tabs.currentWidget()
    assert preview.verticalScrollBar().maximum() > 0 and preview.verticalScrollBar().value() == 0
    house.setFocus()
    qtbot.keyClick(house, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preview.verticalScrollBar().value() > 0)
    caret = house.viewport().mapTo(preview.viewport(), house.cursorRect().center())
    assert preview.viewport().rect().contains(caret)
