"""TOML and template (Jinja) errors in plain words, at the line where the mistake starts.

Why: ``tomllib`` and Jinja speak to programmers ("Illegal character '\\n'", "Unclosed
array", "expected token ':', got '}'") and often point at the end of the file, where the
parser gave up, rather than where the organizer has to look. Each message here says what
is wrong in words a volunteer knows, what to do, and the line where the broken piece
begins (the opening quote, the ``[`` of a list, the ``{% for %}`` without its end).
"""

from __future__ import annotations

import re

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_KEY_OPENS_LIST = re.compile(r"^\s*[\w.\"'-]+\s*=\s*\[")


def _where(exc: Exception) -> tuple[str, int, int]:
    text = str(exc)
    found = _AT.search(text)
    if not found:
        return re.sub(r"\s*\(at end of document\)", "", text), -1, 0
    return _AT.sub("", text), int(found.group(1)), int(found.group(2))


def _strip_strings(line: str) -> str:
    return re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'', '""', line)


def _list_start(lines: list[str], upto: int) -> int:
    """The line (1-based) of the ``key = [`` whose list is still open at line ``upto``."""
    depth, start = 0, 0
    for number, raw in enumerate(lines[:upto], 1):
        code = _strip_strings(raw)
        code = code.split("#", 1)[0]
        if depth == 0 and _KEY_OPENS_LIST.match(code):
            start = number
        depth = max(0, depth + code.count("[") - code.count("]"))
        if depth == 0 and not code.lstrip().startswith("["):
            start = (
                0
                if not _KEY_OPENS_LIST.match(code) or code.count("[") == code.count("]")
                else start
            )
    return start


def _open_multiline(lines: list[str], upto: int) -> int:
    """The line where a \"\"\" or ''' string opens and is never closed (0 if none)."""
    opened, quote = 0, ""
    for number, raw in enumerate(lines[:upto], 1):
        for mark in re.findall(r'"""|\'\'\'', raw):
            if not quote:
                opened, quote = number, mark
            elif mark == quote:
                opened, quote = 0, ""
    return opened


def explain_toml_error(text: str, exc: Exception) -> tuple[int, str]:
    """``(line, message)`` for a ``tomllib.TOMLDecodeError`` on ``text``."""
    raw, line, column = _where(exc)
    lines = text.lstrip("\ufeff").splitlines()
    if line < 0:  # "at end of document"
        line = len(lines)
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if raw.startswith("Unterminated string") or (
        raw.startswith("Illegal character") and _open_multiline(lines, line)
    ):
        start = _open_multiline(lines, line) or line
        return start, (
            'a text value opens with three quotes (""") and never closes them: '
            'end it with """ on the line where the text ends'
        )
    if raw.startswith("Illegal character") and ("\\n" in raw or "\\r" in raw or column > len(here)):
        if here.count('"') % 2 == 1 or here.count("'") % 2 == 1:
            return line, (
                'a text value is missing its closing quote: end the text with " on the same '
                'line (for text over several lines, use three quotes: """...""")'
            )
        return line, "this line ends where a value was expected: finish it or remove it"
    if raw.startswith("Illegal character") or raw.startswith("Found invalid character"):
        return line, (
            f"this line holds a character TOML does not allow here ({raw.split(' ', 2)[-1]}); "
            "put text inside quotes"
        )
    open_list = _list_start(lines, line - 1) if line > 1 else 0
    if raw.startswith("Unclosed array") or (raw.startswith("Invalid value") and open_list):
        start = (open_list or _list_start(lines, line)) or line
        return start, (
            "a list that opens with [ is never closed: end it with ] (and separate its "
            "items with commas)"
        )
    if raw.startswith("Unclosed inline table"):
        return line, "a { ... } group is never closed with }; check the commas and quotes inside it"
    if raw.startswith("Expected newline or end of document"):
        if here.count('"') > 2:
            return line, (
                'the text on this line has a quote (") inside it, which ends the text early: '
                "write it as \\\" or put the whole text in single quotes ('...')"
            )
        return line, (
            "there is more on this line after the value: put each setting on its own line, "
            "and text inside quotes"
        )
    if raw.startswith("Invalid value"):
        return line, (
            'the value after = is not understood: put text in quotes ("like this"), write '
            "numbers without quotes, and true or false in lower case"
        )
    if raw.startswith("Invalid statement") or raw.startswith("Invalid initial character"):
        return line, (
            "this line is not a setting (name = value), a [table] heading or a # note; "
            "check for a missing = or a stray character"
        )
    if raw.startswith("Expected '=' after a key"):
        return line, 'a setting needs an = between its name and its value, e.g. title = "..."'
    if raw.startswith("Expected ']' at the end") or raw.startswith("Expected ']]'"):
        return line, "a [table] heading is missing its closing bracket ]"
    if raw.startswith(("Cannot declare", "Cannot overwrite", "Cannot mutate", "Cannot redefine",
                       "Duplicate")):  # fmt: skip
        parts = re.findall(r"'([^']+)'", raw)
        what = (
            f"[{'.'.join(parts)}]"
            if raw.startswith("Cannot declare") and parts
            else (f"'{'.'.join(parts)}'" if parts else "this setting")
        )
        return line, (
            f"{what} is given twice; keep only one "
            "(a [table] can appear once, [[talking_points]] as often as you like)"
        )
    if raw.startswith("Invalid date"):
        return line, "a date must be written like 2027-01-03 (year, month, day)"
    if "Unescaped '\\'" in raw or "Escaped character" in raw or "hex value" in raw:
        return line, "a \\ in text must be written \\\\ (or use single quotes around the text)"
    return line, f"this line is not valid TOML ({raw}); compare it with the examples in the guide"


