"""Where each key of a ``campaign.toml`` is: the line numbers of ``file:line`` messages.

``tomllib`` keeps no positions, yet an organizer needs "campaign.toml:12: ..." to find a
mistake. This reads the manifest text once more, line by line, for the line of each dotted
key and table (``bills.house.number``, ``talking_points.2.text``). The text is a
stranger's, so only plain string scanning and linear regexes are used here.
"""

from __future__ import annotations

import re

_TABLE_NAME = re.compile(r"[^\]]+")  # linear regexes only: the text is a stranger's
_KEY = re.compile(r"[\w\-\"'.\s]+")


def key_lines(text: str) -> dict[str, int]:
    """Line of each dotted key and table in a TOML text (tomllib keeps no positions)."""
    lines: dict[str, int] = {}
    table, counts, in_string = "", {}, ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if in_string:
            if in_string in line:
                in_string = ""
            continue
        if not line or line.startswith("#"):
            continue
        header = _table_header(line)
        if header is not None:
            name = re.sub(r"[\s\"']", "", header)
            if line.startswith("[["):
                index = counts.get(name, 0)
                counts[name] = index + 1
                lines.setdefault(name, number)
                name = f"{name}.{index}"
            table = name
            lines.setdefault(table, number)
            continue
        equals = line.find("=")
        if equals > 0 and _KEY.fullmatch(line, 0, equals):
            dotted = re.sub(r"[\s\"']", "", line[:equals])
            lines.setdefault(f"{table}.{dotted}" if table else dotted, number)
            rest = line[equals + 1 :]
            for quote in ('"""', "'''"):
                if rest.count(quote) == 1:
                    in_string = quote
    return lines


def _table_header(line: str) -> str | None:
    """The name in ``[name]`` or ``[[name]]`` at the start of ``line`` (None if not a header).

    Plain string scanning, no backtracking: one long line of a hostile manifest once cost
    minutes of CPU through a lazy regex.
    """
    if not line.startswith("["):
        return None
    double = line.startswith("[[")
    start = 2 if double else 1
    end = line.find("]", start)
    if end < 0 or (double and not line.startswith("]]", end)):
        return None
    name = line[start:end].strip()
    return name if name and _TABLE_NAME.fullmatch(name) else None
