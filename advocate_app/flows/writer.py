"""Who is writing, and what their address means for a lookup (the rule both front ends
follow). ``LetterSession`` holds a ``Writer``; ``build_query`` turns it into a
``LookupQuery`` or says what to fix (``QueryProblem``: a code the window words itself).
"""

from __future__ import annotations

import re
from typing import NamedTuple

ADDRESS_FIELDS = ("street", "city", "state", "zip", "line")

# Why an address cannot be looked up yet (the window words each; the CLI never sees these).
NEED_HOUSE_NUMBER = "need_house_number"
NEED_CITY_OR_ZIP = "need_city_or_zip"
ZIP_DIGITS = "zip_digits"
NEED_ADDRESS = "need_address"


class Writer(NamedTuple):
    """Who is writing. ``line`` is what to look up exactly as given (the command line's
    ``--address`` or ``--zip``); when set, the other address fields only sign."""

    name: str = ""
    street: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    email: str = ""
    phone: str = ""
    line: str = ""

    @classmethod
    def clean(cls, **values: str) -> Writer:
        """Fields as typed, without surrounding spaces; the state upper-cased. Nothing else
        is changed: a line break in a name is refused where it matters (an email header),
        with a reason, rather than silently folded."""
        tidy = {k: str(values.get(k) or "").strip() for k in WRITER_KEYS}
        tidy["state"] = tidy["state"].upper()
        return cls(**tidy)

    def address_key(self) -> tuple[str, ...]:
        return tuple(getattr(self, name) for name in ADDRESS_FIELDS)


WRITER_KEYS: tuple[str, ...] = Writer._fields


class LookupQuery(NamedTuple):
    """What to look up: ``kind`` "address" (one line) or "zip"; ``district`` narrows a
    split ZIP ("TX-37") when the person knows theirs."""

    kind: str
    text: str
    district: str | None = None


class QueryProblem(NamedTuple):
    """The address cannot be looked up yet: ``code`` says why, ``field`` what to fix."""

    code: str
    field: str


def build_query(writer: Writer) -> LookupQuery | QueryProblem:
    """The rule both front ends follow for what an address means."""
    if writer.line:  # as given (the command line): a ZIP code, or an address on one line
        if re.fullmatch(r"[\d\s-]+", writer.line):
            return LookupQuery("zip", writer.line.strip())
        return LookupQuery("address", writer.line)
    zip5 = writer.zip[:5]
    if writer.street:
        if not re.search(r"\d", writer.street):
            return QueryProblem(NEED_HOUSE_NUMBER, "street")
        if not zip5 and not (writer.city and writer.state):
            return QueryProblem(NEED_CITY_OR_ZIP, "city")
        tail = " ".join(p for p in (writer.state, zip5) if p)
        return LookupQuery("address", ", ".join(p for p in (writer.street, writer.city, tail) if p))
    if len(zip5) == 5 and zip5.isdigit():
        return LookupQuery("zip", zip5)
    if writer.zip:
        return QueryProblem(ZIP_DIGITS, "zip")
    return QueryProblem(NEED_ADDRESS, "street")
