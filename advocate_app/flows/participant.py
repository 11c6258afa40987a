"""Starting over: the next participant at an event, and "Delete my data".

``next_participant`` forgets the writer (the session keeps only the campaign), wipes the
participant's temporary files and clipboard record (``core.event``), and folds the
database's journal so no old page lingers. ``forget`` deletes what Advocate keeps about the
person (``core.privacy``) and resets the session. Both front ends call these; a window
still clears its widgets itself (it owns them).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.flows.session import LetterSession

log = logging.getLogger(__name__)


@dataclass
class ParticipantWipe:
    wiped: bool = False  # event mode's temporary files were wiped
    failures: int = 0  # files that could not be removed


def next_participant(session: LetterSession, services: Services) -> ParticipantWipe:
    """The next person at an event starts with nothing of the last one."""
    session.reset(keep_campaign=True)
    outcome = ParticipantWipe()
    if services.is_loaded("event"):  # never built: nothing of a participant to wipe
        report = services.event.session.wipe()
        outcome.wiped = True
        outcome.failures = len(report.failures)
    if services.is_loaded("store"):
        try:
            services.store.checkpoint()  # fold the journal: no old pages linger
        except Exception:  # noqa: BLE001 - best effort; the archive is already anonymous
            log.info("database checkpoint after a participant failed")
    return outcome


def forget(
    services: Services, session: LetterSession | None = None, *, accounts: bool = False
) -> Any:
    """ "Delete my data": the one place that calls ``core.privacy``; returns its report."""
    from advocate_app.core.privacy import delete_my_data

    report = delete_my_data(
        services.store,
        services.settings,
        services.paths,
        secrets=services.secrets if accounts else None,
        session_secrets=services.session_secrets,
        accounts=accounts,
    )
    if session is not None:
        session.reset(keep_campaign=True)
    return report
