"""How the window names members, seats and parties, in the window's language.

The letters keep the campaign's language (core/letters.py writes "Senator"); these are
only the labels on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from advocate_app.core.lookup.geography import state_name
from advocate_app.core.models import Chamber, Member, Role, Vacancy

translate = QCoreApplication.translate


def role_label(member: Member) -> str:
    gender = getattr(member, "gender", "")
    if gender == "F":  # the data gives the member's gender: Spanish says "Senadora"
        return {
            Role.REPRESENTATIVE: translate("Labels", "Representative", "a woman"),
            Role.SENATOR: translate("Labels", "Senator", "a woman"),
            Role.DELEGATE: translate("Labels", "Delegate", "a woman"),
            Role.RESIDENT_COMMISSIONER: translate("Labels", "Resident Commissioner", "a woman"),
        }[member.role]
    if gender == "M":
        return {
            Role.REPRESENTATIVE: translate("Labels", "Representative", "a man"),
            Role.SENATOR: translate("Labels", "Senator", "a man"),
            Role.DELEGATE: translate("Labels", "Delegate", "a man"),
            Role.RESIDENT_COMMISSIONER: translate("Labels", "Resident Commissioner", "a man"),
        }[member.role]
    return {
        Role.REPRESENTATIVE: translate("Labels", "Representative"),
        Role.SENATOR: translate("Labels", "Senator"),
        Role.DELEGATE: translate("Labels", "Delegate"),
        Role.RESIDENT_COMMISSIONER: translate("Labels", "Resident Commissioner"),
    }[member.role]


def party_label(party: str) -> str:
    return {
        "Democrat": translate("Labels", "Democrat"),
        "Republican": translate("Labels", "Republican"),
        "Independent": translate("Labels", "Independent"),
    }.get(party, party)


def seat_label(state: str, district: int | None, chamber: Chamber) -> str:
    """ "Texas", "Texas, district 37", "Wyoming, at large"."""
    name = state_name(state) or state
    if chamber is Chamber.SENATE or district is None:
        return name
    if district == 0:
        return translate("Labels", "{0}, at large").format(name)
    return translate("Labels", "{0}, district {1}").format(name, district)


def member_seat(member: Member) -> str:
    return seat_label(member.state, member.district, member.chamber)


def member_title(member: Member) -> str:
    """ "Senator Ted Cruz"."""
    return translate("Labels", "{0} {1}").format(role_label(member), member.name)


def vacancy_text(vacancy: Vacancy) -> str:
    where = seat_label(vacancy.state, vacancy.district, vacancy.chamber)
    if vacancy.chamber is Chamber.SENATE:
        return translate(
            "Labels", "A Senate seat for {0} is vacant in our data, so there is no letter for it."
        ).format(where)
    return translate(
        "Labels",
        "The House seat for {0} is vacant in our data. You can still write to your senators; "
        "update the data (Settings › Data) to see if the seat has been filled.",
    ).format(where)
