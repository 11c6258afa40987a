"""Tallies: counted by the archive, grouped by member / district / campaign / route / event,
filtered by event and dates, exported as CSV, and holding nothing about the writer."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.event import EventMode
from advocate_app.core.migrations import MIGRATIONS
from advocate_app.core.models import Address, Constituent
from advocate_app.core.secrets import SecretStore
from advocate_app.core.settings import Settings
from advocate_app.core.store import Store
from advocate_app.core.tallies import Tallies, TallyFilter, parse_day, seat_label, seat_parts
from tests.support.sample_letters import letter_for

EVENT = "Houston library, Saturday"
WRITERS = [
    Constituent("Zelda Quixote-Marsh", Address("77 Wintergreen Ln", "Houston", "TX", "77002"),
                "zelda@example.org", "713-555-0199"),
    Constituent("Ymir Pendlebury", Address("4 Juniper Ct", "Houston", "TX", "77004"), "ymir@example.org"),
]  # fmt: skip
STORY = "My nephew was groomed through a game chat in 2024."


def at(day: str, hour: int = 12) -> float:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00").timestamp()


@pytest.fixture
def scripted(store, legislator_index, tmp_path):
    """Letters before, during and after an event, through the archive like the app sends them."""
    rep = legislator_index.representative("TX", 18)
    cornyn, cruz = legislator_index.senators("TX")
    wyoming = legislator_index.representative("WY", 0)
    archive = Archive(store)
    old = letter_for(wyoming, who=WRITERS[0], body=STORY)
    archive.record(old, "pdf", recipient="/home/z/letter.pdf", when=at("2026-10-01"))
    mode = EventMode(Settings(tmp_path / "settings.json", env={}), store, secrets=SecretStore())
    mode.start(name=EVENT, pin="135702", routes=["print", "email_organizer"],
               collection_email="org@example.org")  # fmt: skip
    for number, who in enumerate(WRITERS):
        for member in (rep, cornyn, cruz):
            letter = letter_for(member, who=who, body=f"{STORY} ({number})")
            archive.record(letter, "print", when=at("2026-11-21", 10 + number))
            if member is rep and number == 0:  # the same letter also emailed to the organizer
                archive.record(
                    letter, "email", recipient="org@example.org", when=at("2026-11-21", 11)
                )
    mode.stop("135702")
    archive.record(letter_for(rep, who=WRITERS[1]), "contact_form", when=at("2026-11-24"))
    return {"rep": rep, "cornyn": cornyn, "cruz": cruz, "wyoming": wyoming}


def test_counts_for_the_event(store, scripted):
    tallies = Tallies(store)
    event = TallyFilter(event=EVENT)
    total = tallies.total(event)
    assert (total.letters, total.deliveries) == (6, 7)
    by_member = {c.key: (c.letters, c.deliveries) for c in tallies.counts("member", event)}
    assert by_member == {scripted["rep"].bioguide: (2, 3), scripted["cornyn"].bioguide: (2, 2),
                         scripted["cruz"].bioguide: (2, 2)}  # fmt: skip
    labels = [c.label for c in tallies.counts("member", event)]
    assert labels[0] == f"{scripted['rep'].name} (TX-18)"
    assert {c.key: c.letters for c in tallies.counts("district", event)} == {"TX": 4, "TX-18": 2}
    assert {c.key: c.deliveries for c in tallies.counts("route", event)} == {"print": 6, "email": 1}
    assert {c.key: c.letters for c in tallies.counts("campaign", event)} == {"stop-csam-2025": 6}
    assert {c.key: c.letters for c in tallies.counts("event")} == {EVENT: 6, "": 2}
    with pytest.raises(ValueError):
        tallies.counts("writer", event)


def test_offices_and_dates(store, scripted):
    tallies = Tallies(store)
    offices = tallies.offices(TallyFilter(event=EVENT))
    assert [o.seat for o in offices] == ["TX", "TX", "TX-18"]  # senators first, then districts
    rep = offices[-1]
    assert (rep.letters, rep.routes, rep.bill_label) == (2, {"email": 1, "print": 2}, "H.R. 3921")
    first, last = tallies.span(TallyFilter(event=EVENT))
    assert (first.date(), last.date()) == (date(2026, 11, 21), date(2026, 11, 21))
    november = TallyFilter(since=date(2026, 11, 1), until=date(2026, 11, 24))
    assert tallies.total(november).deliveries == 8  # the 24th is included
    assert tallies.total(TallyFilter(until=date(2026, 11, 20))).deliveries == 1
    assert tallies.total(TallyFilter(since=date(2026, 11, 25))).deliveries == 0
    assert tallies.span(TallyFilter(event="nothing")) is None
    assert [e.name for e in tallies.events()] == ["", EVENT]


def test_csv_has_the_counts_and_no_writer(store, scripted):
    data = Tallies(store).csv_bytes(TallyFilter(event=EVENT))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 7 and {r["event"] for r in rows} == {EVENT}
    assert {r["date"] for r in rows} == {"2026-11-21"}
    rep_rows = [r for r in rows if r["seat"] == "TX-18"]
    assert {r["route"] for r in rep_rows} == {"print", "email"}
    assert len({r["letter"] for r in rep_rows}) == 2  # three rows, two letters
    assert rows[0]["bill"] in ("H.R. 3921", "S. 1829") and rows[0]["district"] in ("18", "")
    _assert_no_writer(data.decode("utf-8"))


def test_no_writer_data_anywhere_in_the_tallies(store, scripted):
    for row in store.query("SELECT * FROM tallies"):
        _assert_no_writer(" ".join(str(v) for v in tuple(row)))


def _assert_no_writer(text: str) -> None:
    for who in WRITERS:
        for trace in (who.name, who.name.split()[-1], who.address.street, who.address.zip,
                      who.email, who.phone or "no phone"):  # fmt: skip
            assert trace not in text
    assert "nephew" not in text


def test_record_without_archiving_takes_the_running_event(store, legislator_index, tmp_path):
    tallies = Tallies(store)
    rep = legislator_index.representative("TX", 7)
    tallies.record(letter_for(rep), "print")
    EventMode(Settings(tmp_path / "s.json", env={}), store, secrets=SecretStore()).start(
        name="Night", pin="864201"
    )
    tallies.record(letter_for(rep), "print")
    tallies.record(letter_for(rep), "pdf", event_name="Other")
    assert {c.key: c.deliveries for c in tallies.counts("event")} == {"": 1, "Night": 1, "Other": 1}
    assert tallies.delete(TallyFilter(event="Other")) == 1
    assert tallies.total().deliveries == 2
    with pytest.raises(ValueError):
        tallies.record(letter_for(rep), "Print; DROP TABLE")


def test_seats():
    assert seat_parts("TX-37") == ("house", "TX", 37)
    assert seat_parts("WY-AL") == ("house", "WY", 0)
    assert seat_parts("TX") == ("senate", "TX", None)
    assert seat_parts("garbage") == ("", "", None)
    assert [seat_label(*seat_parts(s)) for s in ("TX-07", "DC-AL", "TX")] == [
        "TX-07",
        "DC-AL",
        "TX",
    ]
    assert parse_day("2026-11-25") == date(2026, 11, 25)
    with pytest.raises(Exception, match="not a date"):
        parse_day("25/11/2026")


def test_archive_still_works_on_a_schema_without_tallies(tmp_path, legislator_index):
    store = Store.open(tmp_path / "old.sqlite3", migrations=MIGRATIONS[:1])
    Archive(store).record(letter_for(legislator_index.senators("TX")[0]), "pdf")
    assert Archive(store).count() == 1