# --- templates ---------------------------------------------------------------------------
_BLOCK_OPEN = re.compile(r"{%-?\s*(for|if|macro|set|block|filter|call|with)\b(.*?)-?%}", re.S)
_BLOCK_CLOSE = re.compile(r"{%-?\s*end(for|if|macro|set|block|filter|call|with)\b.*?-?%}", re.S)
_WORDS = {"for": "loop ({% for %})", "if": "condition ({% if %})", "macro": "macro",
          "set": "{% set %} block", "block": "block", "filter": "filter block",
          "call": "call block", "with": "with block"}  # fmt: skip


def _unclosed_block(source: str, kind: str) -> int:
    """The line of the last ``{% kind %}`` left without its ``{% endkind %}`` (0 if none)."""
    stack: list[tuple[str, int]] = []
    events = [(m.start(), "open", m.group(1), m.group(2)) for m in _BLOCK_OPEN.finditer(source)]
    events += [(m.start(), "close", m.group(1), "") for m in _BLOCK_CLOSE.finditer(source)]
    for pos, what, name, rest in sorted(events):
        if what == "open":
            if name == "set" and "=" in rest:
                continue  # {% set x = ... %} has no end
            stack.append((name, source.count("\n", 0, pos) + 1))
        elif stack and stack[-1][0] == name:
            stack.pop()
    for name, line in reversed(stack):
        if name == kind or not kind:
            return line
    return 0


def explain_template_error(source: str, line: int, message: str) -> tuple[int, str]:
    """``(line, message)`` in plain words for a Jinja syntax error in ``source``."""
    text = message.strip()
    missing = re.search(r"Unexpected end of template\. Jinja was looking for the following "
                        r"tags: '(\w+)'", text)  # fmt: skip
    if missing or text.startswith("Unexpected end of template"):
        tag = missing.group(1) if missing else ""
        kind = re.sub(r"^end", "", tag).split("'")[0] if tag else ""
        if tag in ("elif", "else"):
            kind = "if"
        start = _unclosed_block(source, kind) or line
        word = _WORDS.get(kind, "block")
        end = f"{{% end{kind} %}}" if kind else "its {% end... %}"
        return start, f"this {word} is never closed: add {end} where it should end"
    unknown_tag = re.search(r"Encountered unknown tag '(\w+)'", text)
    if unknown_tag:
        tag = unknown_tag.group(1)
        if tag.startswith("end") or tag in ("else", "elif"):
            return line, (
                f"{{% {tag} %}} has nothing to close: remove it, or add the "
                f"{{% {tag.removeprefix('end') if tag.startswith('end') else 'if'} ... %}} it belongs to"
            )
        return line, f"{{% {tag} %}} is not something a template can do; check the spelling"
    lines = source.splitlines()
    if "expected token" in text or "unexpected" in text:
        for start in range(min(line, len(lines)), max(0, line - 4), -1):  # where it opened
            here = lines[start - 1]
            if here.count("{%") > here.count("%}"):
                return start, (
                    "a {% ... %} tag on this line is not closed with %} (a tag opens with {% "
                    "and closes with %}, e.g. {% if story %})"
                )
            if here.count("{{") > here.count("}}"):
                return start, (
                    "a {{ ... }} field on this line is not closed with }}, e.g. {{ story }}"
                )
    if (
        "expected token 'end of print statement'" in text
        or "expected token ':'" in text
        or ("unexpected '}'" in text)
    ):
        return line, (
            "a {{ ... }} field is not written right: it needs two braces on each side, "
            "{{ like.this }}, with only a field name inside"
        )
    if text.startswith("Expected an expression"):
        return line, (
            "a {% %} tag or {{ }} field on this line is empty: put a condition or a field "
            "name inside it, e.g. {% if story %} or {{ bill.label }}"
        )
    if "unexpected end of template" in text.lower() or "unexpected 'end of template'" in text:
        return line, "a {{ or {% opened here is never closed with }} or %}"
    if "unexpected char" in text:
        char = re.search(r"unexpected char (.+?) at", text)
        return line, (
            f"a field or tag holds a character it cannot use ({char.group(1) if char else '?'}): "
            "inside {{ }} use only field names like member.last"
        )
    if text.startswith("expected token") or text.startswith("unexpected"):
        return line, f"a {{{{ }}}} field or {{% %}} tag on this line is not complete ({text})"
    return line, text
