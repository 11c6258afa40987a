"""The parts of a letter that depend on its language: dates, ordinals, address, greeting.

One formatter per language, written out here: the computer's locale is never consulted, so
a letter reads the same on every machine. English is what offices log fastest and is the
default; Spanish follows the usual conventions for letters to US officials:

- dates "25 de noviembre de 2026" (day, "de", month in lower case, "de", year);
- ordinals "1.º", "37.º" (feminine "1.ª"): "el 37.º distrito de Texas", "el 119.º Congreso";
- the inside address "Honorable" + name, "Senado de los Estados Unidos", "Cámara de
  Representantes de los Estados Unidos";
- the greeting by role and, where the data has it, gender: "Estimado Senador Cruz:",
  "Estimada Representante García:", else a neutral "Estimado(a) Senador(a) ...:";
- "Atentamente," as the closing.

Bill labels stay the official "H.R. 3921" / "S. 1829" in every language.
"""

from __future__ import annotations

import re
from datetime import date

from advocate_app.core.models import Chamber, Member, Role

LANGUAGES = ("en", "es")  # letter languages Advocate can frame; "en" is the default

MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
CHAMBER_LINES_ES = {
    Chamber.SENATE: "Senado de los Estados Unidos",
    Chamber.HOUSE: "Cámara de Representantes de los Estados Unidos",
}
# Courtesy titles: (masculine, feminine, neutral).
TITLES_ES: dict[Role, tuple[str, str, str]] = {
    Role.SENATOR: ("Senador", "Senadora", "Senador(a)"),
    Role.REPRESENTATIVE: ("Representante", "Representante", "Representante"),
    Role.DELEGATE: ("Delegado", "Delegada", "Delegado(a)"),
    Role.RESIDENT_COMMISSIONER: ("Comisionado", "Comisionada", "Comisionado(a)"),
}
# State and territory names whose Spanish form differs from the English one.
STATE_NAMES_ES = {
    "DC": "Distrito de Columbia", "HI": "Hawái", "LA": "Luisiana", "MO": "Misuri",
    "MS": "Misisipi", "NC": "Carolina del Norte", "ND": "Dakota del Norte",
    "NH": "Nuevo Hampshire", "NJ": "Nueva Jersey", "NM": "Nuevo México", "NY": "Nueva York",
    "OR": "Oregón", "PA": "Pensilvania", "SC": "Carolina del Sur", "SD": "Dakota del Sur",
    "WV": "Virginia Occidental", "VI": "Islas Vírgenes de los Estados Unidos",
    "MP": "Islas Marianas del Norte", "AS": "Samoa Estadounidense",
}  # fmt: skip
_WITH_ARTICLE_ES = frozenset({"DC", "VI", "MP"})  # "el Distrito de Columbia", "las Islas ..."


def normalize_language(value: str | None) -> str:
    """ "es" for "es", "ES", "es-US", "Spanish", "español"; "en" for anything else empty."""
    text = (value or "").strip().lower()
    if text.startswith(("es", "sp")):
        return "es"
    if not text or text.startswith(("en", "in")):
        return "en"
    raise ValueError(f"'{value}' is not a letter language Advocate knows (use en or es)")


def format_date_es(day: date) -> str:
    """ "25 de noviembre de 2026" ("1 de enero de 2027": the day is a plain number)."""
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def ordinal_es(n: int, *, feminine: bool = False) -> str:
    """ "1.º", "37.º", "119.º" (feminine "1.ª"), as the RAE abbreviates them."""
    return f"{n}.{'ª' if feminine else 'º'}"


def state_name_es(state: str, english: str) -> str:
    return STATE_NAMES_ES.get(state, english or state)


def place_name_es(state: str, english: str) -> str:
    name = state_name_es(state, english)
    if state in _WITH_ARTICLE_ES:
        return f"{'las' if name.startswith('Islas') else 'el'} {name}"
    return name


def constituency_es(member: Member, english_state_name: str) -> str:
    """Whom the member represents: "el 37.º distrito de Texas", "Wyoming", "Puerto Rico"."""
    if member.chamber is Chamber.SENATE or not member.district:
        return place_name_es(member.state, english_state_name)
    return (
        f"el {ordinal_es(member.district)} distrito de "
        f"{state_name_es(member.state, english_state_name)}"
    )


def title_es(member: Member) -> str:
    masculine, feminine, neutral = TITLES_ES[member.role]
    gender = (member.gender or "").upper()[:1]
    return masculine if gender == "M" else feminine if gender == "F" else neutral


def salutation_es(member: Member, last: str) -> str:
    """ "Estimado Senador Cruz:", "Estimada Representante García:", or the neutral
    "Estimado(a) Senador(a) Lee:" when the data does not give the member's gender."""
    gender = (member.gender or "").upper()[:1]
    greeting = "Estimado" if gender == "M" else "Estimada" if gender == "F" else "Estimado(a)"
    return f"{greeting} {title_es(member)} {last}:"


def office_title_es(member: Member) -> str:
    """The title line under a district office's name: "Senadora de los Estados Unidos",
    "Miembro del Congreso" (the English "United States Senator" / "Member of Congress")."""
    if member.chamber is Chamber.SENATE:
        return f"{title_es(member)} de los Estados Unidos"
    return "Miembro del Congreso"


def honorable_es(member: Member) -> str:
    return f"Honorable {member.name or f'{member.first} {member.last}'.strip()}"


CLOSING = {"en": "Sincerely,", "es": "Atentamente,"}


_SPANISH_CLOSING = re.compile(r"^Atentamente,$", re.MULTILINE)


def language_of_letter(text: str) -> str:
    """ "es" for a letter Advocate framed in Spanish (its closing is always "Atentamente,"
    on a line of its own, whatever the person edited in the body), else "en"."""
    return "es" if _SPANISH_CLOSING.search(text or "") else "en"
