"""A letter as paragraphs of plain text, for organizers who do not write templates.

Why: a letter template is Jinja (``{% if %}``, ``{{ }}``), which most organizers never
learned. The editor's default view edits the letter as four parts in plain words, with
fields such as "[Bill number]" or "[Writer's city]" inserted from a menu; this module
writes the Jinja for them and reads it back:

- ``opening``: the request, for members who have not signed on;
- ``thanks``: the same place in the letter for cosponsors and sponsors (a thank-you);
- then, always: the person's own story and the talking points they ticked;
- ``closing``: the closing ask, and ``closing_thanks`` for supporters ("" = the same).

``LetterParagraphs.to_template`` writes the template; ``from_template`` reads one back, and
returns None when the template does more than paragraphs can say (it then stays in the
template view). A field is written ``[Label]`` in the text; unknown brackets stay text,
and braces typed by the person are printed as braces (the checks warn about them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LETTER_FILE = "letter.txt.j2"
MARK = "{#- Written by Advocate's paragraph editor: edit it there, or here as a template. -#}"


@dataclass(frozen=True)
class Field:
    label: str  # what the menu and the text show: [Bill number]
    expression: str  # the Jinja expression it stands for
    example: str  # what it looks like in a letter


FIELDS: tuple[Field, ...] = (
    Field("Member's title and name", 'member.title ~ " " ~ member.name',
          "Representative Jamie Rivera"),
    Field("Member's title and last name", 'member.title ~ " " ~ member.last',
          "Representative Rivera"),
    Field("Whom the member represents", "member.constituency", "the 7th District of Texas"),
    Field("Member's chamber", '"the Senate" if member.chamber == "senate" else "the House"',
          "the House"),
    Field("Bill number", "bill.label", "H.R. 3921"),
    Field("Bill title", "bill.title", "STOP CSAM Act of 2025"),
    Field("Writer's name", "constituent.name", "Jordan Example"),
    Field("Writer's first name", "constituent.first_name", "Jordan"),
    Field("Writer's city", "constituent.city", "Austin"),
    Field("Writer's city, state and ZIP", "constituent.place", "Austin, TX 78701"),
    Field("Writer's state", "constituent.state_name", "Texas"),
    Field("Congress", "campaign.congress_ordinal", "119th"),
    Field("Date the Congress ends", "campaign.end_date", "January 3, 2027"),
    Field("Campaign title", "campaign.title", "STOP CSAM Act of 2025"),
)  # fmt: skip
_BY_LABEL = {f.label: f for f in FIELDS}
_BY_EXPRESSION = {f.expression: f for f in FIELDS}
TOKEN = re.compile(r"\[([^\[\]\n]{2,60})\]")

_STORY = "{% if story %}\n\n{{ story }}\n{% endif %}\n"
_POINTS = "{% for point in talking_points %}\n\n{{ point }}\n{% endfor %}\n"
_MIDDLE = _STORY + _POINTS + "\n"
_CHOICE = re.compile(
    r"^\{% if member\.supports %\}\n(?P<yes>.*?)\n\{% else %\}\n(?P<no>.*?)\n\{% endif %\}\n?$",
    re.S,
)
_BRACE = '{{ "{" }}'


def tokens(text: str) -> list[tuple[int, int, Field]]:
    """Where the known fields are in ``text``: (start, end, field)."""
    return [(m.start(), m.end(), _BY_LABEL[m.group(1)]) for m in TOKEN.finditer(text)
            if m.group(1) in _BY_LABEL]  # fmt: skip


def to_jinja(text: str) -> str:
    """Plain text with ``[fields]`` as template text (braces the person typed are escaped)."""
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).replace("{", "\0")
    text = TOKEN.sub(
        lambda m: (
            f"{{{{ {_BY_LABEL[m.group(1)].expression} }}}}"
            if m.group(1) in _BY_LABEL
            else m.group(0)
        ),
        text,
    )
    return text.replace("\0", _BRACE)


def from_jinja(text: str) -> str | None:
    """Template text back to plain text with ``[fields]``; None if it holds anything else."""
    out = text.replace(_BRACE, "\0")

    def field(match: re.Match[str]) -> str:
        found = _BY_EXPRESSION.get(match.group(1).strip())
        return f"[{found.label}]" if found else match.group(0)

    out = re.sub(r"\{\{-?\s*(.*?)\s*-?\}\}", field, out)
    if any(mark in out for mark in ("{{", "{%", "{#")):  # only "{" is escaped: "}}" is text
        return None
    return out.replace("\0", "{")


@dataclass
class LetterParagraphs:
    opening: str = ""
    thanks: str = ""
    closing: str = ""
    closing_thanks: str = ""

    @classmethod
    def starter(cls, ask: str = "") -> LetterParagraphs:
        """Wording that reads well for every member: a wizard's or "New campaign"'s start."""
        ask = ask.strip().rstrip(".") or "cosponsor it and help bring it to a vote"
        intro = "My name is [Writer's name], and I am your constituent in [Writer's city, state and ZIP]."
        return cls(
            opening=f"{intro} I am writing to ask you to support [Bill number], the [Bill title]: "
            f"please {ask[0].lower() + ask[1:]}.",
            thanks=f"{intro} Thank you for supporting [Bill number], the [Bill title]. Please keep "
            "urging your colleagues to join you, so that it passes before the [Congress] "
            "Congress ends on [Date the Congress ends].",
            closing="I would be grateful to know where you stand on [Bill number]. Thank you for "
            "your service to [Whom the member represents].",
            closing_thanks="Thank you again for standing behind [Bill number], and for your "
            "service to [Whom the member represents].",
        )

    def to_template(self) -> str:
        def choice(yes: str, no: str) -> str:
            if not yes.strip() or to_jinja(yes) == to_jinja(no):
                return f"{to_jinja(no)}\n"
            return ("{% if member.supports %}\n" + to_jinja(yes) + "\n{% else %}\n"
                    + to_jinja(no) + "\n{% endif %}\n")  # fmt: skip

        return (f"{MARK}\n" + choice(self.thanks, self.opening) + _MIDDLE
                + choice(self.closing_thanks, self.closing))  # fmt: skip

    @classmethod
    def from_template(cls, text: str) -> LetterParagraphs | None:
        """The paragraphs of a template written like ``to_template``'s; None otherwise."""
        text = text.replace("\r\n", "\n").lstrip("\ufeff")
        if text.startswith(MARK):
            text = text[len(MARK) :].lstrip("\n")
        text = "\n".join(line.rstrip() for line in text.split("\n"))
        middle = _STORY + _POINTS
        if text.count(middle) != 1:
            return None
        head, tail = text.split(middle)
        head, tail = head.rstrip("\n") + "\n", tail.lstrip("\n")
        parts = []
        for chunk in (head, tail):
            found = _CHOICE.match(chunk)
            pair = (found.group("yes"), found.group("no")) if found else ("", chunk.rstrip("\n"))
            plain = [from_jinja(p) for p in pair]
            if any(p is None for p in plain):
                return None
            parts.append(plain)
        (thanks, opening), (closing_thanks, closing) = parts
        if not opening.strip():
            return None
        return cls(opening, thanks or "", closing, closing_thanks or "")
