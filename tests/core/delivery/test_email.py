"""Composing the email: proper headers, UTF-8, and no header injection through any field."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocate_app.core.delivery.email import (
    compose_email,
    envelope,
    message_bytes,
    parse_address,
    parse_mailbox,
    subject_for,
)
from advocate_app.core.errors import InputProblem
from tests.support.sample_letters import constituent, letter_for

PDF = b"%PDF-1.4\n%%EOF\n"
INJECTIONS = [
    "x\r\nBcc: evil@attacker.example",
    "x\nBcc: evil@attacker.example",
    "x\rBcc: evil@attacker.example",
    "x\x00y",
    "x\u2028Bcc: evil@attacker.example",
    "x\x85Bcc: evil@attacker.example",
    "x\x0bBcc: evil@attacker.example",
]


def reparse(msg):
    return BytesParser(policy=policy.default).parsebytes(message_bytes(msg))


def test_headers_and_body(cruz_letter):
    when = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    msg = reparse(
        compose_email(
            cruz_letter, sender="volunteer@example.org", to=["me@example.org"], pdf=PDF, when=when
        )
    )
    assert msg["From"].addresses[0].display_name == "Mar\u00eda Jos\u00e9 O'Brien"
    assert msg["From"].addresses[0].addr_spec == "volunteer@example.org"
    assert msg["Reply-To"].addresses[0].addr_spec == "maria@example.org"
    assert msg["Date"] == "Wed, 25 Nov 2026 09:30:00 +0000"
    assert msg["Message-ID"].endswith("@example.org>")
    assert msg["MIME-Version"] == "1.0"
    body = msg.get_body(("plain",))
    assert body["Content-Transfer-Encoding"] == "quoted-printable"
    assert body.get_content().replace("\r\n", "\n") == cruz_letter.as_text()
    assert [a.get_content_type() for a in msg.iter_attachments()] == ["application/pdf"]


def test_wire_form_is_ascii_and_names_are_encoded(cruz_letter):
    raw = message_bytes(
        compose_email(cruz_letter, sender="volunteer@example.org", to="me@example.org")
    )
    raw.decode("ascii")  # UTF-8 only in encoded words and quoted-printable
    assert b"=?utf-8?" in raw and b"\r\n" in raw


def test_display_name_with_comma_and_quotes_round_trips(cruz_letter):
    who = constituent(name='Doe, Jane "JJ" <boss@example.org>')
    letter = dataclasses.replace(cruz_letter, constituent=who)
    msg = reparse(compose_email(letter, sender="volunteer@example.org", to="me@example.org"))
    [addr] = msg["From"].addresses
    assert addr.display_name == 'Doe, Jane "JJ" <boss@example.org>'
    assert addr.addr_spec == "volunteer@example.org"
    assert [a.addr_spec for a in msg["To"].addresses] == ["me@example.org"]


def test_sender_with_its_own_name_and_reply_fallback(cruz_letter):
    letter = dataclasses.replace(cruz_letter, constituent=constituent(email=""))
    msg = compose_email(letter, sender="Volunteer Desk <desk@example.org>", to="me@example.org")
    assert msg["From"].addresses[0].display_name == "Volunteer Desk"
    assert msg["Reply-To"].addresses[0].addr_spec == "desk@example.org"
    assert envelope(msg) == ("desk@example.org", ["me@example.org"])


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize(
    "where",
    [
        "name",
        "sender",
        "to",
        "reply_to",
        "constituent_email",
        "subject",
        "letter_subject",
        "attachment",
    ],
)
def test_header_injection_is_refused(cruz_letter, where, payload):
    letter = cruz_letter
    kwargs = dict(sender="volunteer@example.org", to="me@example.org", pdf=PDF)
    if where == "name":
        letter = dataclasses.replace(letter, constituent=constituent(name="Jane " + payload))
    elif where == "sender":
        kwargs["sender"] = "volunteer@example.org" + payload
    elif where == "to":
        kwargs["to"] = "me@example.org" + payload
    elif where == "reply_to":
        kwargs["reply_to"] = "me@example.org" + payload
    elif where == "constituent_email":
        letter = dataclasses.replace(
            letter, constituent=constituent(email="m@example.org" + payload)
        )
    elif where == "subject":
        kwargs["subject"] = "Support S. 1829" + payload
    elif where == "letter_subject":
        letter = dataclasses.replace(letter, subject="Support S. 1829" + payload)
    else:
        kwargs["pdf_filename"] = "letter" + payload + ".pdf"
    with pytest.raises(InputProblem) as caught:
        compose_email(letter, **kwargs)
    assert "line break" in str(caught.value) or "not an email address" in str(caught.value)


@pytest.mark.parametrize(
    "bad",
    [
        "a@b.com, evil@x.org",
        "Jane <a@b.com>, Evil <e@x.org>",
        "nobody",
        "a@b",
        "a b@c.org",
        "a@b@c.org",
        "@example.org",
        "a@-bad-.org",
        "a..b@c.org",
        "<>",
    ],
)
def test_bad_addresses(bad):
    with pytest.raises(InputProblem):
        parse_mailbox(bad)


def test_international_domain_is_idna_encoded():
    assert parse_address("user@b\u00fccher.de").addr_spec == "user@xn--bcher-kva.de"


def test_subject_for_each_route(cruz_letter):
    assert subject_for(cruz_letter, "office") == cruz_letter.subject
    organizer = subject_for(cruz_letter, "organizer")
    assert "Senator" in organizer and "(TX)" in organizer and "Mar\u00eda" in organizer


def test_attachment_must_be_a_pdf(cruz_letter):
    with pytest.raises(ValueError):
        compose_email(cruz_letter, sender="v@example.org", to="me@example.org", pdf=b"<html>")


_NAME = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1,
    max_size=60,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_NAME, subject=_NAME)
def test_any_printable_name_and_subject_stay_inside_their_header(legislator_index, name, subject):
    member = legislator_index.senators("TX")[0]
    letter = letter_for(member, who=constituent(name=name), subject=subject)
    msg = compose_email(letter, sender="volunteer@example.org", to="me@example.org")
    back = reparse(msg)
    assert sorted(back.keys()) == sorted(
        [
            "From",
            "To",
            "Reply-To",
            "Subject",
            "Date",
            "Message-ID",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert [a.addr_spec for a in back["To"].addresses] == ["me@example.org"]
    assert back["From"].addresses[0].addr_spec == "volunteer@example.org"
    # CPython's folder may add a space where it splits a long encoded word: compare the
    # text without whitespace (the address and the header set are what must not change).
    assert _squash(back["From"].addresses[0].display_name) == _squash(name)
    assert _squash(str(back["Subject"])) == _squash(" ".join(subject.split())[:250] or "Letter")


def _squash(text: str) -> str:
    return "".join(text.split())


def test_reply_to_carries_the_writers_name(cruz_letter):
    msg = compose_email(
        cruz_letter, sender="Volunteer Desk <desk@example.org>", to="me@example.org"
    )
    [reply] = msg["Reply-To"].addresses
    assert reply.display_name == "Mar\u00eda Jos\u00e9 O'Brien"
    assert reply.addr_spec == "maria@example.org"
