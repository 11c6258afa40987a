"""Event mode on a shared laptop, driven as an organizer and two participants would.

- Two participants in a row: after "Next participant" no widget holds the first one's name
  or address, and no file under the app's config, data, cache, log and temporary folders
  holds either participant's.
- Settings, the campaign editor and quitting refuse without the PIN and open with it.
- The idle timeout resets the window after a warning with a countdown.
- The tallies after the scripted event match what was printed and sent; the CSV and the
  summary PDF hold them and no personal data.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from advocate_app.gui.event.scrub import texts_of
from tests.conftest import census_answer, serve_census
from tests.gui.conftest import by_name, click, fill_you, pdf_text

PIN = "735146"
EVENT = "Eastside library letter night"


@dataclass(frozen=True)
class Person:
    name: str
    street: str
    zip_code: str
    email: str
    story: str

    @property
    def address(self) -> str:
        return f"{self.street}, Austin, TX {self.zip_code}"

    @property
    def matched(self) -> str:
        return f"{self.street.upper()}, AUSTIN, TX, {self.zip_code}"

    def traces(self) -> list[str]:
        return [self.name, self.name.split()[-1], self.street, self.street.upper(), self.email,
                self.story[:40]]  # fmt: skip


FIRST = Person("Zoe Quintanilla-Berg", "77 Wintergreen Ln", "78701", "zoe.qb@example.org",
               "My daughter met a stranger in a game chat who knew her school's name.")  # fmt: skip
SECOND = Person("Ignatius Fairweather", "4 Juniper Ct", "78704", "ignatius@example.org",
                "I teach middle school and we lose students to these apps every year.")  # fmt: skip


@pytest.fixture
def event_window(qtbot, httpserver, gui_services, hooks):
    """The real window (real clipboard) with event mode started through its dialog."""
    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner

    serve_census(
        httpserver, {p.address: census_answer("4837", matched=p.matched) for p in (FIRST, SECOND)}
    )
    services = gui_services()
    window = build_main_window(services, runner=InlineRunner(), url_opener=hooks.open_url)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.event is None  # event mode's machinery is built when an event starts
    window.organizer.open_setup()
    dialog = window.organizer.setup_dialog
    by_name(dialog, "Event name", QLineEdit).setText(EVENT)
    by_name(dialog, "Organizer PIN", QLineEdit).setText(PIN)
    by_name(dialog, "Repeat PIN", QLineEdit).setText(PIN)
    for route in ("pdf", "email_organizer", "contact_form"):
        dialog.routes[route].setChecked(True)
    by_name(dialog, "Collection email", QLineEdit).setText("letters@example.org")
    click(qtbot, dialog, "Start event mode")
    controller = window.event
    assert controller.active and controller.next_button.isVisible()
    assert window.ctx.event is controller
    yield window
    controller._passes.add("quit")  # let the fixture close the window
    controller._queue_warned = True


def write_letters(qtbot, window, person: Person) -> None:
    """One participant: details, members, story, then the Send step."""
    fill_you(qtbot, window, name=person.name, street=person.street, zip_code=person.zip_code,
             email=person.email)  # fmt: skip
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 1
    click(qtbot, window, "Next")
    qtbot.keyClicks(by_name(window, "Your story", QPlainTextEdit), person.story)
    window.letter.refresh()
    click(qtbot, window, "Next")
    assert window.current_step() == 3


def assert_nothing_left(window: QWidget, person: Person) -> None:
    roots = [window, *(w for w in QApplication.topLevelWidgets() if w is not window)]
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            for text in texts_of(widget):
                for trace in person.traces():
                    assert trace not in text, (
                        type(widget).__name__,
                        widget.accessibleName(),
                        trace,
                    )


def files_holding(folders: list[Path], traces: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path}: {t}" for t in traces if t.encode("utf-8") in data]
    return found


def test_two_participants_leave_nothing_behind(qtbot, event_window, hooks):
    window = event_window
    services = window.ctx.services
    controller = window.event
    assert not window.you.remember.isVisible()  # nothing of a participant is remembered
    write_letters(qtbot, window, FIRST)
    send = window.send
    assert not send.history.isVisibleTo(window)  # the archive is the organizer's
    assert [send.recipient.itemData(i) for i in range(send.recipient.count())] == ["organizer"]
    click(qtbot, window, "Add to print queue")
    assert len(controller.mode.queue) == 3
    click(qtbot, window, "Save as PDF")
    temp_pdfs = list(controller.mode.session.temp_dir().glob("*.pdf"))
    assert len(temp_pdfs) == 3 and temp_pdfs[0].is_relative_to(Path(tempfile.gettempdir()))
    send.list.setCurrentRow(1)
    click(qtbot, window, "Open contact form")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text().startswith("Dear Senator") and FIRST.name in clipboard.text()

    click(qtbot, window, "Next participant")
    assert window.current_step() == 0
    assert_nothing_left(window, FIRST)
    assert clipboard.text() == ""
    assert not any(p.exists() for p in temp_pdfs)
    name = by_name(window, "Full name", QLineEdit)
    assert name.text() == "" and not name.isUndoAvailable()
    assert not window.letter.story.document().isUndoAvailable()

    clipboard.setText("the organizer's own note")  # not the app's: left alone
    write_letters(qtbot, window, SECOND)
    assert_nothing_left(window, FIRST)  # the second participant sees nothing of the first
    click(qtbot, window, "Add to print queue")
    click(qtbot, window, "Next participant")
    assert_nothing_left(window, SECOND)
    assert clipboard.text() == "the organizer's own note"

    paths = services.paths
    folders = [
        paths.config_dir,
        paths.data_dir,
        paths.cache_dir,
        paths.log_dir,
        Path(tempfile.gettempdir()),
    ]
    services.store.checkpoint()
    scanned = [p for folder in folders for p in folder.rglob("*") if p.is_file()]
    assert paths.database_file in scanned and paths.settings_file in scanned
    assert files_holding(folders, FIRST.traces() + SECOND.traces()) == []
    assert len(controller.mode.queue) == 6  # in memory only, for the organizer's batch


def test_settings_editor_and_quit_need_the_pin(qtbot, event_window):
    window = event_window
    controller = window.event
    window.open_settings("")
    assert window.settings_dialog is None and controller.pin_dialog is not None
    pin = controller.pin_dialog
    by_name(pin, "Organizer PIN", QLineEdit).setText("0000")
    click(qtbot, pin, "Unlock")
    assert pin.isVisible() and "not right" in by_name(pin, "PIN message").text()
    by_name(pin, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, pin, "Unlock")
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    window.open_settings("")  # the PIN opens it once, not for good
    assert window.settings_dialog is None and controller.pin_dialog is not None
    controller.pin_dialog.reject()

    organizer = window.organizer
    organizer.open_editor()
    assert organizer.editor is None
    by_name(controller.pin_dialog, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, controller.pin_dialog, "Unlock")
    assert organizer.editor is not None and organizer.editor.isVisible()
    organizer.editor.confirm_discard = lambda: True
    click(qtbot, window, "Next participant")  # the next person does not find it open
    assert organizer.editor is None

    assert window.close() is False and window.isVisible()
    by_name(controller.pin_dialog, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, controller.pin_dialog, "Unlock")
    assert not window.isVisible()


def test_idle_timeout_warns_then_clears(qtbot, event_window):
    window = event_window
    controller = window.event
    controller.idle_ms, controller.warning_ms = 150, 400
    fill_you(qtbot, window, name=FIRST.name, street=FIRST.street, zip_code=FIRST.zip_code)
    qtbot.waitUntil(
        lambda: controller.idle_warning is not None and controller.idle_warning.isVisible(),
        timeout=3000,
    )
    warning = controller.idle_warning
    assert "seconds" in by_name(warning, "Time left").text()
    click(qtbot, warning, "I'm still here")  # the person is back: nothing is lost
    assert by_name(window, "Full name", QLineEdit).text() == FIRST.name
    with qtbot.waitSignal(controller.wiped, timeout=3000) as wiped:
        pass
    assert wiped.args == ["idle"]
    assert by_name(window, "Full name", QLineEdit).text() == "" and window.current_step() == 0
    assert_nothing_left(window, FIRST)


def test_tallies_match_what_was_printed_and_sent(qtbot, event_window, tmp_path):
    from PySide6.QtGui import QPdfWriter

    window = event_window
    controller = window.event
    services = window.ctx.services
    write_letters(qtbot, window, FIRST)
    click(qtbot, window, "Add to print queue")
    window.send.list.setCurrentRow(1)
    click(qtbot, window, "Open contact form")
    click(qtbot, window, "Next participant")
    write_letters(qtbot, window, SECOND)
    click(qtbot, window, "Save as PDF")
    click(qtbot, window, "Next participant")

    window.organizer.open_queue()
    by_name(controller.pin_dialog, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, controller.pin_dialog, "Unlock")
    queue = window.organizer.queue_dialog
    assert "3 letters waiting" in by_name(queue, "Letters waiting").text()
    (tmp_path / "organizer").mkdir()  # the organizer's choice, outside the app's folders
    writer = QPdfWriter(str(tmp_path / "organizer" / "batch.pdf"))
    assert queue.print_to(writer) == 3
    del writer
    assert len(controller.mode.queue) == 0
    batch = pdf_text(tmp_path / "organizer" / "batch.pdf")
    assert batch.count("Constituent letters for hand delivery") == 3 and EVENT in batch

    window.organizer.open_tallies()
    by_name(controller.pin_dialog, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, controller.pin_dialog, "Unlock")
    tallies = window.organizer.tallies_window
    assert "6 letters, sent or printed 7 times" in by_name(tallies, "Total").text()
    tallies.group.setCurrentIndex(tallies.group.findData("route"))
    assert tallies.chart.rows == [("pdf", 3), ("print", 3), ("contact_form", 1)]
    tallies.group.setCurrentIndex(tallies.group.findData("district"))
    assert dict(tallies.chart.rows) == {"TX": 4, "TX-37": 2}
    csv_path, pdf_path = tmp_path / "tallies.csv", tmp_path / "summary.pdf"
    tallies.export_csv(csv_path)
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert sorted(r["route"] for r in rows) == ["contact_form"] + ["pdf"] * 3 + ["print"] * 3
    assert {r["event"] for r in rows} == {EVENT}
    tallies.export_pdf(pdf_path)
    summary = pdf_text(pdf_path)
    assert (
        EVENT in summary
        and "2 constituents of TX-37 wrote to Representative Lloyd Doggett" in summary
    )
    for text in (csv_path.read_text(encoding="utf-8-sig"), summary):
        for person in (FIRST, SECOND):
            for trace in person.traces():
                assert trace not in text
    tallies.grab().save(str(tmp_path / "tallies.png"))
    assert services.archive.entries()[0].letter_text == ""  # the archive is anonymous
