"""Members whose term in the data has ended: no letter by default, and the reason why.

An appointed senator serves until a special election (Sen. Husted of Ohio and Sen. Moody of
Florida until 2026-11-03); once the data says the term has ended, a letter to them would
likely reach the wrong person. The window shows such a member as an unticked card with
``reason``; the command line skips them unless ``--include-ended``; a batch lists the rows
under "needs attention". ``today`` is always passed in, so tests need no patched clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advocate_app.core.messages import Message
from advocate_app.core.models import Chamber, Member, Role

CODE_APPOINTMENT_ENDED = "term.appointment_ended"
CODE_TERM_ENDED = "term.ended"


@dataclass(frozen=True)
class EndedTerm:
    """Why ``member`` gets no letter by default: a message code with its arguments."""

    member: Member
    end: str  # ISO date, as in the data
    code: str

    @property
    def reason(self) -> Message:
        """ "Senator Husted's appointment ended with the special election on 2026-11-03;
        update the data to write to the current senator" (a code the window translates)."""
        who = f"{self.member.role.title} {self.member.last}"
        return Message(self.code, who=who, date=self.end, holder=_seat_holder(self.member))


def _seat_holder(member: Member) -> Message:
    if member.chamber is Chamber.SENATE:
        return Message("term.holder_senator")
    if member.role is Role.RESIDENT_COMMISSIONER:
        return Message("term.holder_resident_commissioner")
    if member.role is Role.DELEGATE:
        return Message("term.holder_delegate")
    return Message("term.holder_representative")


def ended_term(member: Member, today: date) -> EndedTerm | None:
    """The ended term of ``member`` as of ``today``, or None while it runs (or is unknown)."""
    try:
        end = date.fromisoformat(member.term_end) if member.term_end else None
    except ValueError:
        return None
    if end is None or end > today:
        return None
    code = CODE_APPOINTMENT_ENDED if member.appointed else CODE_TERM_ENDED
    return EndedTerm(member, end.isoformat(), code)


def split_ended(
    members: list[Member], today: date, *, include_ended: bool = False
) -> tuple[list[Member], list[EndedTerm]]:
    """The members to write to, and the ended terms (left out unless ``include_ended``)."""
    keep: list[Member] = []
    ended: list[EndedTerm] = []
    for member in members:
        found = ended_term(member, today)
        if found is not None:
            ended.append(found)
            if not include_ended:
                continue
        keep.append(member)
    return keep, ended
