"""Drafts, recovery notices and "Delete my data", driven through the window as a person would.

The letter being written is kept as the person types (debounced), offered back by the next
window on the same profile, and never kept at all in event mode.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from advocate_app.core.paths import AppPaths
from tests.gui.conftest import STORY, by_name, click


def _type_letter(qtbot, window, name: str = "Maria Lopez") -> None:
    qtbot.keyClicks(by_name(window, "Full name", QLineEdit), name)
    qtbot.keyClicks(window.letter.story, STORY)  # the Letter step, built but not shown


def test_typing_keeps_a_draft_that_the_next_window_offers(qtbot, gui_services, make_window) -> None:
    services = gui_services()
    window = make_window(services)
    _type_letter(qtbot, window)
    qtbot.waitUntil(lambda: services.drafts.latest_draft() is not None, timeout=5000)
    kept = services.drafts.latest_draft()
    assert kept.key == "letter:stop-csam-2025"
    assert kept.payload["name"] == "Maria Lopez" and kept.payload["story"] == STORY
    window.close()

    again = make_window(gui_services(download=False))
    qtbot.waitUntil(lambda: again.restore_bar.isVisible())
    assert "Restore the letter you were writing" in again.restore_bar.label.text()
    click(qtbot, again, "Restore draft")
    assert not again.restore_bar.isVisible()
    assert by_name(again, "Full name", QLineEdit).text() == "Maria Lopez"
    assert again.current_step() == 0
    again.letter.enter()
    assert again.letter.story.toPlainText() == STORY


def test_discard_forgets_the_draft(qtbot, gui_services, make_window) -> None:
    services = gui_services()
    services.drafts.save_draft("letter:stop-csam-2025", {"name": "Maria Lopez", "story": STORY})
    window = make_window(services)
    qtbot.waitUntil(lambda: window.restore_bar.isVisible())
    click(qtbot, window, "Discard draft")
    assert not window.restore_bar.isVisible()
    assert services.drafts.latest_draft() is None
    assert by_name(window, "Full name", QLineEdit).text() == ""


def test_new_letter_writer_discards_the_draft(qtbot, gui_services, make_window) -> None:
    services = gui_services()
    window = make_window(services)
    window.drafts.timer.setInterval(10)
    _type_letter(qtbot, window)
    qtbot.waitUntil(lambda: services.drafts.latest_draft() is not None)
    window.start_over()
    assert services.drafts.latest_draft() is None


def test_event_mode_keeps_and_offers_nothing(qtbot, gui_services, make_window) -> None:
    services = gui_services()
    services.drafts.save_draft("letter:old", {"name": "Someone Earlier", "story": STORY})
    services.settings.set("event.enabled", True)
    window = make_window(services)
    window.drafts.timer.setInterval(10)
    window.drafts.after_start()  # as after the first paint
    _type_letter(qtbot, window, "Ignatius Fairweather")
    qtbot.wait(100)
    window.drafts.save_now()
    assert not window.restore_bar.isVisible()
    assert services.store.query("SELECT key FROM drafts")[0][0] == "letter:old"
    assert len(services.store.query("SELECT key FROM drafts")) == 1


def test_a_damaged_settings_file_is_explained(qtbot, gui_services, make_window, tmp_path) -> None:
    paths = AppPaths.for_profile(tmp_path / "profile")
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("{ not json", encoding="utf-8")
    window = make_window(gui_services())
    qtbot.waitUntil(lambda: "settings file was damaged" in window.banner.text)
    assert ".corrupt-" in window.banner.text
    assert window.banner.isVisible()


def test_delete_my_data_removes_the_archive_and_draft_and_clears_the_window(
    qtbot, gui_services, make_window, legislator_index
) -> None:
    from tests.support.sample_letters import letter_for

    services = gui_services()
    services.settings.set("identity.name", "Maria Lopez")
    services.settings.save()
    services.archive.record(letter_for(legislator_index.senators("TX")[0]), "pdf")
    services.drafts.save_draft("letter:stop-csam-2025", {"name": "Maria Lopez", "story": STORY})
    window = make_window(services)
    qtbot.waitUntil(lambda: window.restore_bar.isVisible())
    assert by_name(window, "Full name", QLineEdit).text() == "Maria Lopez"

    window.open_settings("you")
    dialog = window.settings_dialog
    click(qtbot, dialog, "Delete my data")
    confirm = dialog.delete_box.confirm
    assert confirm is not None and confirm.isVisible()
    click(qtbot, confirm, "Delete everything")
    qtbot.waitUntil(lambda: window.settings_dialog is None)

    assert services.archive.count() == 0
    assert services.drafts.latest_draft() is None
    assert services.settings.get("identity.name") == ""
    assert by_name(window, "Full name", QLineEdit).text() == ""
    assert not window.restore_bar.isVisible()
    assert "Your data was deleted: 1 letter from the history" in window.banner.text


def test_saving_the_letters_as_pdf_discards_the_draft(
    qtbot, httpserver, gui_services, make_window, tmp_path
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from tests.conftest import serve_census
    from tests.gui.conftest import AUSTIN, austin_answer, fill_you

    serve_census(httpserver, {AUSTIN: austin_answer()})
    services = gui_services()
    services.settings.set("export.folder", str(tmp_path / "letters"))
    window = make_window(services)
    window.drafts.timer.setInterval(10)
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    click(qtbot, window, "Next")
    qtbot.keyClicks(by_name(window, "Your story", QPlainTextEdit), STORY)
    click(qtbot, window, "Next")  # a step change saves at once
    kept = services.drafts.latest_draft()
    assert kept is not None and kept.payload["story"] == STORY and kept.payload["zip"] == "78701"
    click(qtbot, window, "Save as PDF")
    qtbot.waitUntil(lambda: "Saved 3 letters as PDF" in window.banner.text)
    assert services.drafts.latest_draft() is None


def test_a_failing_save_is_said_once_and_keeps_the_text(
    qtbot, gui_services, make_window, monkeypatch
) -> None:
    from advocate_app.core.store import StoreUnavailable

    services = gui_services()
    calls = []

    def full_disk(key, payload):  # noqa: ANN001, ANN202 - the disk is full
        calls.append(key)
        raise StoreUnavailable("The disk is full.")

    monkeypatch.setattr(services.drafts, "save_draft", full_disk)
    window = make_window(services)
    window.drafts.timer.setInterval(10)
    _type_letter(qtbot, window)
    qtbot.waitUntil(lambda: bool(calls))
    assert "could not keep a copy of your letter" in window.banner.text
    window.banner.dismiss()
    qtbot.keyClicks(window.letter.story, " More.")
    qtbot.waitUntil(lambda: len(calls) >= 2)
    assert not window.banner.isVisible()  # said once
    assert window.letter.story.toPlainText().endswith("More.")


def test_edited_letters_and_points_come_back(qtbot, httpserver, gui_services, make_window) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from tests.conftest import serve_census
    from tests.gui.conftest import AUSTIN, austin_answer, fill_you

    house = "Letter to Representative Lloyd Doggett"
    serve_census(httpserver, {AUSTIN: austin_answer()})
    services = gui_services()
    window = make_window(services)
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    click(qtbot, window, "Next")
    window.letter.inputs.point_boxes[0].box.setChecked(False)
    window.letter.refresh()
    body = by_name(window, house, QPlainTextEdit)
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " My own closing words.")
    window.close()  # closing keeps what the debounce had not saved yet
    kept = services.drafts.latest_draft()
    assert kept is not None and kept.payload["points"] and 0 not in kept.payload["points"]
    assert any("My own closing words." in t for t in kept.payload["edits"].values())

    again = make_window(gui_services(download=False))
    qtbot.waitUntil(lambda: again.restore_bar.isVisible())
    click(qtbot, again, "Restore draft")
    click(qtbot, again, "Find my representatives")
    click(qtbot, again, "Next")
    assert "My own closing words." in by_name(again, house, QPlainTextEdit).toPlainText()
    assert not again.letter.inputs.point_boxes[0].box.isChecked()
