"""The organizer's one-page summary of an event's letters, to bring to an office.

"42 constituents of TX-37 wrote to Representative Al Green about H.R. 3921." Built from
tallies only (``core/tallies.py``), so it can carry no writer's name, address or words:
one sentence per office, a table (member, seat, bill, letters, routes), the event's name
and dates (without an event, the title names the dates). Letters (one per writer and office)
are told apart from deliveries (a letter printed and emailed is one letter, two
deliveries), by route: printed, emailed, web form, saved. Only an emailed letter is known to
have been sent; the others are called "prepared". ``per_office=True`` gives one page per office instead, each a stand-alone sheet
for that office's staff.

Qt use is QtGui only (a ``QTextDocument`` painted on a ``QPdfWriter`` by the same page
painter as letters); the wording helpers are plain Python and tested on their own.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.files import atomic_write_bytes
from advocate_app.core.letter_conventions import format_date
from advocate_app.core.lookup.geography import state_name
from advocate_app.core.tallies import ROUTE_WORDS, OfficeTally

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

    from advocate_app.core.campaign_model import Campaign

log = logging.getLogger(__name__)

_AT_LARGE_TITLES = {"senate": "Senator", "house": "Representative"}
_TERRITORY_TITLES = {"PR": "Resident Commissioner", "DC": "Delegate", "GU": "Delegate",
                     "VI": "Delegate", "AS": "Delegate", "MP": "Delegate"}  # fmt: skip
_WITH_ARTICLE = frozenset({"DC", "VI", "MP"})  # "the District of Columbia"
MAX_SENTENCES = 10  # more offices than this: the one-page summary lists them in the table only


@dataclass(frozen=True)
class CampaignNames:
    """What the summary calls a campaign and its bills (from the pack, when still installed)."""

    title: str
    bills: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # chamber -> (label, short title)


def campaign_names(campaigns: Iterable[Campaign]) -> dict[str, CampaignNames]:
    return {
        c.id: CampaignNames(
            c.title, {ch.value: (b.label, b.short_title) for ch, b in c.bills.items()}
        )
        for c in campaigns
    }


@dataclass(frozen=True)
class SummaryInfo:
    event_name: str = ""
    dates: str = ""  # "November 25, 2026" or "November 1 to 25, 2026"
    organizer: str = ""
    campaigns: Mapping[str, CampaignNames] = field(default_factory=dict)
    spanish_letters: int = 0  # of all the letters counted (Tallies.languages()["es"])


def dates_text(first: datetime | None, last: datetime | None) -> str:
    """ "November 25, 2026"; "November 1 to 25, 2026"; "October 30 to November 2, 2026"."""
    if first is None or last is None:
        return ""
    a, b = first.date(), last.date()
    if a == b:
        return format_date(a)
    if a.year != b.year:
        return f"{format_date(a)} to {format_date(b)}"
    start = format_date(a).rsplit(",", 1)[0]
    end = format_date(b)
    if a.month == b.month:
        end = end.split(" ", 1)[1]  # "25, 2026"
    return f"{start} to {end}"


def member_title(office: OfficeTally) -> str:
    if office.chamber == "senate":
        return "Senator"
    if office.district == 0 and office.state in _TERRITORY_TITLES:
        return _TERRITORY_TITLES[office.state]
    return _AT_LARGE_TITLES.get(office.chamber, "")


def place(office: OfficeTally) -> str:
    """Whose constituents: "TX-37", "Wyoming (at large)", "Texas", "the District of Columbia"."""
    name = state_name(office.state) or office.state
    if office.state in _WITH_ARTICLE:
        name = f"the {name}"
    if office.chamber == "senate" or office.district is None:
        return name
    if office.district == 0:
        return name if office.state in _TERRITORY_TITLES else f"{name} (at large)"
    return office.seat


def bill_text(office: OfficeTally, info: SummaryInfo) -> str:
    """ "H.R. 3921 (STOP CSAM Act of 2025)", falling back to the campaign's title."""
    names = info.campaigns.get(office.campaign_id)
    label, short = office.bill_label, ""
    if names is not None:
        known = names.bills.get(office.chamber)
        if known:
            label = label or known[0]
            short = known[1] if known[0] == label else ""
        short = short or ("" if label else names.title)
    if label and short:
        return f"{label} ({short})"
    return label or short or office.campaign_id


def office_sentence(office: OfficeTally, info: SummaryInfo) -> str:
    """ "42 constituents of TX-37 wrote to Representative Al Green about H.R. 3921 (...)."."""
    n = office.letters
    who = "constituent" if n == 1 else "constituents"
    where = place(office)
    preposition = "in" if office.chamber == "senate" else "of"
    title = member_title(office)
    return (
        f"{n} {who} {preposition} {where} wrote to {title} {office.member_name} "
        f"about {bill_text(office, info)}."
    ).replace("  ", " ")


