"""The letter language lives in the session: the window and the command line share it; the
person's edits are kept per language; a draft remembers it; the next writer starts in English."""

from __future__ import annotations

from datetime import date

from advocate_app.flows.session import EDITS, LANGUAGE, LetterSession
from tests.flows.test_session import _with_letters

TODAY = date(2026, 3, 2)


def _compose(session: LetterSession) -> None:
    request = session.letter_request(TODAY)
    assert request is not None
    assert session.take_letters(request, request.compose())


def test_letter_language_is_a_session_choice(flow_services) -> None:
    session = _with_letters(flow_services)
    assert session.letter_language == "en"  # the default: what offices log fastest
    assert {letter.language for letter in session.letters} == {"en"}
    heard: list[frozenset[str]] = []
    session.subscribe(heard.append)
    session.set_story("Cuido a mis nietos en Austin.")
    session.set_edit("D000399", "My own English words.")
    session.set_letter_language("es")
    assert heard[-1] == frozenset({LANGUAGE, EDITS}) and not session.letters_current
    assert session.edits == {}  # the English edit waits for English
    _compose(session)
    letters = session.final_letters()
    assert {letter.language for letter in letters} == {"es"}
    assert all("Cuido a mis nietos en Austin." in letter.body for letter in letters)
    assert any(letter.salutation == "Estimado Representante Doggett:" for letter in letters)
    assert session.letter_campaign().language == "es"
    session.set_edit("D000399", "Mis propias palabras.")

    snapshot = session.to_snapshot()
    assert snapshot["letter_language"] == "es"
    back = LetterSession.from_snapshot(snapshot)
    assert back.letter_language == "es"

    session.set_letter_language("en")
    assert session.edits == {"D000399": "My own English words."}
    session.set_letter_language("es")
    assert session.edits == {"D000399": "Mis propias palabras."}

    session.reset()
    assert session.letter_language == "en" and session.edits == {}
    assert "letter_language" not in session.to_snapshot()
