"""Spanish letters: the one formatter for dates and ordinals, the Spanish frame by role and
gender, the pack's translation file and what ``campaign check`` says about a bad one."""

from __future__ import annotations

import locale
from datetime import date
from pathlib import Path

import pytest

from advocate_app.core.campaign_check import check_files
from advocate_app.core.campaign_pack import read_pack_files
from advocate_app.core.campaigns import load_campaign
from advocate_app.core.letter_conventions import format_date
from advocate_app.core.letter_language import (
    constituency_es,
    format_date_es,
    normalize_language,
    ordinal_es,
    salutation_es,
)
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Chamber, Constituent, Member, Role
from tests.conftest import REPO_ROOT
from tests.support.packs import BODY, write_pack

PACK = REPO_ROOT / "templates" / "stop-csam-2025"
PERSON = Constituent("Begoña Núñez", Address("12 Calle Peña", "San Juan", "PR", "00901"))


def member(role: Role, gender: str = "", state: str = "TX", district: int | None = 7) -> Member:
    chamber = Chamber.SENATE if role is Role.SENATOR else Chamber.HOUSE
    return Member(
        bioguide="Z000009", name="Alex Q. Pérez", first="Alex", last="Pérez", chamber=chamber,
        role=role, party="D", state=state, district=None if chamber is Chamber.SENATE else district,
        gender=gender,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 11, 25), "25 de noviembre de 2026"),
        (date(2027, 1, 3), "3 de enero de 2027"),
        (date(2025, 9, 1), "1 de septiembre de 2025"),
    ],
)
def test_spanish_dates_never_use_the_system_locale(day: date, text: str) -> None:
    before = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("C", "C.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert format_date_es(day) == text == format_date(day, "es")
    finally:
        locale.setlocale(locale.LC_TIME, before)
    assert format_date(day).split()[0] in ("November", "January", "September")


def test_ordinals_and_constituencies() -> None:
    assert [ordinal_es(n) for n in (1, 2, 37, 119)] == ["1.º", "2.º", "37.º", "119.º"]
    assert ordinal_es(1, feminine=True) == "1.ª"
    assert constituency_es(member(Role.REPRESENTATIVE, district=1), "Texas") == (
        "el 1.º distrito de Texas"
    )
    assert constituency_es(member(Role.REPRESENTATIVE, state="NY", district=14), "New York") == (
        "el 14.º distrito de Nueva York"
    )
    assert constituency_es(member(Role.SENATOR), "Texas") == "Texas"
    assert constituency_es(
        member(Role.DELEGATE, state="DC", district=0), "District of Columbia"
    ) == ("el Distrito de Columbia")
    assert constituency_es(
        member(Role.RESIDENT_COMMISSIONER, state="PR", district=0), "Puerto Rico"
    ) == ("Puerto Rico")


@pytest.mark.parametrize(
    ("role", "gender", "greeting"),
    [
        (Role.SENATOR, "M", "Estimado Senador Pérez:"),
        (Role.SENATOR, "F", "Estimada Senadora Pérez:"),
        (Role.SENATOR, "", "Estimado(a) Senador(a) Pérez:"),
        (Role.REPRESENTATIVE, "M", "Estimado Representante Pérez:"),
        (Role.REPRESENTATIVE, "F", "Estimada Representante Pérez:"),
        (Role.REPRESENTATIVE, "", "Estimado(a) Representante Pérez:"),
        (Role.DELEGATE, "F", "Estimada Delegada Pérez:"),
        (Role.DELEGATE, "", "Estimado(a) Delegado(a) Pérez:"),
        (Role.RESIDENT_COMMISSIONER, "M", "Estimado Comisionado Pérez:"),
        (Role.RESIDENT_COMMISSIONER, "F", "Estimada Comisionada Pérez:"),
    ],
)
def test_salutation_by_role_and_gender(role: Role, gender: str, greeting: str) -> None:
    assert salutation_es(member(role, gender), "Pérez") == greeting
    letter = compose_letter(
        load_campaign(PACK), PERSON, member(role, gender), today=date(2026, 11, 25), language="es"
    )
    assert letter.salutation == greeting and letter.language == "es"
    assert letter.inside_address[0] == "Honorable Alex Q. Pérez"
    chamber = (
        "Senado de los Estados Unidos"
        if role is Role.SENATOR
        else ("Cámara de Representantes de los Estados Unidos")
    )
    assert chamber in letter.inside_address
    assert letter.date == "25 de noviembre de 2026" and letter.closing == "Atentamente,"
    assert letter.bill is not None and letter.bill.label in letter.body  # H.R. 3921 / S. 1829


def test_language_names() -> None:
    assert [normalize_language(x) for x in ("es", "ES", "es-US", "español", "", "en")] == [
        "es",
        "es",
        "es",
        "es",
        "en",
        "en",
    ]
    with pytest.raises(ValueError):
        normalize_language("fr")


def test_the_built_in_pack_carries_a_checked_spanish_translation() -> None:
    campaign, problems = check_files(read_pack_files(PACK), path=PACK, builtin=True)
    assert campaign is not None and [p for p in problems if p.is_error] == []
    assert campaign.languages == ("en", "es")
    spanish = campaign.in_language("es")
    assert spanish.language == "es" and spanish.summary.startswith("Pida a sus miembros")
    assert len(spanish.story_prompts) == len(campaign.story_prompts) == 5
    assert len(spanish.talking_points) == len(campaign.talking_points)
    assert spanish.templates["house"] == "house.es.txt.j2"
    assert "Comité Judicial" in spanish.bill_notes[Chamber.SENATE]
    assert campaign.in_language("fr") is campaign  # no such translation: English


def test_the_story_goes_in_as_written_and_the_english_letter_is_unchanged() -> None:
    campaign = load_campaign(PACK)
    story = "My daughter's school asked us to talk about this. Ojalá que actúen."
    es = compose_letter(campaign, PERSON, member(Role.SENATOR, "F"), story=story, language="es")
    en = compose_letter(campaign, PERSON, member(Role.SENATOR, "F"), story=story)
    assert story in es.body and story in en.body
    assert en.salutation == "Dear Senator Pérez:" and en.closing == "Sincerely,"
    assert en.language == "en" and en.subject_line.startswith("Re: S. 1829")
    assert es.subject_line == "Asunto: S. 1829, la Ley STOP CSAM de 2025"


SPANISH = """\
title = "Ley de Prueba"
summary = "Una campaña para pruebas."
subject = "{bill}, la Ley de Prueba"
story_prompts = ["¿Por qué le importa?"]

[templates]
house = "house.es.txt.j2"
senate = "senate.es.txt.j2"

[[talking_points]]
text = "Punto uno."

[[talking_points]]
text = "Punto dos."

[[talking_points]]
text = "Punto tres."
"""
BODY_ES = BODY.replace("I live in", "Vivo en").replace("Please", "Por favor,")


def _check(folder: Path) -> tuple[object, list[str]]:
    campaign, problems = check_files(read_pack_files(folder), path=folder)
    return campaign, [str(p) for p in problems]


def test_a_small_pack_with_spanish_checks_clean(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p")
    (pack / "campaign.es.toml").write_text(SPANISH, encoding="utf-8")
    for name in ("house.es.txt.j2", "senate.es.txt.j2"):
        (pack / name).write_text(BODY_ES, encoding="utf-8")
    campaign, problems = _check(pack)
    assert campaign is not None and problems == []


def test_check_reports_missing_translations_with_file_and_line(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p")
    text = (
        SPANISH.replace('senate = "senate.es.txt.j2"\n', "")
        .replace('[[talking_points]]\ntext = "Punto tres."\n', "")
        .replace('summary = "Una campaña para pruebas."\n', "")
    )
    (pack / "campaign.es.toml").write_text(text, encoding="utf-8")
    (pack / "house.es.txt.j2").write_text(BODY_ES, encoding="utf-8")
    campaign, problems = _check(pack)
    assert campaign is not None  # warnings: an organizer who adds a point still has a pack
    assert (
        "campaign.es.toml: warning: the Spanish 'summary' is missing (the original is at "
        "campaign.toml:4); the English one is used"
    ) in problems
    assert any(
        p.startswith(
            "campaign.es.toml:8: warning: talking point 3 (campaign.toml:29) has no Spanish text"
        )
        for p in problems
    ), problems
    assert any(
        p.startswith("campaign.es.toml:5: warning: no Spanish template for 'senate'")
        and "campaign.toml:21" in p
        for p in problems
    ), problems
    spanish = campaign.in_language("es")
    assert spanish.talking_points == ("Punto uno.", "Punto dos.", "Point three.")
    assert spanish.summary == "A campaign for tests."
    senator = compose_letter(campaign, PERSON, member(Role.SENATOR, "F"), language="es")
    assert senator.language == "en" and senator.salutation == "Dear Senator Pérez:"  # not mixed
    house = compose_letter(campaign, PERSON, member(Role.REPRESENTATIVE, "F"), language="es")
    assert house.language == "es" and "Vivo en" in house.body


def test_check_reports_other_variables_than_the_original(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p")
    (pack / "campaign.es.toml").write_text(
        SPANISH.replace("{bill}, la Ley", "{short_title}, la Ley"), encoding="utf-8"
    )
    (pack / "house.es.txt.j2").write_text(
        BODY_ES.replace("{{ constituent.place }}", "{{ constituent.city }} ({{ member.party }})"),
        encoding="utf-8",
    )
    (pack / "senate.es.txt.j2").write_text(BODY_ES, encoding="utf-8")
    campaign, problems = _check(pack)
    assert campaign is not None  # warnings: the pack still loads
    assert any(
        p.startswith("campaign.es.toml:3: warning: the subject uses {short_title}")
        for p in problems
    )
    assert (
        "house.es.txt.j2:1: warning: uses {{ member.party }}, which the original (house.txt.j2) does not: check the translation says the same"
        in problems
    )
    assert any(
        p.startswith("house.es.txt.j2:1: warning: leaves out {{ constituent.place }}")
        and "house.txt.j2:1" in p
        for p in problems
    )


def test_a_broken_translation_is_reported_at_its_line(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p")
    (pack / "campaign.es.toml").write_text(SPANISH + "oops = = 1\n", encoding="utf-8")
    campaign, problems = _check(pack)
    assert campaign is None
    assert any(p.startswith("campaign.es.toml:18: not valid TOML") for p in problems), problems
    pack2 = write_pack(tmp_path / "q")
    (pack2 / "campaign.es.toml").write_text(SPANISH, encoding="utf-8")
    (pack2 / "house.es.txt.j2").write_text(BODY_ES + "{% if story %}\n", encoding="utf-8")
    (pack2 / "senate.es.txt.j2").write_text(BODY_ES, encoding="utf-8")
    campaign, problems = _check(pack2)
    assert campaign is None and any(p.startswith("house.es.txt.j2:") for p in problems), problems
