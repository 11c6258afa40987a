"""Issue 19: the event's campaign and points are kept with the event; the session locks them;
the history counts a letter for the event it is told (the command line's --event) or, told
nothing, for the running event."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.campaigns import builtin_campaigns
from advocate_app.core.event import EventMode
from advocate_app.core.event_config import parse_points
from advocate_app.core.settings import Settings
from advocate_app.core.tallies import Tallies
from advocate_app.flows.session import LetterSession
from tests.support.sample_letters import letter_for

PIN = "864213"


@pytest.fixture
def mode(tmp_path: Path, store) -> EventMode:
    from advocate_app.core.secrets import SecretStore

    settings = Settings.load(tmp_path / "settings.json", env={})
    return EventMode(settings, store, secrets=SecretStore())


def test_the_campaign_and_points_are_kept_with_the_event(mode, tmp_path):
    config = mode.start(name="Night", pin=PIN, campaign_id="stop-csam-2025", points=[4, 1, 1])
    assert (config.campaign_id, config.points) == ("stop-csam-2025", (1, 4))
    again = Settings.load(tmp_path / "settings.json", env={})  # what the next start-up reads
    assert (again.get("event.campaign"), again.get("event.points")) == ("stop-csam-2025", "1,4")
    changed = mode.change(PIN, points=[0])
    assert changed.points == (0,) and changed.campaign_id == "stop-csam-2025"
    mode.stop(PIN)
    assert (mode.config.campaign_id, mode.config.points) == ("", ())
    assert parse_points("2, x, -1, 2,0") == (0, 2)


def test_a_locked_campaign_cannot_be_changed_and_offers_its_points():
    campaign = builtin_campaigns()[0]
    session = LetterSession()
    told: list[frozenset[str]] = []
    session.subscribe(told.append)
    session.lock_campaign(campaign.id, [1, 3, 5])
    assert session.campaign_id == campaign.id and "campaign" in told[-1]
    session.choose_campaign(campaign)
    assert session.campaign is campaign
    other = replace(campaign, id="another")
    session.choose_campaign(other)
    assert session.campaign is campaign  # refused
    assert session.chosen_points() == [1, 3]  # the defaults (0, 1, 3) among those offered
    session.set_points([0, 3, 5])
    assert session.points == [3, 5]  # point 0 is not offered
    session.reset(keep_campaign=True)  # the next participant
    assert session.locked_campaign == campaign.id and session.chosen_points() == [1, 3]
    session.lock_campaign("")
    session.choose_campaign(other)
    assert session.campaign is other and session.chosen_points() == [0, 1, 3]  # its defaults


def test_the_history_counts_for_the_event_it_is_told(mode, store, legislator_index):
    rep = legislator_index.representative("TX", 18)
    mode.start(name="Night", pin=PIN)
    Archive(store).record(letter_for(rep), "print")  # the window: the running event
    Archive(store, event_name="").record(letter_for(rep), "pdf")  # the command line, no --event
    Archive(store, event_name="Elsewhere").record(letter_for(rep), "pdf")  # --event Elsewhere
    counts = {c.key: c.deliveries for c in Tallies(store).counts("event")}
    assert counts == {"Night": 1, "": 1, "Elsewhere": 1}
    assert all(e.letter_text == "" for e in Archive(store).entries())  # anonymous all the same
