"""The letter as paragraphs (issue 19): plain text with [fields] <-> the template the app
writes, and templates that paragraphs cannot say are left alone."""

from __future__ import annotations

from datetime import date

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.letter_paragraphs import (
    FIELDS,
    LETTER_FILE,
    LetterParagraphs,
    from_jinja,
    to_jinja,
    tokens,
)
from advocate_app.core.new_campaign import NewCampaignAnswers, new_campaign
from advocate_app.core.paths import templates_dir

TODAY = date(2026, 11, 25)


def test_fields_become_template_code_and_back():
    text = "Dear friend in [Writer's city]: {braces} stay, [Not a field] stays, {{ too }}."
    code = to_jinja(text)
    assert "{{ constituent.city }}" in code and "[Not a field]" in code
    assert "{{" not in code.replace('{{ "{" }}', "").replace("{{ constituent.city }}", "")
    assert from_jinja(code) == text
    assert [f.label for _s, _e, f in tokens(text)] == ["Writer's city"]
    assert all(from_jinja(to_jinja(f"[{f.label}]")) == f"[{f.label}]" for f in FIELDS)
    assert from_jinja("{{ member.nickname }}") is None  # not a field the paragraphs know


def test_paragraphs_round_trip_and_hand_written_templates_stay_templates():
    letter = LetterParagraphs(
        opening="Please cosponsor [Bill number].\n\nIt matters in [Writer's city].",
        thanks="Thank you for backing [Bill number].",
        closing="Please write back.",
        closing_thanks="",
    )
    template = letter.to_template()
    assert "{% if member.supports %}" in template and "{{ story }}" in template
    assert LetterParagraphs.from_template(template) == letter
    assert LetterParagraphs.from_template(template.replace("\n", "\r\n")) == letter
    same_for_all = LetterParagraphs(opening="Hello [Writer's name].", closing="Bye.")
    assert "member.supports" not in same_for_all.to_template()
    assert LetterParagraphs.from_template(same_for_all.to_template()) == same_for_all
    old_blank = (  # what "New campaign" wrote before the paragraph view: it opens there too
        "I live in {{ constituent.place }} and I ask you to support {{ bill.label }}.\n"
        "{% if story %}\n\n{{ story }}\n{% endif %}\n"
        "{% for point in talking_points %}\n\n{{ point }}\n{% endfor %}\n"
    )
    assert LetterParagraphs.from_template(old_blank) == LetterParagraphs(
        opening="I live in [Writer's city, state and ZIP] and I ask you to support [Bill number]."
    )
    for name in ("house.txt.j2", "senate.txt.j2", "opening.j2"):
        source = (templates_dir() / "stop-csam-2025" / name).read_text(encoding="utf-8")
        assert LetterParagraphs.from_template(source) is None


def test_a_wizard_pack_warns_about_a_mistyped_field():
    draft = new_campaign(NewCampaignAnswers(
        title="Test Act", congress=119, bills={"house": ("hr", 12), "senate": ("s", 34)},
        ask="cosponsor it", points=["One point.", "Two points."],
    ))  # fmt: skip
    assert [str(p) for p in draft.check(TODAY).problems] == []
    letter = LetterParagraphs.from_template(draft.templates[LETTER_FILE])
    letter.closing += " Families in [Writer city] care."
    draft.templates[LETTER_FILE] = letter.to_template()
    assert [str(p) for p in draft.check(TODAY).problems] == [
        "letter.txt.j2:19: warning: the letter would print “[Writer city]” as is: it is not one "
        "of the fields (insert fields from the Insert field menu, or check the spelling)"
    ]


def test_the_blank_campaign_is_written_as_paragraphs():
    blank = PackDraft.blank()
    assert set(blank.fields.templates.values()) == {LETTER_FILE}
    assert (
        LetterParagraphs.from_template(blank.templates[LETTER_FILE]) == LetterParagraphs.starter()
    )
