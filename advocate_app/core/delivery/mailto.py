"""A ``mailto:`` link for the person's own mail program, when no SMTP server is set up.

RFC 6068: every part is UTF-8 percent-encoded; spaces are ``%20`` (never ``+``) and line
breaks ``%0D%0A``. Addresses are validated like the email route's, so a crafted address
cannot smuggle extra header fields (``?bcc=``) into the link.

Mail programs and operating systems cap how long a link they will open (Windows and some
Outlook versions around 2,000 characters), so ``too_long`` tells the caller to open the
link with the subject only and paste the copied body instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from advocate_app.core.delivery.email import check_header_text, parse_address

SAFE_LENGTH = 2000


@dataclass(frozen=True)
class MailtoLink:
    url: str
    too_long: bool  # longer than many mail programs accept: use ``short_url``
    short_url: str  # the same link without the body


def _encode(value: str) -> str:
    normalized = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return quote(normalized, safe="", encoding="utf-8")


def mailto_url(
    to: Sequence[str] | str = (), subject: str = "", body: str = "", cc: Sequence[str] = ()
) -> str:
    recipients = [to] if isinstance(to, str) else list(to)
    addrs = [parse_address(a, "to").addr_spec for a in recipients if a.strip()]
    cc_addrs = [parse_address(a, "to").addr_spec for a in cc if a.strip()]
    check_header_text(subject, "subject")
    fields = []
    if cc_addrs:
        fields.append("cc=" + ",".join(quote(a, safe="@") for a in cc_addrs))
    if subject:
        fields.append("subject=" + _encode(subject))
    if body:
        fields.append("body=" + _encode(body))
    url = "mailto:" + ",".join(quote(a, safe="@") for a in addrs)
    return url + ("?" + "&".join(fields) if fields else "")


def mailto_link(to: Sequence[str] | str, subject: str, body: str) -> MailtoLink:
    url = mailto_url(to, subject, body)
    return MailtoLink(url, len(url) > SAFE_LENGTH, mailto_url(to, subject))
