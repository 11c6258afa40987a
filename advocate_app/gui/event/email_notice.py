"""At an event, an email that did not go out is the participant's to know about, not the
laptop's to keep.

The participant is told at once (a server's permanent refusal, or no answer) and offered
the PDF to take instead when the organizer allowed PDFs. The letter does not wait in the
outbox for later: "Next participant" deletes it (``core/event_session.EventSession.wipe``), and the
organizer sees only a count ("1 email could not be delivered").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext


translate = QCoreApplication.translate


def tell_participant(ctx: AppContext, failed: Sequence[Any], save_pdf: Callable[[], None]) -> None:
    """Show the participant why their email(s) did not go out, with "Save as PDF"."""
    refused = [r for r in failed if getattr(r.item.state, "value", r.item.state) == "failed"]
    reasons = sorted(
        {str(r.error or r.item.last_error) for r in failed if (r.error or r.item.last_error)}
    )
    if refused:
        text = translate(
            "EventEmail", "The mail server refused your email, so it was not delivered: {0}"
        ).format("; ".join(reasons) or translate("EventEmail", "no reason given"))
    else:
        text = translate("EventEmail", "Your email could not be sent now: {0}").format(
            "; ".join(reasons) or "?"
        )
    event = ctx.event
    actions: list[tuple[str, Callable[[], None]]] = []
    if event is not None and event.allows("pdf"):
        text += " " + translate(
            "EventEmail", "Save your letter as a PDF instead, to send or print it yourself."
        )
        actions.append((translate("EventEmail", "Save as PDF instead"), save_pdf))
    else:
        text += " " + translate(
            "EventEmail", "Ask the organizer to add your letter to the print queue instead."
        )
    text += " " + translate("EventEmail", "It is not kept on this laptop after you finish.")
    ctx.show_message(text, "error", actions)


def undelivered_text(count: int) -> str:
    """What the organizer sees: a count, never whose letter or what it said."""
    if count == 1:
        return translate("EventEmail", "1 email could not be delivered.")
    return translate("EventEmail", "{0} emails could not be delivered.").format(count)
