"""``campaign check`` read as an editor would (issue 19): each mistake that used to pass or
was reported in parser words, with the message an organizer now sees."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from advocate_app.core.campaign_share import check_pack
from advocate_app.core.campaigns import load_campaign, validate_pack
from advocate_app.core.letters import compose_letter
from advocate_app.core.lookup.legislators import congress_end
from tests.support.packs import BODY, MANIFEST, write_pack

TODAY = date(2026, 11, 25)


def found(folder: Path, today: date = TODAY) -> list[str]:
    return [str(p) for p in check_pack(folder, today)[1]]


def test_a_valid_pack_has_nothing_to_say(tmp_path):
    assert found(write_pack(tmp_path / "p")) == []


# --- text the letter would print as is --------------------------------------------------------
def test_single_braces_in_a_template_are_flagged_with_their_line(tmp_path):
    body = BODY.replace("I live in {{ constituent.place }}.", "I am { constituent.name }.")
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2:1: warning: the letter would print “{ constituent.name }” as is: a field "
        "needs two braces on each side, like {{ constituent.name }}, and other braces are printed"
    ]


def test_braces_in_a_talking_point_and_the_subject(tmp_path):
    manifest = MANIFEST.replace('text = "Point two."', 'text = "Point {{ two }}."').replace(
        'subject = "{bill}, the Test Act"', 'subject = "{ bill }, the Test Act"'
    )
    assert found(write_pack(tmp_path / "p", manifest)) == [
        "campaign.toml:6: warning: the subject would print “{ bill }” as is: the subject names "
        "a field with one brace on each side and no spaces, like {bill}",
        "campaign.toml:27: warning: talking point 2 would print “{{” as is: talking points are "
        "plain text and cannot hold fields",
    ]


# --- keys TOML put inside a table ------------------------------------------------------------
def test_a_key_after_talking_points_is_named_with_where_it_went(tmp_path):
    manifest = MANIFEST.replace('organizer = ""\n', "") + 'organizer_email = "me@example.org"\n'
    problems = found(write_pack(tmp_path / "p", manifest))
    assert problems == [
        "campaign.toml:32: warning: 'organizer_email' is inside the [[talking_points]] (number 3) "
        "table (TOML puts every line after a [heading] into that table), so it is not read as "
        "the campaign's organizer_email: move it above the first [heading]"
    ]


def test_keys_inside_a_bill_table(tmp_path):
    manifest = MANIFEST.replace("congress = 119\n", "").replace(
        'short_title = "Test Act"\n\n[bills.senate]',
        'short_title = "Test Act"\ncongress = 119\ntitle = "Test Act"\n\n[bills.senate]',
    )
    problems = found(write_pack(tmp_path / "p", manifest))
    assert "campaign.toml: 'congress' must be the number of a Congress, e.g. 119" in problems
    assert (
        "campaign.toml:12: warning: 'congress' is inside the [bills.house] table (TOML puts every "
        "line after a [heading] into that table), so it is not read as the campaign's congress: "
        "move it above the first [heading]"
    ) in problems
    assert any(p.startswith("campaign.toml:13: warning: 'title' inside [bills.house] is ignored")
               for p in problems)  # fmt: skip


# --- letters that do not fit who gets them ---------------------------------------------------
def test_a_template_that_never_tells_supporters_apart(tmp_path):
    same = "Please cosponsor {{ bill.label }}.\n\n{{ story }}\n{{ talking_points | join(' ') }}\n"
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": same, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2: warning: the letter is the same for members who already cosponsor or "
        "sponsor the bill, so it asks them to do what they have done: thank them instead (use "
        "member.supports, or write the thank-you version in the editor's paragraph view)"
    ]


def test_delegates_falling_back_to_a_house_letter_about_the_floor(tmp_path):
    house = BODY.replace(
        "{{ bill.label }}.", "{{ bill.label }}, and vote for it when it comes to the House floor."
    )
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": house, "senate.txt.j2": BODY})
    problems = found(folder)
    assert problems == [
        "house.txt.j2:1: warning: Delegates cannot vote on the House floor, but the letter they "
        "get (Delegate has no template of its own and uses house.txt.j2) says “vote for it”: add "
        "a delegate template (and resident_commissioner), or word the request so it fits every "
        "member"
    ]
    delegate = house.replace(", and vote for it when it comes to the House floor", "")
    fixed = write_pack(tmp_path / "q", MANIFEST.replace(
        'senate = "senate.txt.j2"', 'senate = "senate.txt.j2"\ndelegate = "delegate.txt.j2"\n'
        'resident_commissioner = "delegate.txt.j2"'),
        templates={"house.txt.j2": house, "senate.txt.j2": BODY, "delegate.txt.j2": delegate})  # fmt: skip
    assert found(fixed) == []


# --- a campaign whose Congress has ended -----------------------------------------------------
def test_an_ended_congress_is_an_error_unless_archived(tmp_path):
    folder = write_pack(tmp_path / "p")
    end = congress_end(119)
    assert found(folder, end.replace(day=2)) == []
    assert found(folder, end) == [
        "campaign.toml:5: the 119th Congress ended on January 3, 2027, and its bills died with "
        "it: no letters can be written for this campaign. Point it at the bills of the current "
        "Congress, or add archive = true to keep it only as a record"
    ]
    assert check_pack(folder, end)[0] is None
    archived = write_pack(tmp_path / "a", MANIFEST.replace("congress = 119\n", "congress = 119\narchive = true\n"))  # fmt: skip
    assert found(archived, end) == [
        "campaign.toml:5: warning: the 119th Congress ended on January 3, 2027; kept as an "
        "archive (archive = true), so no letters are written for it"
    ]
    assert load_campaign(folder, today=end).is_expired(end)  # an installed pack still opens


# --- TOML and template errors in plain words ------------------------------------------------
def test_toml_errors_in_plain_words_at_the_line_where_they_start(tmp_path):
    cases = {
        'title = "Test Act\n': (
            3,
            'a text value is missing its closing quote: end the text with " on the same line',
        ),
        'story_prompts = [\n  "Why?",\n\n': (7, "a list that opens with [ is never closed"),
        'title = "The "Test" Act"\n': (3, 'the text on this line has a quote (") inside it'),
        "title = Test Act\n": (3, "the value after = is not understood: put text in quotes"),
    }
    for wrong, (line, start) in cases.items():
        original = (
            'story_prompts = ["Why does this matter to you?"]\n'
            if wrong.startswith("story")
            else 'title = "Test Act"\n'
        )
        folder = write_pack(
            tmp_path / str(line) / start[:5].strip(), MANIFEST.replace(original, wrong)
        )
        [problem] = validate_pack(folder)
        assert (problem.line, problem.message[:16]) == (line, "not valid TOML: "), problem
        assert problem.message[16:].startswith(start), problem.message
        assert "Illegal character" not in problem.message and "Unclosed" not in problem.message


def test_a_manifest_with_a_byte_order_mark_loads(tmp_path):
    folder = write_pack(tmp_path / "p")
    (folder / "campaign.toml").write_bytes(b"\xef\xbb\xbf" + MANIFEST.encode())
    assert found(folder) == []


def test_a_missing_endfor_is_reported_at_the_loop(tmp_path):
    body = BODY.replace("{% endfor %}\n", "")
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2:6: this loop ({% for %}) is never closed: add {% endfor %} where it "
        "should end"
    ]


def test_a_field_with_one_closing_brace(tmp_path):
    body = BODY.replace("{{ bill.label }}.", "{{ bill.label }.")
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2:1: a {{ ... }} field on this line is not closed with }}, e.g. {{ story }}"
    ]
    body = BODY.replace("{{ story }}", "{{ story")  # reported where it opens, not below
    folder = write_pack(tmp_path / "q", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2:4: a {{ ... }} field on this line is not closed with }}, e.g. {{ story }}"
    ]
    body = BODY.replace("{% if story %}", "{% if story }}")
    folder = write_pack(tmp_path / "r", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2:2: a {% ... %} tag on this line is not closed with %} (a tag opens with "
        "{% and closes with %}, e.g. {% if story %})"
    ]
    body = BODY.replace("{{ bill.label }}", "{{ bill.label: }}")
    folder = write_pack(tmp_path / "s", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    [problem] = found(folder)
    assert problem.startswith("house.txt.j2:1: a {{ ... }} field is not written right: it needs "
                              "two braces on each side")  # fmt: skip
    assert "expected token" not in problem


def test_braces_inside_a_field(tmp_path):
    body = BODY.replace("{{ story }}", "{{ {story} }}")  # Jinja: "expected token ':', got '}'"
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert found(folder) == [
        "house.txt.j2:4: a {{ ... }} field is not written right: it needs two braces on each "
        "side, {{ like.this }}, with only a field name inside"
    ]


def test_an_unclosed_list_at_the_end_of_the_manifest(tmp_path):
    manifest = MANIFEST + 'extra_prompts = ["one",\n  "two"\n'
    [problem] = validate_pack(write_pack(tmp_path / "p", manifest))
    assert str(problem).startswith(
        "campaign.toml:32: not valid TOML: a list that opens with [ is never closed: end it with ]"
    )


def test_single_braces_around_the_story(tmp_path):
    body = BODY.replace("{{ story }}", "{ story }")
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": body, "senate.txt.j2": BODY})
    assert "house.txt.j2:4: warning: the letter would print “{ story }” as is" in " ".join(
        found(folder)
    )


def test_bill_numbers_given_as_text(tmp_path, legislator_index):
    folder = write_pack(tmp_path / "p", MANIFEST.replace("number = 1234", 'number = "1234"'))
    assert found(folder) == []
    campaign = load_campaign(folder)
    assert campaign.bills[next(iter(campaign.bills))].label == "H.R. 1234"


def test_a_missing_template_lists_the_files_and_a_case_difference(tmp_path):
    folder = write_pack(tmp_path / "p", templates={"house.txt.j2": BODY, "Senate.txt.j2": BODY})
    assert found(folder) == [
        "campaign.toml:21: the template file 'senate.txt.j2' is not in the pack: the pack has "
        "'Senate.txt.j2', which differs only in capital letters; file names must match exactly "
        "(use the same spelling in campaign.toml and the file)"
    ]


def test_letters_from_a_text_number(tmp_path, legislator_index):
    folder = write_pack(tmp_path / "p", MANIFEST.replace("number = 567", 'number = " 567 "'))
    campaign = load_campaign(folder)
    from advocate_app.core.models import Address, Constituent

    senator = legislator_index.senators("WY")[0]
    person = Constituent("Jo Doe", Address("1 Main St", "Cheyenne", "WY", "82001"))
    letter = compose_letter(campaign, person, senator, today=TODAY)
    assert "S. 567" in letter.body
