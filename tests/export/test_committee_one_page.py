"""Issue 13: a committee member's letter, with the pack's committee sentence, still fits on one
page with the default points and a 120-word story (the members whose letters had the least
room: Senate Judiciary members written at a district office, and the Wyoming House member,
who sits on House Judiciary)."""

from __future__ import annotations

import pytest

from advocate_app.core.campaigns import find_campaign
from advocate_app.core.committees import load_seats
from advocate_app.core.letters import compose_letter
from advocate_app.core.lookup.legislators import LegislatorIndex
from advocate_app.core.routing import choose_office
from advocate_app.export.pdf import page_count
from tests.conftest import COMMITTEES_JSON, DISTRICT_OFFICES_JSON, LEGISLATORS_JSON
from tests.export.test_one_page import WRITER
from tests.support.one_page import STORY_120, TODAY

# Cornyn, Grassley, Cruz, Hirono, Lee (Senate Judiciary), Durbin (its sponsor), Hageman (WY-AL).
TIGHTEST = ("C001056", "G000386", "C001098", "H001042", "L000577", "D000563", "H001096")


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("indexes")
    index = LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, index_dir=folder)
    index.use_committee_seats(load_seats(COMMITTEES_JSON, folder))
    return [index.by_bioguide(b) for b in TIGHTEST]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_committee_members_letters_fit_one_page(members, paper) -> None:
    campaign = find_campaign("stop-csam-2025")
    for member in members:
        for office in (None, choose_office(member, WRITER, "district")):
            letter = compose_letter(
                campaign, WRITER, member, story=STORY_120, today=TODAY, office=office
            )
            assert "As a member of the Judiciary Committee" in letter.body, member.name
            assert page_count(letter, paper=paper) == 1, (member.name, paper, office)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_spanish_committee_letters_fit_one_page(members, paper) -> None:
    """With the committee sentence too (the shorter Spanish wording made room on US Letter;
    tests/export/test_spanish_one_page.py has the Spanish story)."""
    campaign = find_campaign("stop-csam-2025")
    for member in members:
        for office in (None, choose_office(member, WRITER, "district")):
            letter = compose_letter(
                campaign, WRITER, member, story=STORY_120, today=TODAY, office=office,
                language="es",
            )  # fmt: skip
            assert "Como miembro del Comité Judicial" in letter.body, member.name
            assert page_count(letter, paper=paper) == 1, (member.name, paper, office)
