"""Contact-form route (which page, length warnings) and the mailto fallback."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from advocate_app.core.delivery import contact_form
from advocate_app.core.delivery.contact_form import (
    DEFAULT_LIMIT,
    check_length,
    contact_route,
    form_length,
    form_text,
)
from advocate_app.core.delivery.mailto import SAFE_LENGTH, mailto_link, mailto_url
from advocate_app.core.errors import InputProblem


def test_senator_with_a_known_form(legislator_index):
    senator = next(m for m in legislator_index.members if m.contact_form)
    route = contact_route(senator)
    assert route.kind == "contact_form" and route.url == senator.contact_form


def test_member_without_a_form_gets_the_websites_contact_page(legislator_index):
    rep = legislator_index.representative("TX", 37)
    assert not rep.contact_form and rep.url
    route = contact_route(rep)
    assert route.kind == "website_guess"
    assert route.url == rep.url.rstrip("/") + "/contact"
    assert "Contact" in route.note


def test_no_website_and_unsafe_urls(legislator_index):
    rep = legislator_index.representative("TX", 37)
    bare = dataclasses.replace(rep, url="", contact_form="")
    assert contact_route(bare).kind == "none" and contact_route(bare).url == ""
    evil = dataclasses.replace(rep, url="javascript:alert(1)", contact_form="file:///etc/passwd")
    assert contact_route(evil).kind == "none"


def test_length_warning_uses_the_conservative_default(legislator_index, monkeypatch):
    senator = legislator_index.senators("TX")[0]
    short = check_length(senator, "Dear Senator,\n\nPlease support S. 1829.\n")
    assert not short.over and short.warning == ""
    long_text = "word " * 500  # 2,500 characters
    check = check_length(senator, long_text)
    assert check.limit == DEFAULT_LIMIT and not check.limit_known and check.over
    assert "2,000 to 5,000" in check.warning and "2,500" in check.warning
    monkeypatch.setitem(contact_form.OFFICE_LIMITS, senator.bioguide, 5000)
    known = check_length(senator, long_text)
    assert known.limit_known and not known.over


def test_form_length_counts_line_breaks_as_two():
    assert form_length("ab\ncd") == 6
    assert form_length("ab\r\ncd") == 6
    assert form_length("\U0001f600") == 2  # UTF-16 units, like a browser's maxlength


def test_form_text_leaves_out_date_and_inside_address(legislator_index):
    from tests.support.sample_letters import letter_for

    letter = letter_for(legislator_index.senators("TX")[0])
    text = form_text(letter)
    assert text.startswith(letter.salutation) and letter.date not in text
    assert letter.inside_address[0] not in text and letter.signature[0] in text


def test_mailto_encoding_round_trips():
    subject = "Support S. 1829 & H.R. 3921? Caf\u00e9 + more"
    body = "Dear Senator,\n\nLine two, 100% sure.\n"
    url = mailto_url("me@example.org", subject, body)
    assert url.startswith("mailto:me@example.org?")
    assert " " not in url and "+" not in url.split("?", 1)[1]
    assert "%0D%0A" in url and "%C3%A9" in url and "%26" in url and "%3F" in url
    query = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert query["subject"] == [subject]
    assert query["body"] == [body.replace("\n", "\r\n")]
    assert unquote(urlsplit(url).path) == "me@example.org"


@pytest.mark.parametrize(
    "bad",
    [
        "me@example.org?bcc=evil@x.org",
        "me@example.org&cc=x@y.org",
        "me@example.org\r\nBcc: x@y.org",
        "not-an-address",
    ],
)
def test_mailto_refuses_smuggled_fields(bad):
    with pytest.raises(InputProblem):
        mailto_url(bad, "s", "b")


def test_mailto_subject_cannot_carry_line_breaks():
    with pytest.raises(InputProblem):
        mailto_url("me@example.org", "a\r\nBcc: x@y.org", "b")


def test_long_mailto_offers_a_short_link():
    link = mailto_link("me@example.org", "Subject", "x" * SAFE_LENGTH)
    assert link.too_long and "body=" not in link.short_url
    assert not mailto_link("me@example.org", "Subject", "short").too_long
    assert mailto_url([], "Only a subject") == "mailto:?subject=Only%20a%20subject"
