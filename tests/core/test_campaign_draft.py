"""The campaign editor's model: manifest fields <-> TOML, checks with lines and fields,
previews per role, save / export / re-import giving the same letters."""

from __future__ import annotations

from datetime import date

import pytest

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.campaign_manifest_fields import (
    BillFields,
    ManifestFields,
    fields_from_toml,
    manifest_toml,
)
from advocate_app.core.campaign_model import CampaignError
from advocate_app.core.campaign_preview import SAMPLE_MEMBERS
from advocate_app.core.campaigns import load_campaign
from advocate_app.core.errors import InputProblem
from advocate_app.core.letters import compose_letter
from advocate_app.core.paths import templates_dir
from tests.support.packs import MANIFEST, write_pack

TODAY = date(2026, 11, 25)


@pytest.fixture
def builtin() -> PackDraft:
    return PackDraft.from_path(templates_dir() / "stop-csam-2025")


def test_manifest_round_trip(builtin):
    text, owners = manifest_toml(builtin.fields)
    again = fields_from_toml(text)
    assert again == builtin.fields
    assert again.talking_points[2] == (builtin.fields.talking_points[2][0], False)
    line = next(n for n, key in owners.items() if key == "bills.senate.number")
    assert text.splitlines()[line - 1] == "number = 1829"
    quoted = ManifestFields(id="x", title='He said "hi" \\ then\nleft', congress=119)
    assert fields_from_toml(manifest_toml(quoted)[0]).title == quoted.title
    with pytest.raises(InputProblem, match="not valid TOML"):
        fields_from_toml("title = ")


def test_the_builtin_pack_previews_for_every_role(builtin):
    report = builtin.check(TODAY)
    assert report.campaign is not None and not report.errors
    previews = builtin.preview(today=TODAY)
    assert [p.label for p in previews] == ["House", "Senate", "Delegate", "Cosponsor"]
    assert all(p.letter is not None for p in previews)
    house, senate, delegate, cosponsor = (p.letter for p in previews)
    assert "thank you for" in cosponsor.body.lower() and "H.R. 3921" in cosponsor.body
    assert "ask you to cosponsor" in house.body and "ask you to cosponsor" not in cosponsor.body
    assert "H.R. 3921" in house.body and "S. 1829" in senate.body
    # The sample Senator sits on the committee the pack names (SSJU), the House sample on none:
    # the organizer sees the committee sentence and the letter without it.
    assert "As a member of the Judiciary Committee" in senate.body
    assert "As a member of the Judiciary Committee" not in house.body
    assert (
        delegate.salutation == "Dear Delegate Brooks:"
        and "Washington, DC 20002" in delegate.signature
    )


def test_a_broken_template_points_at_its_line_and_spares_other_roles(builtin):
    lines = builtin.templates["house.txt.j2"].splitlines()
    lines[2] = lines[2] + " {{ bill.label }"
    builtin.templates["house.txt.j2"] = "\n".join(lines)
    report = builtin.check(TODAY)
    [error] = report.errors
    assert (error.file, error.line) == ("house.txt.j2", 3) and report.field_for(error) == ""
    house, senate, delegate, _cosponsor = builtin.preview(today=TODAY)
    assert house.letter is None and house.problem == error
    assert senate.letter is not None and delegate.letter is not None  # delegate.txt.j2 is fine
    builtin.templates["house.txt.j2"] = "\n".join(lines).replace(" {{ bill.label }", "")
    assert builtin.preview(today=TODAY)[0].letter is not None  # fixed: the preview comes back


def test_manifest_problems_name_the_form_field(builtin):
    builtin.fields.title = ""
    builtin.fields.bills["house"].number = 0
    report = builtin.check(TODAY)
    assert {report.field_for(p) for p in report.errors} == {"title", "bills.house.number"}
    assert all(p.problem is not None for p in builtin.preview(today=TODAY))


def test_undefined_variable_in_a_rarely_used_branch(builtin):
    builtin.templates["senate.txt.j2"] += "\n{% if member.supports %}{{ thanks }}{% endif %}\n"
    [error] = builtin.check(TODAY).errors
    assert error.file == "senate.txt.j2" and "'thanks' is not defined" in error.message
    assert error.line == len(builtin.templates["senate.txt.j2"].splitlines())


