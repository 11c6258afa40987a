"""The new Congress and the ZIP table: the Census relationship file, land shares, the map
mismatch rule, ZIPs that are not places, and the address -> ZIP fallback when offline.

Real components throughout: the real parser reads a stand-in relationship file in the
real shape, the real Finder uses a real LegislatorIndex (the 119th snapshot, or a synthetic
120th list), and "offline" is a real connection refused on the loopback discard port. The
date is fixed (2027-01-05, two days into the 120th Congress) and passed in as an argument.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from advocate_app.core.errors import InputProblem, Unreachable
from advocate_app.core.http import HttpClient, RetryPolicy
from advocate_app.core.lookup.census import CensusGeocoder
from advocate_app.core.lookup.finder import Finder
from advocate_app.core.lookup.legislators import LegislatorIndex
from advocate_app.core.lookup.zipcodes import (
    ZipCrosswalk,
    military_zip,
    normalize_zip,
    table_format,
)
from advocate_app.core.models import Confidence
from tests.conftest import (
    DISTRICT_OFFICES_JSON,
    LEGISLATORS_JSON,
    ZCCD_CSV,
    census_answer,
    serve_census,
)
from tests.support.census_zip import pairs_from_zccd, relationship_text
from tests.support.congress120 import NEW_TX10, NEW_WY_SENATOR, records_120

NEW_CONGRESS_DAY = date(2027, 1, 5)
DEAD = "http://127.0.0.1:9/geocoder"  # nothing listens on the discard port
SHARES = {"78704": {"TX37": 0.92, "TX35": 0.08}}


@pytest.fixture(scope="module")
def pairs() -> dict[str, list[str]]:
    return pairs_from_zccd(ZCCD_CSV)


@pytest.fixture(scope="module")
def census_119(pairs) -> ZipCrosswalk:
    return ZipCrosswalk.from_text(relationship_text(pairs, 119, SHARES))


@pytest.fixture(scope="module")
def members_120() -> LegislatorIndex:
    offices = json.loads(DISTRICT_OFFICES_JSON.read_text(encoding="utf-8"))
    return LegislatorIndex.from_records(records_120(LEGISLATORS_JSON), offices)


def finder(index, table, *, census_url=DEAD, zip_congress=119, today=NEW_CONGRESS_DAY) -> Finder:
    http = HttpClient(timeout=2, retry=RetryPolicy(attempts=1, backoff=0.01))
    return Finder(
        legislators=lambda: index,
        zip_crosswalk=lambda: table,
        geocoder=CensusGeocoder(http, base_url=census_url),
        legislators_date=lambda: "2027-01-04",
        zip_map_congress=zip_congress,
        today=lambda: today,
    )


# --- the relationship file ---------------------------------------------------------------
def test_relationship_file_is_recognised_by_its_header(pairs) -> None:
    text = relationship_text(pairs, 120)
    assert text.startswith("\ufeffOID_CD120_20|GEOID_CD120_20|")
    assert table_format(text[:4096]) == ("census", 120)
    assert table_format(ZCCD_CSV.read_text()[:4096]) == ("zccd", None)
    assert table_format("<html><body>Not Found</body></html>") == ("", None)
    assert table_format("a|b|c\n1|2|3") == ("", None)  # pipes, but not the Census columns


def test_relationship_file_reads_like_zccd_without_zz_or_zcta_less_rows(pairs, census_119) -> None:
    text = relationship_text(pairs, 119, SHARES)
    assert "ZZ|Congressional Districts not defined|" in text  # water: no district
    assert "|G5200|N|||||||||1234567|" in text  # district remainders outside every ZCTA
    zccd = ZipCrosswalk.from_text(ZCCD_CSV.read_text())
    assert census_119.congress == 119 and census_119.kind == "census"
    assert zccd.congress is None and zccd.kind == "zccd"
    assert len(census_119) == len(zccd) == 33774
    assert census_119.all_districts() == zccd.all_districts()  # no "ZZ" seat, no empty ZIP
    assert set(census_119.districts("78704")) == set(zccd.districts("78704"))


def test_land_shares_order_the_candidates(census_119) -> None:
    assert census_119.entries("78704") == (("TX", 37, 0.92), ("TX", 35, 0.08))
    assert census_119.districts("82001") == (("WY", 0),)
    assert census_119.shares("82001") == {("WY", 0): 1.0}
    for zip_code in ("10024", "20852", "60614"):
        shares = [s for _st, _d, s in census_119.entries(zip_code)]
        assert shares == sorted(shares, reverse=True) and abs(sum(shares) - 1) < 0.001


def test_split_zip_says_where_most_of_it_lies_but_never_picks(legislator_index, census_119) -> None:
    result = finder(legislator_index, census_119, today=date(2026, 6, 20)).find_by_zip("78704")
    assert result.match.confidence is Confidence.AMBIGUOUS and result.match.district is None
    assert [(c.label, c.share) for c in result.candidates] == [("TX-37", 0.92), ("TX-35", 0.08)]
    assert any("Most of 78704 (92 %) lies in TX-37" in n for n in result.notes)
    assert result.to_json()["candidates"][0]["share"] == 0.92
    chosen = finder(legislator_index, census_119).find_by_zip("78704", "TX-35")
    assert chosen.match.district == 35  # the writer chooses, whatever the shares say


# --- ZIP codes that are not places ---------------------------------------------------------
@pytest.mark.parametrize("typed", ["78701-1234", "787011234", " 78701 1234 ", "7 8 7 0 1"])
def test_zip_plus_four_and_spaces_are_normalised(typed: str) -> None:
    assert normalize_zip(typed) == "78701"


def test_dc_zips_outside_the_table_are_the_delegate(legislator_index, census_119) -> None:
    assert census_119.districts("20500") == (("DC", 0),)  # the White House: no ZIP area
    result = finder(legislator_index, census_119, today=date(2026, 6, 20)).find_by_zip("20500")
    assert result.match.confidence is Confidence.ZIP
    assert [m.role.value for m in result.members] == ["delegate"]
    assert any("no senators" in n for n in result.notes)


@pytest.mark.parametrize("zip_code,kind", [("34038", "AA"), ("09012", "AE"), ("96349", "AP")])
def test_military_zips_have_no_district(legislator_index, census_119, zip_code, kind) -> None:
    assert military_zip(zip_code) == kind
    with pytest.raises(InputProblem, match="home-of-record address") as caught:
        finder(legislator_index, census_119).find_by_zip(zip_code)
    assert caught.value.exit_code == 1


# --- a ZIP table from another congress's map ----------------------------------------------
def test_old_map_in_a_state_with_new_lines_is_ambiguous(members_120, census_119) -> None:
    result = finder(members_120, census_119).find_by_zip("78701")
    assert members_120.congress == 120
    assert result.match.confidence is Confidence.AMBIGUOUS
    assert result.notes[0].startswith("The ZIP code table is from the 119th Congress's map")
    assert "street address" in result.notes[0] and "Texas" in result.notes[0]
    assert not any(m.chamber.value == "house" for m in result.members)
    assert {m.state for m in result.members} == {"TX"}  # the senators are certain
    # A person who knows their new district may still pick it: the new TX-10 member.
    picked = finder(members_120, census_119).find_by_zip("78701", "TX-10")
    assert picked.members[0].bioguide == NEW_TX10


def test_old_map_elsewhere_is_still_an_answer(members_120, census_119) -> None:
    result = finder(members_120, census_119).find_by_zip("82001")
    assert result.match.confidence is Confidence.ZIP
    assert NEW_WY_SENATOR in [m.bioguide for m in result.members]
    new = next(m for m in result.members if m.bioguide == NEW_WY_SENATOR)
    assert new.dc_office is None and not new.phone  # no office published yet
    assert any("uses the 119th Congress map" in n for n in result.notes)


def test_unknown_map_changes_make_every_state_ambiguous(members_120, pairs) -> None:
    old = ZipCrosswalk.from_text(relationship_text(pairs, 118))
    assert finder(members_120, old).find_by_zip("10005").ambiguous  # NY: no new map known
    assert not finder(members_120, old).find_by_zip("82001").ambiguous  # one seat: no lines


def test_same_congress_is_not_a_mismatch(members_120, pairs) -> None:
    table_120 = ZipCrosswalk.from_text(relationship_text(pairs, 120))
    result = finder(members_120, table_120).find_by_zip("78701")
    assert result.match.confidence is Confidence.ZIP and result.members[0].state == "TX"
    assert not any("map" in n for n in result.notes)


# --- the address service unreachable, or a PO Box -----------------------------------------
def test_unreachable_address_service_falls_back_to_the_zip(legislator_index, census_119) -> None:
    look = finder(legislator_index, census_119, today=date(2026, 6, 20))
    result = look.find_by_address("1100 Congress Ave, Austin, TX 78701-1234")
    assert result.match.source == "zip" and result.match.confidence is Confidence.ZIP
    assert result.notes[0].startswith(
        "The address service is unreachable; these members are found from your ZIP code"
    )
    assert [m.name for m in result.members] == ["Lloyd Doggett", "John Cornyn", "Ted Cruz"]
    # A split ZIP then asks for the district like any ZIP lookup.
    split = look.find_by_address("1500 S Congress Ave, Austin, TX 78704")
    assert split.ambiguous and split.match.source == "zip"
    # With no ZIP in the address there is nothing to fall back on: the plain error.
    with pytest.raises(Unreachable):
        look.find_by_address("1100 Congress Ave, Austin, TX")


def test_po_box_uses_its_zip_without_asking_the_geocoder(
    legislator_index, census_119, httpserver
) -> None:
    seen = serve_census(httpserver, {})
    url = httpserver.url_for("/geocoder")
    result = finder(
        legislator_index, census_119, census_url=url, today=date(2026, 6, 20)
    ).find_by_address("PO Box 1234, Cheyenne, WY 82001")
    assert seen == [] and result.match.source == "zip"
    assert "PO Box" in result.notes[0] and len(result.members) == 3


def test_a_reachable_geocoder_is_still_used(legislator_index, census_119, httpserver) -> None:
    serve_census(
        httpserver,
        {
            "1100 Congress Ave, Austin, TX 78701": census_answer(
                "4837", "1100 CONGRESS AVE, AUSTIN, TX, 78701"
            )
        },
    )
    result = finder(
        legislator_index,
        census_119,
        census_url=httpserver.url_for("/geocoder"),
        today=date(2026, 6, 20),
    ).find_by_address("1100 Congress Ave, Austin, TX 78701")
    assert result.match.source == "census" and result.match.district == 37


# --- new members with no office yet --------------------------------------------------------
def test_new_members_without_an_office_are_written_to_the_capitol(
    members_120, pairs, census_119
) -> None:
    from advocate_app.core.letter_conventions import inside_address

    table_120 = ZipCrosswalk.from_text(relationship_text(pairs, 120))
    wy = finder(members_120, table_120).find_by_zip("82001")
    senator = next(m for m in wy.members if m.bioguide == NEW_WY_SENATOR)
    assert inside_address(senator) == (
        "The Honorable Jordan Plains",
        "United States Senate",
        "Washington, DC 20510",
    )
    assert any(
        "Jordan Plains has no Washington office in our data yet" in n
        and "United States Senate, Washington, DC 20510" in n
        for n in wy.notes
    )
    tx = finder(members_120, census_119).find_by_zip("78701", "TX-10")
    rep = tx.members[0]
    assert rep.bioguide == NEW_TX10 and inside_address(rep)[1:] == (
        "United States House of Representatives",
        "Washington, DC 20515",
    )
    assert any(
        "United States House of Representatives, Washington, DC 20515" in n for n in tx.notes
    )
    assert not any("Hageman has no Washington office" in n for n in wy.notes)


def test_the_120th_geocoder_layer_finds_the_new_tx10_member(
    members_120, census_119, httpserver
) -> None:
    """The street address is the way out of the mismatch: the geocoder is asked for the
    120th layer (vintage ACS2026_Current) and answers TX-10 (recorded answer)."""
    from tests.conftest import FIXTURES

    answer = json.loads(
        (FIXTURES / "census_geocoder_onelineaddress_acs2026_austin_tx_cd120.json").read_text(
            encoding="utf-8"
        )
    )
    seen = serve_census(httpserver, {"1100 Congress Ave, Austin, TX 78701": answer})
    http = HttpClient(timeout=2, retry=RetryPolicy(attempts=1))
    look = Finder(
        legislators=lambda: members_120,
        zip_crosswalk=lambda: census_119,
        geocoder=CensusGeocoder(
            http,
            base_url=httpserver.url_for("/geocoder"),
            vintages={"119": "ACS2025_Current", "120": "ACS2026_Current"},
        ),
        zip_map_congress=119,
        today=lambda: NEW_CONGRESS_DAY,
    )
    result = look.find_by_address("1100 Congress Ave, Austin, TX 78701")
    assert seen[0]["layers"] == "120th Congressional Districts"
    assert seen[0]["vintage"] == "ACS2026_Current"
    assert (result.match.source, result.match.state, result.match.district) == ("census", "TX", 10)
    assert result.members[0].bioguide == NEW_TX10
    assert any(
        "United States House of Representatives, Washington, DC 20515" in n for n in result.notes
    )


def test_a_zccd_tables_congress_is_read_once_not_per_lookup(members_120) -> None:
    """zccd.csv names no congress, so the saved data's record says it: asked once per table
    (a batch of 500 rows used to read the record 500 times)."""
    asked: list[int] = []

    def recorded_congress() -> int:
        asked.append(1)
        return 119

    zccd = ZipCrosswalk.from_text(ZCCD_CSV.read_text())
    look = finder(members_120, zccd, zip_congress=recorded_congress)
    for _ in range(3):
        assert look.find_by_zip("82001").match.state == "WY"
    assert look.zip_congress == 119 and len(asked) == 1
