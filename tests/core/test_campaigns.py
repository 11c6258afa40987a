"""Campaign packs: the built-in campaign, manifest checks with file:line messages, the library."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from advocate_app.core.campaign_model import CampaignError, Problem
from advocate_app.core.campaigns import (
    CampaignLibrary,
    builtin_campaigns,
    find_campaign,
    load_campaign,
    validate_pack,
)
from advocate_app.core.errors import InputProblem
from advocate_app.core.models import Bill, Chamber, Role
from tests.support.packs import BODY, MANIFEST, write_pack


def problems_of(folder: Path, **kwargs) -> list[str]:
    return [str(p) for p in validate_pack(folder, **kwargs)]


# --- the built-in campaign -------------------------------------------------------------------
def test_builtin_stop_csam_campaign() -> None:
    campaign = find_campaign("stop-csam-2025")
    assert campaign.builtin and campaign.title == "STOP CSAM Act of 2025"
    assert campaign.congress == 119 and campaign.end_date == date(2027, 1, 3)
    house, senate = campaign.bills[Chamber.HOUSE], campaign.bills[Chamber.SENATE]
    assert (house.type, house.number, house.label) == ("hr", 3921, "H.R. 3921")
    assert (senate.type, senate.number, senate.label) == ("s", 1829, "S. 1829")
    assert house.url.endswith("/119th-congress/house-bill/3921")
    assert len(campaign.talking_points) >= 5 and len(campaign.story_prompts) >= 3
    assert campaign.default_points == (0, 1, 3)  # about one page with a personal story
    assert campaign.subject_for(house) == "H.R. 3921, the STOP CSAM Act of 2025"
    assert set(campaign.templates) == {"house", "senate", "delegate", "resident_commissioner"}
    assert not campaign.is_expired(date(2026, 11, 25))
    assert campaign.is_expired(date(2027, 1, 3))


def test_builtin_pack_has_no_problems() -> None:
    (campaign,) = [c for c in builtin_campaigns() if c.id == "stop-csam-2025"]
    assert validate_pack(campaign.path, today=date(2026, 11, 25)) == []


def test_builtin_pack_is_flagged_once_its_congress_has_ended() -> None:
    (campaign,) = [c for c in builtin_campaigns() if c.id == "stop-csam-2025"]
    problems = validate_pack(campaign.path, today=date(2027, 1, 4))
    assert [p.severity for p in problems] == ["warning"]
    assert "119th Congress ended on January 3, 2027" in str(problems[0])
    assert "died" in str(problems[0])


def test_find_unknown_campaign_names_the_choices() -> None:
    with pytest.raises(InputProblem, match="no campaign 'nope'.*stop-csam-2025"):
        find_campaign("nope")


def test_problem_str_is_file_line_message() -> None:
    assert str(Problem("house.txt.j2", 12, "boom")) == "house.txt.j2:12: boom"
    assert str(Problem("campaign.toml", 0, "boom")) == "campaign.toml: boom"
    assert str(Problem("campaign.toml", 3, "hmm", "warning")) == "campaign.toml:3: warning: hmm"


# --- manifest checks ---------------------------------------------------------------------------
def test_valid_pack_loads(tmp_path: Path) -> None:
    campaign = load_campaign(write_pack(tmp_path / "p"))
    assert campaign.id == "test-pack" and campaign.talking_points == (
        "Point one.",
        "Point two.",
        "Point three.",
    )
    assert campaign.default_points == (0, 1)
    assert campaign.bills[Chamber.SENATE] == Bill(
        119,
        "s",
        567,
        "Test Act",
        "",
        "https://www.congress.gov/bill/119th-congress/senate-bill/567",
    )


def test_missing_fields_are_reported(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('\ntitle = "Test Act"\n', "\n").replace(
        'summary = "A campaign for tests."\n', ""
    )
    manifest = manifest.replace(
        '[bills.senate]\ntype = "s"\nnumber = 567\n', '[bills.senate]\ntype = "s"\n'
    )
    found = problems_of(write_pack(tmp_path / "p", manifest))
    assert "campaign.toml: 'title' is missing or empty" in found
    assert "campaign.toml: 'summary' is missing or empty" in found
    assert "campaign.toml:12: [bills.senate] needs a bill number, e.g. number = 3921" in found


def test_unknown_bill_type_names_the_line(tmp_path: Path) -> None:
    found = problems_of(write_pack(tmp_path / "p", MANIFEST.replace('type = "hr"', 'type = "hx"')))
    assert found == [
        "campaign.toml:10: unknown bill type 'hx'; use one of hr, hres, hjres, hconres, s, sres, sjres, sconres"
    ]


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    found = problems_of(
        write_pack(tmp_path / "p", MANIFEST.replace("congress = 119", "congress 119"))
    )
    assert len(found) == 1 and found[0].startswith("campaign.toml:5: not valid TOML")


def test_expired_congress_is_flagged_but_the_pack_loads(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", MANIFEST.replace("congress = 119", "congress = 118"))
    found = validate_pack(folder, today=date(2026, 11, 25))
    assert [(p.line, p.severity) for p in found] == [(5, "warning")]
    assert "118th Congress ended on January 3, 2025" in found[0].message
    campaign = load_campaign(folder)
    assert campaign.end_date == date(2025, 1, 3) and campaign.is_expired(date(2026, 11, 25))


def test_end_date_and_chamber_mismatch_warnings(tmp_path: Path) -> None:
    manifest = MANIFEST.replace("congress = 119\n", "congress = 119\nend_date = 2027-06-01\n")
    manifest = manifest.replace('type = "hr"', 'type = "s"')
    found = problems_of(write_pack(tmp_path / "p", manifest), today=date(2026, 1, 1))
    assert (
        "campaign.toml:6: warning: 'end_date' is after the end of the Congress (2027-01-03), when bills die"
        in found
    )
    assert (
        "campaign.toml:11: warning: a S bill under [bills.house]: is that the right chamber?"
        in found
    )


def test_unknown_keys_and_bad_values(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('id = "test-pack"', 'id = "Test Pack!"\ntalking_point = 3')
    manifest = manifest.replace(
        'subject = "{bill}, the Test Act"', 'subject = "{bil}"\norganizer_email = "nobody"'
    )
    found = problems_of(write_pack(tmp_path / "p", manifest))
    assert any(f.startswith("campaign.toml:2: 'id' must be") for f in found)
    assert "campaign.toml:3: warning: unknown key 'talking_point' is ignored (a typo?)" in found
    assert any(f.startswith("campaign.toml:7: the subject uses {bil}") for f in found)
    assert "campaign.toml:8: 'nobody' does not look like an email address" in found


def test_missing_template_file_and_missing_template_key(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('senate = "senate.txt.j2"\n', "")
    found = problems_of(write_pack(tmp_path / "p", manifest.replace("house.txt.j2", "nothere.j2")))
    assert found == [
        "campaign.toml:20: the template file 'nothere.j2' is not in the pack; the pack has: "
        "house.txt.j2, senate.txt.j2",
        "campaign.toml:19: there is a [bills.senate] but no 'senate' template",
    ]


def test_missing_manifest(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    assert problems_of(tmp_path / "p") == [
        "campaign.toml: the pack has no campaign.toml (the manifest) at its top level"
    ]


# --- template checks ---------------------------------------------------------------------------
def test_template_syntax_error_with_line(tmp_path: Path) -> None:
    broken = "Hello.\n\n{% if story %}\n{{ story }}\n"
    found = problems_of(
        write_pack(tmp_path / "p", templates={"house.txt.j2": broken, "senate.txt.j2": BODY})
    )
    assert found == [  # reported where the {% if %} starts, in plain words (issue 19)
        "house.txt.j2:3: this condition ({% if %}) is never closed: add {% endif %} where it "
        "should end"
    ]


def test_undefined_variable_with_line(tmp_path: Path) -> None:
    typo = "Dear friend,\n\nI live in {{ constituent.city }}.\n{{ bil.label }}\n"
    found = problems_of(
        write_pack(tmp_path / "p", templates={"house.txt.j2": BODY, "senate.txt.j2": typo})
    )
    assert found == [
        "senate.txt.j2:4: 'bil' is not defined (a letter template can use: constituent, member, "
        "bill, campaign, talking_points, story, today)"
    ]


def test_unknown_field_is_found_by_rendering_with_line(tmp_path: Path) -> None:
    typo = BODY + "\n{% if member.supports %}\nThanks, {{ member.fullname }}.\n{% endif %}\n"
    found = problems_of(
        write_pack(tmp_path / "p", templates={"house.txt.j2": typo, "senate.txt.j2": BODY})
    )
    assert len(found) == 1 and found[0].startswith(
        "house.txt.j2:12: member has no field 'fullname' (it has: name, first,"
    )


def test_template_that_drops_the_story_is_warned(tmp_path: Path) -> None:
    no_story = (
        "Please {% if member.supports %}keep backing{% else %}cosponsor{% endif %} "
        "{{ bill.label }}.\n{% for p in talking_points %}{{ p }}\n{% endfor %}"
    )
    found = problems_of(
        write_pack(tmp_path / "p", templates={"house.txt.j2": BODY, "senate.txt.j2": no_story})
    )
    assert found == [
        "senate.txt.j2: warning: the letter never includes {{ story }}: the person's own words would be left out"
    ]


def test_invalid_pack_refuses_to_load_with_every_message(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", MANIFEST.replace('type = "hr"', 'type = "hx"'))
    with pytest.raises(CampaignError) as caught:
        load_campaign(folder)
    assert "campaign.toml:10: unknown bill type 'hx'" in str(caught.value)
    assert caught.value.exit_code == 1 and len(caught.value.problems) == 1


# --- per-role templates and chambers -------------------------------------------------------------
def test_template_for_roles_falls_back(tmp_path: Path, legislator_index) -> None:
    manifest = MANIFEST.replace(
        'senate = "senate.txt.j2"', 'senate = "senate.txt.j2"\ndelegate = "delegate.j2"'
    )
    campaign = load_campaign(
        write_pack(
            tmp_path / "p",
            manifest,
            {"house.txt.j2": BODY, "senate.txt.j2": BODY, "delegate.j2": BODY},
        )
    )
    dc, pr = legislator_index.representative("DC", 0), legislator_index.representative("PR", 0)
    assert (dc.role, pr.role) == (Role.DELEGATE, Role.RESIDENT_COMMISSIONER)
    assert campaign.template_for(dc) == campaign.template_for(pr) == "delegate.j2"
    assert campaign.template_for(legislator_index.representative("TX", 37)) == "house.txt.j2"


def test_senate_only_campaign_targets_only_senators(tmp_path: Path, legislator_index) -> None:
    manifest = MANIFEST.replace(
        '[bills.house]\ntype = "hr"\nnumber = 1234\nshort_title = "Test Act"\n\n', ""
    )
    manifest = manifest.replace('house = "house.txt.j2"\n', "")
    campaign = load_campaign(write_pack(tmp_path / "p", manifest, {"senate.txt.j2": BODY}))
    assert campaign.targets(legislator_index.senators("TX")[0])
    assert not campaign.targets(legislator_index.representative("TX", 37))


# --- the library ---------------------------------------------------------------------------------
def test_library_lists_builtin_and_installed_and_reports_broken(tmp_path: Path) -> None:
    user = tmp_path / "campaigns"
    write_pack(user / "test-pack")
    write_pack(
        user / "broken",
        MANIFEST.replace('id = "test-pack"', 'id = "broken"').replace(
            "congress = 119", "congress = 'x'"
        ),
    )
    library = CampaignLibrary(user)
    assert [c.id for c in library.all()] == ["stop-csam-2025", "test-pack"]
    assert [p.name for p, _ in library.broken] == ["broken"]
    assert library.find("test-pack").path == user / "test-pack"
    with pytest.raises(CampaignError, match="'congress' must be the number"):
        library.find("broken")
    assert find_campaign("test-pack", extra_dirs=[user]).title == "Test Act"
    (user / "test-pack").rename(user / "renamed by hand")
    assert find_campaign("test-pack", extra_dirs=[user]).path == user / "renamed by hand"


def test_template_readers_follow_the_fallbacks_of_template_for() -> None:
    """The campaign editor says who gets each letter by the rule letters are written by."""
    from advocate_app.core.campaign_model import template_readers

    usual = {"house": "house.txt.j2", "senate": "senate.txt.j2"}
    assert template_readers(usual) == {
        "house.txt.j2": ["house", "delegate", "resident_commissioner"],
        "senate.txt.j2": ["senate"],
    }
    with_delegate = {**usual, "delegate": "delegate.j2"}  # the Resident Commissioner's too
    assert template_readers(with_delegate) == {
        "house.txt.j2": ["house"],
        "senate.txt.j2": ["senate"],
        "delegate.j2": ["delegate", "resident_commissioner"],
    }
    one_letter = {"house": "letter.txt.j2", "senate": "letter.txt.j2"}
    assert template_readers(one_letter) == {
        "letter.txt.j2": ["house", "senate", "delegate", "resident_commissioner"]
    }
