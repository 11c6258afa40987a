"""The session's promises: an address change voids the lookup and its letters, a failed
lookup leaves no members, edits stay per member, a draft is a snapshot of the session."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from advocate_app.core.errors import AdvocateError
from advocate_app.flows.lookup import find, look_up
from advocate_app.flows.session import (
    EDITS,
    LETTERS,
    LOOKUP,
    WRITER,
    LetterSession,
    LookupQuery,
    QueryProblem,
)
from tests.conftest import REPO_ROOT
from tests.flows.conftest import AUSTIN, WYOMING_ZIP

TODAY = date(2026, 3, 2)


def _austin(session: LetterSession) -> None:
    street, city, state, zip_code = AUSTIN
    session.set_writer(name="Maria Lopez", street=street, city=city, state=state, zip=zip_code)


def _with_letters(services) -> LetterSession:
    session = LetterSession()
    _austin(session)
    look_up(services.finder, session)
    session.choose_campaign(services.campaigns.find("stop-csam-2025"))
    request = session.letter_request(TODAY)
    assert request is not None
    assert session.take_letters(request, request.compose())
    return session


def test_flows_import_no_qtwidgets_in_a_fresh_interpreter() -> None:
    code = (
        "import importlib, pkgutil, sys, advocate_app.flows as f\n"
        "for m in pkgutil.walk_packages(f.__path__, 'advocate_app.flows.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(len(list(pkgutil.walk_packages(f.__path__))), 'PySide6.QtWidgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True)  # fmt: skip
    count, widgets = out.stdout.split()
    assert int(count) >= 5 and widgets == "False"


@pytest.mark.parametrize(
    ("field", "value"),
    [("street", "1101 Congress Ave"), ("city", "Round Rock"), ("state", "OK"), ("zip", "78702")],
)
def test_any_address_field_voids_the_lookup_and_its_letters(flow_services, field, value) -> None:
    session = _with_letters(flow_services)
    session.set_edit("D000399", "My own words.")
    assert session.members and session.letters and session.final_letters()
    heard: list[frozenset[str]] = []
    session.subscribe(heard.append)

    changed = session.set_writer(**{field: value})

    assert {WRITER, LOOKUP, LETTERS, EDITS} <= changed and heard == [changed]
    assert session.lookup is None and not session.has_lookup
    assert session.members == [] and session.included == []
    assert session.letters == [] and session.final_letters() == [] and session.edits == {}
    assert session.letter_request(TODAY) is None  # nothing to compose until a new lookup


def test_name_and_contact_changes_keep_the_lookup(flow_services) -> None:
    session = _with_letters(flow_services)
    changed = session.set_writer(name="Maria J. Lopez", email="m@example.org", phone="512")
    assert changed == {WRITER} and session.has_lookup and session.letters
    assert not session.letters_current  # the signature changes: compose again


@pytest.mark.parametrize("geocoder", ["no match", "refused"])
def test_a_failed_lookup_leaves_no_members_not_the_previous_ones(
    flow_services, services_factory, geocoder
) -> None:
    import socket

    services = flow_services
    if geocoder == "refused":
        with socket.socket() as sock:  # a port nothing listens on
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        services = services_factory(ADVOCATE_CENSUS_URL=f"http://127.0.0.1:{port}/geocoder")
    session = LetterSession()
    session.set_writer(name="Pat Doe", zip=WYOMING_ZIP)
    look_up(services.finder, session)
    assert [m.state for m in session.members] == ["WY", "WY", "WY"]

    session.set_writer(street="1 Nowhere Rd", city="Topeka", state="KS", zip="66612")
    assert session.members == []
    if geocoder == "refused":  # issue 14: the address service is unreachable, the ZIP decides
        result = look_up(services.finder, session)
        assert result.match.source == "zip" and {m.state for m in session.members} == {"KS"}
        return
    with pytest.raises(AdvocateError):
        look_up(services.finder, session)
    assert session.lookup is None and session.members == [] and session.letters == []
    assert session.letter_request(TODAY) is None


def test_a_failed_lookup_keeps_the_edits_of_the_same_address(flow_services) -> None:
    session = _with_letters(flow_services)
    session.set_edit("D000399", "My own words.")
    session.lookup_failed()  # offline for a moment
    assert session.members == [] and session.final_letters() == []
    look_up(flow_services.finder, session)  # back online, same address
    request = session.letter_request(TODAY)
    session.take_letters(request, request.compose())
    bodies = {letter.member.bioguide: letter.body for letter in session.final_letters()}
    assert bodies["D000399"] == "My own words."


def test_a_late_answer_for_an_old_address_is_not_taken(flow_services) -> None:
    session = LetterSession()
    session.set_writer(name="Pat Doe", zip=WYOMING_ZIP)
    query = session.query()
    assert query == LookupQuery("zip", WYOMING_ZIP)
    wyoming = find(flow_services.finder, query)
    _austin(session)  # the person typed another address while the lookup ran
    assert session.take_lookup(query, wyoming) is False
    assert session.lookup is None and session.members == []


def test_letters_built_on_a_voided_lookup_are_refused(flow_services) -> None:
    session = LetterSession()
    _austin(session)
    look_up(flow_services.finder, session)
    session.choose_campaign(flow_services.campaigns.find("stop-csam-2025"))
    request = session.letter_request(TODAY)
    letters = request.compose()
    session.set_writer(zip="78702")
    assert session.take_letters(request, letters) is False and session.letters == []


def test_queries_and_their_problems() -> None:
    session = LetterSession()
    assert session.query() == QueryProblem("need_address", "street")
    session.set_writer(street="Congress Ave")
    assert session.query() == QueryProblem("need_house_number", "street")
    session.set_writer(street="1100 Congress Ave")
    assert session.query() == QueryProblem("need_city_or_zip", "city")
    session.set_writer(street="", zip="787")
    assert session.query() == QueryProblem("zip_digits", "zip")
    _austin(session)
    assert session.query() == LookupQuery("address", "1100 Congress Ave, Austin, TX 78701")


def test_edits_are_kept_per_member_and_unticking_drops_a_letter(flow_services) -> None:
    session = _with_letters(flow_services)
    session.set_edit("D000399", "Dear Representative, my own letter.")
    session.set_story("A new story.")  # a recompose keeps the person's own text
    request = session.letter_request(TODAY)
    session.take_letters(request, request.compose())
    final = {letter.member.bioguide: letter.body for letter in session.final_letters()}
    assert final["D000399"] == "Dear Representative, my own letter."
    assert all("A new story." in body for bio, body in final.items() if bio != "D000399")
    session.include("C001056", False)
    assert "C001056" not in {letter.member.bioguide for letter in session.final_letters()}
    assert len(session.final_letters()) == 2


def test_a_draft_is_a_snapshot_of_the_session(flow_services) -> None:
    session = _with_letters(flow_services)
    session.set_writer(email="maria@example.org", phone="512-555-0100")
    session.set_story("I coach soccer.")
    session.set_points([0, 2])
    session.set_edit("D000399", "My own words.")
    snapshot = session.to_snapshot()
    assert snapshot == {
        "name": "Maria Lopez", "street": AUSTIN[0], "city": AUSTIN[1], "state": "TX",
        "zip": "78701", "email": "maria@example.org", "phone": "512-555-0100",
        "story": "I coach soccer.", "points": [0, 2], "campaign": "stop-csam-2025",
        "edits": {"D000399": "My own words."},
    }  # fmt: skip

    back = LetterSession.from_snapshot(snapshot)
    assert back.to_snapshot() == snapshot
    assert back.lookup is None and back.members == []  # looked up again before any letter
    look_up(flow_services.finder, back)
    back.choose_campaign(flow_services.campaigns.find(back.campaign_id))
    assert back.points == [0, 2]  # the same campaign: its points stay
    request = back.letter_request(TODAY)
    back.take_letters(request, request.compose())
    assert {letter.member.bioguide: letter.body for letter in back.final_letters()}[
        "D000399"
    ] == "My own words."


def test_a_campaign_whose_congress_ended_writes_no_letter(flow_services) -> None:
    """Issue 14: after 2027-01-03 the 119th Congress's bills are dead; the session composes
    nothing for them (the window points at "Check for campaign updates" instead)."""
    session = _with_letters(flow_services)
    assert session.letter_request(date(2027, 1, 2)) is not None
    assert session.letter_request(date(2027, 1, 5)) is None
    session.drop_letters()
    assert session.letters == [] and session.final_letters() == []
