"""Finding 1 of issue 16: a pack that ``campaign check`` approves must not hang or exhaust
the app. Every render runs within a budget, enforced where the work happens."""

from __future__ import annotations

import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocate_app.core.campaigns import validate_pack
from advocate_app.core.sandbox import (
    Fields,
    LetterSandbox,
    SecurityError,
    TemplateError,
    render,
    render_abandonable,
)
from advocate_app.core.sandbox_budget import WORK_MESSAGE, RenderBudget
from tests.security.attacks import ATTACKS, LONG_NAME, include_bomb
from tests.support.packs import BODY, write_pack

PERSON = {"constituent": Fields("constituent", {"name": LONG_NAME}), "story": "my words"}


@pytest.mark.parametrize("attack", ATTACKS)
def test_each_attack_is_refused_fast_and_small(attack: str) -> None:
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(SecurityError) as caught:
            render(LetterSandbox(ATTACKS[attack]), "letter.j2", PERSON)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 3
    assert peak < 20 * 1024 * 1024
    assert str(caught.value).endswith(f": {WORK_MESSAGE}")
    assert caught.value.template.endswith(".j2") and caught.value.line >= 1


def test_includes_are_counted_and_their_depth_measured() -> None:
    chain = {f"t{i}.j2": f"{i}{{% include 't{i + 1}.j2' %}}" for i in range(12)}
    chain["t12.j2"] = "end"
    env = LetterSandbox(chain, RenderBudget(include_depth=20))
    assert render(env, "t0.j2", PERSON).endswith("11end")
    with pytest.raises(SecurityError, match=WORK_MESSAGE) as caught:
        render(LetterSandbox(chain, RenderBudget(include_depth=5)), "t0.j2", PERSON)
    assert "nested more than 5" in caught.value.detail
    flat = {"letter.j2": "{% for i in range(50) %}{% include 'p.j2' %}{% endfor %}", "p.j2": "p"}
    assert render(LetterSandbox(flat), "letter.j2", PERSON) == "p" * 50
    with pytest.raises(SecurityError, match=WORK_MESSAGE) as caught:
        render(LetterSandbox(flat, RenderBudget(includes=20)), "letter.j2", PERSON)
    assert "more than 20 includes" in caught.value.detail


@pytest.mark.parametrize(
    "source",
    [
        "{{ (story * 20000)|wordwrap(1, wrapstring=story * 1000)|length }}",
        "{{ ((story ~ '\\n') * 2000)|indent(story * 1000)|length }}",
        "{{ ((story ~ '\\n') * 20000)|indent(9000)|length }}",
        "{{ (range(9000)|list)|join(story * 9000)|length }}",
        "{{ (story * 9000).join(range(9000)|list|map('string')|list)|length }}",
        "{{ ('\\t' * 100000).expandtabs(9000)|length }}",
        "{{ [[1] * 100000] * 100 }}",
        "{% set a = [story * 20000] %}{% set b = [a, a, a, a] %}{% set c = [b, b, b, b] %}{{ c }}",
        "{% macro m() %}{% for i in range(5000) %}" + "y" * 5000 + "{% endfor %}{% endmacro %}{{ m()|length }}",
        "{% set s %}{% for i in range(5000) %}{{ story * 5000 }}{% endfor %}{% endset %}{{ s|length }}",
        "{{ [story * 20000] * 50|sum(start=[]) }}",
        "{% set n = 3 ** 64 %}{{ n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n }}",
        "{{ story.translate(story.maketrans({'m': 'x' * 100000})) }}",
    ],
    ids=["wordwrap", "indent_text", "indent_width", "join_sep", "str_join", "expandtabs",
         "nested_list", "shared_refs", "macro_text", "set_block", "sum_lists", "int_chain",
         "translate"],
)  # fmt: skip
def test_blowups_are_priced_before_they_run(source: str) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateError):
        render(LetterSandbox({"letter.j2": source}), "letter.j2", PERSON)
    assert time.monotonic() - started < 3


def test_the_wall_clock_budget_stops_a_slow_render() -> None:
    slow = "{% for i in range(9000) %}{{ (story * 20000)|upper|length }}{% endfor %}"
    env = LetterSandbox({"letter.j2": slow}, RenderBudget(seconds=0.05, allocation=10**12))
    started = time.monotonic()
    with pytest.raises(SecurityError, match=WORK_MESSAGE) as caught:
        render(env, "letter.j2", PERSON)
    assert time.monotonic() - started < 2
    assert "longer than 0.05 s" in caught.value.detail


