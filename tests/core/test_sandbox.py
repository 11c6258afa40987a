"""Hostile templates: escapes to Python internals, resource exhaustion, files outside the pack.

Each one must end in a ``SecurityError``/``TemplateError`` naming the template (and its line
when one applies): never a crash, never success.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from advocate_app.core.campaign_model import CampaignError
from advocate_app.core.campaigns import load_campaign, validate_pack
from advocate_app.core.errors import InputProblem
from advocate_app.core.sandbox import Fields, LetterSandbox, SecurityError, TemplateError, render
from tests.support.packs import BODY, write_pack

CONTEXT = {
    "constituent": Fields("constituent", {"name": "Jo", "city": "Austin"}),
    "member": Fields("member", {"name": "X", "last": "Y"}),
    "story": "my words",
    "talking_points": ["a", "b"],
}

ESCAPES = {
    "mro_subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "cycler_globals_os": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "lipsum_globals": "{{ lipsum.__globals__['os'].system('id') }}",
    "self_context": "{{ self._TemplateReference__context }}",
    "request_app": "{{ request.application.__globals__.__builtins__.__import__('os') }}",
    "getitem_dunder": "{{ story['__class__'] }}",
    "escaped_dunder": "{{ story['\\x5f\\x5fclass\\x5f\\x5f'] }}",
    "built_name": "{% set n = '_' ~ '_class__' %}{{ story[n].__base__ }}",
    "built_name_map": "{% set n = '_' ~ '_class__' %}{{ talking_points|map(attribute=n)|list }}",
    "attr_filter": "{{ story|attr('__class__') }}",
    "format_string": "{{ '{0.__class__.__init__.__globals__}'.format(story) }}",
    "format_method_ref": "{% set f = story.format %}{{ f('{0.__class__}', 1) }}",
    "mro_plain": "{{ story.mro }}",
    "generator_frame": "{{ (talking_points|map('upper')).gi_frame.f_globals }}",
    "dict_mutation": "{{ member.update({'name': 'evil'}) }}",
    "list_mutation": "{{ talking_points.append('x') }}",
    "namespace": "{% set ns = namespace(a=1) %}{{ ns }}",
    "config": "{{ config.items() }}",
}

EXHAUSTION = {
    "repeat": "{{ 'a' * 100000000 }}",
    "huge_range": "{% for i in range(10**9) %}{% endfor %}",
    "nested_loops": "{% for i in range(9000) %}{% for j in range(9000) %}{% endfor %}{% endfor %}",
    "exponential_macro": "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(40) }}",
    "infinite_recursion": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "doubling_concat": "{% set s = story %}" + "{% set s = s ~ s %}" * 40 + "{{ s|length }}",
    "center_width": "{{ story|center(999999999) }}",
    "ljust_width": "{{ story.ljust(999999999) }}",
    "replace_blowup": "{{ (story * 1000).replace('', story * 60) }}",
    "percent_width": "{{ '%999999999d' % 1 }}",
    "power": "{{ 10 ** 10 ** 10 }}",
    "huge_output": "{% for i in range(9000) %}{{ 'x' * 100 }}{% endfor %}",
}


def render_one(source: str) -> str:
    return render(LetterSandbox({"letter.j2": source}), "letter.j2", CONTEXT)


@pytest.mark.parametrize("source", ESCAPES.values(), ids=ESCAPES.keys())
def test_escape_attempts_fail_cleanly_naming_the_template(source: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_one(source)
    assert isinstance(caught.value, InputProblem)
    assert str(caught.value).startswith("letter.j2:1: ")
    assert caught.value.template == "letter.j2"


@pytest.mark.parametrize(
    "name", ["mro_subclasses", "cycler_globals_os", "self_context", "attr_filter", "format_string",
             "built_name", "generator_frame", "list_mutation", "dict_mutation"],
)  # fmt: skip
def test_reaching_internals_is_a_security_error(name: str) -> None:
    with pytest.raises(SecurityError, match="blocked for safety|not available"):
        render_one(ESCAPES[name])


@pytest.mark.parametrize("source", EXHAUSTION.values(), ids=EXHAUSTION.keys())
def test_runaway_templates_are_stopped_quickly(source: str) -> None:
    started = time.monotonic()
    with pytest.raises(SecurityError) as caught:
        render_one(source)
    assert time.monotonic() - started < 3
    assert str(caught.value).startswith("letter.j2")
    message = str(caught.value)
    assert any(
        m in message for m in ("blocked for safety", "longer than", "more work than a letter")
    )


def test_security_error_has_the_line_of_the_offence() -> None:
    with pytest.raises(SecurityError) as caught:
        render_one("Dear {{ member.name }},\n\nfine\n{{ story.__class__ }}\n")
    assert caught.value.line == 4
    assert str(caught.value) == (
        "letter.j2:4: access to '__class__' is not allowed in letter templates (blocked for safety)"
    )


def test_only_the_packs_templates_can_be_included() -> None:
    for source in ("{% include '../../etc/passwd' %}", "{% include '/etc/passwd' %}",
                   "{% import 'os' as os %}", "{% extends story %}"):  # fmt: skip
        with pytest.raises(TemplateError, match="is not a template in this campaign pack"):
            render_one(source)
    env = LetterSandbox({"letter.j2": "{% include 'part.j2' %}!", "part.j2": "hi {{ story }}"})
    assert render(env, "letter.j2", CONTEXT) == "hi my words!"


def test_strict_undefined_and_plain_text_output() -> None:
    with pytest.raises(TemplateError, match="'nothing' is not defined"):
        render_one("{{ nothing }}")
    with pytest.raises(TemplateError, match="member has no field 'title'"):
        render_one("{{ member.title }}")
    # Plain text: no HTML escaping of what the person wrote.
    assert render_one("{{ story }} & <b>") == "my words & <b>"
    ctx = {**CONTEXT, "story": "Tom & Jerry <3"}
    assert render(LetterSandbox({"t.j2": "{{ story }}"}), "t.j2", ctx) == "Tom & Jerry <3"


def test_legit_template_features_still_work() -> None:
    source = (
        "{% set intro %}Hi {{ member.last|upper }}{% endset %}{{ intro }}\n"
        "{% for p in talking_points %}{{ loop.index }}. {{ p|capitalize }}{% if not loop.last %}; {% endif %}{% endfor %}\n"
        "{{ talking_points|join(', ') }} {{ story|wordcount }} {{ range(3)|list|length }}\n"
        "{{ 'x' * 3 }}{{ story.split()|first }}{{ story|replace('my', 'our') }}"
    )
    assert render_one(source) == "Hi Y\n1. A; 2. Ba, b 2 3\nxxxmyour words"  # trim_blocks


def test_a_hostile_pack_is_refused_when_checked_or_loaded(tmp_path: Path) -> None:
    evil = BODY + "\n{{ cycler.__init__.__globals__.os.popen('touch pwned').read() }}\n"
    folder = write_pack(tmp_path / "evil", templates={"house.txt.j2": BODY, "senate.txt.j2": evil})
    problems = [str(p) for p in validate_pack(folder)]
    assert problems == [
        "senate.txt.j2:11: access to '__globals__' is not allowed in letter templates (blocked for safety)"
    ]
    with pytest.raises(CampaignError, match="senate.txt.j2:11"):
        load_campaign(folder)
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_a_slow_pack_is_checked_in_bounded_time(tmp_path: Path) -> None:
    slow = BODY + "{% for i in range(9000) %}{% for j in range(9000) %}{% endfor %}{% endfor %}"
    folder = write_pack(tmp_path / "slow", templates={"house.txt.j2": slow, "senate.txt.j2": slow})
    started = time.monotonic()
    problems = validate_pack(folder)
    assert time.monotonic() - started < 5
    assert {p.file for p in problems} == {"house.txt.j2", "senate.txt.j2"}
    assert all(p.message == "the template does more work than a letter needs" for p in problems)
