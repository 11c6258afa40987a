"""Compose the email that carries a letter.

Why so strict: every header value here comes from something a person typed (their name,
the subject they edited, an address) or from a campaign pack someone else wrote. A line
break in any of them could add a ``Bcc:`` or rewrite the message, so any control
character (CR, LF, NUL, and the Unicode line separators Python's ``splitlines`` honours)
in a header field is refused with ``InputProblem``; display names and subjects with
non-ASCII letters are RFC 2047-encoded by ``email.headerregistry``; addresses must be
plain ``local@domain`` (an internationalised domain is IDNA-encoded).

The body is the letter's canonical text (``Letter.as_text()``), UTF-8, quoted-printable
so it passes any server; the PDF, when given, is attached as ``application/pdf``.
The ``Message-ID`` is made here, once, and stored with the queued letter so a re-send
after a crash carries the same id (see outbox.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message
from advocate_app.core.models import Letter

# C0/C1 controls except TAB, DEL, the separators str.splitlines() treats as breaks, and
# lone surrogates (what the command line makes of bytes that are not UTF-8: unencodable).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_DOMAIN = re.compile(
    r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"
)
MAX_SUBJECT = 250

FIELD_NAMES = {
    "sender": "the sender address (From)",
    "sender_name": "your name",
    "to": "the recipient address",
    "reply_to": "the reply address",
    "subject": "the subject",
    "attachment": "the attachment name",
}


def _field(field: str) -> str:
    """The field's name at the start of a sentence ("The recipient address")."""
    if field in FIELD_NAMES:
        return Message(f"email.field.{field}")
    return field[:1].upper() + field[1:]


def check_header_text(value: str, field: str) -> str:
    """``value`` unchanged, or ``InputProblem`` when it holds a line break or control char."""
    if _FORBIDDEN.search(value):
        raise InputProblem(
            Message("email.control_character", field=_field(field)),
            detail=f"control character in {field}",
        )
    return value


def parse_address(text: str, field: str = "to") -> Address:
    """A single plain address ``local@domain`` (no name), validated, or ``InputProblem``."""
    check_header_text(text, field)
    value = text.strip()
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        raise InputProblem(Message("email.not_an_address", field=_field(field), value=repr(value)))
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        ascii_domain = ""
    if not _LOCAL.match(local) or not _DOMAIN.match(ascii_domain):
        raise InputProblem(
            Message("email.unusable_address", field=_field(field), value=repr(value))
        )
    return Address(addr_spec=f"{local}@{ascii_domain.lower()}")


def parse_mailbox(text: str, field: str = "sender", display_name: str = "") -> Address:
    """``"Name <addr>"`` or ``addr``; ``display_name`` is used when the text has none."""
    check_header_text(text, field)
    check_header_text(display_name, "sender_name")
    name, addr = "", text.strip()
    if "<" in text:
        pairs = getaddresses([text.strip()])
        if len(pairs) != 1 or not pairs[0][1]:
            raise InputProblem(Message("email.one_mailbox", field=_field(field), value=repr(text)))
        name, addr = pairs[0]
    spec = parse_address(addr, field)
    shown = " ".join((name or display_name).split())  # headers fold runs of spaces anyway
    return Address(display_name=shown, username=spec.username, domain=spec.domain)


def new_message_id(sender: Address) -> str:
    """A globally unique id, under the sender's domain (not this computer's host name)."""
    return make_msgid(domain=sender.domain or "advocate.invalid")


def subject_for(letter: Letter, to_kind: str) -> str:
    """The subject line: the letter's own for an office; with who and whom for the rest."""
    if to_kind == "office":
        return letter.subject
    member = letter.member
    who = f"{member.role.title} {member.name} ({member.seat})"
    base = letter.subject or "Letter"
    tail = f"{who}, from {letter.constituent.name}" if letter.constituent.name else who
    return f"{base} - letter to {tail}"


def compose_email(
    letter: Letter,
    *,
    sender: str,
    to: Sequence[str] | str,
    reply_to: str = "",
    subject: str | None = None,
    pdf: bytes | None = None,
    pdf_filename: str = "letter.pdf",
    message_id: str | None = None,
    when: datetime | None = None,
) -> EmailMessage:
    """The message for ``letter``. Raises ``InputProblem`` for any unsafe or invalid field.

    ``sender`` is the From address (``"Name <addr>"`` or ``addr``; without a name the
    constituent's name is shown). ``reply_to`` defaults to the constituent's email, else
    the sender.
    """
    constituent_name = letter.constituent.name or ""
    from_addr = parse_mailbox(sender, "sender", display_name=constituent_name)
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise InputProblem(Message("email.no_recipient"))
    to_addrs = [parse_address(r, "to") for r in recipients]
    reply_text = reply_to or letter.constituent.email
    reply_addr = (
        Address(
            display_name=" ".join(constituent_name.split()),
            addr_spec=parse_address(reply_text, "reply_to").addr_spec,
        )
        if reply_text
        else from_addr
    )
    subject_text = check_header_text(letter.subject if subject is None else subject, "subject")
    subject_text = " ".join(subject_text.split())[:MAX_SUBJECT] or "Letter"
    check_header_text(pdf_filename, "attachment")
    if message_id is not None:
        check_header_text(message_id, "message_id")
        if not re.fullmatch(r"<[^<>\s@]+@[^<>\s@]+>", message_id):
            raise ValueError(f"malformed Message-ID {message_id!r}")

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = from_addr
    msg["To"] = to_addrs
    msg["Reply-To"] = reply_addr
    msg["Subject"] = subject_text
    msg["Date"] = format_datetime(when or datetime.now().astimezone())
    msg["Message-ID"] = message_id or new_message_id(from_addr)
    msg.set_content(_body_text(letter), charset="utf-8", cte="quoted-printable")
    if pdf is not None:
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("the attachment is not a PDF")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_filename)
    return msg


def _body_text(letter: Letter) -> str:
    text = letter.as_text().replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "")


def envelope(msg: EmailMessage) -> tuple[str, list[str]]:
    """(MAIL FROM, RCPT TO list) taken from the composed headers: To only, never Bcc."""
    sender = msg["From"].addresses[0].addr_spec
    recipients = [a.addr_spec for a in msg["To"].addresses]
    return sender, recipients


def message_bytes(msg: EmailMessage) -> bytes:
    """The exact bytes to store and send (CRLF line ends, as on the wire)."""
    return msg.as_bytes(policy=policy.SMTP)
