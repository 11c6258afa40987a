"""Every recorded Census Geocoder response parses to the right result."""

from __future__ import annotations

import json

import pytest

from advocate_app.core.errors import BadResponse, InputProblem, ServiceUnavailable
from advocate_app.core.lookup.census import (
    MapMismatch,
    layer_name,
    ordinal,
    parse_address_response,
    parse_coordinates_response,
)
from tests.conftest import FIXTURES


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json",
            [("1100 CONGRESS AVE, AUSTIN, TX, 78701", "TX", 37)],
        ),
        (
            "census_geocoder_onelineaddress_acs2025_cheyenne_wy_atlarge.json",
            [("200 W 24TH ST, CHEYENNE, WY, 82001", "WY", 0)],
        ),
        (
            "census_geocoder_onelineaddress_acs2025_white_house_dc_delegate.json",
            [("1600 PENNSYLVANIA AVE NW, WASHINGTON, DC, 20500", "DC", 0)],
        ),
        (
            "census_geocoder_onelineaddress_acs2025_new_york_ny_multimatch.json",
            [
                ("100 E BROADWAY, NEW YORK, NY, 10002", "NY", 10),
                ("100 W BROADWAY, NEW YORK, NY, 10013", "NY", 10),
            ],
        ),
        ("census_geocoder_onelineaddress_acs2025_guam_nomatch.json", []),
    ],
)
def test_recorded_address_answers(fixture: str, expected: list) -> None:
    matches = parse_address_response(load(fixture), 119)
    assert [(m.matched_address, m.state, m.district) for m in matches] == expected
    for match in matches:
        assert match.congress == 119
        assert match.longitude is not None and match.latitude is not None


def test_recorded_120th_map_is_read_when_the_data_is_for_the_120th() -> None:
    matches = parse_address_response(
        load("census_geocoder_onelineaddress_acs2026_austin_tx_cd120.json"), 120
    )
    assert [(m.state, m.district) for m in matches] == [("TX", 10)]


@pytest.mark.parametrize(
    "fixture",
    [
        "census_geocoder_onelineaddress_acs2026_austin_tx_cd120.json",
        "census_geocoder_onelineaddress_current_current_austin_tx_defaultlayers.json",
    ],
)
def test_another_congress_map_is_refused_with_a_clear_message(fixture: str) -> None:
    with pytest.raises(MapMismatch) as caught:
        parse_address_response(load(fixture), 119)
    assert "120th Congress district map" in str(caught.value)
    assert "119th" in str(caught.value)


def test_layer_error_object_is_a_service_problem() -> None:
    with pytest.raises(ServiceUnavailable, match="could not look up congressional districts"):
        parse_address_response(
            load("census_geocoder_onelineaddress_layers_all_2017_fitnr.json"), 115
        )


def test_answer_without_congress_layers_is_a_bad_response() -> None:
    with pytest.raises(BadResponse):
        parse_address_response(
            load("census_geocoder_address_structured_current_2017_fitnr.json"), 119
        )


def test_recorded_coordinates_answers() -> None:
    assert parse_coordinates_response(
        load("census_geocoder_coordinates_acs2025_austin_tx_cd119.json"), 119
    ) == [("TX", 37)]
    assert (
        parse_coordinates_response(
            load("census_geocoder_coordinates_acs2025_atlantic_nomatch.json"), 119
        )
        is None
    )


@pytest.mark.parametrize(
    ("geoid", "expected"),
    [
        ("7298", ("PR", 0)),
        ("6698", ("GU", 0)),
        ("5000", ("VT", 0)),
        ("0614", ("CA", 14)),
    ],
)
def test_district_codes(geoid: str, expected: tuple) -> None:
    payload = {
        "result": {
            "addressMatches": [
                {
                    "matchedAddress": "X",
                    "geographies": {layer_name(119): [{"GEOID": geoid, "STATE": geoid[:2]}]},
                }
            ]
        }
    }
    assert [(m.state, m.district) for m in parse_address_response(payload, 119)] == [expected]


def test_zz_no_district_is_not_a_match() -> None:
    payload = {
        "result": {
            "addressMatches": [
                {
                    "matchedAddress": "LAKE",
                    "geographies": {layer_name(119): [{"GEOID": "26ZZ", "STATE": "26"}]},
                }
            ]
        }
    }
    assert parse_address_response(payload, 119) == []


@pytest.mark.parametrize(
    "payload",
    [
        [],
        "x",
        {"result": []},
        {"result": {"addressMatches": "no"}},
        {"result": {"addressMatches": [{"geographies": []}]}},
    ],
)
def test_malformed_answers_are_bad_responses(payload) -> None:
    with pytest.raises(BadResponse):
        parse_address_response(payload, 119)


def test_census_error_object_is_the_persons_problem() -> None:
    with pytest.raises(InputProblem):
        parse_address_response({"errors": ["Address cannot be empty"], "status": "400"}, 119)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 111, 119, 120, 122)] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "12th",
        "13th",
        "21st",
        "111th",
        "119th",
        "120th",
        "122nd",
    ]
