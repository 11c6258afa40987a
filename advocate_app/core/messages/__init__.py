"""Sentences for a person, as codes with arguments (English by default).

Why codes: ``core`` speaks English (the command line prints its messages as they are), and
the window speaks the person's language. A ``Message`` is a ``str`` (its English text, so
``print``, ``join``, JSON and every existing comparison keep working) that also carries its
``code`` and its ``args``; the window looks the code up and says it in its own language
(gui/messages.py), so rewording an English sentence never silently breaks a translation.

Adding a message: add ``"area.what": QT_TRANSLATE_NOOP("Message", "English text with
{named} arguments")`` to the catalogue module of its area (``lookup.py``, ``services.py``,
``mail.py``, ``letters.py``, ``local.py`` in this package; Qt's ``lupdate`` reads them, see
scripts/translations.py), raise or return ``Message("area.what", named=...)``, run
``python3 scripts/translations.py`` and translate the new entry in
``resources/i18n/advocate_es.ts``. A test walks every code in every window language.

Arguments are values (numbers, names, addresses, server replies) or other ``Message``s
(translated in turn). An ordinal congress comes twice, ``congress`` (119) and
``congress_ordinal`` ("119th"), so each language can write it its own way.

Why a package: the catalogue grows with every feature, so it is split by area into modules
of its own; this module holds ``Message`` and merges the areas into ``CATALOGUE`` (a code
in two areas is refused at import).
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

from advocate_app.core.messages.letters import LETTERS
from advocate_app.core.messages.local import LOCAL
from advocate_app.core.messages.lookup import LOOKUP
from advocate_app.core.messages.mail import MAIL
from advocate_app.core.messages.services import SERVICES

CONTEXT = "Message"  # the Qt translation context of every template below


def placeholders(template: str) -> set[str]:
    """The argument names a template needs: those it uses, and ``x`` for each ``x_ordinal``
    (another language may write the bare number)."""
    used = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return used | {n.removesuffix("_ordinal") for n in used if n.endswith("_ordinal")}


def fill(template: str, args: Mapping[str, Any]) -> str:
    """``template`` with ``args`` put in (``str()`` of each: a nested Message in English)."""
    return template.format_map({k: str(v) for k, v in args.items()})


class Message(str):
    """One sentence for a person: ``str()`` is the English text; ``code`` and ``args`` let
    a front end say it in another language."""

    code: str
    args: dict[str, Any]

    def __new__(cls, code: str, /, **args: Any) -> Message:
        template = CATALOGUE[code]  # KeyError: a code nobody wrote down
        missing = placeholders(template) - set(args)
        if missing:
            raise TypeError(f"message {code!r} needs {sorted(missing)}")
        self = super().__new__(cls, fill(template, args))
        self.code = code
        self.args = dict(args)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickling and copying keep the code
        return (_rebuild, (self.code, self.args))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {super().__repr__()})"


def _rebuild(code: str, args: dict[str, Any]) -> Message:
    return Message(code, **args)


def message_of(value: object) -> Message | None:
    """The ``Message`` a value or an error carries (``AdvocateError.message``), if any."""
    if isinstance(value, Message):
        return value
    carried = getattr(value, "message", None)
    return carried if isinstance(carried, Message) else None


# --- the catalogue (English; Spanish in resources/i18n/advocate_es.ts) ---------------------
def _merge(*areas: Mapping[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for area in areas:
        twice = merged.keys() & area.keys()
        if twice:
            raise RuntimeError(f"message codes in two catalogue areas: {sorted(twice)}")
        merged.update(area)
    return merged


CATALOGUE: dict[str, str] = _merge(LETTERS, LOOKUP, SERVICES, MAIL, LOCAL)


def and_list(items: Sequence[Any], code: str = "list.and") -> Any:
    """``A and B and C`` as nested ``list.and`` messages (one item: itself); ``list.or``
    for ``A or B``."""
    if not items:
        return ""
    joined = items[0]
    for item in items[1:]:
        joined = Message(code, first=joined, second=item)
    return joined
