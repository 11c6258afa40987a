from __future__ import annotations

import pytest

from advocate_app.core.errors import BadResponse, InputProblem
from advocate_app.core.lookup.zipcodes import ZipCrosswalk, normalize_zip, zip_at_end
from tests.conftest import ZCCD_CSV


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> ZipCrosswalk:
    return ZipCrosswalk.load(ZCCD_CSV, tmp_path_factory.mktemp("indexes"))


def test_shared_table_size(table: ZipCrosswalk) -> None:
    assert len(table) == 33774


def test_lookups(table: ZipCrosswalk) -> None:
    assert table.districts("82001") == (("WY", 0),)
    assert table.districts("78701-1234") == (("TX", 37),)
    assert len(table.districts("20001")) == 1 and table.districts("20001")[0][0] == "DC"
    assert table.districts("00000") == ()
    # Territories the crosswalk lacks: each one seat.
    assert table.districts("96910") == (("GU", 0),)
    assert table.districts("00802") == (("VI", 0),)
    assert table.districts("96799") == (("AS", 0),)
    assert table.districts("96950") == (("MP", 0),)


def test_split_and_cross_state_zips_list_every_district(table: ZipCrosswalk) -> None:
    many = [z for z in ("10024", "20852", "60614") if len(table.districts(z)) > 1]
    assert many, "expected at least one split ZIP among common urban ZIPs"
    cross = [z for z in table.zip_codes() if len({s for s, _ in table.districts(z)}) > 1]
    assert len(cross) == 109


@pytest.mark.parametrize("bad", ["", "1234", "abcde", "123456", "7870l", "78701-12"])
def test_bad_zip_is_the_persons_problem(bad: str) -> None:
    with pytest.raises(InputProblem, match="ZIP code"):
        normalize_zip(bad)


def test_damaged_table_is_a_clear_error() -> None:
    with pytest.raises(BadResponse, match="advocate data update"):
        ZipCrosswalk.from_csv_text("<html>oops</html>")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("1100 Congress Ave, Austin, TX 78701", "78701"),
        ("1100 CONGRESS AVE, AUSTIN, TX, 78701", "78701"),  # as the Census service writes it
        ("1100 Congress Ave, Austin, TX 78701-1234.", "78701"),
        ("1100 Congress Ave, Austin TX78701 ", "78701"),
        ("1100 Congress Ave, Austin, TX", ""),
        ("PO Box 123456", ""),  # six digits are not a ZIP code
        ("", ""),
    ],
)
def test_the_zip_code_ending_an_address(address, expected) -> None:
    assert zip_at_end(address) == expected
