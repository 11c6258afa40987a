from __future__ import annotations

from advocate_app.cli.lookup import format_result
from advocate_app.core.lookup.result import AddressChoice, LookupResult, MatchInfo
from advocate_app.core.models import Chamber, Confidence, District, Vacancy, seat_label


def test_seat_labels() -> None:
    assert seat_label("TX", 37) == "TX-37" == District("TX", 37, 119).label
    assert seat_label("WY", 0) == "WY-AL" and seat_label("TX", None) == "TX"
    assert seat_label("CA", 1) == "CA-01"


def test_lookup_text_names_at_large_seats_as_al() -> None:
    result = LookupResult(
        match=MatchInfo("1600 PENNSYLVANIA AVE NW", "DC", 0, 119, "census", Confidence.EXACT),
        matches=[
            AddressChoice("1600 PENNSYLVANIA AVE NW", "DC", 0),
            AddressChoice("1600 PENNSYLVANIA AVE SE", "DC", 0),
        ],
        vacancies=[Vacancy(Chamber.HOUSE, "WY", 0), Vacancy(Chamber.SENATE, "OH", None)],
    )
    text = format_result(result)
    assert "-00" not in text
    assert "(DC-AL)" in text and "Vacant house seat: WY-AL" in text and "senate seat: OH" in text
