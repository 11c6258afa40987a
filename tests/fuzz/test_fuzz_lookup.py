"""Fuzzed address and ZIP fields through the real finder and a local geocoder stand-in, and
fuzzed geocoder and dataset payloads through their parsers: a result or a clear message."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from werkzeug import Request, Response

from advocate_app.core.dataset_sources import DatasetSource, validate_payload
from advocate_app.core.errors import AdvocateError
from advocate_app.core.lookup.census import (
    parse_address_response,
    parse_coordinates_response,
    parse_geographies,
)
from advocate_app.core.lookup.legislators import LegislatorIndex
from advocate_app.core.lookup.result import LookupResult
from advocate_app.core.lookup.zipcodes import ZipCrosswalk
from tests.conftest import CENSUS_PREFIX, FIXTURES, LEGISLATORS_JSON, ZCCD_CSV, census_answer
from tests.fuzz.conftest import LONG_TEXT, TEXT, outcome

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)
REAL_ANSWERS = sorted(FIXTURES.glob("census_geocoder_*.json"))


@pytest.fixture
def finder(services_factory, httpserver, tmp_path):
    def answer(request: Request) -> Response:
        address = request.args.get("address", "")
        body = (
            census_answer("4837", "1 MAIN ST, AUSTIN, TX, 78701")
            if "main" in address.lower()
            else census_answer(None)
        )
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request(CENSUS_PREFIX + "/geographies/onelineaddress").respond_with_handler(
        answer
    )
    services = services_factory()
    services.finder.find_by_zip("78701")  # load the data once, outside the examples
    return services.finder


@given(text=LONG_TEXT)
@example(text="\ud800 1 Main St, Austin, TX")  # found by the long run: a URL cannot carry it
def test_any_address_text(finder, text: str) -> None:
    result = outcome(lambda: finder.find_by_address(text))
    assert isinstance(result, (LookupResult, AdvocateError))


@given(text=st.one_of(TEXT, st.from_regex(r"\A\s*\d{5}(-?\d{4})?\s*\Z")), district=st.none() | TEXT)
def test_any_zip_and_district(finder, text: str, district: str | None) -> None:
    result = outcome(lambda: finder.find_by_zip(text, district))
    assert isinstance(result, (LookupResult, AdvocateError))


def _mutate(data, draw):
    """Drop a key, change a type or cut a list somewhere in ``data`` (a JSON tree)."""
    data = copy.deepcopy(data)
    node = data
    for _ in range(draw(st.integers(0, 6))):
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node, key=str)))
            action = draw(st.sampled_from(["descend", "drop", "replace"]))
            if action == "drop":
                del node[key]
                break
            if action == "replace":
                node[key] = draw(JSON)
                break
            node = node[key]
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            if draw(st.booleans()):
                node[index] = draw(JSON)
                break
            node = node[index]
        else:
            break
    return data


@given(data=st.data())
def test_geocoder_answers_real_ones_mutated_or_garbage(data) -> None:
    fixture = data.draw(st.sampled_from(REAL_ANSWERS))
    payload = json.loads(fixture.read_text())
    payload = data.draw(st.sampled_from([payload, None])) or data.draw(JSON)
    payload = _mutate(payload, data.draw)
    congress = data.draw(st.sampled_from([119, 120, 1, 0, -5, 10**6]))
    for parse in (parse_address_response, parse_coordinates_response):
        result = outcome(lambda parse=parse: parse(payload, congress))
        assert isinstance(result, (list, type(None), AdvocateError))
    outcome(lambda: parse_geographies(payload, congress))


LEGISLATORS = json.loads(LEGISLATORS_JSON.read_text())[:40]
JSON_SOURCE = DatasetSource("legislators", "https://x/l.json", "l.json", "Members")
CSV_SOURCE = DatasetSource("zip_crosswalk", "https://x/z.csv", "zccd.csv", "ZIP table")
ZCCD = ZCCD_CSV.read_bytes()


@given(data=st.data())
def test_dataset_payloads_truncated_wrong_or_garbage(data) -> None:
    raw = data.draw(st.sampled_from([json.dumps(LEGISLATORS).encode(), ZCCD[:20000]]))
    cut = data.draw(st.integers(0, len(raw)))
    candidates = [raw[:cut], data.draw(st.binary(max_size=300)), raw]
    body = data.draw(st.sampled_from(candidates))
    for source in (JSON_SOURCE, CSV_SOURCE):
        assert outcome(lambda source=source: validate_payload(source, body)) is None or True
    records = _mutate(LEGISLATORS, data.draw) if data.draw(st.booleans()) else data.draw(JSON)
    offices = data.draw(st.none() | JSON)
    index = outcome(lambda: LegislatorIndex.from_records(records, offices))
    if isinstance(index, LegislatorIndex):
        for state in ("TX", "DC", "ZZ", ""):
            index.senators(state)
            index.representative(state, data.draw(st.integers(-1, 60)))
        assert index.members is not None
    text = body.decode("utf-8", errors=data.draw(st.sampled_from(["replace", "ignore"])))
    table = outcome(lambda: ZipCrosswalk.from_csv_text(text))
    if isinstance(table, ZipCrosswalk):
        outcome(lambda: table.districts(data.draw(TEXT)))


def test_a_huge_dataset_answer_is_refused_or_parsed_quickly() -> None:
    huge = b"[" + b'{"id": {"bioguide": "X"}},' * 200_000 + b"{}]"
    assert outcome(lambda: validate_payload(JSON_SOURCE, huge), seconds=10) is None
    deep = b"[" * 100_000 + b"]" * 100_000
    result = outcome(lambda: validate_payload(JSON_SOURCE, deep), seconds=10)
    assert isinstance(result, AdvocateError)
    for odd in (b"\r\x00", b"\x00", b'"', b"\xff\xfe"):  # \r\x00: found by the long run
        assert isinstance(outcome(lambda odd=odd: validate_payload(CSV_SOURCE, odd)), AdvocateError)
