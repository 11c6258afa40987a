"""The lookup's notes in the window's language.

``core`` writes its notes in English (the CLI prints them as they are). The window
recognises the ones a person meets most often by their shape and says them through
``tr()``; a note it does not recognise is shown as written, so nothing is ever hidden.
The vacancy note is dropped because the members page explains vacancies itself.

In the templates ``{0}``/``{1}``... are the values the note carried. Templates marked
"ordinal" get a congress both as the English ordinal ({0} "119th", {2} for a second one)
and as a bare number ({1} "119", {3}), so each language can write it its own way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
Render = Callable[[re.Match[str]], "str | None"]


def _number(ordinal: str) -> str:
    return re.sub(r"\D", "", ordinal)


def _patterns() -> list[tuple[re.Pattern[str], Render]]:
    return [
        (
            re.compile(r"^ZIP code (\d{5})$"),
            lambda m: translate("CoreText", "ZIP code {0}").format(m[1]),
        ),
        (
            re.compile(r"^ZIP code (\d{5}) is split between (\d+) congressional districts\. "),
            lambda m: translate(
                "CoreText",
                "ZIP code {0} is split between {1} congressional districts. Enter your "
                "street address to find your one Representative.",
            ).format(m[1], m[2]),
        ),
        (re.compile(r"^The House seat for .* is vacant in our data\."), lambda m: None),
        (
            re.compile(r"^The address service found (\d+) addresses like the one entered\. "),
            lambda m: translate(
                "CoreText",
                "The address service found {0} addresses like the one entered. They "
                "are all in the same district; check that one of them is yours.",
            ).format(m[1]),
        ),
        (
            re.compile(r"^The address service found (\d+) different addresses like "),
            lambda m: translate(
                "CoreText",
                "The address service found {0} different addresses like the one "
                "entered, in different districts. Pick yours, or enter the full address with the "
                "ZIP code.",
            ).format(m[1]),
        ),
        (
            re.compile(r"^Puerto Rico has no senators\."),
            lambda m: translate(
                "CoreText",
                "Puerto Rico has no senators. Its member of the House is a non-voting "
                "delegate (the Resident Commissioner) who can still cosponsor bills and speak "
                "for you.",
            ),
        ),
        (
            re.compile(
                r"^(.+) has no senators\. Its member of the House is a non-voting delegate "
            ),
            lambda m: translate(
                "CoreText",
                "{0} has no senators. Its member of the House is a non-voting delegate "
                "who can still cosponsor bills and speak for you.",
            ).format(m[1]),
        ),
        (
            re.compile(
                r"^The ZIP code table uses the (\d+\w\w) Congress map; the member data is "
                r"for the (\d+\w\w)\."
            ),
            lambda m: translate(
                "CoreText",
                "The ZIP code table uses the {0} Congress map; the member data is for "
                "the {2}. Use a street address to be sure.",
                "ordinal",
            ).format(m[1], _number(m[1]), m[2], _number(m[2])),
        ),
        (
            re.compile(r"^(\d+\w\w) Congress districts \(ZIP code table\)$"),
            lambda m: translate(
                "CoreText", "{0} Congress districts (ZIP code table)", "ordinal"
            ).format(m[1], _number(m[1])),
        ),
        (
            re.compile(r"^(\d+\w\w) Congress districts \(Census ?(.*)\)$"),
            lambda m: translate(
                "CoreText", "{0} Congress districts (Census {2})", "ordinal"
            ).format(m[1], _number(m[1]), m[2]),
        ),
    ]


def localized(text: str) -> str | None:
    """``text`` in the window's language when recognised; None when the page says it itself."""
    for pattern, render in _patterns():
        found = pattern.match(text)
        if found:
            return render(found)
    return text
