"""When the answer is not simple: split ZIP codes, several geocoder matches, a failing
geocoder, no network with and without data."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton
from werkzeug import Response

from advocate_app.gui.pages.cards import MemberCard
from tests.conftest import FIXTURES, census_answer, serve_census
from tests.gui.conftest import AUSTIN, austin_answer, by_name, click, fill_you

DEAD = "http://127.0.0.1:9"  # nothing listens on the discard port


def _cards(window) -> list[str]:
    return [c.member.name for c in window.findChildren(MemberCard) if c.isVisibleTo(window)]


def test_split_zip_lists_candidates_and_asks_for_the_street(
    qtbot, gui_services, make_window
) -> None:
    window = make_window(gui_services())
    fill_you(qtbot, window, street="", city="", zip_code="78704")
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 1
    assert window.members.candidates_box.isVisibleTo(window)
    choices = [r.accessibleName() for r in window.members.candidates_box.findChildren(QRadioButton)]
    assert any("Greg Casar" in c for c in choices) and any("Lloyd Doggett" in c for c in choices)
    assert _cards(window) == ["John Cornyn", "Ted Cruz"]  # senators are certain, the House is not

    click(qtbot, window, "Enter my street address")
    assert window.current_step() == 0
    assert window.focusWidget() is by_name(window, "Street address", QLineEdit)

    # A person who knows their district can pick it instead.
    window.go_next()
    by_name(window, choices[1], QRadioButton).setChecked(True)
    click(qtbot, window, "This is my district")
    assert "Lloyd Doggett" in _cards(window)
    assert not window.members.candidates_box.isVisibleTo(window)


def test_several_geocoder_matches_let_the_person_pick(
    qtbot, httpserver, gui_services, make_window
) -> None:
    typed = "100 Main St, Springfield, IL 62701"
    first = census_answer("1713", "100 N MAIN ST, SPRINGFIELD, IL, 62701")
    second = census_answer("1715", "100 S MAIN ST, SPRINGFIELD, IL, 62701")
    first["result"]["addressMatches"] += second["result"]["addressMatches"]
    serve_census(httpserver, {typed: first})
    window = make_window(gui_services())
    fill_you(qtbot, window, street="100 Main St", city="Springfield", state="IL", zip_code="62701")
    click(qtbot, window, "Find my representatives")
    assert window.members.matches_box.isVisibleTo(window)
    radios = window.members.matches_box.findChildren(QRadioButton)
    assert [r.text() for r in radios] == [
        "100 N MAIN ST, SPRINGFIELD, IL, 62701 (district IL-13)",
        "100 S MAIN ST, SPRINGFIELD, IL, 62701 (district IL-15)",
    ]
    click(qtbot, window, "Use this address")
    assert "Choose one of the addresses" in window.banner.text  # nothing picked yet
    qtbot.mouseClick(radios[1], Qt.MouseButton.LeftButton)
    click(qtbot, window, "Use this address")
    services = window.ctx.services
    rep = services.legislators.representative("IL", 15)
    assert _cards(window)[0] == rep.name
    assert "100 S MAIN ST" in window.members.summary.text()


def test_same_district_matches_are_shown_for_checking(
    qtbot, httpserver, gui_services, make_window
) -> None:
    typed = "100 Broadway, New York, NY 10005"
    answer = json.loads(
        (FIXTURES / "census_geocoder_onelineaddress_acs2025_new_york_ny_multimatch.json").read_text(
            encoding="utf-8"
        )
    )
    serve_census(httpserver, {typed: answer})
    window = make_window(gui_services())
    fill_you(qtbot, window, street="100 Broadway", city="New York", state="NY", zip_code="10005")
    click(qtbot, window, "Find my representatives")
    assert len(_cards(window)) == 3  # NY-10 and both senators: usable at once
    assert window.members.matches_box.isVisibleTo(window)


def test_geocoder_503_shows_a_banner_and_retry_works(
    qtbot, httpserver, gui_services, make_window
) -> None:
    answers = {AUSTIN: Response("busy", status=503, headers={"Retry-After": "0"})}
    serve_census(httpserver, answers)
    window = make_window(gui_services())
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 0
    assert window.banner.isVisible() and window.banner.kind == "error"
    assert "503" in window.banner.text
    assert by_name(window, "Street address", QLineEdit).text() == "1100 Congress Ave"
    assert by_name(window, "Full name", QLineEdit).text() == "Maria Lopez"

    answers[AUSTIN] = austin_answer()  # the service is back
    click(qtbot, window, "Try again")
    assert window.current_step() == 1
    assert _cards(window) == ["Lloyd Doggett", "John Cornyn", "Ted Cruz"]
    assert not window.banner.isVisible()


def test_offline_with_cached_data(
    qtbot, gui_services, services_factory, make_window, tmp_path
) -> None:
    gui_services()  # downloads the datasets into the profile
    offline = services_factory(
        ADVOCATE_CENSUS_URL=DEAD + "/geocoder", ADVOCATE_CONGRESS_API_URL=DEAD + "/congress"
    )
    window = make_window(offline)
    assert not window.data_panel.isVisible()
    fill_you(qtbot, window, street="", city="", state="WY", zip_code="82001")
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 1
    assert len(_cards(window)) == 3  # WY at large and two senators, from the ZIP table

    # A street address needs the Census service: offline, its ZIP code answers, with a note
    # on the members page (issue 14).
    window.go_to(0)
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 1
    assert _cards(window) == ["Lloyd Doggett", "John Cornyn", "Ted Cruz"]
    shown = [w.text() for w in window.members.notes_area.findChildren(QLabel)]
    assert any("The address service is unreachable" in t for t in shown)


def test_offline_without_data(qtbot, services_factory, make_window) -> None:
    services = services_factory(
        ADVOCATE_LEGISLATORS_URL=DEAD + "/legislators/",
        ADVOCATE_ZIP_CROSSWALK_URL=DEAD + "/zccd.csv",
        ADVOCATE_CENSUS_URL=DEAD + "/geocoder",
    )
    window = make_window(services)
    qtbot.waitUntil(lambda: window.data_panel.isVisible() and window.data_panel.retry.isEnabled())
    assert "could not be downloaded" in window.data_panel.text.text()
    assert by_name(window, "Try again").isEnabled()
    fill_you(qtbot, window, street="", city="", zip_code="82001")
    click(qtbot, window, "Find my representatives")
    # The data panel explains it (one banner at a time), in words for a window.
    assert not window.banner.isVisible() and window.data_panel.isVisible()
    assert "not on this computer yet" in window.data_panel.text.text()
    assert "advocate data update" not in window.data_panel.text.text()


def test_first_run_downloads_the_data(qtbot, gui_services, make_window) -> None:
    services = gui_services(download=False)
    window = make_window(services)
    qtbot.waitUntil(
        lambda: not window.data_panel.isVisible() and "downloaded" in window.banner.text
    )
    assert services.datasets.info("legislators").origin == "download"
    fill_you(qtbot, window, street="", city="", zip_code="82001")
    click(qtbot, window, "Find my representatives")
    assert len(_cards(window)) == 3
