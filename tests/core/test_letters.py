"""Letters from the built-in STOP CSAM Act campaign, for members of every role."""

from __future__ import annotations

import locale
from datetime import date
from pathlib import Path

import pytest

from advocate_app.core.campaigns import find_campaign, load_campaign
from advocate_app.core.errors import InputProblem
from advocate_app.core.letter_context import (
    backs_the_bill,
    build_context,
    normalize_story,
    supports_bill,
)
from advocate_app.core.letter_conventions import (
    courtesy_last,
    format_date,
    inside_address,
    salutation,
)
from advocate_app.core.letters import compose_letter, personalization, render_body
from advocate_app.core.models import Address, Chamber, Constituent, Member, Role
from tests.support.packs import BODY, MANIFEST, write_pack

TODAY = date(2026, 11, 25)
STORY = (
    "I am a school counselor in Austin. Every year I sit with students who were pressured into "
    "sending images by someone they met in a game, and I watch those images keep circulating.\n\n"
    "The families I work with have nowhere to turn."
)


@pytest.fixture(scope="module")
def campaign():
    return find_campaign("stop-csam-2025")


@pytest.fixture
def maria() -> Constituent:
    return Constituent(
        "Maria Lopez", Address("1100 Congress Ave", "Austin", "TX", "78701"), "maria@example.org"
    )


def first_paragraph(body: str) -> str:
    return body.split("\n\n")[0]


def test_letter_to_a_representative(campaign, maria, legislator_index) -> None:
    member = legislator_index.representative("TX", 37)
    letter = compose_letter(campaign, maria, member, story=STORY, today=TODAY)
    assert (
        letter.bill.label == "H.R. 3921"
        and letter.subject == "H.R. 3921, the STOP CSAM Act of 2025"
    )
    assert letter.date == "November 25, 2026"
    assert letter.inside_address == (
        "The Honorable Lloyd Doggett", "2307 Rayburn House Office Building",
        "United States House of Representatives", "Washington, DC 20515-0001",
    )  # fmt: skip
    assert letter.salutation == "Dear Representative Doggett:"
    opening = first_paragraph(letter.body)
    for needed in ("Maria Lopez", "your constituent in Austin, TX 78701", "cosponsor H.R. 3921",
                   "STOP CSAM Act of 2025", "House floor"):  # fmt: skip
        assert needed in opening
    assert STORY in letter.body and "S. 1829" not in letter.as_text()
    assert letter.closing == "Sincerely,"
    assert letter.signature == (
        "Maria Lopez",
        "1100 Congress Ave",
        "Austin, TX 78701",
        "maria@example.org",
    )
    assert "the 37th District of Texas" in letter.body
    text = letter.as_text()
    assert text.startswith("November 25, 2026\n\nThe Honorable Lloyd Doggett\n")
    assert (
        "\n\nRe: H.R. 3921, the STOP CSAM Act of 2025\n\nDear Representative Doggett:\n\nMy name is"
        in text
    )
    assert text.endswith(
        "Sincerely,\n\nMaria Lopez\n1100 Congress Ave\nAustin, TX 78701\nmaria@example.org\n"
    )


def test_letter_to_a_senator(campaign, maria, legislator_index) -> None:
    cornyn = legislator_index.senators("TX")[0]
    letter = compose_letter(campaign, maria, cornyn, story=STORY, today=TODAY)
    assert letter.bill.label == "S. 1829"
    assert letter.inside_address == (
        "The Honorable John Cornyn", "517 Hart Senate Office Building", "United States Senate",
        "Washington, DC 20510",
    )  # fmt: skip
    assert letter.salutation == "Dear Senator Cornyn:"
    opening = first_paragraph(letter.body)
    assert (
        "cosponsor S. 1829" in opening
        and "Senate floor" in opening
        and "Austin, TX 78701" in opening
    )
    assert "H.R. 3921" not in letter.as_text()
    assert "Reported by the Judiciary Committee 22-0" in letter.body


