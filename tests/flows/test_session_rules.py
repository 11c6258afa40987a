"""Issue 13's session rules, shared by the window and the command line: a writer without a
street address writes only once they confirm it, and a letter over one page can leave out
a talking point."""

from __future__ import annotations

from datetime import date

from advocate_app.flows.lookup import look_up
from advocate_app.flows.session import LETTERS, POINTS, LetterSession
from tests.flows.conftest import WYOMING_ZIP

TODAY = date(2026, 3, 2)


def test_a_zip_code_alone_writes_only_once_confirmed(flow_services) -> None:
    session = LetterSession()
    session.set_writer(name="Maria Lopez", zip=WYOMING_ZIP)
    look_up(flow_services.finder, session)
    assert session.has_lookup and session.street_missing and not session.may_write()

    session.choose_campaign(flow_services.campaigns.find("stop-csam-2025"))
    session.confirm_no_street(True)
    assert session.may_write()
    request = session.letter_request(TODAY)
    assert request is not None and session.take_letters(request, request.compose())
    assert session.letters

    heard: list[frozenset[str]] = []
    session.subscribe(heard.append)
    session.confirm_no_street(False)  # taken back: the letters without a street go
    assert not session.may_write() and session.letters == [] and LETTERS in heard[-1]

    session.confirm_no_street(True)
    session.set_writer(zip="82009")  # another address: ask again
    assert not session.no_street_confirmed
    session.set_writer(street="2020 Carey Ave", city="Cheyenne", state="WY")
    assert not session.street_missing and session.may_write()


def test_dropping_a_point_leaves_out_the_last_chosen_one(flow_services) -> None:
    session = LetterSession()
    assert session.chosen_points() == [] and session.drop_last_point() is False
    campaign = flow_services.campaigns.find("stop-csam-2025")
    session.choose_campaign(campaign)
    defaults = sorted(set(campaign.default_points or range(len(campaign.talking_points))))
    assert session.chosen_points() == defaults and len(defaults) >= 2

    heard: list[frozenset[str]] = []
    session.subscribe(heard.append)
    assert session.drop_last_point() is True
    assert session.points == defaults[:-1] and POINTS in heard[-1]
    while session.drop_last_point():
        pass
    assert session.points == [] and session.chosen_points() == []
