"""Outbox speed: opening the database in a fresh process, queueing, sending, the archive.

Prints figures, not pass/fail. Sending goes to a real aiosmtpd server on loopback with
STARTTLS + AUTH (the test support server), so the figure includes TLS and the server;
real providers are slower per message (network round trips), which is why one
connection is reused for a batch.
Usage: python benchmarks/bench_outbox.py [--letters 100]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

COLD = """
import sys, time
t0 = time.perf_counter()
from advocate_app.app import Services
from advocate_app.core.paths import AppPaths
s = Services(AppPaths.for_profile(sys.argv[1]), env={})
s.outbox.counts()
print(time.perf_counter() - t0)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=100)
    args = parser.parse_args()

    from advocate_app.core.archive import Archive
    from advocate_app.core.delivery.email import compose_email
    from advocate_app.core.delivery.outbox import Outbox
    from advocate_app.core.delivery.smtp import SmtpTransport
    from advocate_app.core.delivery.smtp_config import SmtpConfig
    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.core.store import Store
    from tests.conftest import DISTRICT_OFFICES_JSON, LEGISLATORS_JSON
    from tests.support.sample_letters import letter_for
    from tests.support.smtpd import PASSWORD, USER, SmtpServer, client_context, make_tls_files

    index = LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON)
    members = list(index.members)[: args.letters]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        db = tmp_path / "p" / "data" / "advocate.sqlite3"
        Store.open(db).close()
        cold = [
            float(
                subprocess.run(
                    [sys.executable, "-c", COLD, str(tmp_path / "p")],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=REPO,
                ).stdout
            )
            for _ in range(3)
        ]
        print(
            f"open database + outbox in a fresh process (incl. imports): "
            f"{min(cold) * 1000:.0f} ms (best of 3)"
        )

        store = Store.open(db)
        outbox = Outbox(store)
        letters = [letter_for(m) for m in members]
        t0 = time.perf_counter()
        for letter in letters:
            msg = compose_email(letter, sender=USER, to="me@example.org")
            outbox.add(letter, msg, to_kind="self")
        queued = time.perf_counter() - t0
        print(f"compose + queue (committed, fsync): {queued / len(letters) * 1000:.2f} ms/letter")

        tls = make_tls_files(tmp_path / "tls")
        with SmtpServer(tls, "starttls") as server:
            transport = SmtpTransport(
                SmtpConfig(server.host, server.port, "starttls", USER, PASSWORD, 10.0),
                context=client_context(tls),
            )
            t0 = time.perf_counter()
            results = outbox.send_due(transport)
            sent = time.perf_counter() - t0
        assert all(r.sent for r in results) and len(server.messages) == len(letters)
        print(
            f"send {len(letters)} over one STARTTLS+AUTH connection: {sent:.2f} s "
            f"({len(letters) / sent:.0f} letters/s, state committed before and after each)"
        )

        archive = Archive(store)
        for letter in letters * (1000 // len(letters)):
            archive.record(letter, "pdf")
        t0 = time.perf_counter()
        entries = archive.entries()
        listed = time.perf_counter() - t0
        print(f"archive: list {len(entries)} entries with their text: {listed * 1000:.1f} ms")
        t0 = time.perf_counter()
        archive.delete_all()
        print(f"archive: delete all + WAL truncate: {(time.perf_counter() - t0) * 1000:.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