def test_letters_to_the_dc_delegate_and_the_resident_commissioner(
    campaign, legislator_index
) -> None:
    dc_person = Constituent(
        "Ann Lee", Address("1600 Pennsylvania Ave NW", "Washington", "DC", "20500")
    )
    norton = legislator_index.representative("DC", 0)
    letter = compose_letter(campaign, dc_person, norton, today=TODAY)
    assert letter.salutation == "Dear Delegate Norton:"
    assert letter.inside_address[0] == "The Honorable Eleanor Holmes Norton"
    assert letter.inside_address[-2:] == (
        "United States House of Representatives",
        "Washington, DC 20515-5101",
    )
    assert "cosponsor H.R. 3921" in first_paragraph(letter.body)
    assert (
        "vote yes" not in letter.body
    )  # delegates do not vote on final passage: ask to push instead
    assert "the District of Columbia" in letter.body

    pr_person = Constituent("Sam Ortiz", Address("Calle Padial 1", "Caguas", "PR", "00725"))
    commissioner = legislator_index.representative("PR", 0)
    assert commissioner.role is Role.RESIDENT_COMMISSIONER
    letter = compose_letter(campaign, pr_person, commissioner, today=TODAY)
    assert letter.salutation == "Dear Commissioner Hernández:"  # as in his official name
    assert letter.inside_address[0] == "The Honorable Pablo José Hernández"
    assert "your constituent in Caguas, PR 00725" in letter.body and "Puerto Rico" in letter.body


def test_every_current_member_gets_the_bill_of_their_chamber(
    campaign, maria, legislator_index
) -> None:
    seen = {
        Role.REPRESENTATIVE: 0,
        Role.SENATOR: 0,
        Role.DELEGATE: 0,
        Role.RESIDENT_COMMISSIONER: 0,
    }
    for member in legislator_index.members:
        letter = compose_letter(campaign, maria, member, today=TODAY)
        expected = "H.R. 3921" if member.chamber is Chamber.HOUSE else "S. 1829"
        other = "S. 1829" if member.chamber is Chamber.HOUSE else "H.R. 3921"
        assert letter.bill.label == expected and expected in first_paragraph(letter.body)
        assert other not in letter.as_text()
        assert letter.salutation == f"Dear {member.role.title} {letter.salutation.split(' ', 2)[2]}"
        assert letter.inside_address[0].startswith("The Honorable ")
        seen[member.role] += 1
    assert seen == {
        Role.REPRESENTATIVE: 431,
        Role.SENATOR: 100,
        Role.DELEGATE: 5,
        Role.RESIDENT_COMMISSIONER: 1,
    }


def test_cosponsors_and_sponsors_are_thanked(campaign, maria, legislator_index) -> None:
    cruz = legislator_index.senators("TX")[1]
    thanks = compose_letter(campaign, maria, cruz, cosponsor=True, today=TODAY).body
    assert "thank you for cosponsoring S. 1829" in first_paragraph(thanks)
    assert "ask you to cosponsor" not in thanks and "add your name as a cosponsor" not in thanks
    assert (
        "Thank you for standing with survivors. I would welcome a reply at maria@example.org."
        in thanks
    )
    sponsor = compose_letter(campaign, maria, cruz, sponsor=True, today=TODAY).body
    assert "thank you for introducing S. 1829" in first_paragraph(sponsor)
    asking = compose_letter(campaign, maria, cruz, cosponsor=False, today=TODAY).body
    assert "ask you to cosponsor S. 1829" in first_paragraph(asking)
    assert asking == compose_letter(campaign, maria, cruz, today=TODAY).body  # unknown = ask


def test_district_office_for_paper(campaign, maria, legislator_index) -> None:
    doggett = legislator_index.representative("TX", 37)
    letter = compose_letter(
        campaign, maria, doggett, office=doggett.district_offices[0], today=TODAY
    )
    assert letter.inside_address == (
        "The Honorable Lloyd Doggett",
        "Member of Congress",
        "300 East 8th St, 7th Floor",
        "Austin, TX 78701",
    )


def test_member_without_an_office_yet(legislator_index) -> None:
    newest = legislator_index.representative("CA", 1)
    assert newest.dc_office is None
    assert inside_address(newest) == (
        "The Honorable James Gallagher", "United States House of Representatives", "Washington, DC 20515",
    )  # fmt: skip
    assert salutation(newest) == "Dear Representative Gallagher:"


