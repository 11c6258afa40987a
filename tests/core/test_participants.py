"""Reading an event's participants CSV: headers, encodings, separators, bad rows by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocate_app.core.errors import InputProblem
from advocate_app.core.participants import (
    Found,
    Participant,
    letters_for,
    parse_participants,
    read_participants,
)
from tests.export.conftest import make_letter


def test_aliases_any_order_multiline_story_and_line_numbers() -> None:
    text = (
        "ZIP Code,Full Name,Address,City,St,E-mail,Your Story,Congressional District\n"
        '78701,Ana Zamora,1100 Congress Ave,Austin,tx,ana@example.org,"Line one\nline two",\n'
        "\n"
        "60614,Bo Chi,2430 N Cannon Dr,Chicago,Illinois,,,IL-05\n"
    )
    people, problems = parse_participants(text)
    assert problems == []
    assert [
        (p.line, p.constituent.name, p.constituent.address.state, p.district) for p in people
    ] == [
        (2, "Ana Zamora", "TX", ""),
        (5, "Bo Chi", "IL", "IL-05"),
    ]
    assert people[0].story == "Line one\nline two"
    assert people[0].constituent.email == "ana@example.org"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",1 Main St,Austin,TX,78701", "missing name"),
        ("Ana,,Austin,TX,", "missing street and zip"),
        ("Ana,1 Main St,Austin,Texass,78701", "'Texass' is not a US state"),
        ("Ana,1 Main St,Austin,TX,7870", "'7870' is not a ZIP code"),
        (
            "Ana,1 Main St,Austin,TX,78701,ana-at-example",
            "'ana-at-example' is not an email address",
        ),
        ("Ana," + "x" * 300 + ",Austin,TX,78701", "too long"),
    ],
)
def test_bad_rows_have_line_numbers_and_reasons(row: str, message: str) -> None:
    people, problems = parse_participants(
        "name,street,city,state,zip,email\nBo,2 Elm St,Austin,TX,78701\n" + row + "\n"
    )
    assert len(people) == 1
    assert len(problems) == 1 and problems[0].line == 3 and message in problems[0].message


def test_duplicates_are_printed_once() -> None:
    people, problems = parse_participants(
        "name,street,zip\nAna Z,1 Main St,78701\nana  z,1 MAIN ST,78701-0001\n"
    )
    assert len(people) == 1
    assert str(problems[0]) == "line 3 (ana  z): the same person as line 2; printed once"


def test_windows_exports_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Name;Street;City;State;ZIP\r\nJosé Peña;1 Calle Sol;San Juan;PR;00901\r\n".encode("cp1252")
    )
    people, problems = read_participants(path)
    assert problems == [] and people[0].constituent.name == "José Peña"
    assert people[0].constituent.address.zip == "00901"
    tab = tmp_path / "tabs.csv"
    tab.write_text("\ufeffname\tstreet\tzip\nAna\t1 Main St\t78701\n", encoding="utf-8")
    assert read_participants(tab)[0][0].constituent.address.street == "1 Main St"
    with pytest.raises(InputProblem, match="no street / zip column"):
        parse_participants("name,address line\nAna,1 Main\n")
    with pytest.raises(InputProblem, match="is empty"):
        parse_participants("")
    with pytest.raises(InputProblem, match="does not exist"):
        read_participants(tmp_path / "missing.csv")


def test_letters_for_keeps_good_rows_and_reports_the_rest(legislator_index) -> None:
    people, _ = parse_participants(
        "name,street,city,zip\nAna,1 Main St,Austin,78701\nBo,2 Elm St,Nowhere,00000\nCy,3 Oak St,Chicago,60614\n"
    )
    senators = legislator_index.senators("IL")
    rep = legislator_index.representative("TX", 37)

    def find(person: Participant):
        zip_code = person.constituent.address.zip
        if zip_code == "00000":
            raise InputProblem("ZIP code 00000 is not in our ZIP-to-district table.")
        if zip_code == "60614":
            return Found(list(senators), ["split ZIP: senators only"])
        return [rep]

    def compose(person, member, office):
        return make_letter(member, who=person.constituent)

    routed, problems = letters_for(
        people, find_members=find, compose=compose, choose_office=lambda m, c: m.dc_office,
        targets=lambda m: True,
    )  # fmt: skip
    assert [(letter.constituent.name, letter.member.last) for letter, _ in routed] == [
        ("Ana", "Doggett"), ("Cy", senators[0].last), ("Cy", senators[1].last),
    ]  # fmt: skip
    assert [(p.line, p.partial) for p in problems] == [(3, False), (4, True)]
    assert routed[0][1] == rep.dc_office
    _, none = letters_for(
        people[:1],
        find_members=find,
        compose=compose,
        choose_office=lambda m, c: None,
        targets=lambda m: False,
    )
    assert "none of this person's members" in none[0].message
