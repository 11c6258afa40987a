"""The contact-form route: which web page to open, and whether the letter will fit.

Most offices take messages through a form on their website, not by email (DOMAIN.md 3).
The GUI copies the text to the clipboard and opens the page; this module decides:

- The page: the member's ``contact_form`` from congress-legislators when it has one (87 of
  100 senators, 2 House members in the 2026-06 snapshot); otherwise their website plus
  ``/contact``, the path House and Senate sites conventionally use, marked as a guess so
  the person is told to look for "Contact" if it is not the form.
- The length: forms cap the message field, and a cut-off letter loses its closing and the
  writer's address. Published numbers are scarce, so ``OFFICE_LIMITS`` holds only limits
  someone has read off a live form (keyed by bioguide id, with the date checked in a
  comment), and everything else gets ``DEFAULT_LIMIT``: the low end of the rough
  2,000-5,000 characters seen on Senate forms (a planning figure for this project, not a
  survey), chosen so that a warning may be needless but a missing one is unlikely. The unitedstates/contact-congress YAML files record
  ``max_length`` per form field, but were last maintained years ago for forms that have
  since been replaced, so they are not used as current limits.

Counting is conservative: a line break counts as two characters, since forms submit
CRLF, and characters are counted in UTF-16 units as a browser's ``maxlength`` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from advocate_app.core.models import Letter, Member

DEFAULT_LIMIT = 2000
# bioguide -> characters allowed in the message field, verified on the live form.
# Add an entry only with the date it was checked: e.g. "X000000": 5000,  # 2026-11-25
OFFICE_LIMITS: dict[str, int] = {}
CONTACT_PATH = "contact"


@dataclass(frozen=True)
class ContactRoute:
    url: str  # "" when the member has neither a form nor a website in the data
    kind: str  # "contact_form", "website_guess" or "none"
    note: str  # what to tell the person about the page


@dataclass(frozen=True)
class LengthCheck:
    length: int
    limit: int
    limit_known: bool  # True when the limit is from OFFICE_LIMITS, not the default

    @property
    def over(self) -> bool:
        return self.length > self.limit

    @property
    def warning(self) -> str:
        if not self.over:
            return ""
        if self.limit_known:
            return (
                f"Your message is {self.length:,} characters; this office's form takes "
                f"at most {self.limit:,}. Shorten it before pasting, or send it on paper."
            )
        return (
            f"Your message is {self.length:,} characters. Many Senate contact forms take "
            f"only 2,000 to 5,000 and cut off the rest, so the end of your letter may be "
            "lost. Check that the form kept all of it, shorten it, or send it on paper."
        )


def _safe_web_url(url: str) -> str:
    """``url`` when it is a plain http(s) address; "" for anything else in the data."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return ""
    return url


def contact_route(member: Member) -> ContactRoute:
    form = _safe_web_url(member.contact_form)
    if form:
        return ContactRoute(
            form,
            "contact_form",
            "This is the office's contact form. Paste your letter into its message box.",
        )
    site = _safe_web_url(member.url)
    if site:
        parts = urlsplit(site)
        path = parts.path.rstrip("/")
        guess = urlunsplit((parts.scheme, parts.netloc, f"{path}/{CONTACT_PATH}", "", ""))
        return ContactRoute(
            guess,
            "website_guess",
            "The office's form is not in our data, so this opens the usual "
            "contact page of their website. If it is not a form, look for "
            "\u201cContact\u201d on the site.",
        )
    return ContactRoute(
        "",
        "none",
        "No website is known for this office yet. Send the letter on paper "
        "to the district office instead.",
    )


def form_text(letter: Letter) -> str:
    """What goes in the form's message box: the form already has the address fields, so
    this is salutation, body, closing and signature, without date and inside address."""
    blocks = [
        letter.salutation,
        letter.body.strip(),
        letter.closing + ("\n" + "\n".join(letter.signature) if letter.signature else ""),
    ]
    return "\n\n".join(b for b in blocks if b) + "\n"


def form_length(text: str) -> int:
    units = len(text.encode("utf-16-le")) // 2
    return units + text.count("\n") - text.count("\r\n")


def check_length(member: Member, text: str) -> LengthCheck:
    limit = OFFICE_LIMITS.get(member.bioguide)
    return LengthCheck(form_length(text), limit or DEFAULT_LIMIT, limit is not None)