def test_save_export_and_reimport_give_the_same_letters(builtin, tmp_path, legislator_index):
    copy = builtin.copy_as("stop-csam-austin", "STOP CSAM Act: Austin")
    assert builtin.fields.id == "stop-csam-2025"  # the original is untouched
    copy.fields.talking_points.append(("Austin families are asking for this.", True))
    folder = copy.save_folder(tmp_path / "packs" / "stop-csam-austin")
    archive = copy.export_zip(tmp_path / "share" / "austin.zip")
    from_folder, from_zip = load_campaign(folder), load_campaign(archive)
    assert from_folder.id == from_zip.id == "stop-csam-austin"
    assert set(from_folder.sources) == {"closing.j2", "delegate.txt.j2", "house.txt.j2",
                                        "opening.j2", "senate.txt.j2", "status.j2",
                                        "closing.es.j2", "delegate.es.txt.j2", "house.es.txt.j2",
                                        "opening.es.j2", "senate.es.txt.j2", "status.es.j2"}  # fmt: skip
    assert from_folder.facts == builtin_facts()  # sponsors and dated status survive the editor
    assert from_folder.languages == ("en", "es")  # the Spanish translation travels with it
    previews = {p.label: p.letter for p in copy.preview(story="My story.", today=TODAY)}
    for label, _sample in SAMPLE_MEMBERS:
        member = previews[label].member  # the sample Senator as previewed: on the committee
        for campaign in (from_folder, from_zip):
            letter = compose_letter(
                campaign, previews[label].constituent, member, story="My story.", today=TODAY
            )
            assert letter == previews[label]
    rep = legislator_index.representative("TX", 37)
    a = compose_letter(from_folder, previews["House"].constituent, rep, today=TODAY)
    b = compose_letter(from_zip, previews["House"].constituent, rep, today=TODAY)
    assert a == b and "Austin families are asking for this." in a.body
    reopened = PackDraft.from_path(archive)
    assert reopened.fields == copy.fields and reopened.templates == copy.templates


def test_a_draft_with_errors_is_not_saved(builtin, tmp_path):
    builtin.fields.id = "Not An Id"
    with pytest.raises(CampaignError, match="'id' must be"):
        builtin.save_folder(tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_other_files_and_a_blank_draft(tmp_path):
    folder = write_pack(tmp_path / "pack", MANIFEST)
    (folder / "README.md").write_text("Notes for organizers")
    draft = PackDraft.from_path(folder)
    assert draft.other_files == {"README.md": b"Notes for organizers"}
    assert draft.save_folder(tmp_path / "out") and (tmp_path / "out" / "README.md").exists()
    blank = PackDraft.blank()
    fields = {blank.check(TODAY).field_for(p) for p in blank.check(TODAY).errors}
    assert {
        "title",
        "summary",
        "bills.house.number",
        "bills.senate.number",
        "talking_points",
    } <= fields
    with pytest.raises(CampaignError, match="no such folder"):
        PackDraft.from_path(tmp_path / "missing")


def test_saving_keeps_the_manifest_as_written(tmp_path):
    """Issue 19: comments, order, layout and keys the form does not show survive a save;
    only what changed is rewritten, and nothing changed gives the same bytes."""
    text = (templates_dir() / "stop-csam-2025" / "campaign.toml").read_text(encoding="utf-8")
    text = text.replace('sponsors = ["M001212", "G000587"]',
                        'sponsors = ["M001212", "G000587"]  # kept', 1)  # fmt: skip
    draft = PackDraft.from_files({"campaign.toml": text.encode(), "house.txt.j2": b"x"})
    assert draft.manifest()[0] == text
    fields = draft.fields
    fields.talking_points[0] = ("A new first point.", True)
    fields.talking_points[1] = (fields.talking_points[1][0], False)
    fields.talking_points.append(("One more point.", True))
    fields.end_date = "2026-12-31"
    fields.bills["senate"].number = 1830
    fields.story_prompts = fields.story_prompts[:2]
    new, owners = draft.manifest()
    assert "# The STOP CSAM Act of 2025: Advocate's built-in campaign." in new
    assert "# end_date defaults to the end of the 119th Congress" in new
    assert 'sponsors = ["M001212", "G000587"]  # kept' in new
    assert fields.bills["senate"].cosponsors == ["G000386", "K000367", "K000377"]
    assert 'cosponsors = ["G000386", "K000367", "K000377"]' in new
    assert "end_date = 2026-12-31" in new and "number = 1830" in new
    again = fields_from_toml(new)
    assert again == fields
    assert (
        new.count("[[talking_points]]") == 7
        and '\n\n[[talking_points]]\ntext = "One more point."' in new
    )
    assert new.index("story_prompts = [\n") < new.index("[bills.house]")  # lists keep their lines
    line = next(n for n, key in owners.items() if key == "bills.senate.number")
    assert new.splitlines()[line - 1] == "number = 1830"
    del fields.bills["senate"]
    fields.templates.pop("senate")
    fields.talking_points = fields.talking_points[:3]
    fields.end_date = ""
    fewer = draft.manifest()[0]
    assert "[bills.senate]" not in fewer and "end_date =" not in fewer
    assert fields_from_toml(fewer) == fields


def test_a_new_manifest_explains_itself_and_reads_back():
    fields = ManifestFields(id="new-one", title="New", summary="S.", congress=119,
                            subject="{bill}", bills={"house": BillFields("hr", 12)},
                            templates={"house": "letter.txt.j2"},
                            talking_points=[("One.", True), ("Two.", False)],
                            story_prompts=["Why?"])  # fmt: skip
    text = manifest_toml(fields)[0]
    assert text.startswith("# Written by Advocate's campaign editor.")
    assert fields_from_toml(text) == fields


def builtin_facts():
    from advocate_app.core.campaigns import find_campaign

    return find_campaign("stop-csam-2025").facts
