"""Letters built by hand from real members, for delivery tests that must not depend on the
letter composer (core/letters.py)."""

from __future__ import annotations

from advocate_app.core.models import Address, Bill, Constituent, Letter, Member

BODY = (
    "I live in Houston and I am writing as your constituent to ask you to support the "
    "STOP CSAM Act. It would let victims hold platforms to account and make CyberTipline "
    "reports more useful to investigators.\n\n"
    "Please cosponsor it and vote yes when it reaches the floor. Caf\u00e9 owners, "
    "teachers and parents in my neighbourhood \u2014 all of us \u2014 are watching.\n\n"
    ".A line that starts with a dot must survive SMTP dot-stuffing."
)


def constituent(name: str = "Mar\u00eda Jos\u00e9 O'Brien", email: str = "maria@example.org"):
    return Constituent(
        name=name,
        address=Address("1200 Main St", "Houston", "TX", "77002"),
        email=email,
        phone="713-555-0100",
    )


def letter_for(
    member: Member, *, who: Constituent | None = None, subject: str | None = None, body: str = BODY
) -> Letter:
    who = who or constituent()
    senate = member.chamber.value == "senate"
    bill = Bill(
        119, "s" if senate else "hr", 1829 if senate else 3921, short_title="STOP CSAM Act of 2025"
    )
    office = member.dc_office.postal_lines() if member.dc_office else ()
    return Letter(
        campaign_id="stop-csam-2025",
        member=member,
        constituent=who,
        bill=bill,
        subject=f"Please support {bill.label}, the STOP CSAM Act" if subject is None else subject,
        date="November 25, 2026",
        inside_address=(f"The Honorable {member.name}", *office),
        salutation=f"Dear {member.role.title} {member.last}:",
        body=body,
        signature=(who.name, *who.address.lines(), who.email),
    )
