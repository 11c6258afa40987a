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
    services.store.archive.record(letter_for(legislator_index.senators("TX")[0]), "pdf")
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

    assert services.store.archive.count() == 0
    assert services.drafts.latest_draft() is None
    assert services.settings.get("identity.name") == ""
    assert by_name(window, "Full name", QLineEdit).text() == ""
    assert not window.restore_bar.isVisible()
    assert "Your data was deleted: 1 letter(s) from the history" in window.banner.text
