"""A whole event day driven through the real window, shared by the rehearsal test
(``tests/print/test_event_rehearsal.py``) and its benchmark (``benchmarks/bench_event.py``).

- ``PEOPLE``: 20 participants with their own names, states, ZIP codes and stories; each has
  one route (print, PDF, email, contact form) or leaves the laptop idle. A few give a street
  address (answered by the Census stand-in), the rest a ZIP code alone (the shared ZIP table).
- ``start_services``: the real ``Services`` against local stand-ins (datasets, Census,
  Congress.gov on a pytest-httpserver; email through the aiosmtpd server with STARTTLS and
  AUTH), in a fresh profile.
- ``Rehearsal``: the real window (inline task runner, recorders for the URL opener and the
  clipboard), driven by accessible names as a person would: ``set_up`` (event mode with a
  PIN), ``write`` (one participant), ``leave_idle``, ``print_queue``, ``open_tallies``.
  ``app_seconds`` adds up the time spent in the app's own work for each participant
  (clicks and what they start), not the simulated typing.

Nothing here needs pytest: the test passes its fixtures' servers, the benchmark starts its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PIN = "604219"
EVENT = "Riverside community letter night"
COLLECTION = "letters@example.org"

STORIES = (
    "My neighbor {t} and I run the after-school club, and we see children approached online every week.",
    "I am a pediatric nurse; last winter a patient I call {t} was groomed through a game chat.",
    "Our youth pastor, {t}, reports abuse images to the CyberTipline and waits months for answers.",
    "As a grandparent I watched {t}, my grandson, get messages from a stranger who knew his school.",
    "I teach middle school math and my student {t} was blackmailed with a photo she never shared.",
)


@dataclass(frozen=True)
class Person:
    name: str
    state: str
    zip_code: str
    route: str  # "print", "pdf", "email", "contact_form" or "idle"
    token: str  # one word of their story no one else wrote
    street: str = ""
    city: str = ""
    geoid: str = ""  # the district the Census stand-in answers for a street address

    @property
    def email(self) -> str:
        return f"{self.token.lower()}@example.net"

    @property
    def story(self) -> str:
        return STORIES[sum(map(ord, self.token)) % len(STORIES)].format(t=self.token)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip_code}"

    @property
    def matched(self) -> str:
        return f"{self.street.upper()}, {self.city.upper()}, {self.state}, {self.zip_code}"

    def traces(self) -> list[str]:
        found = [self.name, self.name.split()[-1], self.email, self.token, self.story[:40]]
        return found + ([self.street, self.street.upper()] if self.street else [])


# fmt: off
PEOPLE: tuple[Person, ...] = (
    Person("Zoe Quintanilla-Berg", "TX", "78701", "print", "Quillfeather", "77 Wintergreen Ln", "Austin", "4837"),
    Person("Ignatius Fairweather", "TX", "78701", "print", "Fennimore"),
    Person("Marisol Achterberg", "TX", "78704", "print", "Juniperhall", "4 Juniper Ct", "Austin", "4835"),
    Person("Desmond Okonkwo-Hale", "WY", "82001", "print", "Brackenridge"),
    Person("Priya Vantongeren", "VT", "05401", "print", "Maplethorpe"),
    Person("Halvard Nakashima", "CA", "94110", "print", "Castellane"),
    Person("Oona Featherstonhaugh", "ND", "58501", "print", "Prairiewind"),
    Person("Tobias Ravensworth", "GA", "30303", "pdf", "Peachtreeson"),
    Person("Leocadia Smithwick", "CO", "80202", "pdf", "Larimerova"),
    Person("Anselm Dubrovnik", "AZ", "85004", "pdf", "Saguarelli"),
    Person("Winifred Castellanos", "OR", "97205", "pdf", "Burnsidewell"),
    Person("Casimir Oyelaran", "MI", "48201", "pdf", "Woodwardine"),
    Person("Henrietta Kowalczyk", "NE", "68102", "pdf", "Platteview"),
    Person("Bartholomew Ngata", "MN", "55401", "email", "Hennepinski"),
    Person("Seraphina Lindqvist", "MO", "63101", "email", "Gatewayburn"),
    Person("Eustace Abernathy", "TN", "37203", "email", "Cumberlow"),
    Person("Philippa Thibodeaux", "LA", "70112", "email", "Bayoumont"),
    Person("Florian Yazzie-Mendez", "NM", "87501", "email", "Sangrecristo"),
    Person("Gwendolyn Pettigrew", "ME", "04101", "contact_form", "Cascobayer"),
    Person("Ambrose Kealoha", "HI", "96813", "idle", "Nuuanuvale"),
)
# fmt: on


def start_services(httpserver: Any, profile: Path, smtp_port: int) -> Any:
    """The real ``Services`` in ``profile`` against the stand-ins, data downloaded, email set up.

    ``SSL_CERT_FILE`` must already name the test CA (the SMTP server's certificate)."""
    import os

    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths
    from tests.conftest import census_answer, serve_census, serve_datasets, service_env
    from tests.gui.conftest import CONGRESS_PREFIX, serve_congress
    from tests.support.smtpd import PASSWORD, USER

    serve_datasets(httpserver)
    serve_congress(httpserver)
    serve_census(httpserver, {
        p.address: census_answer(p.geoid, matched=p.matched) for p in PEOPLE if p.street
    })  # fmt: skip
    env = {**os.environ, **service_env(httpserver),
           "ADVOCATE_CONGRESS_API_URL": httpserver.url_for(CONGRESS_PREFIX)}  # fmt: skip
    services = Services(AppPaths.for_profile(profile), env=env)
    services.datasets.update_all()
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", smtp_port),
                       ("smtp.user", USER), ("smtp.from", USER)):  # fmt: skip
        services.settings.set(key, value)
    services.secrets.set(f"smtp:{USER}@127.0.0.1", PASSWORD)
    return services


