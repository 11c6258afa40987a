"""The full shared member data: every district resolves, every state has two senators."""

from __future__ import annotations

from collections import Counter

from advocate_app.core.lookup.geography import STATES, TERRITORIES
from advocate_app.core.lookup.legislators import LegislatorIndex, congress_end, congress_for_year
from advocate_app.core.lookup.zipcodes import ZipCrosswalk
from advocate_app.core.models import Chamber, Role
from tests.conftest import ZCCD_CSV

VACANT = {("CA", 14), ("FL", 20), ("GA", 13), ("TX", 23)}


def test_congress_is_derived_from_the_data(legislator_index: LegislatorIndex) -> None:
    assert legislator_index.congress == 119
    assert congress_for_year(2025) == 119 and congress_for_year(2027) == 120
    assert congress_end(119).isoformat() == "2027-01-03"


def test_every_zip_district_has_a_member_or_is_a_known_vacancy(legislator_index) -> None:
    districts = ZipCrosswalk.load(ZCCD_CSV).all_districts()
    assert len(districts) == 437
    missing = {d for d in districts if legislator_index.representative(*d) is None}
    assert missing == VACANT


def test_every_state_has_exactly_two_senators(legislator_index) -> None:
    states = {usps for usps, _ in STATES.values()} - TERRITORIES
    assert len(states) == 50
    for state in states:
        senators = legislator_index.senators(state)
        assert len(senators) == 2, state
        assert all(s.role is Role.SENATOR and s.chamber is Chamber.SENATE for s in senators)
        assert legislator_index.senate_vacancies(state) == []
    for territory in TERRITORIES:
        assert legislator_index.senators(territory) == []
        assert legislator_index.senate_vacancies(territory) == []


def test_territories_have_delegates_and_pr_a_resident_commissioner(legislator_index) -> None:
    roles = {t: legislator_index.representative(t, 0).role for t in TERRITORIES}
    assert roles.pop("PR") is Role.RESIDENT_COMMISSIONER
    assert set(roles.values()) == {Role.DELEGATE}
    counts = Counter(m.role for m in legislator_index.members)
    assert counts[Role.SENATOR] == 100 and counts[Role.REPRESENTATIVE] == 431


def test_members_with_missing_fields_still_work(legislator_index) -> None:
    gallagher = legislator_index.representative("CA", 1)
    assert gallagher.name == "James Gallagher"  # no official_full: first + last
    assert gallagher.phone == "" and gallagher.url == "" and gallagher.dc_office is None
    mejia = legislator_index.representative("NJ", 11)
    assert mejia.name == "Analilia Mejia"
    assert mejia.dc_office.lines == ("1427 Longworth House Office Building",)
    assert mejia.dc_office.zip == "20515-3011"


def test_dc_office_and_district_offices_are_parsed(legislator_index) -> None:
    doggett = legislator_index.representative("TX", 37)
    assert doggett.dc_office.postal_lines() == (
        "2307 Rayburn House Office Building",
        "Washington, DC 20515-0001",
    )
    assert doggett.district_offices[0].city == "Austin"
    assert doggett.district_offices[0].latitude is not None


def test_appointed_senators_are_flagged(legislator_index) -> None:
    appointed = {m.last for m in legislator_index.members if m.appointed}
    assert {"Husted", "Moody"} <= appointed


def test_broken_records_are_skipped_not_fatal() -> None:
    index = LegislatorIndex.from_records(
        [
            {
                "id": {"bioguide": "X1"},
                "name": {"first": "A", "last": "B"},
                "terms": [{"type": "rep", "state": "WY", "district": 0, "end": "2027-01-03"}],
            },
            {"id": {"bioguide": "X2"}},  # no terms
            "garbage",
        ]
    )
    assert [m.bioguide for m in index.members] == ["X1"]
    assert index.congress == 119
