"""The notes a lookup adds for the person: why the answer is less sure than it looks.

Why its own module: these sentences are product rules in their own right (DOMAIN.md
section 1: a member whose term has ended is kept but flagged, a member with no published
office is written at the Capitol, a ZIP's land share describes and never picks), and they
are easier to read and test apart from the searching in ``finder``.
"""

from __future__ import annotations

from datetime import date

from advocate_app.core.lookup.census import ordinal
from advocate_app.core.lookup.legislators import congress_end
from advocate_app.core.messages import Message
from advocate_app.core.models import Chamber, Member, seat_label
from advocate_app.core.terms import ended_term

# Where mail reaches a member whose office is not published yet (DOMAIN.md section 1).
CAPITOL_ADDRESSES = {
    Chamber.HOUSE: "United States House of Representatives, Washington, DC 20515",
    Chamber.SENATE: "United States Senate, Washington, DC 20510",
}
UNREACHABLE_NOTE = Message("lookup.unreachable_fallback")
PO_BOX_NOTE = Message("lookup.po_box_fallback")


def freshness_notes(people: list[Member], congress: int, today: date) -> list[Message]:
    """What may be out of date: the Congress has ended, a member has no office on file, a
    member's term has ended (kept and flagged, never dropped or replaced by a guess)."""
    notes = []
    if today >= congress_end(congress):
        notes.append(Message(
            "lookup.congress_ended", congress=congress, congress_ordinal=ordinal(congress),
            year=congress_end(congress).year,
        ))  # fmt: skip
    for member in people:
        if member.dc_office is None and not member.office_address:
            where = CAPITOL_ADDRESSES[member.chamber]
            notes.append(Message("lookup.no_dc_office", name=member.name, address=where))
    for member in people:
        ended = ended_term(member, today)  # the one rule for "this term has ended"
        if ended is not None:
            code = "lookup.term_ended_appointed" if member.appointed else "lookup.term_ended"
            notes.append(Message(code, name=member.name, date=ended.end))
    return notes


def share_note(
    zip5: str, districts: list[tuple[str, int]], shares: dict[tuple[str, int], float]
) -> Message:
    """ "Most of 78704 (92 %) lies in TX-37; the rest in TX-35." The share describes, never picks."""
    first = districts[0]
    top = shares.get(first, 0.0)
    rest = ", ".join(seat_label(s, d) for s, d in districts[1:])
    if top >= 0.5:
        return Message(
            "lookup.zip_share_most", zip=zip5, share=_percent(top), seat=seat_label(*first),
            rest=rest,
        )  # fmt: skip
    parts = ", ".join(
        f"{seat_label(s, d)} {_percent(shares.get((s, d), 0.0))}" for s, d in districts
    )
    return Message("lookup.zip_share_divided", zip=zip5, parts=parts)


def _percent(share: float) -> str:
    value = share * 100
    return f"{value:.0f} %" if value >= 1 or value == 0 else str(Message("lookup.share_under_one"))
