"""Lookups through the real services against local stand-ins for the geocoder and data host.

The addresses here are made-up situations not in the shared fixtures: at-large states, DC,
Puerto Rico, a vacant seat, an appointed senator, split and cross-state ZIPs, faults.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from werkzeug import Response

from advocate_app.core.errors import BadResponse, InputProblem, ServiceUnavailable
from advocate_app.core.http import RetryPolicy
from advocate_app.core.models import Chamber, Confidence, Role
from tests.conftest import FIXTURES, census_answer, serve_census

AUSTIN = "1100 Congress Ave, Austin, TX 78701"


@pytest.fixture
def services(services_factory):
    built = services_factory()
    built.http.retry = RetryPolicy(attempts=2, backoff=0.01, max_wait=0.1)
    return built


def roles(result) -> list[tuple[str, str]]:
    return [(m.role.value, m.seat) for m in result.members]


def test_recorded_austin_answer_gives_doggett_and_both_senators(services, httpserver) -> None:
    seen = serve_census(
        httpserver,
        {
            AUSTIN: json.loads(
                (
                    FIXTURES / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
                ).read_text()
            )
        },
    )
    result = services.finder.find_by_address(AUSTIN)
    assert result.match.confidence is Confidence.EXACT
    assert (result.match.state, result.match.district, result.match.congress) == ("TX", 37, 119)
    assert [m.name for m in result.members] == ["Lloyd Doggett", "John Cornyn", "Ted Cruz"]
    # The map is chosen from the member data's congress, not hard-coded.
    assert seen[0]["layers"] == "119th Congressional Districts"
    assert seen[0]["vintage"] == "ACS2025_Current"
    assert "119th Congress" in result.map and result.legislators_date == "2026-06-15"


def test_at_large_state(services, httpserver) -> None:
    serve_census(httpserver, {"1 Main St, Burlington, VT 05401": census_answer("5000")})
    result = services.finder.find_by_address("1 Main St, Burlington, VT 05401")
    assert roles(result) == [("representative", "VT-AL"), ("senator", "VT"), ("senator", "VT")]


def test_dc_has_a_delegate_and_no_senators(services, httpserver) -> None:
    serve_census(
        httpserver,
        {
            "1600 Pennsylvania Ave NW, Washington, DC": json.loads(
                (
                    FIXTURES / "census_geocoder_onelineaddress_acs2025_white_house_dc_delegate.json"
                ).read_text()
            )
        },
    )
    result = services.finder.find_by_address("1600 Pennsylvania Ave NW, Washington, DC")
    assert roles(result) == [("delegate", "DC-AL")]
    assert result.vacancies == []
    assert any("no senators" in n for n in result.notes)


def test_puerto_rico_has_a_resident_commissioner(services, httpserver) -> None:
    serve_census(httpserver, {"100 Calle Fortaleza, San Juan, PR 00901": census_answer("7298")})
    result = services.finder.find_by_address("100 Calle Fortaleza, San Juan, PR 00901")
    assert [m.role for m in result.members] == [Role.RESIDENT_COMMISSIONER]
    assert any("Resident Commissioner" in n for n in result.notes)


def test_vacant_house_seat_is_reported_not_invented(services, httpserver) -> None:
    serve_census(httpserver, {"1 Market St, San Mateo, CA 94401": census_answer("0614")})
    result = services.finder.find_by_address("1 Market St, San Mateo, CA 94401")
    assert [m.chamber for m in result.members] == [Chamber.SENATE, Chamber.SENATE]
    assert [(v.chamber, v.state, v.district) for v in result.vacancies] == [
        (Chamber.HOUSE, "CA", 14)
    ]
    assert any("vacant" in n for n in result.notes)


def test_appointed_senator_whose_term_ended_is_kept_and_flagged(
    services_factory, httpserver
) -> None:
    services = services_factory()
    services.finder._today = lambda: date(2026, 11, 25)
    serve_census(httpserver, {"1 High St, Columbus, OH 43215": census_answer("3903")})
    result = services.finder.find_by_address("1 High St, Columbus, OH 43215")
    husted = next(m for m in result.members if m.last == "Husted")
    assert husted.appointed
    assert any("Husted" in n and "special election" in n for n in result.notes)


def test_several_fuzzy_matches_are_all_returned(services, httpserver) -> None:
    serve_census(
        httpserver,
        {
            "100 Broadway, New York, NY 10005": json.loads(
                (
                    FIXTURES / "census_geocoder_onelineaddress_acs2025_new_york_ny_multimatch.json"
                ).read_text()
            )
        },
    )
    result = services.finder.find_by_address("100 Broadway, New York, NY 10005")
    assert [m.matched_address for m in result.matches] == [
        "100 E BROADWAY, NEW YORK, NY, 10002",
        "100 W BROADWAY, NEW YORK, NY, 10013",
    ]
    assert result.match.district == 10  # both in NY-10
    picked = services.finder.choose_address(result.matches[1])
    assert picked.match.matched_address == "100 W BROADWAY, NEW YORK, NY, 10013"


def test_fuzzy_matches_in_different_districts_are_ambiguous(services, httpserver) -> None:
    one, two = (
        census_answer("3610", "100 E BROADWAY, NEW YORK, NY, 10002"),
        census_answer("3612", "100 W BROADWAY, NEW YORK, NY, 10013"),
    )
    one["result"]["addressMatches"] += two["result"]["addressMatches"]
    serve_census(httpserver, {"100 Broadway, New York": one})
    result = services.finder.find_by_address("100 Broadway, New York")
    assert result.ambiguous and len(result.matches) == 2
    assert [c.label for c in result.candidates] == ["NY-10", "NY-12"]
    assert [m.role for m in result.members] == [Role.SENATOR, Role.SENATOR]


def test_no_match_is_the_persons_problem(services, httpserver) -> None:
    serve_census(httpserver, {})
    with pytest.raises(InputProblem, match="found no address"):
        services.finder.find_by_address("999 Nowhere Rd, Faketown, ZZ 00000")


@pytest.mark.parametrize("text", ["", "   ", "Main Street", "x" * 300 + " 1"])
def test_unusable_address_text_is_refused_before_the_network(services, text) -> None:
    with pytest.raises(InputProblem):
        services.finder.find_by_address(text)


def test_geocoder_html_is_a_clear_error(services, httpserver) -> None:
    serve_census(
        httpserver,
        {AUSTIN: Response("<html><body>Maintenance</body></html>", content_type="text/html")},
    )
    with pytest.raises(BadResponse, match="web page instead of data"):
        services.finder.find_by_address(AUSTIN)


def test_geocoder_503_is_a_service_error(services, httpserver) -> None:
    serve_census(httpserver, {AUSTIN: Response("busy", status=503)})
    with pytest.raises(ServiceUnavailable, match="error 503"):
        services.finder.find_by_address(AUSTIN)


def test_geocoder_answering_with_the_next_congress_map(services, httpserver) -> None:
    serve_census(
        httpserver,
        {
            AUSTIN: json.loads(
                (
                    FIXTURES
                    / "census_geocoder_onelineaddress_current_current_austin_tx_defaultlayers.json"
                ).read_text()
            )
        },
    )
    with pytest.raises(ServiceUnavailable, match="120th Congress district map"):
        services.finder.find_by_address(AUSTIN)


# --- ZIP codes ---------------------------------------------------------------------------
def test_zip_in_one_district(services) -> None:
    result = services.finder.find_by_zip("82001")
    assert result.match.confidence is Confidence.ZIP
    assert roles(result) == [("representative", "WY-AL"), ("senator", "WY"), ("senator", "WY")]


def test_split_zip_gives_certain_senators_and_every_candidate(services) -> None:
    table = services.finder.zip_table
    split = "78704"  # TX-35 and TX-37
    result = services.finder.find_by_zip(split)
    assert result.ambiguous
    assert len(result.candidates) == len(table.districts(split)) >= 2
    assert all(c.member is not None for c in result.candidates)
    assert [m.role for m in result.members] == [Role.SENATOR, Role.SENATOR]
    assert any("street address" in n for n in result.notes)
    chosen = result.candidates[1].label
    narrowed = services.finder.find_by_zip(split, chosen)
    assert narrowed.match.confidence is Confidence.ZIP and narrowed.members[0].seat == chosen


def test_zip_crossing_a_state_line_names_no_senators(services) -> None:
    table = services.finder.zip_table
    cross = next(z for z in table.zip_codes() if len({s for s, _ in table.districts(z)}) > 1)
    result = services.finder.find_by_zip(cross)
    assert result.ambiguous and result.members == []
    assert len({c.state for c in result.candidates}) > 1
    assert any("Your senators depend on which state" in n for n in result.notes)


def test_unknown_zip(services) -> None:
    with pytest.raises(InputProblem, match="not in our ZIP-to-district table"):
        services.finder.find_by_zip("00000")


def test_zip_with_wrong_district_choice(services) -> None:
    with pytest.raises(InputProblem, match="It lies in: WY-AL"):
        services.finder.find_by_zip("82001", "TX-37")


def test_guam_by_zip(services) -> None:
    result = services.finder.find_by_zip("96910")
    assert [m.role for m in result.members] == [Role.DELEGATE]
    assert result.members[0].state == "GU"


def test_zip_vacancy(services) -> None:
    table = services.finder.zip_table
    zip_in_ga13 = next(
        z for z, d in ((z, table.districts(z)) for z in table.zip_codes()) if d == (("GA", 13),)
    )
    result = services.finder.find_by_zip(zip_in_ga13)
    assert [(v.state, v.district) for v in result.vacancies] == [("GA", 13)]
    assert len(result.members) == 2
