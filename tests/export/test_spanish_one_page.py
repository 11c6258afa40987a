"""Issue 13: with the default points and a story of about 120 words, every chamber's Spanish
letter fits on one US Letter and one A4 page, as the English ones do.

They ran to 2 US Letter pages (the Spanish talking points and sentences were longer than the
English); the fix is shorter Spanish wording, never a smaller font or margin. Letters come
from the real STOP CSAM pack, the shared legislators data and committee roster; each is laid
out exactly as its PDF, ODT and DOCX are (``export.pdf.page_count``).
"""

from __future__ import annotations

import pytest

from advocate_app.core.campaigns import find_campaign
from advocate_app.core.committees import load_seats
from advocate_app.core.letters import compose_letter
from advocate_app.core.lookup.legislators import LegislatorIndex
from advocate_app.core.models import Address, Constituent
from advocate_app.core.routing import choose_office
from advocate_app.export.pdf import page_count
from tests.conftest import COMMITTEES_JSON, DISTRICT_OFFICES_JSON, LEGISLATORS_JSON
from tests.support.one_page import STORY_120_ES, TODAY

WRITERS = {
    state: Constituent("Jordan Avery Example", Address(street, city, state, zip_code),
                       "jordan@example.org")
    for state, street, city, zip_code in (
        ("WY", "2001 Capitol Ave", "Cheyenne", "82001"),
        ("TX", "1100 Congress Ave", "Austin", "78701"),
        ("DC", "1350 Pennsylvania Ave NW", "Washington", "20004"),
        ("PR", "1 Calle Fortaleza", "San Juan", "00901"),
    )
}  # fmt: skip
# Wyoming's House member (on House Judiciary) and senators; Senate Judiciary members asked to
# cosponsor (Cornyn, Cruz, Lee, Hirono), thanked as an original cosponsor (Grassley) or a
# sponsor (Durbin); the Delegate for DC and the Resident Commissioner.
MEMBERS = ("H001096", "L000571", "B001261", "C001056", "C001098", "L000577", "H001042",
           "G000386", "D000563", "N000147", "H001103")  # fmt: skip


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("indexes")
    index = LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, index_dir=folder)
    index.use_committee_seats(load_seats(COMMITTEES_JSON, folder))
    return [index.by_bioguide(b) for b in MEMBERS]


def test_the_spanish_story_is_about_120_words() -> None:
    assert 115 <= len(STORY_120_ES.split()) <= 125


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_spanish_letters_with_a_120_word_story_fit_one_page(members, paper) -> None:
    campaign = find_campaign("stop-csam-2025")
    roles = set()
    for member in members:
        writer = WRITERS.get(member.state, WRITERS["WY"])
        for office in (None, choose_office(member, writer, "district")):
            letter = compose_letter(
                campaign, writer, member, story=STORY_120_ES, today=TODAY, office=office,
                language="es",
            )  # fmt: skip
            assert letter.language == "es" and STORY_120_ES in letter.body, member.name
            assert page_count(letter, paper=paper) == 1, (member.name, paper, office)
            roles.add(member.role.value)
    assert len(roles) == 4, roles  # representative, senator, delegate, resident commissioner
    # A longer story still runs over: the measure is real, not a fixed answer.
    longer = compose_letter(
        campaign, WRITERS["TX"], members[4], story=STORY_120_ES * 3, today=TODAY, language="es"
    )
    assert page_count(longer, paper=paper) == 2
