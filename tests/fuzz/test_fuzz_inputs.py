"""Files people bring: campaign packs (manifests and templates), participants CSVs, settings
files, and draft payloads. A result or a clear message, never a traceback or a hang."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from advocate_app.core.campaign_model import Campaign
from advocate_app.core.campaigns import load_campaign, validate_pack
from advocate_app.core.drafts import Drafts
from advocate_app.core.errors import AdvocateError
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent
from advocate_app.core.participants import parse_participants, read_participants
from advocate_app.core.settings import DEFAULTS, Settings
from advocate_app.core.store import Store
from tests.fuzz.conftest import LONG_TEXT, TEXT, examples, outcome
from tests.support.packs import BODY, MANIFEST

TODAY = date(2026, 11, 25)
WRITER = Constituent("Jo Doe", Address("1 Main St", "Austin", "TX", "78701"), "jo@example.org")
MANIFEST_LINES = MANIFEST.splitlines()
TOML_VALUES = st.one_of(
    st.integers(-(10**20), 10**20).map(str), st.text(max_size=30).map(json.dumps),
    st.sampled_from(["true", "[]", "{}", '"""', "[[x]]", "1979-05-27", "nan", "inf", '"\\u0000"',
                     "[" * 50, '"' + "x" * 5000 + '"', '{a = 1}']),
)  # fmt: skip
TEMPLATE_BITS = st.sampled_from([
    "{{ constituent.name }}", "{{ story }}", "{{ member.title }} {{ member.last }}",
    "{% for p in talking_points %}{{ p }}\n\n{% endfor %}", "{{ bill.label }}", "{% if x %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}", "{{ cycler.__init__.__globals__ }}",
    "{% for i in range(10**9) %}x{% endfor %}", "{{ 'x' * 10**9 }}", "{{ lipsum(10**6) }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{{ 1/0 }}", "{{ undefined_thing.x }}",
    "{% include 'house.txt.j2' %}", "{% extends 'senate.txt.j2' %}", "{% raw %}", "}}", "\x00",
    "{{ story|upper }}", "{{ member.supports }}", "{# comment", "{{ range(5)|list }}",
])  # fmt: skip


@st.composite
def manifests(draw) -> str:
    lines = list(MANIFEST_LINES)
    for _ in range(draw(st.integers(0, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "value", "garbage", "duplicate"]))
        if action == "drop":
            del lines[index]
        elif action == "value" and "=" in lines[index]:
            key = lines[index].split("=", 1)[0]
            lines[index] = f"{key}= {draw(TOML_VALUES)}"
        elif action == "garbage":
            lines[index] = draw(TEXT)
        else:
            lines.insert(index, lines[index])
    return "\n".join(lines)


@st.composite
def templates(draw) -> str:
    """The valid body (the simplest example), with hostile or broken bits spliced in."""
    parts = draw(st.lists(TEMPLATE_BITS | TEXT, max_size=6))
    if not parts:
        return BODY
    where = draw(st.integers(0, len(BODY)))
    return BODY[:where] + "".join(parts) + (BODY[where:] if draw(st.booleans()) else "")


@settings(max_examples=examples(60))
@given(
    manifest=manifests(),
    house=st.just(BODY) | templates(),
    senate=st.just(BODY) | templates(),
    story=TEXT,
)
def test_any_campaign_pack_loads_or_is_refused_with_file_and_line(
    manifest, house, senate, story, tmp_path_factory, legislator_index
) -> None:
    folder = tmp_path_factory.mktemp("pack")
    (folder / "campaign.toml").write_text(manifest, encoding="utf-8", errors="surrogatepass")
    (folder / "house.txt.j2").write_text(house, encoding="utf-8", errors="surrogatepass")
    (folder / "senate.txt.j2").write_text(senate, encoding="utf-8", errors="surrogatepass")
    problems = outcome(lambda: validate_pack(folder, today=TODAY), seconds=15)
    assert isinstance(problems, list)
    for problem in problems:
        assert re.match(r"^[\w./-]+(:\d+)?: ", str(problem)), str(problem)
    campaign = outcome(lambda: load_campaign(folder, today=TODAY), seconds=15)
    event("pack loaded" if isinstance(campaign, Campaign) else "pack refused")
    if not isinstance(campaign, Campaign):
        return
    for member in (legislator_index.representative("TX", 37), legislator_index.senators("TX")[0]):
        letter = outcome(lambda member=member: compose_letter(campaign, WRITER, member,
                                                              story=story, today=TODAY),
                         seconds=15)  # fmt: skip
        event("letter written" if not isinstance(letter, AdvocateError) else "letter refused")


