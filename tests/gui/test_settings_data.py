"""Settings > Data: each dataset's congress, "Load from folder…" and the Browse buttons."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QLineEdit

from tests.conftest import COMMITTEES_JSON, DISTRICT_OFFICES_JSON, LEGISLATORS_JSON, ZCCD_CSV
from tests.gui.conftest import by_name, click


def _cells(tab, column: int) -> list[str]:
    return [tab.table.item(r, column).text() for r in range(tab.table.rowCount())]


def test_data_tab_shows_each_datasets_congress(qtbot, gui_services, make_window) -> None:
    window = make_window(gui_services())
    window.open_settings("data")
    tab = window.settings_dialog.data_tab
    assert tab.table.horizontalHeaderItem(1).text() == "Congress"
    assert _cells(tab, 1) == ["119th", "119th", "119th", "119th"]
    assert _cells(tab, 0)[-1] == "Committee members (congress-legislators)"


def test_load_from_folder_takes_every_dataset(
    qtbot, services_factory, make_window, tmp_path
) -> None:
    dead = "http://127.0.0.1:9"
    services = services_factory(
        ADVOCATE_LEGISLATORS_URL=dead + "/l/",
        ADVOCATE_ZIP_CROSSWALK_URL=dead + "/zccd.csv",
        ADVOCATE_CENSUS_URL=dead + "/geocoder",
    )
    stick = tmp_path / "usb"
    stick.mkdir()
    for source in (LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, ZCCD_CSV, COMMITTEES_JSON):
        shutil.copy(source, stick)
    window = make_window(services)
    window.open_settings("data")
    tab = window.settings_dialog.data_tab
    tab.choose_folder = lambda _title: str(stick)
    click(qtbot, tab, "Load from folder")
    assert "4 lists loaded from the folder" in tab.result.text()
    assert _cells(tab, 3) == ["downloaded"] * 4
    assert [services.datasets.info(n).origin for n in services.datasets.sources] == ["download"] * 4
    assert services.finder.find_by_zip("82001").members


def test_browse_fills_a_source_with_the_chosen_folder(
    qtbot, gui_services, make_window, tmp_path
) -> None:
    window = make_window(gui_services())
    window.open_settings("data")
    tab = window.settings_dialog.data_tab
    tab.choose_folder = lambda _title: str(tmp_path)
    # The stand-in services set the sources by environment variable: those fields are locked.
    assert not by_name(tab, "Browse for ZIP code table source").isEnabled()
    field = by_name(tab, "ZIP code table source", QLineEdit)
    field.setEnabled(True)
    tab.browse_buttons["sources.zip_crosswalk_url"].setEnabled(True)
    click(qtbot, tab, "Browse for ZIP code table source")
    assert field.text() == str(tmp_path)


def test_a_card_says_when_the_office_is_not_yet_published(qtbot) -> None:
    import json

    from PySide6.QtWidgets import QLabel

    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.gui.pages.cards import MemberCard
    from tests.support.congress120 import NEW_WY_SENATOR, records_120

    offices = json.loads(DISTRICT_OFFICES_JSON.read_text(encoding="utf-8"))
    index = LegislatorIndex.from_records(records_120(LEGISLATORS_JSON), offices)
    new, old = index.by_bioguide(NEW_WY_SENATOR), index.by_bioguide("B001261")
    texts = {}
    for member in (new, old):
        card = MemberCard(member, lambda _url: True)
        qtbot.addWidget(card)
        texts[member.bioguide] = [w.text() for w in card.findChildren(QLabel)]
    assert "Washington office not yet published" in texts[NEW_WY_SENATOR]
    assert "Washington office not yet published" not in texts["B001261"]
