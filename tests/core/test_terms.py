"""Ended terms (issue 13 #3): members the data says no longer serve get no letter by default."""

from __future__ import annotations

from datetime import date

from advocate_app.core.terms import CODE_APPOINTMENT_ENDED, ended_term, split_ended


def test_appointed_senators_after_the_special_election(legislator_index) -> None:
    husted = legislator_index.senators("OH")
    moody = legislator_index.senators("FL")
    h = next(m for m in husted if m.last == "Husted")
    m = next(m for m in moody if m.last == "Moody")
    assert ended_term(h, date(2026, 11, 2)) is None  # still serving the day before
    term = ended_term(h, date(2026, 11, 25))
    assert term.code == CODE_APPOINTMENT_ENDED
    assert term.reason == (
        "Senator Husted's appointment ended with the special election on 2026-11-03; "
        "update the data to write to the current senator"
    )
    assert ended_term(m, date(2026, 11, 3)).reason.startswith(
        "Senator Moody's appointment ended with the special election on 2026-11-03"
    )
    keep, ended = split_ended(husted, date(2026, 11, 25))
    assert [x.last for x in keep] == ["Moreno"] and [e.member.last for e in ended] == ["Husted"]
    keep, _ = split_ended(husted, date(2026, 11, 25), include_ended=True)
    assert {x.last for x in keep} == {"Moreno", "Husted"}


def test_regular_terms_run_until_their_end(legislator_index) -> None:
    rep = legislator_index.representative("WY", 0)
    assert ended_term(rep, date(2026, 11, 25)) is None
    after = ended_term(rep, date(2027, 1, 3))
    assert after.reason == (
        f"Representative {rep.last}'s term ended on 2027-01-03; "
        "update the data to write to the current representative"
    )