GOOD_CELLS = {
    "name": "Ana Ruiz", "street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701",
    "email": "ana@example.org", "story": "I teach.", "district": "TX-37",
}  # fmt: skip
REQUIRED = ["name", "street", "zip"]


@st.composite
def participant_csvs(draw) -> str:
    """Header then rows; the simplest example is all good, then cells go bad one by one."""
    if draw(st.integers(0, 5)) == 5:
        return draw(LONG_TEXT)
    optional = draw(st.lists(st.sampled_from(sorted(set(GOOD_CELLS) - set(REQUIRED))), unique=True))
    header = draw(st.permutations(REQUIRED + optional))
    if draw(st.integers(0, 9)) == 0:  # sometimes a required column is missing
        header = header[1:]
    sep = draw(st.sampled_from([",", ";", "\t"]))
    rows = [sep.join(draw(st.sampled_from([h, h.upper(), f" {h} "])) for h in header)]
    for _ in range(draw(st.integers(0, 8))):
        cells = [GOOD_CELLS[h] if draw(st.integers(0, 3)) else draw(TEXT) for h in header]
        rows.append(sep.join(f'"{c}"' if draw(st.booleans()) else c for c in cells))
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(rows)


@given(text=participant_csvs())
def test_any_participants_csv_gives_rows_and_problems_by_line(text: str) -> None:
    result = outcome(lambda: parse_participants(text, source="people.csv"))
    if isinstance(result, AdvocateError):
        return
    participants, problems = result
    event(f"{min(len(participants), 3)}+ good rows")
    for person in participants:
        assert person.constituent.name and person.line >= 2
    for problem in problems:
        assert str(problem).startswith(f"line {problem.line}")


@settings(max_examples=examples(15))
@given(data=st.binary(max_size=2000))
def test_participants_file_of_any_bytes(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    path.write_bytes(data)
    outcome(lambda: read_participants(path))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def settings_files(draw) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=300))
    if kind == 1:
        return json.dumps(draw(JSON)).encode()
    values = {k: draw(JSON | st.just(v)) for k, v in DEFAULTS.items() if draw(st.booleans())}
    text = json.dumps({"schema": draw(JSON), "values": values})
    return text[: draw(st.integers(0, len(text)))].encode() if kind == 3 else text.encode()


@given(data=settings_files())
def test_any_settings_file_starts_the_app(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("cfg") / "settings.json"
    path.write_bytes(data)
    loaded = outcome(lambda: Settings.load(path, env={}))
    assert isinstance(loaded, Settings)
    for key, default in DEFAULTS.items():  # every value has the type the app expects
        value = loaded.get(key)
        assert type(value) is type(default) or (
            isinstance(default, float) and isinstance(value, float)
        )
    loaded.set("identity.name", "Jo")
    loaded.save()
    assert Settings.load(path, env={}).get("identity.name") == "Jo"


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("db") / "advocate.sqlite3")
    yield Drafts(store)
    store.close()


@given(payload=st.dictionaries(st.text(max_size=10), JSON, max_size=6), key=TEXT)
def test_any_draft_round_trips_or_is_refused(drafts, payload, key) -> None:
    try:
        saved = drafts.save_draft(key, payload)
    except ValueError:  # not plain JSON (NaN, a bad key): the caller's bug, said plainly
        return
    assert saved and drafts.get(key).payload == json.loads(json.dumps(payload))
