"""Step 3's optional bill status from Congress.gov, and the note that tells what is missing.

Who already cosponsors each bill lets a letter thank a cosponsor instead of asking. The
question runs in the background through the task runner (``flows.compose.fetch_statuses``);
when it fails, the letters ask for cosponsorship and one note (for every bill at once,
issue 15) says so. At an event a participant sees one short note instead: no service
errors, nothing about a list saved earlier.

Its words keep the translation context ``LetterPage`` (they were the page's before the
split, and the Spanish translations are filed under it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

BILL_STATUS_KEY = "bill_status"


def fetch_bill_status(
    ctx: AppContext, answered: Callable[[Campaign, dict[Any, Any], list[str]], None]
) -> None:
    """Ask for the status of the bills for the chambers the session has none for yet;
    ``answered(campaign, statuses, notes)`` unless another campaign was chosen meanwhile.
    A failure only notes the chambers as unknown (the letters ask for cosponsorship)."""
    session = ctx.session
    campaign = session.campaign
    chambers = {m.chamber for m in session.targets()}
    missing = [c for c in chambers if c not in session.statuses]
    if campaign is None or not missing:
        return
    client = ctx.services.bill_status

    def fetch() -> tuple[dict[Any, Any], list[str]]:
        from advocate_app.flows.compose import fetch_statuses

        return fetch_statuses(client, campaign, missing)

    def done(answer: tuple[dict[Any, Any], list[str]]) -> None:
        statuses, notes = answer
        if session.campaign is campaign:  # else another campaign was chosen meanwhile
            answered(campaign, statuses, notes)

    def failed(error: BaseException) -> None:
        log.info("bill status unavailable (%s)", type(error).__name__)
        session.statuses.update({chamber: None for chamber in missing})

    ctx.runner.submit(
        fetch,
        done,
        failed,
        key=BILL_STATUS_KEY,
        label=translate("LetterPage", "Checking who supports the bill…"),
    )


def status_text(
    campaign: Campaign, statuses: dict[Any, Any], notes: list[str], *, event: bool
) -> str:
    """The notes about Congress.gov, one per fact; at an ``event``, one short note for the
    participant instead (no service errors, nothing about a list saved earlier)."""
    if not event:
        return _status_note(campaign, statuses, notes)
    if all(status is not None for status in statuses.values()):
        return ""
    return translate(
        "LetterPage",
        "Advocate could not check who already supports the bill, so the letter asks for "
        "support. If your member already supports it, you may thank them instead.",
    )


def _status_note(campaign: Campaign, statuses: dict[Any, Any], notes: list[str]) -> str:
    """One note per fact: every bill Congress.gov could not answer for, in one sentence
    (issue 15); a list kept from earlier is its own fact, with its own date."""
    failed = [campaign.bill_for(c).label for c, s in statuses.items() if s is None]
    kept = [n for n in notes if not any(label in n for label in failed)]
    if failed:
        kept.insert(
            0,
            translate(
                "LetterPage",
                "Could not check on Congress.gov who already cosponsors {0}. The letters ask "
                "for cosponsorship; if your member already supports the bill, thank them "
                "instead.",
            ).format(translate("LetterPage", " and ").join(failed)),
        )
    return "\n".join(kept)
