"""Jinja syntax highlighting for the template editor.

Why: a template is text with code islands; seeing where ``{{ }}``, ``{% %}`` and ``{# #}``
start and end is what prevents most mistakes. Colours are dark enough on a light editor
background (and legible on a dark one) and never the only cue: statements are also bold,
comments italic. A comment may span lines (the block state carries it over).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_TAG = re.compile(r"\{\{.*?(\}\}|$)|\{%.*?(%\}|$)", re.DOTALL)
_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")
_WORD = re.compile(r"\b[A-Za-z_]\w*\b")
KEYWORDS = frozenset(
    {"if", "elif", "else", "endif", "for", "endfor", "in", "not", "and", "or", "is", "set",
     "endset", "include", "import", "from", "as", "macro", "endmacro", "call", "endcall",
     "filter", "endfilter", "with", "endwith", "block", "endblock", "extends", "true", "false",
     "none", "True", "False", "None", "loop", "recursive", "ignore", "missing"}
)  # fmt: skip
CONTEXT = frozenset(
    {"constituent", "member", "bill", "campaign", "talking_points", "story", "today"}
)
IN_COMMENT = 1


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class JinjaHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.expression = _format("#1a5fb4")  # {{ ... }}
        self.statement = _format("#8a3a00", bold=True)  # {% ... %}
        self.keyword = _format("#8a3a00", bold=True)
        self.context = _format("#26733a", bold=True)  # member, bill, ...
        self.string = _format("#a51d2d")
        self.comment = _format("#5e5c64", italic=True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.setCurrentBlockState(0)
        start = 0
        if self.previousBlockState() == IN_COMMENT:
            end = text.find("#}")
            if end < 0:
                self.setFormat(0, len(text), self.comment)
                self.setCurrentBlockState(IN_COMMENT)
                return
            self.setFormat(0, end + 2, self.comment)
            start = end + 2
        position = start
        while position < len(text):
            comment = text.find("{#", position)
            tag = _TAG.search(text, position)
            if comment >= 0 and (tag is None or comment < tag.start()):
                end = text.find("#}", comment + 2)
                if end < 0:
                    self.setFormat(comment, len(text) - comment, self.comment)
                    self.setCurrentBlockState(IN_COMMENT)
                    return
                self.setFormat(comment, end + 2 - comment, self.comment)
                position = end + 2
                continue
            if tag is None:
                return
            self._tag(text, tag.start(), tag.end())
            position = max(tag.end(), tag.start() + 1)

    def _tag(self, text: str, start: int, end: int) -> None:
        base = self.expression if text.startswith("{{", start) else self.statement
        self.setFormat(start, end - start, base)
        inner = text[start:end]
        for word in _WORD.finditer(inner):
            name = word.group(0)
            if name in KEYWORDS:
                self.setFormat(start + word.start(), len(name), self.keyword)
            elif name in CONTEXT:
                self.setFormat(start + word.start(), len(name), self.context)
        for string in _STRING.finditer(inner):
            self.setFormat(start + string.start(), len(string.group(0)), self.string)
