"""``python -m tests.support.send_worker``: send the outbox of ``ADVOCATE_PROFILE`` the way
the app does (Services from the environment), for tests that kill a sender mid-send."""

from __future__ import annotations

import sys

from advocate_app.app import Services
from advocate_app.flows import deliver


def main() -> int:
    services = Services()
    delivery = deliver.send_queued(
        services.outbox, services.smtp_transport(), history=lambda: services.archive
    )
    for result in delivery.results:
        print(result.item.id, result.item.state.value, result.error or "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
