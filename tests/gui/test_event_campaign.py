"""Issue 19, the event's campaign and its print queue: the organizer picks the campaign (and
the talking points offered) at set-up and participants cannot change it; "Discard all" asks
first, says how many letters would be lost, and offers Save as PDF instead; the banners of
an event go when the event does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import by_name, click
from tests.support.sample_letters import constituent, letter_for

PIN = "735146"


@pytest.fixture
def ctx(services_factory):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.tasks import InlineRunner

    return AppContext(services_factory(), InlineRunner())


@pytest.fixture
def english_plurals():
    from advocate_app.gui import i18n

    i18n.install_translators("en")
    yield
    app = QApplication.instance()
    for translator in i18n._installed:  # noqa: SLF001 - leave no translator for other tests
        app.removeTranslator(translator)
    i18n._installed.clear()  # noqa: SLF001


def _queue_dialog(qtbot, ctx, legislator_index, names):
    from advocate_app.gui.event.queue_dialog import PrintQueueDialog

    mode = ctx.services.event
    mode.start(name="Night", pin=PIN)
    rep = legislator_index.representative("TX", 37)
    for name in names:
        mode.queue.add(letter_for(rep, who=constituent(name)), rep.dc_office)
    dialog = PrintQueueDialog(ctx, mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return mode, dialog


def test_discard_all_asks_first_and_cancel_keeps_the_letters(
    qtbot, ctx, legislator_index, english_plurals
):
    mode, dialog = _queue_dialog(
        qtbot, ctx, legislator_index, ["Ana Zamora", "Bo Young", "Cy Ward"]
    )
    assert "3 letters waiting" in by_name(dialog, "Letters waiting").text()
    click(qtbot, dialog, "Discard all")
    box = dialog.confirm
    assert isinstance(box, QMessageBox) and box.accessibleName() == "Discard all letters?"
    assert "Discard 3 letters?" in box.text() and "only copy" in box.text()
    assert len(mode.queue) == 3  # nothing gone while it asks
    click(qtbot, box, "Keep the letters")
    assert len(mode.queue) == 3 and dialog.confirm is None

    click(qtbot, dialog, "Discard all")
    click(qtbot, dialog.confirm, "Discard the letters")
    assert len(mode.queue) == 0 and "3 letters discarded" in dialog.banner.text
    assert not dialog.discard_button.isEnabled()


def test_discard_offers_save_as_pdf_instead(
    qtbot, ctx, legislator_index, english_plurals, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    mode, dialog = _queue_dialog(qtbot, ctx, legislator_index, ["Ana Zamora"])
    click(qtbot, dialog, "Discard all")
    assert "Discard 1 letter?" in dialog.confirm.text()  # the singular
    click(qtbot, dialog.confirm, "Save as PDF instead")
    chooser = [d for d in dialog.findChildren(QFileDialog) if d.isVisible()]
    assert len(chooser) == 1 and len(mode.queue) == 1  # the folder is asked for; nothing lost
    chooser[0].fileSelected.emit(str(tmp_path))
    assert len(mode.queue) == 0 and len(list(tmp_path.glob("*.pdf"))) == 1
    assert ctx.services.tallies.total().deliveries == 1  # printed to PDF, not discarded
    chooser[0].reject()


# --- the event's campaign --------------------------------------------------------------------
@pytest.fixture
def window_with_two_campaigns(qtbot, httpserver, gui_services, hooks):
    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner
    from tests.conftest import census_answer, serve_census
    from tests.gui.test_event_mode import FIRST, SECOND
    from tests.support.packs import write_pack

    serve_census(
        httpserver, {p.address: census_answer("4837", matched=p.matched) for p in (FIRST, SECOND)}
    )
    services = gui_services()
    write_pack(services.paths.data_dir / "campaigns" / "test-pack")
    window = build_main_window(services, runner=InlineRunner(), url_opener=hooks.open_url)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.event is not None:  # event mode was started: the organizer may quit
        window.event._passes.add("quit")
        window.event._queue_warned = True


def _ticked_points(dialog) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    points = by_name(dialog, "Talking points offered", QListWidget)
    return [points.item(i).text() for i in range(points.count())
            if points.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip


def test_the_organizer_picks_the_campaign_and_participants_cannot_change_it(
    qtbot, window_with_two_campaigns
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

    from advocate_app.gui.widgets import WrapCheckBox
    from tests.gui.test_event_mode import FIRST, SECOND, write_letters

    window = window_with_two_campaigns
    organizer = window.organizer
    organizer.open_setup()
    dialog = organizer.setup_dialog
    campaign = by_name(dialog, "Event campaign", QComboBox)
    assert [campaign.itemData(i) for i in range(campaign.count())] == [
        "stop-csam-2025",
        "test-pack",
    ]
    assert campaign.currentData() == "stop-csam-2025"  # the window's campaign to start with
    assert len(_ticked_points(dialog)) == 6  # every point offered unless the organizer unticks
    campaign.setCurrentIndex(campaign.findData("test-pack"))
    assert _ticked_points(dialog) == ["Point one.", "Point two.", "Point three."]
    points = by_name(dialog, "Talking points offered", QListWidget)
    points.item(1).setCheckState(Qt.CheckState.Unchecked)  # "Point two." is not offered
    by_name(dialog, "Event name", QLineEdit).setText("Test night")
    by_name(dialog, "Organizer PIN", QLineEdit).setText(PIN)
    by_name(dialog, "Repeat PIN", QLineEdit).setText(PIN)
    click(qtbot, dialog, "Start event mode")
    controller = window.event
    config = controller.mode.config
    assert controller.active and (config.campaign_id, config.points) == ("test-pack", (0, 2))

    for person in (FIRST, SECOND):  # the lock outlasts "Next participant"
        write_letters(qtbot, window, person)
        combo = by_name(window.letter, "Campaign", QComboBox, visible=False)
        assert combo.currentData() == "test-pack" and not combo.isEnabled()
        shown = [w.box.accessibleName() for w in window.letter.findChildren(WrapCheckBox)
                 if not w.isHidden()]  # fmt: skip
        assert shown == ["Point one.", "Point three."]
        session = window.ctx.session
        other = next(c for c in window.letter.campaigns if c.id == "stop-csam-2025")
        session.choose_campaign(other)  # what a participant cannot do, even through the session
        assert session.campaign_id == "test-pack"
        letters = session.final_letters()
        assert letters and all(x.campaign_id == "test-pack" for x in letters)
        assert all("Point one." in x.body and "Point two." not in x.body for x in letters)
        click(qtbot, window, "Next participant")
        assert window.banner.isVisible() and "Ready for the next participant" in window.banner.text

    # the organizer turns event mode off: the campaign is free again, the event's banner goes
    organizer.open_setup()
    pin = controller.pin_dialog
    by_name(pin, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, pin, "Unlock")
    click(qtbot, organizer.setup_dialog, "Turn event mode off")
    assert not controller.active
    assert not window.banner.isVisible()
    assert by_name(window.letter, "Campaign", QComboBox, visible=False).isEnabled()
    assert window.ctx.session.locked_campaign == "" and window.ctx.session.offered is None


def test_changing_the_event_keeps_its_campaign_and_points(qtbot, ctx):
    from PySide6.QtWidgets import QComboBox

    from advocate_app.gui.event.setup_dialog import EventSetupDialog

    campaigns = ctx.services.campaigns.all()
    mode = ctx.services.event
    mode.start(name="Night", pin=PIN, campaign_id="stop-csam-2025", points=[3, 1])
    dialog = EventSetupDialog(mode, PIN, campaigns=campaigns, current="")
    qtbot.addWidget(dialog)
    assert (
        by_name(dialog, "Event campaign", QComboBox, visible=False).currentData()
        == "stop-csam-2025"
    )
    assert len(_ticked_points(dialog)) == 2
    dialog.idle.setValue(9)
    config = dialog.apply()
    assert config is not None and config.points == (1, 3) and config.campaign_id == "stop-csam-2025"


def test_participants_see_one_short_note_when_congress_gov_is_unreachable(
    qtbot, httpserver, gui_services, hooks
):
    from PySide6.QtWidgets import QLineEdit

    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner
    from tests.conftest import census_answer, serve_census
    from tests.gui.test_event_mode import FIRST, write_letters

    serve_census(httpserver, {FIRST.address: census_answer("4837", matched=FIRST.matched)})
    services = gui_services(ADVOCATE_CONGRESS_API_URL="http://127.0.0.1:9/congress")  # nobody there
    window = build_main_window(services, runner=InlineRunner(), url_opener=hooks.open_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.organizer.open_setup()
    dialog = window.organizer.setup_dialog
    by_name(dialog, "Event name", QLineEdit).setText("Night")
    by_name(dialog, "Organizer PIN", QLineEdit).setText(PIN)
    by_name(dialog, "Repeat PIN", QLineEdit).setText(PIN)
    click(qtbot, dialog, "Start event mode")
    controller = window.event
    write_letters(qtbot, window, FIRST)
    note = window.letter.status_note.text()
    assert note.startswith("Advocate could not check who already supports the bill")
    assert "\n" not in note and "Congress.gov" not in note and "H.R." not in note  # one short note
    assert window.ctx.session.final_letters()  # the letters are written all the same
    controller.next_participant()  # nothing of this participant outlives the test's window
    controller._passes.add("quit")
    controller._queue_warned = True
