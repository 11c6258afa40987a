"""Routing paper to an office, and stacking letters by office (no Qt)."""

from __future__ import annotations

import dataclasses

import pytest

from advocate_app.core.errors import InputProblem
from advocate_app.export.plan import (
    BatchInfo,
    check_route,
    choose_office,
    group_letters,
    office_sort_key,
)
from tests.export.conftest import make_letter, writer

INFO = BatchInfo(
    "stop-csam-2025", "Stop CSAM", "Austin writing night", "November 25, 2026", "S. 1829"
)


@pytest.fixture
def cornyn(legislator_index):
    return next(m for m in legislator_index.senators("TX") if m.last == "Cornyn")


def test_dc_route_uses_the_dc_office(cornyn) -> None:
    assert choose_office(cornyn, writer(city="Houston", zip="77002"), "dc") == cornyn.dc_office
    assert choose_office(cornyn, writer(), "DC ") == cornyn.dc_office


def test_unknown_route_is_refused() -> None:
    with pytest.raises(InputProblem, match="'mail'"):
        check_route("mail")


def test_same_city_wins(cornyn) -> None:
    office = choose_office(cornyn, writer(city="houston", zip="77002"), "district")
    assert (office.city, office.zip) == ("Houston", "77007")
    assert (
        choose_office(cornyn, writer(city="San  Antonio.", zip="78250"), "district").city
        == "San Antonio"
    )


def test_same_zip_area_then_closest_zip_in_state(cornyn) -> None:
    # Katy: no office in the city nor in ZIP area 774, so the closest Texas ZIP (Houston 77007).
    assert choose_office(cornyn, writer(city="Katy", zip="77449"), "district").city == "Houston"
    # Round Rock 78664 shares nothing with 787xx; closest Texas ZIP is Austin's 78701.
    assert (
        choose_office(cornyn, writer(city="Round Rock", zip="78664"), "district").city == "Austin"
    )
    # Lubbock area (794xx) without the city name: the same sectional centre.
    assert (
        choose_office(cornyn, writer(city="Wolfforth", zip="79382"), "district").city == "Lubbock"
    )


def test_a_known_location_picks_the_nearest_office(cornyn) -> None:
    near_tyler = (32.35, -95.30)
    office = choose_office(
        cornyn, writer(city="Austin", zip="78701"), "district", locate=lambda c: near_tyler
    )
    assert office.city == "Tyler"
    # A locator with no answer falls back to the city rule.
    assert choose_office(cornyn, writer(), "district", locate=lambda c: None).city == "Austin"


def test_no_district_office_falls_back_to_dc(legislator_index) -> None:
    member = next(m for m in legislator_index.members if not m.district_offices)
    assert choose_office(member, writer(), "district") == member.dc_office
    bare = dataclasses.replace(member, dc_office=None)
    assert choose_office(bare, writer(), "district") is None


def test_garbage_zip_still_routes(cornyn) -> None:
    assert (
        choose_office(cornyn, writer(city="Nowhere", zip="ABCDE"), "district")
        == cornyn.district_offices[0]
    )


def test_groups_sorted_by_office_and_writers_by_last_name(legislator_index) -> None:
    senators = legislator_index.senators("TX")
    rep = legislator_index.representative("TX", 37)
    people = [writer("Zed Adams"), writer("Amy Zimmer"), writer("Bo Brown")]
    routed = []
    for person in people:
        for member in (rep, *senators):
            routed.append((make_letter(member, who=person), member.dc_office))
    groups = group_letters(routed, INFO)
    assert [g.member.last for g in groups] == [
        "Cornyn",
        "Doggett",
        "Cruz",
    ]  # Hart, Rayburn, Russell
    assert [g.index for g in groups] == [1, 2, 3] and {g.count_groups for g in groups} == {3}
    assert [letter.constituent.name for letter in groups[0].letters] == [
        "Zed Adams",
        "Bo Brown",
        "Amy Zimmer",
    ]
    assert groups[0].recipient == "The Honorable John Cornyn"
    assert groups[0].seat_label == "United States Senator for Texas"
    assert groups[1].seat_label == "Representative for Texas, district 37 (TX-37)"
    assert groups[0].office_lines == ("517 Hart Senate Office Building", "Washington, DC 20510")
    assert groups[0].office_phone == groups[0].member.phone


def test_same_member_two_offices_are_two_stacks(cornyn) -> None:
    austin, dallas = cornyn.district_offices[0], cornyn.district_offices[1]
    routed = [
        (make_letter(cornyn, who=writer("A B")), dallas),
        (make_letter(cornyn, who=writer("C D")), austin),
    ]
    groups = group_letters(routed, INFO)
    assert [g.office.city for g in groups] == ["Austin", "Dallas"]
    assert groups[0].office_phone == austin.phone


def test_room_numbers_sort_naturally(legislator_index) -> None:
    rep = legislator_index.representative("TX", 37)
    key_a = office_sort_key(
        rep, dataclasses.replace(rep.dc_office, lines=("317 Hart Senate Office Building",))
    )
    key_b = office_sort_key(
        rep, dataclasses.replace(rep.dc_office, lines=("1417 Hart Senate Office Building",))
    )
    key_c = office_sort_key(
        rep, dataclasses.replace(rep.dc_office, lines=("B40B Dirksen Senate Office Building",))
    )
    assert key_c < key_a < key_b
