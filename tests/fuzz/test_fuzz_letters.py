"""Names, addresses and stories of every kind (very long, RTL, emoji, control characters,
NUL, lone surrogates) through the real composer, every export format and email: a letter
and whole files, or a clear message; never a traceback or a half-written file."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_app.core.campaigns import find_campaign
from advocate_app.core.delivery.email import compose_email, message_bytes
from advocate_app.core.errors import AdvocateError
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent, Letter
from tests.fuzz.conftest import LONG_TEXT, TEXT, examples, outcome

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def campaign():
    return find_campaign("stop-csam-2025")


@pytest.fixture(scope="module")
def members(legislator_index):
    return [
        legislator_index.representative("TX", 37),
        legislator_index.senators("TX")[0],
        legislator_index.representative("PR", 0),
    ]


PEOPLE = st.builds(
    Constituent,
    name=TEXT,
    address=st.builds(Address, TEXT, TEXT, st.sampled_from(["TX", "", "tx", "ZZ"]) | TEXT, TEXT),
    email=TEXT,
    phone=TEXT,
)


def _letter(campaign, members, person, story, which) -> Letter | AdvocateError:
    return outcome(
        lambda: compose_letter(campaign, person, members[which], story=story, today=TODAY)
    )


@given(person=PEOPLE, story=LONG_TEXT, which=st.integers(0, 2))
def test_any_person_and_story_make_a_letter_or_a_clear_message(
    campaign, members, person, story, which
) -> None:
    letter = _letter(campaign, members, person, story, which)
    if isinstance(letter, Letter):
        text = letter.as_text()
        assert letter.salutation in text and text.encode("utf-8")  # printable, encodable


@settings(max_examples=examples(12))
@given(person=PEOPLE, story=LONG_TEXT, fmt=st.sampled_from(["txt", "pdf", "odt", "docx"]))
def test_every_format_writes_a_whole_file_or_says_why(
    campaign, members, person, story, fmt, tmp_path_factory, qapp
) -> None:
    from advocate_app.export import export_letter

    letter = _letter(campaign, members, person, story, 0)
    if not isinstance(letter, Letter):
        return
    folder = tmp_path_factory.mktemp("out")
    written = outcome(lambda: export_letter(letter, fmt, folder), seconds=30)
    if isinstance(written, AdvocateError):
        assert list(folder.iterdir()) == []
        return
    assert [p.name for p in folder.iterdir()] == [written.name]  # nothing else, no temp
    data = Path(written).read_bytes()
    if fmt == "txt":
        assert data.decode("utf-8") == letter.as_text()
    elif fmt == "pdf":
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert package.testzip() is None


@given(
    person=PEOPLE,
    story=TEXT,
    sender=TEXT
    | st.just("Volunteer <desk@example.org>")
    | TEXT.map(lambda name: f"{name} <desk@example.org>"),
    to=TEXT | st.just("office@example.org"),
    subject=st.none() | TEXT,
)
def test_email_is_composed_safely_or_refused(campaign, members, person, story, sender, to, subject):
    letter = _letter(campaign, members, person, story, 1)
    if not isinstance(letter, Letter):
        return
    msg = outcome(lambda: compose_email(letter, sender=sender, to=to, subject=subject))
    if isinstance(msg, AdvocateError):
        return
    raw = message_bytes(msg)
    parsed = BytesParser(policy=policy.SMTP).parsebytes(raw)
    # No header was smuggled in through a name, subject or address.
    assert sorted(k.lower() for k in parsed.keys()) == sorted(
        ["from", "to", "reply-to", "subject", "date", "message-id", "mime-version",
         "content-type", "content-transfer-encoding"]
    )  # fmt: skip
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