def spanish_text(spanish: int, total: int) -> str:
    """ "12 of 40 letters in Spanish." ("All 3 letters in Spanish.", "1 of 2 letters ...")."""
    if spanish >= total:
        return f"All {total} letters in Spanish." if total != 1 else "The letter is in Spanish."
    return f"{spanish} of {total} letters in Spanish."


# How a letter left, in the summary's words and order. Only email is known to reach the office.
ROUTE_ORDER = ("print", "email", "contact_form", "mailto", "pdf", "odt", "docx", "txt")
ROUTE_PHRASES = {
    "print": "printed",
    "email": "emailed",
    "contact_form": "by web form",
    "mailto": "by mail program",
    "pdf": "saved as PDF",
    "odt": "saved as an OpenDocument file",
    "docx": "saved as a Word file",
    "txt": "saved as text",
}
SENT_ROUTES = frozenset({"email"})
_PREPARED_WORDS = {"print": "printed", "contact_form": "opened in a web form",
                   "mailto": "opened in a mail program"}  # fmt: skip


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 letter", "2 letters" (never "letter(s)")."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _route_key(route: str) -> tuple[int, str]:
    return (ROUTE_ORDER.index(route) if route in ROUTE_ORDER else len(ROUTE_ORDER), route)


def merged_routes(offices: Iterable[OfficeTally]) -> dict[str, int]:
    total: dict[str, int] = {}
    for office in offices:
        for route, n in office.routes.items():
            total[route] = total.get(route, 0) + n
    return dict(sorted(total.items(), key=lambda item: _route_key(item[0])))


def routes_words(routes: Mapping[str, int]) -> str:
    """ "2 printed, 1 emailed, 3 saved as PDF"."""
    ordered = sorted(routes.items(), key=lambda item: _route_key(item[0]))
    return ", ".join(f"{n} {ROUTE_PHRASES.get(r, ROUTE_WORDS.get(r, r))}" for r, n in ordered if n)


def routes_paragraph(offices: Sequence[OfficeTally]) -> str:
    """ "By route: 5 printed, 2 emailed. 7 deliveries of 6 letters: a letter that left two
    ways counts once for each." (the second sentence only when the numbers differ)."""
    routes = merged_routes(offices)
    letters = sum(o.letters for o in offices)
    deliveries = sum(routes.values())
    text = f"By route: {routes_words(routes)}."
    if deliveries != letters:
        text += (
            f" {plural(deliveries, 'delivery', 'deliveries')} of {plural(letters, 'letter')}: "
            "a letter that left more than one way counts once for each."
        )
    return text


def prepared_paragraph(offices: Sequence[OfficeTally]) -> str:
    """What is known to have been sent (email) and what was only prepared."""
    routes = merged_routes(offices)
    sent = sum(n for r, n in routes.items() if r in SENT_ROUTES)
    other = [r for r in routes if r not in SENT_ROUTES and routes[r]]
    if not other:
        return "Every letter went out by email."
    ways: list[str] = []
    for route in other:
        word = _PREPARED_WORDS.get(route, "saved")
        if word not in ways:
            ways.append(word)
    how = ", ".join(ways[:-1]) + (" or " if len(ways) > 1 else "") + ways[-1]
    prepared = (
        f"Letters that were {how} are counted as prepared: Advocate does not know whether "
        "they were sent."
    )
    if sent:
        return f"{plural(sent, 'letter')} went out by email. {prepared}"
    return prepared


