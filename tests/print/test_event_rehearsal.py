"""A full event rehearsal on real parts: set-up, 20 participants, the print queue through
CUPS, the tallies and the summary, driven through the window by accessible names.

The driver is ``tests/support/rehearsal.py`` (the benchmark ``bench_event.py`` runs the same).
Participants come from many states, some by street address (Census stand-in), most by ZIP
code alone; they print, save PDFs to the event folder, email the collection address through
the aiosmtpd server (STARTTLS and AUTH), open a web contact form, or walk away (the idle
timeout clears the window). Then: every letter reached its route exactly once, the tallies
and the summary say so, and no participant's words remain in a widget, a file of the
profile, a database row or the outbox.

Where CUPS cannot run, the queue is printed into a PDF file instead, everything else is
checked, and the test then reports the printing part as skipped, with the reason.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from advocate_app.gui.event.scrub import texts_of
from tests.export.conftest import pdf_info, pdf_text
from tests.support.rehearsal import COLLECTION, EVENT, PEOPLE, Person, Rehearsal, start_services
from tests.support.smtpd import SmtpServer

COVER = "Constituent letters for hand delivery"


@pytest.fixture
def smtp_server(tls_files, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca))  # the system trusts our test CA
    with SmtpServer(tls_files, "starttls") as running:
        yield running


@pytest.fixture
def printer(request):
    """The private CUPS server, or the reason it cannot run (the rest of the test runs)."""
    try:
        return request.getfixturevalue("cups"), ""
    except pytest.skip.Exception as skipped:
        return None, str(skipped)


def widgets_left(person: Person) -> list[str]:
    found = []
    for root in QApplication.topLevelWidgets():
        for widget in [root, *root.findChildren(QWidget)]:
            for text in texts_of(widget):
                found += [f"{type(widget).__name__} {widget.accessibleName()!r}: {t}"
                          for t in person.traces() if t in text]  # fmt: skip
    return found


def files_holding(folders: list[Path], traces: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path}: {t}" for t in traces if t.encode("utf-8") in data]
    return found


def rows_holding(database: Path, traces: list[str]) -> list[str]:
    with sqlite3.connect(database) as db:
        dump = "\n".join(db.iterdump())
    return [t for t in traces if t in dump]


def summary_reads_right(text: str, run: Rehearsal, services) -> bool:
    """The event, the total, and one row per office with its own count of letters."""
    per_member: Counter = Counter(m for o in run.outcomes for m in o.members)
    head, _, table = text.partition("Details")
    assert EVENT in head
    total, offices = sum(per_member.values()), len(per_member)
    assert re.search(rf"\b{total}\b\D+\b{offices}\b", head), head
    rows = [line for line in table.splitlines() if line.strip()]
    for bioguide, count in per_member.items():
        name = services.legislators.by_bioguide(bioguide).name
        (row,) = [line for line in rows if re.search(rf"\b{re.escape(name)}\s", line)]
        assert re.search(rf"\)\s+{count}\s", row), (row, count)  # after the bill's name
    return True


def test_an_event_from_set_up_to_summary(qtbot, httpserver, tmp_path, smtp_server, printer):
    cups, no_cups = printer
    services = start_services(httpserver, tmp_path / "profile", smtp_server.port)
    run = Rehearsal.open(services, tmp_path / "event-pdfs")
    try:
        rehearse(qtbot, run, services, smtp_server, cups, tmp_path)
    finally:
        run.close()
    if no_cups:
        pytest.skip(f"everything else passed; the print queue went to a PDF file, {no_cups}")


def rehearse(qtbot, run: Rehearsal, services, smtp_server, cups, tmp_path: Path) -> None:
    # 1. The organizer sets up event mode with a PIN.
    run.set_up()
    controller = run.controller
    assert controller.mode.config.name == EVENT and controller.mode.config.pdf_folder

    # 2. Twenty participants, one after another.
    for person in PEOPLE:
        if person.route == "idle":
            run.leave_idle(person)
        else:
            outcome = run.write(person)
            assert outcome.letters >= 1, person.name
        assert widgets_left(person) == [], person.name
    assert len(run.outcomes) == 19 and len({o.person.state for o in run.outcomes}) >= 15
    by_route: dict[str, list] = {}
    for outcome in run.outcomes:
        by_route.setdefault(outcome.person.route, []).append(outcome)
    letters = {route: sum(o.letters for o in found) for route, found in by_route.items()}
    assert len(controller.mode.queue) == letters["print"]

    # 3. The organizer prints the queue (one CUPS job per office's stack).
    offices = len({m for o in by_route["print"] for m in o.members})
    if cups is not None:
        dialog = run.print_queue("Letters")
        assert dialog.banner.kind == "success", dialog.banner.text
        printed = cups.printed("Letters", offices)
        assert len(printed) == offices
        printed_text = "\f".join(pdf_text(path) for path in printed)
        assert all(COVER in pdf_text(path, page=1) for path in printed)
        assert all("(letter)" in pdf_info(path)["Page size"] for path in printed)
    else:
        batch = tmp_path / "organizer" / "batch.pdf"
        assert run.print_queue_to_file(batch) == letters["print"]
        dialog = run.organizer.queue_dialog
        printed_text = pdf_text(batch)
        printed = [batch]
    # A cover sheet for each office's stack, then its letters, one page each.
    assert sum(int(pdf_info(path)["Pages"]) for path in printed) == offices + letters["print"]
    assert printed_text.count(COVER) == offices and EVENT in printed_text
    assert len(controller.mode.queue) == 0
    dialog.reject()

    # Every letter reached its route exactly once (a word of each story no one else wrote).
    saved = sorted(run.pdf_folder.glob("*.pdf"))
    assert len(saved) == letters["pdf"]
    saved_text = "\f".join(pdf_text(path) for path in saved)
    messages = smtp_server.messages
    assert len(messages) == letters["email"]
    assert all(m.rcpt_tos == [COLLECTION] for m in messages)
    bodies = [m.message.get_body(("plain",)).get_content() for m in messages]
    (form,) = by_route["contact_form"]
    assert run.urls == [form.contact_url] and form.contact_url.startswith("https://")
    for outcome in run.outcomes:
        person, n = outcome.person, outcome.letters
        want = {route: n if person.route == route else 0 for route in ("print", "pdf", "email")}
        got = {"print": printed_text.count(person.token), "pdf": saved_text.count(person.token),
               "email": sum(person.token in body for body in bodies)}  # fmt: skip
        assert got == want, person.name
        assert sum(person.token in text for text in run.copied) == (
            1 if person.route == "contact_form" else 0
        ), person.name
    idle = next(p for p in PEOPLE if p.route == "idle")
    assert idle.token not in printed_text + saved_text + "".join(bodies + run.copied)

    # The tallies match.
    tallies = run.open_tallies()
    total = sum(letters.values())
    assert services.tallies.total().letters == total
    assert services.tallies.total().deliveries == total
    assert str(total) in tallies.total.text()
    tallies.group.setCurrentIndex(tallies.group.findData("route"))
    routes = dict(tallies.chart.rows)
    assert routes == {"print": letters["print"], "pdf": letters["pdf"],
                      "email": letters["email"], "contact_form": 1}, routes  # fmt: skip
    tallies.group.setCurrentIndex(tallies.group.findData("district"))
    per_state: Counter = Counter()
    for district, count in tallies.chart.rows:
        per_state[district.split("-")[0]] += count
    expected: Counter = Counter()
    for outcome in run.outcomes:
        expected[outcome.person.state] += outcome.letters
    assert per_state == expected
    csv_path, pdf_path = tmp_path / "tallies.csv", tmp_path / "summary.pdf"
    tallies.export_csv(csv_path)
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert Counter(r["route"] for r in rows) == Counter(routes)
    assert {r["event"] for r in rows} == {EVENT}
    tallies.export_pdf(pdf_path)
    qtbot.waitUntil(pdf_path.exists)
    summary = " ".join(pdf_text(pdf_path).split())
    assert summary_reads_right(pdf_text(pdf_path, layout=True), run, services)

    # No participant's words remain anywhere.
    for person in PEOPLE:
        assert widgets_left(person) == [], person.name
    controller.next_participant("next")  # the organizer's windows close for the next person
    everyone = [t for p in PEOPLE for t in p.traces()]
    for text in (csv_text, summary):
        assert [t for t in everyone if t in text] == []
    paths = services.paths
    services.store.checkpoint()
    folders = [paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir,
               Path(tempfile.gettempdir())]  # fmt: skip
    assert files_holding(folders, everyone) == []
    assert rows_holding(paths.database_file, everyone) == []
    assert services.outbox.unsent_count() == 0
    assert all(entry.letter_text == "" for entry in services.archive.entries())
