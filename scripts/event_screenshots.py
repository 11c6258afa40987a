#!/usr/bin/env python3
"""Pictures for docs/running-an-event.md: event mode, the print queue, a printer that
stopped, and the summary PDF, taken from the real app offscreen.

    python3 scripts/event_screenshots.py            # docs/screenshots/event/*.png
    python3 scripts/event_screenshots.py --out /tmp/shots

Like ``scripts/screenshots.py`` (both start the app with ``scripts/screenshot_app.py``),
nothing reaches the internet: the datasets come from the shared data folder and the address
service is a stand-in on 127.0.0.1. The print queue is printed on a private CUPS server
whose printer writes PDFs (``tests/support/cups.py``; needs root and the CUPS packages from
the README), so the pictures show a real printer list and a real paused printer. Without
CUPS the queue pictures show the fallback (no printer list) and the printer-failure picture
is skipped. The summary PDF's first page is rendered with ``pdftoppm``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from screenshot_app import PERSON, STORY, start_app  # noqa: E402
from screenshot_app import shoot as shoot_now  # noqa: E402

from tests.support.rehearsal import PIN, by_name  # noqa: E402 - the rehearsal's valid PIN

EVENT = "Eastside library letter night"
WRITERS = [
    ("Ana Zamora", "TX", 37), ("Bo Young", "TX", 37), ("Chen Li", "TX", 10),
    ("Dora Okafor", "TX", 10), ("Eli Navarro", "TX", 35), ("Fatima Haddad", "TX", 21),
]  # fmt: skip


def shoot(widget, path: Path) -> None:  # noqa: ANN001
    shoot_now(widget, path, rounds=5)  # dialogs lay out over a few more turns


def run(data: Path, out: Path) -> None:
    from tests.support.cups import CupsServer, unavailable

    cups = None
    if not unavailable():
        cups = CupsServer.start()
        cups.add_queue("Library_laser", paper="letter", default=True)
        cups.add_queue("Office_A4", paper="a4")
    try:
        _run(data, out, cups)
    finally:
        if cups is not None:
            cups.stop()


def _run(data: Path, out: Path, cups) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLineEdit

    from advocate_app.core.lookup.legislators import LegislatorIndex
    from advocate_app.gui.event.queue_dialog import PrintQueueDialog
    from tests.support.sample_letters import constituent, letter_for

    shot = start_app(data, prefix="advocate-event-shots-")
    window, services, profile = shot.window, shot.services, shot.profile

    # Before: the organizer starts event mode.
    window.organizer.open_setup()
    setup = window.organizer.setup_dialog
    by_name(setup, "Event name", QLineEdit).setText(EVENT)
    by_name(setup, "Organizer PIN", QLineEdit).setText(PIN)
    by_name(setup, "Repeat PIN", QLineEdit).setText(PIN)
    for route in ("pdf", "email_organizer", "contact_form"):
        setup.routes[route].setChecked(True)
    by_name(setup, "Collection email", QLineEdit).setText("letters@example.org")
    shoot(setup, out / "1-event-setup.png")
    by_name(setup, "Start event mode").click()
    controller = window.event  # built as the event starts

    # During: a participant at the Send step.
    window.you.set_fields(**PERSON)
    window.you.find.click()
    window.go_next()
    window.letter.story.setPlainText(STORY)
    window.letter.refresh()
    window.go_next()
    shoot(window, out / "2-event-mode.png")
    window.send.print_button.click()  # "Add to print queue"
    controller.next_participant("next")

    # The queue at the end of the evening: letters from several offices.
    index = LegislatorIndex.load(
        data / "congress-legislators" / "legislators-current.json",
        data / "congress-legislators" / "legislators-district-offices.json",
    )
    mode = services.event
    for name, state, district in WRITERS:
        rep = index.representative(state, district)
        mode.queue.add(letter_for(rep, who=constituent(name)), rep.dc_office)
        for senator in index.senators(state):
            mode.queue.add(letter_for(senator, who=constituent(name)), senator.dc_office)
    dialog = PrintQueueDialog(window.ctx, mode, window)
    dialog.resize(640, 560)
    dialog.show()
    shoot(dialog, out / "3-print-queue.png")

    if cups is not None:  # the printer jams after stack 2: what the organizer sees
        from advocate_app.export import event_print

        real_send = event_print.send_pdf

        def jam_after_two(name, data_, title, *, paper="letter"):  # noqa: ANN001, ANN202
            if title.startswith("Stack 3 "):
                cups.printed("Library_laser", 2)
                cups.pause("Library_laser", "Paper jam")
            return real_send(name, data_, title, paper=paper)

        event_print.send_pdf = jam_after_two
        try:
            dialog.print_stacks("Library_laser")
        finally:
            event_print.send_pdf = real_send
        shoot(dialog, out / "4-printer-stopped.png")
        cups.ready("Library_laser")
        dialog.print_stacks("Library_laser")
    else:
        dialog.save_pdf(profile / "batch")
    dialog.close()

    # After: the tallies and the summary PDF for the offices.
    controller._passes.add("tallies")
    window.organizer.open_tallies()
    tallies = window.organizer.tallies_window
    tallies.resize(900, 620)
    shoot(tallies, out / "5-tallies.png")
    summary = profile / "summary.pdf"
    tallies.export_pdf(summary)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(summary), str(out / "6-summary")], check=True)  # fmt: skip
    print(out / "6-summary.png")
    controller._passes.add("quit")
    controller._queue_warned = True
    shot.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "event")
    args = parser.parse_args()
    run(args.data, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