# --- the document -------------------------------------------------------------------------------
def _page_html(offices: Sequence[OfficeTally], info: SummaryInfo, *, single: bool) -> str:
    e = html.escape
    total = sum(o.letters for o in offices)
    head = "Letters from constituents"
    lines = [f'<p style="font-size:11pt; color:#444">{e(head)}</p>']
    title = info.event_name or "Letters written with Advocate"
    if not info.event_name and info.dates:
        title = f"{title}, {info.dates}"  # without an event, the dates are its name
    lines.append(f'<h1 style="font-size:22pt; margin-bottom:3px">{e(title)}</h1>')
    if info.dates and info.event_name:
        lines.append(f'<p style="font-size:13pt; margin-top:0">{e(info.dates)}</p>')
    if single and offices:
        office = offices[0]
        lines.append(
            f'<p style="font-size:18pt; margin-top:37px; margin-bottom:16px"><b>'
            f"{e(office_sentence(office, info))}</b></p>"
        )
    else:
        lines.append(
            f'<p style="font-size:14pt; margin-top:19px"><b>{plural(total, "letter")} to '
            f"{plural(len(offices), 'office')}.</b></p>"
        )
        if info.spanish_letters:
            lines.append(
                f'<p style="font-size:12pt">{e(spanish_text(info.spanish_letters, total))}</p>'
            )
        if len(offices) > MAX_SENTENCES:  # keep one page: the table says it all, the
            offices_for_sentences: Sequence[OfficeTally] = ()  # per-office pages say it in words
            lines.append(
                '<p style="font-size:11pt">A page for each office, in words, is in the '
                "per-office summary.</p>"
            )
        else:
            offices_for_sentences = offices
        for office in offices_for_sentences:
            lines.append(
                f'<p style="font-size:12pt; margin-top:5px; margin-bottom:5px">'
                f"{e(office_sentence(office, info))}</p>"
            )
    about = f"{routes_paragraph(offices)} {prepared_paragraph(offices)}"
    lines.append(f'<p style="font-size:10pt; margin-top:8px; margin-bottom:0">{e(about)}</p>')
    lines.append('<p style="font-size:12pt; margin-top:27px; margin-bottom:8px"><b>Details</b></p>')
    pad, size = (4, 10) if len(offices) <= 18 else (2, 9)  # a whole state's delegation fits
    lines.append(
        f'<table cellspacing="0" cellpadding="{pad}" width="100%" '
        f'style="border-collapse:collapse; font-size:{size}pt">'
        '<tr style="background:#e8e8e8"><th align="left">Member</th><th align="left">Seat</th>'
        '<th align="left">Bill</th><th align="right">Letters</th><th align="left">By route'
        "</th></tr>"
    )
    for office in offices:
        lines.append(
            f"<tr><td>{e(member_title(office))} {e(office.member_name)}</td>"
            f"<td>{e(office.seat)}</td><td>{e(bill_text(office, info))}</td>"
            f'<td align="right">{office.letters}</td><td>{e(routes_words(office.routes))}</td></tr>'
        )
    lines.append("</table>")
    foot = (
        "Each letter was written by a constituent, who chose what to say. These counts were "
        "kept by the Advocate app; they hold no names or addresses."
    )
    if info.organizer:
        foot += f" Organizer: {info.organizer}."
    lines.append(f'<p style="font-size:9pt; color:#555; margin-top:37px">{e(foot)}</p>')
    return "".join(lines)


def summary_document(
    offices: Sequence[OfficeTally], info: SummaryInfo, device: QPagedPaintDevice | None = None,
    *, single: bool = False,
) -> QTextDocument:  # fmt: skip
    from PySide6.QtGui import QTextDocument

    from advocate_app.export.qt import letter_fonts

    text = " ".join(o.member_name for o in offices) + info.event_name + info.organizer
    fonts = letter_fonts().for_text(text)
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(fonts.font(11.0))
    doc.setHtml(_page_html(offices, info, single=single))
    if device is not None:  # set last: fonts are then measured once, at the device's resolution
        doc.documentLayout().setPaintDevice(device)
    return doc


def paint_summary(
    device: QPagedPaintDevice,
    offices: Sequence[OfficeTally],
    info: SummaryInfo,
    *,
    per_office: bool = False,
    paper: str | None = "letter",
) -> int:
    """Paint the summary (or one page per office); returns the pages painted."""
    from advocate_app.export.qt import ensure_gui_app
    from advocate_app.export.render import PagePainter, set_paper

    ensure_gui_app()
    set_paper(device, paper)
    groups = [[o] for o in offices] if per_office else [list(offices)]
    with PagePainter(device) as pages:
        for group in groups:
            doc = summary_document(group, info, device, single=per_office)
            doc.setPageSize(pages.frame.content)
            for number in range(doc.pageCount()):
                pages.new_page()
                pages.paint_doc_page(doc, number)
        return pages.pages


def summary_pdf(
    offices: Sequence[OfficeTally], info: SummaryInfo, *, per_office: bool = False,
    paper: str = "letter",
) -> bytes:  # fmt: skip
    from advocate_app.export.pdf import render_pdf

    if info.event_name:
        title = f"Letters from constituents: {info.event_name}"
    elif info.dates:
        title = f"Letters from constituents, {info.dates}"
    else:
        title = "Letters from constituents"
    return render_pdf(
        lambda w: paint_summary(w, offices, info, per_office=per_office, paper=paper),
        title=title,
        paper=paper,
    )


def write_summary_pdf(
    offices: Sequence[OfficeTally], info: SummaryInfo, path: Path, *, per_office: bool = False,
    paper: str = "letter",
) -> Path:  # fmt: skip
    """Write the summary to ``path`` (atomically; the caller chose the name)."""
    if not offices:
        raise ValueError("no letters were counted for this event or period")
    path = Path(path)
    atomic_write_bytes(path, summary_pdf(offices, info, per_office=per_office, paper=paper))
    log.info("wrote a tally summary for %d offices", len(offices))
    return path
