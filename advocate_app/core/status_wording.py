"""Finding template sentences that state a bill's status as a bare fact.

A status goes stale ("is now before the House Judiciary Committee" after the committee
acted), so a letter should say it from ``bill.latest_action`` and its date, which come from
Congress.gov or from the pack's dated ``status``. ``campaign check`` warns on the rest.
"""

from __future__ import annotations

import re

# Present-tense status claims about where a bill stands.
_STATUS = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:before|pending|awaiting|stalled|stuck)\b"
    r"|\b(?:now|currently|still)\s+(?:waits|sits|awaits|rests|lies)\b"
    r"|\bwaits\s+on\s+the\s+\w+\s+calendar\b"
    r"|\b(?:is|are)\s+(?:now\s+)?on\s+the\s+\w+\s+calendar\b",
    re.IGNORECASE,
)
_VARIABLE = re.compile(r"\blatest_action\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def bare_status_sentences(source: str) -> list[tuple[int, str]]:
    """(line, sentence) for each sentence stating a status without ``latest_action``."""
    found: list[tuple[int, str]] = []
    blank = lambda m: "\n" * m.group(0).count("\n") + " "  # noqa: E731 - keeps line numbers
    text = re.sub(r"\{#.*?#\}|\{%.*?%\}", blank, source, flags=re.S)
    position = 0
    for sentence in _SENTENCE_END.split(text):
        start = text.find(sentence, position)
        position = start + len(sentence) if start >= 0 else position
        if _STATUS.search(sentence) and not _VARIABLE.search(sentence):
            line = text.count("\n", 0, max(start, 0) + _STATUS.search(sentence).start()) + 1
            found.append((line, " ".join(sentence.split())[:100]))
    return found
