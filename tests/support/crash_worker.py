"""``python -m tests.support.crash_worker MODE FOLDER``: do one kind of write over and over,
printing ``ok N`` after each step that has completed, so a test can ``kill -9`` it in the
middle of one and then check what is on disk.

Modes: ``settings`` (save the settings file), ``outbox`` (queue letters), ``drafts`` (save
the draft being typed), ``pdfs`` (one PDF per letter, the bulk export), ``batch`` (a
hand-delivery batch: letters, envelopes, labels, delivery list).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(n: int) -> None:
    sys.stdout.write(f"ok {n}\n")
    sys.stdout.flush()


def _letters(count: int):
    from advocate_app.core.lookup.legislators import LegislatorIndex
    from tests.conftest import DISTRICT_OFFICES_JSON, LEGISLATORS_JSON
    from tests.support.sample_letters import constituent, letter_for

    index = LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON)
    members = list(index.members)[:count]
    return [letter_for(m, who=constituent(f"Writer Number{i}")) for i, m in enumerate(members)]


def main(mode: str, folder: Path) -> None:
    if mode == "settings":
        from advocate_app.core.settings import Settings

        settings = Settings.load(folder / "config" / "settings.json", env={})
        for n in range(1, 10**9):
            settings.set("identity.name", f"Name {n} " + "x" * 20_000)
            settings.set("smtp.port", n % 60000)
            settings.save()
            _say(n)
    elif mode in ("outbox", "drafts"):
        from advocate_app.core.delivery.email import compose_email
        from advocate_app.core.delivery.outbox import Outbox
        from advocate_app.core.drafts import Drafts
        from advocate_app.core.store import Store

        store = Store.open(folder / "data" / "advocate.sqlite3")
        if mode == "drafts":
            drafts = Drafts(store)
            for n in range(1, 10**9):
                drafts.save_draft("letter:x", {"n": n, "story": f"story {n} " + "y" * 50_000})
                _say(n)
        outbox = Outbox(store)
        letters = _letters(50)
        for n in range(1, 10**9):
            letter = letters[n % len(letters)]
            msg = compose_email(letter, sender="me@example.org", to="office@example.org")
            item = outbox.add(letter, msg, to_kind="office")
            _say(item.id)
    elif mode == "pdfs":
        from advocate_app.export.pdf import write_pdfs

        letters = _letters(40)
        for n in range(1, 10**9):
            write_pdfs(letters[:4], folder / "letters")
            _say(n)
    elif mode == "batch":
        from advocate_app.core.stacks import BatchInfo
        from advocate_app.export.batch import write_batch

        routed = [(letter, None) for letter in _letters(12)]
        for n in range(1, 10**9):
            write_batch(routed, BatchInfo("stop-csam-2025", "T"), folder / "batch",
                        envelopes=True, labels=True)  # fmt: skip
            _say(n)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