@dataclass
class Outcome:
    """What one participant sent, as the Send step listed it."""

    person: Person
    letters: int  # letters on the Send step (one per member)
    members: list[str]  # their bioguide ids
    contact_url: str = ""


@dataclass
class Rehearsal:
    window: Any
    pdf_folder: Path
    urls: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    app_seconds: dict[str, float] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)

    # --- building ---------------------------------------------------------------------------
    @classmethod
    def open(cls, services: Any, pdf_folder: Path) -> Rehearsal:
        from advocate_app.gui.build import build_main_window
        from advocate_app.gui.tasks import InlineRunner

        urls: list[str] = []
        copied: list[str] = []

        def open_url(url: str) -> bool:
            urls.append(url)
            return True

        window = build_main_window(services, runner=InlineRunner(), url_opener=open_url,
                                   clipboard=copied.append)  # fmt: skip
        window.resize(1000, 720)
        window.show()
        wait_until(window.isVisible)
        pdf_folder.mkdir(parents=True, exist_ok=True)
        return cls(window, pdf_folder, urls, copied)

    def close(self) -> None:
        controller = self.window.event
        if controller is not None:  # event mode ran: the organizer quits (the PIN was given)
            controller._passes.add("quit")
            controller._queue_warned = True
        self.window.close()
        self.window.deleteLater()

    @property
    def controller(self) -> Any:
        """Event mode's controller (built when the organizer starts the event)."""
        return self.window.event

    @property
    def organizer(self) -> Any:
        """The Organizer menu's actions and the windows they opened."""
        return self.window.organizer

    @property
    def services(self) -> Any:
        return self.window.ctx.services

    # --- driving ----------------------------------------------------------------------------
    def click(self, root: Any, name: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractButton

        button = by_name(root, name, QAbstractButton)
        if not button.isEnabled():
            raise AssertionError(f"{name!r} is disabled")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_into(self, root: Any, name: str, text: str) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

        widget = by_name(root, name, QWidget)
        if isinstance(widget, QLineEdit):
            widget.clear()
        elif isinstance(widget, QPlainTextEdit):
            widget.clear()
        if text:
            QTest.keyClicks(widget, text)

    def unlock(self) -> None:
        from PySide6.QtWidgets import QLineEdit

        dialog = self.controller.pin_dialog
        if dialog is None:
            raise AssertionError("no PIN dialog was shown")
        by_name(dialog, "Organizer PIN", QLineEdit).setText(PIN)
        self.click(dialog, "Unlock")

    def set_up(self) -> None:
        """The organizer starts event mode: name, PIN, PDF folder, collection address, routes."""
        from PySide6.QtWidgets import QLineEdit

        self.organizer.open_setup()
        dialog = self.organizer.setup_dialog
        for name, text in (("Event name", EVENT), ("Organizer PIN", PIN), ("Repeat PIN", PIN),
                           ("Collection email", COLLECTION), ("PDF folder", str(self.pdf_folder))):  # fmt: skip
            by_name(dialog, name, QLineEdit).setText(text)
        for route in ("print", "pdf", "email_organizer", "contact_form"):
            dialog.routes[route].setChecked(True)
        self.click(dialog, "Start event mode")
        controller = self.controller
        if controller is None or not (controller.active and controller.next_button.isVisible()):
            raise AssertionError("event mode did not start")

    def _timed(self, person: Person, action: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        try:
            return action()
        finally:
            self.app_seconds[person.name] = (
                self.app_seconds.get(person.name, 0.0) + time.perf_counter() - started
            )

    def fill_in(self, person: Person) -> None:
        """Details, members, story: the participant reaches the Send step."""
        from PySide6.QtWidgets import QComboBox

        window = self.window
        for name, text in (("Full name", person.name), ("Street address", person.street),
                           ("City", person.city), ("ZIP code", person.zip_code),
                           ("Email", person.email)):  # fmt: skip
            self.type_into(window, name, text)
        combo = by_name(window, "State", QComboBox)
        self._timed(person, lambda: combo.setCurrentIndex(combo.findData(person.state)))
        self._timed(person, lambda: self.click(window, "Find my representatives"))
        if window.current_step() != 1:
            raise AssertionError(f"{person.name}: no members found ({window.banner.text})")
        self._timed(person, lambda: self.click(window, "Next"))
        self.type_into(window, "Your story", person.story)
        if not person.street:  # a ZIP alone: the writer confirms offices may not reply (issue 13)
            self._timed(
                person, lambda: self.click(window, "Write my letters without a street address")
            )
        self._timed(person, window.letter.refresh)
        self._timed(person, lambda: self.click(window, "Next"))
        if window.current_step() != 3:
            raise AssertionError(f"{person.name}: not on the Send step")

    def write(self, person: Person) -> Outcome:
        """One participant from the first key to "Next participant"."""
        window = self.window
        self.fill_in(person)
        send = window.send
        letters = send.checked_letters()
        outcome = Outcome(person, len(letters), [x.member.bioguide for x in letters])
        button = {"print": "Add to print queue", "pdf": "Save as PDF", "email": "Email letters",
                  "contact_form": "Open contact form"}[person.route]  # fmt: skip
        if person.route == "contact_form":
            from advocate_app.core.delivery.contact_form import contact_route

            outcome.contact_url = contact_route(send.current_letter().member).url
            outcome.letters, outcome.members = 1, [send.current_letter().member.bioguide]
        self._timed(person, lambda: self.click(window, button))
        self._timed(person, lambda: self.click(window, "Next participant"))
        if window.current_step() != 0:
            raise AssertionError(f"{person.name}: the window was not cleared")
        self.outcomes.append(outcome)
        return outcome

    def leave_idle(self, person: Person, idle_ms: int = 150, warning_ms: int = 300) -> None:
        """A participant writes, then walks away: the idle timeout clears the window."""
        controller = self.controller
        self.fill_in(person)
        wiped: list[str] = []
        controller.wiped.connect(wiped.append)
        controller.idle_ms, controller.warning_ms = idle_ms, warning_ms
        controller._restart_idle()
        try:
            wait_until(lambda: wiped == ["idle"], timeout=10)
        finally:
            controller.wiped.disconnect(wiped.append)
            controller.idle_ms, controller.warning_ms = None, 30_000
            controller._restart_idle()
        if self.window.current_step() != 0:
            raise AssertionError("the idle timeout did not clear the window")

    # --- the organizer at the end -----------------------------------------------------------
    def open_queue(self) -> Any:
        self.organizer.open_queue()
        self.unlock()
        return self.organizer.queue_dialog

    def print_queue(self, printer: str) -> Any:
        """Print all on ``printer`` (a CUPS queue); returns the dialog (its banner says how)."""
        from PySide6.QtWidgets import QComboBox

        dialog = self.open_queue()
        combo = by_name(dialog, "Printer", QComboBox)
        combo.setCurrentIndex(combo.findData(printer))
        self.click(dialog, "Print all")
        return dialog

    def print_queue_to_file(self, path: Path) -> int:
        """Without a print service: the queue painted into one PDF file, as a printer would;
        returns how many letters were printed."""
        from PySide6.QtGui import QPdfWriter

        dialog = self.open_queue()
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = QPdfWriter(str(path))
        printed = dialog.print_to(writer)
        del writer  # the file is complete once the writer is gone
        return printed

    def open_tallies(self) -> Any:
        self.organizer.open_tallies()
        self.unlock()
        return self.organizer.tallies_window


def by_name(root: Any, name: str, kind: Any = None) -> Any:
    """The one visible widget under ``root`` with this accessible name."""
    from PySide6.QtWidgets import QWidget

    found = [w for w in root.findChildren(kind or QWidget)
             if w.accessibleName() == name and w.isVisibleTo(root)]  # fmt: skip
    if len(found) != 1:
        raise AssertionError(f"{len(found)} widgets named {name!r}")
    return found[0]


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let Qt run until ``condition()`` holds (no fixed sleeps)."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s")
        QTest.qWait(10)  # runs the event loop meanwhile, as qtbot.waitUntil does