def test_talking_points_are_chosen_by_index(campaign, maria, legislator_index) -> None:
    member = legislator_index.representative("TX", 37)
    body = compose_letter(campaign, maria, member, points=[5, 0], today=TODAY).body
    assert body.index(campaign.talking_points[5]) < body.index(campaign.talking_points[0])
    assert campaign.talking_points[1] not in body
    default = compose_letter(campaign, maria, member, today=TODAY).body
    assert [p in default for p in campaign.talking_points] == [
        True,
        True,
        False,
        True,
        False,
        False,
    ]
    none = compose_letter(campaign, maria, member, points=[], today=TODAY).body
    assert not any(p in none for p in campaign.talking_points)
    with pytest.raises(InputProblem, match="no talking point 7; this campaign has 6"):
        compose_letter(campaign, maria, member, points=[6])


def test_about_one_page(campaign, maria, legislator_index) -> None:
    for member in (legislator_index.representative("TX", 37), legislator_index.senators("TX")[0]):
        words = len(
            compose_letter(campaign, maria, member, story=STORY, today=TODAY).as_text().split()
        )
        assert 250 < words < 420, words  # the PDF check (tests/cli) proves one page


def test_zip_only_person_and_missing_name(campaign, legislator_index) -> None:
    member = legislator_index.representative("WY", 0)
    zip_only = Constituent("Jo Doe", Address("", "", "WY", "82001"))
    letter = compose_letter(campaign, zip_only, member, today=TODAY)
    assert "your constituent in ZIP code 82001" in letter.body and "Wyoming" in letter.body
    assert letter.signature == ("Jo Doe", "WY 82001")
    with pytest.raises(InputProblem, match="full name"):
        compose_letter(campaign, Constituent(" "), member)


def test_story_is_kept_as_written_but_tidied() -> None:
    assert normalize_story("  Line one.  \r\n\r\n\r\n\r\nLine two.\r\n") == "Line one.\n\nLine two."
    with pytest.raises(InputProblem, match="shorten it"):
        normalize_story("x" * 30_000)


def test_personalization_measures_the_persons_share(campaign, maria, legislator_index) -> None:
    member = legislator_index.representative("TX", 37)
    plain = compose_letter(campaign, maria, member, today=TODAY)
    personal = compose_letter(campaign, maria, member, story=STORY, today=TODAY)
    assert personalization(plain, "") == 0.0
    share = personalization(personal, STORY)
    assert 0.1 < share < 0.3
    assert personalization(personal.as_text(), STORY) < share  # a longer text, same own words
    more = compose_letter(campaign, maria, member, story=STORY * 3, points=[0], today=TODAY)
    assert personalization(more, STORY * 3) > share
    boilerplate = render_body(campaign, maria, member, today=TODAY)
    edited = plain.body.replace(
        "Survivors deserve their day in court.", "My niece was hurt; I want her to be heard."
    )
    assert 0 < personalization(edited, "", boilerplate=boilerplate) < 0.1
    assert personalization(boilerplate, "", boilerplate=boilerplate) == 0.0
    assert personalization("", "x") == 0.0


def test_dates_are_english_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        pass
    try:
        assert format_date(date(2027, 3, 1)) == "March 1, 2027"
    finally:
        locale.setlocale(locale.LC_TIME, "C")


def test_campaign_without_a_bill_for_the_chamber(tmp_path: Path, maria, legislator_index) -> None:
    manifest = MANIFEST.replace(
        '[bills.house]\ntype = "hr"\nnumber = 1234\nshort_title = "Test Act"\n\n', ""
    )
    senate_only = load_campaign(write_pack(tmp_path / "p", manifest.replace('house = "house.txt.j2"\n', ""),
                                           {"senate.txt.j2": BODY}))  # fmt: skip
    with pytest.raises(InputProblem, match="no bill for House members"):
        compose_letter(senate_only, maria, legislator_index.representative("TX", 37))
    letter = compose_letter(senate_only, maria, legislator_index.senators("TX")[0], today=TODAY)
    assert letter.body.startswith("I live in Austin, TX 78701. Please cosponsor S. 567.")


def test_an_appointed_or_unusual_member_still_gets_a_letter(campaign, maria) -> None:
    odd = Member(bioguide="X000001", name="Pat Q. Public", first="Pat", last="", chamber=Chamber.SENATE,
                 role=Role.SENATOR, party="", state="OH", district=None, appointed=True)  # fmt: skip
    letter = compose_letter(campaign, maria, odd, today=TODAY)
    assert letter.salutation == "Dear Senator Public:"
    assert letter.inside_address == (
        "The Honorable Pat Q. Public",
        "United States Senate",
        "Washington, DC 20510",
    )


