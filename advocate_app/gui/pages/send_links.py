"""The Send step's ways out through the person's own programs: a ``mailto:`` link for their
mail program, and an office's contact form in their web browser.

Both copy the letter first (a mail link too long for the system, or a web form, needs it
pasted) and say what to do next. The caller records in the history what was opened.

Its words keep the translation context ``SendJobs`` (they were the jobs' before the split,
and the Spanish translations are filed under it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from advocate_app.gui.labels import member_title
from advocate_app.gui.links import open_link

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.gui.context import AppContext

translate = QCoreApplication.translate


def open_mailto(ctx: AppContext, letter: Letter, to: str) -> bool:
    """Write ``letter`` to ``to`` in the person's mail program; False when it cannot."""
    from advocate_app.core.delivery.mailto import mailto_link
    from advocate_app.core.errors import AdvocateError

    try:
        link = mailto_link([to], letter.subject, letter.as_text())
    except AdvocateError as exc:
        ctx.problem(exc)
        return False
    url = link.url
    if link.too_long:
        ctx.set_clipboard(letter.as_text())
        url = link.short_url
        ctx.show_message(
            translate(
                "SendJobs",
                "The letter is too long for a mail link, so it is copied: paste it into the "
                "new email's body (Ctrl+V).",
            ),
            "info",
            [],
        )
    open_link(ctx, url, mailto=True)  # a mailto: link we built
    return True


def open_contact_form(ctx: AppContext, letter: Letter, opened: Callable[[str], None]) -> None:
    """Copy ``letter`` for the office's web form, open the form (or the office's usual
    contact page) and call ``opened`` with its address, then say what to do. When no
    address is known, ``opened`` is not called."""
    from advocate_app.core.delivery.contact_form import check_length, contact_route, form_text

    text = form_text(letter)
    ctx.set_clipboard(text)
    route = contact_route(letter.member)
    who = member_title(letter.member)
    parts = [
        translate(
            "SendJobs",
            "Your letter to {0} is copied. Paste it into the form's message box (Ctrl+V).",
        ).format(who)
    ]
    if route.kind == "contact_form":
        parts.append(translate("SendJobs", "This is the office's contact form."))
    elif route.kind == "website_guess":
        parts.append(
            translate(
                "SendJobs",
                "The office's form is not in our data, so this opens the usual "
                "contact page of their website. If it is not a form, look for "
                "“Contact” on the site.",
            )
        )
    else:
        parts.append(
            translate(
                "SendJobs",
                "No website is known for this office. Send the letter on paper "
                "to the district office instead.",
            )
        )
    check = check_length(letter.member, text)
    if check.over:
        parts.append(
            translate(
                "SendJobs",
                "Your message is {0} characters; many forms take only 2,000 to 5,000 and cut off "
                "the rest. Check that the form kept all of it, or shorten it.",
            ).format(check.length)
        )
    if route.url:
        if not open_link(ctx, route.url):
            parts.append(
                translate(
                    "SendJobs", "Advocate could not open a web browser. The address is: {0}"
                ).format(route.url)
            )
        opened(route.url)
    ctx.show_message(" ".join(parts), "warning" if check.over or not route.url else "info", [])
