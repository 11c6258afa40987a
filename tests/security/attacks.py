"""The template attacks of issue 16, finding 1, as data: used by the tests and by
``measure_attacks.py`` (time and peak memory of each attack, before and after the budget)."""

from __future__ import annotations

BIG = "{% set big = 'x' * 199999 %}"


def include_bomb(depth: int, *, guard: str = "") -> dict[str, str]:
    """Templates that include the next one twice per level: 2**depth renders."""
    sources = {
        f"t{i}.j2": f"{{% include 't{i + 1}.j2' %}}{{% include 't{i + 1}.j2' %}}"
        for i in range(depth)
    }
    sources[f"t{depth}.j2"] = "{{ '' }}"  # writes nothing: the output limit never fires
    if guard:
        sources["letter.j2"] = f"Hello.{{% if {guard} %}}{{% include 't0.j2' %}}{{% endif %}}"
    else:
        sources["letter.j2"] = "{% include 't0.j2' %}"
    return sources


ATTACKS: dict[str, dict[str, str]] = {
    "include_depth_16": include_bomb(16),
    "include_depth_20": include_bomb(20),
    # Fires only for names longer than the old checker's sample person ("Jordan Example").
    "name_dependent_bomb": include_bomb(30, guard="constituent.name|length > 14"),
    "map_upper_20000": {"letter.j2": BIG + "{{ ([big] * 20000)|map('upper')|list|length }}"},
    "join_1gb": {"letter.j2": BIG + "{{ ([big] * 5000)|join|length }}"},
    "squaring_18": {
        "letter.j2": "{% set a = 7 ** 64 %}" + "{% set a = a * a %}" * 18 + "{{ a > 0 }}"
    },
}

LONG_NAME = "Maria Guadalupe Hernandez-Villanueva"