def test_an_abandonable_render_never_holds_the_caller() -> None:
    gate = threading.Event()

    class Slow:  # a context value that blocks (e.g. a lookup that hangs); the template waits
        def __str__(self) -> str:
            gate.wait(5)
            return "late"

    env = LetterSandbox({"letter.j2": "{{ story }}"}, RenderBudget(seconds=0.1))
    started = time.monotonic()
    with pytest.raises(SecurityError, match=WORK_MESSAGE):
        render_abandonable(env, "letter.j2", {"story": Slow()}, grace=0.1)
    assert time.monotonic() - started < 2
    gate.set()
    assert render_abandonable(env, "letter.j2", {"story": "on time"}) == "on time"


def test_campaign_check_catches_a_bomb_hidden_behind_the_sample_person(tmp_path: Path) -> None:
    bomb = include_bomb(30, guard="constituent.name|length > 14")
    bomb.pop("letter.j2")
    house = BODY + "{% if constituent.name|length > 14 %}{% include 't0.j2' %}{% endif %}"
    folder = write_pack(
        tmp_path / "bomb", templates={"house.txt.j2": house, "senate.txt.j2": BODY, **bomb}
    )
    started = time.monotonic()
    problems = validate_pack(folder)
    assert time.monotonic() - started < 5
    assert [p.message for p in problems if p.is_error] == [WORK_MESSAGE]
    assert problems[0].file.startswith("t")


def test_campaign_check_of_an_include_bomb_is_quick(tmp_path: Path) -> None:
    bomb = include_bomb(16)
    bomb.pop("letter.j2")
    folder = write_pack(
        tmp_path / "b16",
        templates={"house.txt.j2": BODY + "{% include 't0.j2' %}", "senate.txt.j2": BODY, **bomb},
    )
    started = time.monotonic()
    problems = validate_pack(folder)
    assert time.monotonic() - started < 5
    assert any(p.message == WORK_MESSAGE for p in problems)


# --- property: any template from a grammar of includes, filters and loops ----------------
SMALL = RenderBudget(seconds=0.2, steps=3000, output_chars=20_000, allocation=200_000,
                     value_length=50_000, include_depth=4, includes=30)  # fmt: skip
_ATOMS = st.sampled_from(["story", "'ab'", "constituent.name", "(story * 50)", "[story, 'x']",
                          "(range(40)|list)", "talking_points", "(story * 500)"])  # fmt: skip
_FILTERS = st.sampled_from(["|upper", "|join(', ')", "|map('upper')|list", "|list", "|length",
                            "|replace('o', 'oooooooo')", "|center(300)", "|indent(40)",
                            "|wordwrap(3)", "|string", "|reverse|list", "|sort", "|unique|list",
                            "|first", "|join(story * 30)", ""])  # fmt: skip
_OPS = st.sampled_from(["", " * 30", " * 2", " ~ story", " + story"])


@st.composite
def _expr(draw: st.DrawFn) -> str:
    expr = draw(_ATOMS)
    for _ in range(draw(st.integers(0, 3))):
        expr = f"({expr}{draw(_OPS)}){draw(_FILTERS)}"
    return expr


@st.composite
def _fragment(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(
        st.sampled_from(
            ["text", "print", "loop", "include", "set"] if depth < 3 else ["text", "print"]
        )
    )
    if kind == "text":
        return draw(st.sampled_from(["Dear member, ", "\n", "x" * 200]))
    if kind == "print":
        return f"{{{{ {draw(_expr())} }}}}"
    if kind == "include":
        return f"{{% include 't{draw(st.integers(0, 2))}.j2' %}}"
    body = "".join(draw(st.lists(_fragment(depth + 1), min_size=1, max_size=3)))
    if kind == "set":
        return f"{{% set v %}}{body}{{% endset %}}{{{{ v * {draw(st.integers(1, 40))} }}}}"
    return f"{{% for i in range({draw(st.integers(1, 300))}) %}}{body}{{% endfor %}}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_fragment(), min_size=1, max_size=4).map("".join), min_size=3, max_size=3))
def test_every_render_ends_under_the_budget_or_is_refused(templates: list[str]) -> None:
    sources = {f"t{i}.j2": text for i, text in enumerate(templates)}
    env = LetterSandbox(sources, SMALL)
    context = {**PERSON, "talking_points": ["one", "two"]}
    started = time.monotonic()
    try:
        out = render(env, "t0.j2", context)
    except TemplateError:
        pass
    else:
        assert len(out) <= SMALL.output_chars
    assert time.monotonic() - started < SMALL.seconds + 1.5  # slack for a loaded machine
