"""Text a person typed, made safe for every place a letter goes.

Why: the same words end up in a PDF, an ODT and a DOCX (XML, which refuses NUL and most
control characters), a UTF-8 text file and an email. Python strings can hold things none
of these accept: lone surrogates (the command line turns bytes that are not UTF-8 into
them), NUL, escape sequences pasted from a terminal, C1 controls from old Windows text.
Letting them through means a crash in the middle of an export; refusing them means a
person cannot print the letter they wrote. So they are removed (surrogates become U+FFFD,
the replacement character), and everything else (every script, RTL marks, emoji) stays.
"""

from __future__ import annotations

import re

# C0 controls but TAB and LF, DEL, C1 controls, surrogates, and the two noncharacters XML
# forbids. CR is handled first (CRLF and CR become LF).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SEPARATORS = re.compile("[\u2028\u2029]")


def clean_text(text: str) -> str:
    """``text`` with line ends as LF and nothing an export or a mail server would choke on."""
    if not text:
        return ""
    if text.replace("\n", "").isprintable():  # the usual case, checked in C: nothing to do
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SEPARATORS.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _UNSAFE.sub("", text)


def clean_line(text: str) -> str:
    """One line (a name, a street, an email address): cleaned, whitespace runs made one space."""
    return " ".join(clean_text(text).split())


def looks_like_email(text: str) -> bool:
    """name@host.tld with no spaces: the shape an email address must have before anyone
    tries to send to it (pack organizers, event collection addresses, participants' CSVs).
    Checked by hand rather than with a regex, so a long hostile value costs linear time."""
    local, at, domain = text.partition("@")
    return (
        bool(at and local and "." in domain[1:-1])
        and "@" not in domain
        and not any(c.isspace() for c in text)
    )