# --- issue 13: sponsors from the pack, points naming the recipient, dated status -----------------
def _status(sponsors: set[str], cosponsors: set[str], action: str = "", when: date | None = None):
    from datetime import UTC, datetime

    from advocate_app.core.bills import BillStatus

    return BillStatus(
        "STOP CSAM Act of 2025", action, when, frozenset(cosponsors),
        datetime(2026, 11, 25, tzinfo=UTC), frozenset(sponsors),
    )  # fmt: skip


def test_offline_sponsors_are_thanked_not_asked(campaign, maria, legislator_index) -> None:
    """Issue 13 #2: Moore (H.R. 3921) and Hawley (S. 1829) were asked to cosponsor their bill."""
    assert campaign.facts_for(Chamber.HOUSE).sponsors == ("M001212", "G000587")
    garcia = legislator_index.by_bioguide("G000587")
    assert (garcia.last, garcia.state, garcia.district) == ("Garcia", "TX", 29)
    for bioguide, label in (("M001212", "H.R. 3921"), ("G000587", "H.R. 3921"),
                            ("H001089", "S. 1829"), ("D000563", "S. 1829")):  # fmt: skip
        member = legislator_index.by_bioguide(bioguide)
        body = compose_letter(campaign, maria, member, story=STORY, today=TODAY).body
        assert f"thank you for introducing {label}" in first_paragraph(body), bioguide
        assert "keep pressing for a vote" in first_paragraph(body)
        assert "cosponsor" not in first_paragraph(body) and "add your name" not in body
        assert "introduced it" not in body  # the point naming the sponsors is left out
        assert courtesy_last(member) not in body  # no third-person mention at all


def test_offline_original_cosponsors_are_thanked_not_asked(legislator_index) -> None:
    """S. 1829's original cosponsors (DOMAIN.md section 2) are known offline, from the pack."""
    campaign = find_campaign("stop-csam-2025")
    assert campaign.facts_for(Chamber.SENATE).cosponsors == ("G000386", "K000367", "K000377")
    ames = Constituent("Ann Berg", Address("500 Main St", "Ames", "IA", "50010"), "ann@example.org")
    ernst, grassley = sorted(legislator_index.senators("IA"), key=lambda m: m.bioguide)
    assert (ernst.bioguide, grassley.bioguide) == ("E000295", "G000386")
    body = compose_letter(campaign, ames, grassley, story=STORY, today=TODAY).body
    opening = first_paragraph(body)
    assert "thank you for cosponsoring S. 1829" in opening, opening
    assert "keep pressing for a vote on the Senate floor" in opening
    assert "ask you to cosponsor" not in body and "add your name as a cosponsor" not in body
    assert "Thank you for standing with survivors" in body
    asked = compose_letter(campaign, ames, ernst, story=STORY, today=TODAY).body
    assert "I am writing to ask you to cosponsor S. 1829" in first_paragraph(asked)
    assert "add your name as a cosponsor" in asked
    for bioguide in ("K000367", "K000377"):  # Klobuchar (MN), Kelly (AZ)
        member = legislator_index.by_bioguide(bioguide)
        body = compose_letter(campaign, ames, member, today=TODAY).body
        assert "thank you for cosponsoring S. 1829" in first_paragraph(body), bioguide
        assert "ask you to cosponsor" not in body and "add your name" not in body
    # The same in the Spanish letter.
    spanish = compose_letter(campaign, ames, grassley, today=TODAY, language="es").body
    assert "agradecerle que copatrocine S. 1829" in first_paragraph(spanish)
    assert "pedirle que copatrocine" not in spanish and "copatrocine el proyecto" not in spanish


@pytest.mark.parametrize(
    ("sponsor", "cosponsor", "backs"),
    [(True, None, True), (None, True, True), (False, False, False), (False, None, None),
     (None, False, None), (None, None, None)],
)  # fmt: skip
def test_one_answer_to_whether_a_member_backs_the_bill(sponsor, cosponsor, backs) -> None:
    assert backs_the_bill(sponsor, cosponsor) is backs


