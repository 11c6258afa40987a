"""Routing paper to an office, and stacking letters by office (no Qt)."""

from __future__ import annotations

import dataclasses

import pytest

from advocate_app.core.errors import InputProblem
from advocate_app.core.routing import check_route, choose_office, distance_km, zip_centroid
from advocate_app.core.stacks import BatchInfo, OfficeGroup, group_letters, office_sort_key
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


def test_nearest_office_by_zip_centroid(cornyn) -> None:
    # Katy, Round Rock, Wolfforth: no office in the town; the nearest by great circle.
    assert choose_office(cornyn, writer(city="Katy", zip="77449"), "district").city == "Houston"
    assert (
        choose_office(cornyn, writer(city="Round Rock", zip="78664"), "district").city == "Austin"
    )
    assert (
        choose_office(cornyn, writer(city="Wolfforth", zip="79382"), "district").city == "Lubbock"
    )


def test_santa_fe_goes_to_albuquerque_not_farmington(legislator_index) -> None:
    # Issue 13 #9: ZIPs compared as numbers sent 87501 to Farmington 87402 (~200 mi away).
    heinrich = next(m for m in legislator_index.senators("NM") if m.last == "Heinrich")
    santa_fe = writer(street="100 Palace Ave", city="Santa Fe", state="NM", zip="87501")
    office = choose_office(heinrich, santa_fe, "district")
    assert office.city == "Albuquerque"
    here = zip_centroid("87501")
    assert distance_km(here, (office.latitude, office.longitude)) < 110  # ~60 miles


def test_unknown_zip_uses_the_city_rule_then_dc(cornyn) -> None:
    assert zip_centroid("00000") is None and zip_centroid("ABCDE") is None
    office = choose_office(cornyn, writer(city="Houston", zip="00000"), "district")
    assert office.city == "Houston"
    assert choose_office(cornyn, writer(city="Katy", zip="00000"), "district") == cornyn.dc_office


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


def test_garbage_zip_goes_to_dc(cornyn) -> None:
    assert (
        choose_office(cornyn, writer(city="Nowhere", zip="ABCDE"), "district") == cornyn.dc_office
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
    assert groups[1].seat_label == "Representative for the 37th District of Texas (TX-37)"
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


@pytest.mark.parametrize(
    ("state", "city", "zip_code", "street"),
    [("OR", "Salem", "97301", "900 Court St NE"), ("GA", "Atlanta", "30303", "55 Park Pl NE")],
)
def test_offices_on_numbered_and_named_streets_sort(
    legislator_index, state, city, zip_code, street
) -> None:
    # Issue 13 #1: "707 13th St." beside "500 Liberty St. SE" raised TypeError (int < str).
    person = writer("Pat Doe", street=street, city=city, state=state, zip=zip_code)
    members = [m for m in legislator_index.members if m.state == state]
    routed = []
    for member in members:
        for office in member.district_offices:
            routed.append((make_letter(member, who=person, paragraphs=1), office))
    groups = group_letters(routed, INFO)
    assert len(groups) == len(routed) > 10
    keys = [office_sort_key(g.member, g.office) for g in groups]
    assert keys == sorted(keys)


def test_cover_wording_matches_the_letters(legislator_index) -> None:
    co1 = legislator_index.representative("CO", 1)
    dc = next(m for m in legislator_index.members if m.state == "DC")
    pr = next(m for m in legislator_index.members if m.state == "PR")
    label = {
        m.state: OfficeGroup(m, m.dc_office, (make_letter(m),), INFO).seat_label
        for m in (co1, dc, pr)
    }
    assert label["CO"] == "Representative for the 1st District of Colorado (CO-01)"
    assert label["DC"] == "Delegate for the District of Columbia"
    assert label["PR"] == "Resident Commissioner for Puerto Rico"


def test_cover_names_only_the_stacks_bill(legislator_index) -> None:
    rep = legislator_index.representative("TX", 37)
    senator = legislator_index.senators("TX")[0]
    both = BatchInfo("stop-csam-2025", bill_label="H.R. 3921 / S. 1829")
    house = OfficeGroup(rep, rep.dc_office, (make_letter(rep),), both)
    senate = OfficeGroup(senator, senator.dc_office, (make_letter(senator),), both)
    assert (house.bill_label, senate.bill_label) == ("H.R. 3921", "S. 1829")
