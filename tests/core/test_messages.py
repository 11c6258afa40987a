"""Core's messages as codes with arguments: English by default, and what a front end needs."""

from __future__ import annotations

import pickle
import re

import pytest

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import CATALOGUE, Message, and_list, placeholders


def sample_args(code: str) -> dict[str, str]:
    """A distinct, recognisable value for each argument the English template needs."""
    return {name: f"<{name}:{i}>" for i, name in enumerate(sorted(placeholders(CATALOGUE[code])))}


def test_the_catalogue_is_not_empty_and_every_code_renders_in_english() -> None:
    assert len(CATALOGUE) >= 20
    for code, template in CATALOGUE.items():
        assert re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", code), code
        args = sample_args(code)
        text = Message(code, **args)
        assert isinstance(text, str) and text.code == code and text.strip(), code
        for name, value in args.items():
            assert value in text or f"{name}_ordinal" in args, (code, value)
        assert not re.search(r"\{\w+\}", text), code
        assert str(text) == template.format(**args)


def test_a_message_is_english_text_that_keeps_its_code() -> None:
    code = next(iter(CATALOGUE))
    text = Message(code, **sample_args(code))
    assert pickle.loads(pickle.dumps(text)) == text
    assert pickle.loads(pickle.dumps(text)).code == code
    assert "\n".join([text, "x"]).startswith(str(text))
    with_args = next(c for c in CATALOGUE if placeholders(CATALOGUE[c]))
    with pytest.raises(TypeError):
        Message(with_args)  # an argument left out is a programming error, caught at once
    with pytest.raises(KeyError):
        Message("no.such_code")
    error = InputProblem(text)
    assert str(error) == str(text) and error.message.code == code


def test_lists_read_as_english_and_keep_their_parts() -> None:
    joined = and_list(["Texas", "Oklahoma", "Kansas"])
    assert joined == "Texas and Oklahoma and Kansas"
    assert joined.code == "list.and" and joined.args["second"] == "Kansas"
    assert and_list(["'letter'", "'a4'"], "list.or") == "'letter' or 'a4'"
    assert and_list(["only"]) == "only" and and_list([]) == ""