def test_the_letter_and_the_command_line_agree_on_who_backs_the_bill(
    maria, legislator_index
) -> None:
    """``member.supports`` in the template and ``advocate letters``' JSON are one rule:
    offline, Ernst (named by no list in the pack) is unknown, not "does not back it"."""
    campaign = find_campaign("stop-csam-2025")
    for bioguide, offline in (("E000295", None), ("G000386", True), ("H001089", True)):
        member = legislator_index.by_bioguide(bioguide)
        bill = campaign.bill_for(member)
        context = build_context(campaign, maria, member, bill, today=TODAY)
        assert context["member"]["supports"] is supports_bill(campaign, member, None) is offline


def test_pack_cosponsors_are_checked(tmp_path: Path) -> None:
    from advocate_app.core.campaigns import validate_pack

    bad = MANIFEST.replace(
        "number = 1234\n",
        'number = 1234\nsponsors = ["M001212"]\ncosponsors = ["m001212", "x1", "G000587"]\n',
    )
    problems = [str(p) for p in validate_pack(write_pack(tmp_path / "p", bad))]
    assert any("'x1' is not a bioguide id" in p for p in problems), problems
    assert any("M001212 is listed under both sponsors and cosponsors" in p for p in problems)
    not_a_list = MANIFEST.replace("number = 1234\n", 'number = 1234\ncosponsors = "G000587"\n')
    problems = [str(p) for p in validate_pack(write_pack(tmp_path / "q", not_a_list))]
    assert any("cosponsors must be a list of bioguide ids" in p for p in problems), problems
    too_many = MANIFEST.replace(
        "number = 1234\n", f"number = 1234\ncosponsors = {[f'A{n:06}' for n in range(536)]}\n"
    )
    problems = [str(p) for p in validate_pack(write_pack(tmp_path / "r", too_many))]
    assert any("cosponsors lists 536 ids" in p for p in problems), problems
    good = MANIFEST.replace(
        "number = 1234\n", 'number = 1234\ncosponsors = ["g000587", "G000587"]\n'
    )
    facts = load_campaign(write_pack(tmp_path / "s", good)).facts_for(Chamber.HOUSE)
    assert (facts.sponsors, facts.cosponsors) == ((), ("G000587",))


def test_online_sponsor_is_not_told_they_introduced_it(campaign, maria, legislator_index) -> None:
    hawley = legislator_index.by_bioguide("H001089")
    status = _status({"H001089"}, {"D000563", "G000386"}, "Placed on calendar.", date(2025, 6, 26))
    body = compose_letter(campaign, maria, hawley, status=status, today=TODAY).body
    assert "thank you for introducing S. 1829" in first_paragraph(body)
    assert "Hawley" not in body and "introduced it in the Senate" not in body
    # Congress.gov adds cosponsors as before: Grassley is thanked for cosponsoring.
    grassley = legislator_index.by_bioguide("G000386")
    thanks = compose_letter(campaign, maria, grassley, status=status, today=TODAY).body
    assert "thank you for cosponsoring S. 1829" in first_paragraph(thanks)
    assert "Senators Hawley and Durbin introduced it" in thanks  # not about Grassley: kept


def test_a_namesake_keeps_the_point(campaign, maria, legislator_index) -> None:
    gwen = legislator_index.by_bioguide("M001160")  # Rep. Gwen Moore (WI-4), not Barry Moore
    body = compose_letter(campaign, maria, gwen, today=TODAY).body
    assert "ask you to cosponsor H.R. 3921" in first_paragraph(body)
    assert "Representatives Barry Moore (R-AL) and Sylvia Garcia (D-TX)" in body


def test_status_is_dated_from_the_pack_or_congress_gov(campaign, maria, legislator_index) -> None:
    """Issue 13 #6: no bare "is now before the House Judiciary Committee"."""
    rep = legislator_index.representative("TX", 37)
    offline = compose_letter(campaign, maria, rep, today=TODAY).body
    assert "is now before" not in offline
    assert (
        "As of June 11, 2025, the latest action on H.R. 3921 was: "
        "Referred to the House Committee on the Judiciary." in offline
    )
    status = _status({"M001212"}, set(), "Ordered to be Reported.", date(2026, 3, 4))
    online = compose_letter(campaign, maria, rep, status=status, today=TODAY).body
    assert (
        "As of March 4, 2026, the latest action on H.R. 3921 was: Ordered to be Reported." in online
    )
    assert "June 11, 2025" not in online


