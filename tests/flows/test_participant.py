"""Next participant: the session forgets the writer (the campaign stays) and event mode's
temporary files are wiped."""

from __future__ import annotations

from advocate_app.flows.participant import next_participant
from advocate_app.flows.session import LetterSession
from tests.flows.conftest import AUSTIN
from tests.flows.test_deliver import _letters


def test_next_participant_forgets_the_writer_and_wipes_the_files(flow_services) -> None:
    session, letters = _letters(flow_services)
    session.set_story("My daughter met a stranger in a game chat.")
    session.set_edit(letters[0].member.bioguide, "My own words.")
    temp = flow_services.event.session.temp_dir()
    (temp / "letter.pdf").write_bytes(b"%PDF Maria Lopez")
    ledger = session.ledger
    heard: list = []
    session.subscribe(heard.append)

    outcome = next_participant(session, flow_services)

    assert outcome.wiped and outcome.failures == 0 and not temp.exists()
    assert session.writer.name == "" and session.writer.street == ""
    assert session.lookup is None and session.members == [] and session.letters == []
    assert session.story == "" and session.edits == {} and session.points is None
    assert session.campaign_id == "stop-csam-2025"  # the event's campaign stays
    assert session.ledger is not ledger  # the next person's deliveries are their own
    assert heard and "writer" in heard[-1]
    assert AUSTIN[0] not in str(session.to_snapshot())


def test_without_event_mode_nothing_is_built_to_be_wiped(services_factory) -> None:
    services = services_factory()
    session = LetterSession()
    session.set_writer(name="Pat Doe", zip="82001")
    outcome = next_participant(session, services)
    assert not outcome.wiped and not services.is_loaded("event")
    assert session.writer.name == ""
