"""Core's messages as codes with arguments: English by default, and what a front end needs."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

import advocate_app
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


# Modules whose messages for a person are all codes: a new sentence there must be one too
# (else the Spanish window would show it in English).
CODED = (
    "core/lookup/census.py",
    "core/lookup/finder.py",
    "core/lookup/notes.py",
    "core/lookup/legislators.py",
    "core/lookup/zipcodes.py",
    "core/datasets.py",
    "core/http.py",
    "core/bills.py",
    "core/letters.py",
    "core/letter_context.py",
    "core/campaigns.py",
    "core/store.py",
    "core/secrets.py",
    "core/privacy.py",
    "core/delivery/email.py",
    "core/delivery/smtp.py",
    "core/delivery/smtp_config.py",
    "core/delivery/smtp_errors.py",
    "export/paper.py",
    "flows/lookup.py",
    "flows/deliver.py",
    "flows/compose.py",
    "flows/session.py",
    "flows/participant.py",
    "core/terms.py",
    "core/routing.py",
)
# A programmer's mistake or an internal signal, never shown as such to a person.
PROGRAMMING_ERRORS = {
    "ValueError",
    "TypeError",
    "KeyError",
    "RuntimeError",
    "OSError",
    "TimeoutError",
}


def _written_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _written_text(node.left) or _written_text(node.right)
    return False


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_person_facing_messages_in_coded_modules_are_codes() -> None:
    root = Path(advocate_app.__file__).parent
    written = []
    for relative in CODED:
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _callee(node)
            is_error = name[:1].isupper() and name.endswith(
                ("Problem", "Error", "Unavailable", "Response", "Missing", "Limited", "Mismatch",
                 "TooNew", "Refused")
            )  # fmt: skip
            is_note = name == "append" and "notes" in ast.unparse(node.func)
            if (is_error and name not in PROGRAMMING_ERRORS) or is_note:
                if _written_text(node.args[0]):
                    written.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert written == [], "give these messages a code in core/messages/:\n" + "\n".join(written)