def test_pack_sponsors_and_status_are_checked(tmp_path: Path) -> None:
    from advocate_app.core.campaigns import validate_pack

    manifest = MANIFEST.replace(
        "number = 1234\n",
        'number = 1234\nsponsors = ["M001212", "nobody"]\nstatus = "In committee"\n',
    )
    problems = [str(p) for p in validate_pack(write_pack(tmp_path / "p", manifest))]
    assert any("'nobody' is not a bioguide id" in p for p in problems), problems
    assert any("a status needs its date" in p for p in problems), problems
    good = MANIFEST.replace(
        "number = 1234\n",
        'number = 1234\nsponsors = ["m001212"]\nstatus = "In committee."\nstatus_date = 2025-06-11\n',
    )
    pack = load_campaign(write_pack(tmp_path / "q", good))
    facts = pack.facts_for(Chamber.HOUSE)
    assert (facts.sponsors, facts.status, facts.status_date) == (
        ("M001212",),
        "In committee",
        date(2025, 6, 11),
    )


def test_check_warns_on_a_bare_status_sentence(tmp_path: Path) -> None:
    from advocate_app.core.campaigns import validate_pack

    bare = BODY + "\n{{ bill.label }} is now before the Judiciary Committee.\n"
    dated = BODY + "\nAs of {{ bill.latest_action_date }}: {{ bill.latest_action }}.\n"
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": bare, "senate.txt.j2": dated})
    warnings = [str(p) for p in validate_pack(folder) if not p.is_error]
    assert [w for w in warnings if "states the bill's status" in w] == [
        "house.txt.j2:11: warning: '{{ bill.label }} is now before the Judiciary Committee.' "
        "states the bill's status as a fact; say it with {{ bill.latest_action }} and "
        "{{ bill.latest_action_date }} (from Congress.gov or the pack's dated status), which stay true"
    ]
    assert validate_pack(Path(__file__).parents[2] / "templates" / "stop-csam-2025") == []


def test_inside_addresses_as_the_data_spells_them(legislator_index) -> None:
    """Issue 13 #10: a repeated suite line, "127a" for "127A", no title on district offices."""
    warnock = legislator_index.by_bioguide("W000790")
    atlanta = warnock.district_offices[0]
    assert inside_address(warnock, atlanta) == (
        "The Honorable Raphael G. Warnock", "United States Senator",
        "201 17th Street NW, Suite 530", "Atlanta, GA 30363",
    )  # fmt: skip
    lummis = legislator_index.by_bioguide("L000571")
    assert inside_address(lummis)[1] == "127A Russell Senate Office Building"
    doggett = legislator_index.representative("TX", 37)
    assert inside_address(doggett, doggett.district_offices[0])[:2] == (
        "The Honorable Lloyd Doggett", "Member of Congress",
    )  # fmt: skip
    for member in legislator_index.members:
        for office in (member.dc_office, *member.district_offices):
            lines = [line.casefold() for line in inside_address(member, office)]
            assert len(lines) == len(set(lines)), lines
    # A Spanish letter's title line is Spanish, as its Washington chamber line is.
    assert inside_address(warnock, atlanta, "es")[:2] == (
        "Honorable Raphael G. Warnock", "Senador de los Estados Unidos",
    )  # fmt: skip
    lummis_office = lummis.district_offices[0]
    assert inside_address(lummis, lummis_office, "es")[1] == "Senadora de los Estados Unidos"
    assert inside_address(doggett, doggett.district_offices[0], "es")[1] == "Miembro del Congreso"


def test_the_opening_is_a_paragraph_of_its_own(campaign, maria, legislator_index) -> None:
    """The sandbox drops the line break after a closing tag: the opening once ran straight
    into the story (or the first point) with a bare line break, in every asking letter."""
    cruz, hawley = legislator_index.senators("TX")[1], legislator_index.by_bioguide("H001089")
    for language in ("en", "es"):
        for member in (cruz, hawley):
            for story in (STORY, ""):
                body = compose_letter(
                    campaign, maria, member, story=story, today=TODAY, language=language
                ).body
                paragraphs = body.split("\n\n")
                assert "\n" not in paragraphs[0], (language, member.last, paragraphs[0])
                follows = paragraphs[1]
                if story:
                    assert follows == STORY.split("\n\n")[0], (language, member.last)
                else:
                    assert "\n" not in follows and len(paragraphs) >= 4, (language, member.last)
