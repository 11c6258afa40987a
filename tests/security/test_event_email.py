"""Finding 12 of issue 16: at an event, a rejected email is shown to the participant (who can
take the PDF instead) and is not kept: after "Next participant" the outbox holds nothing of
them, and the organizer sees only a count."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import by_name, click
from tests.gui.test_event_mode import FIRST, PIN, write_letters
from tests.support.smtpd import PASSWORD, USER, RecordingHandler, SmtpServer


@pytest.fixture
def rejecting_server(tls_files, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca))  # the system trusts our test CA
    with SmtpServer(tls_files, "starttls", RecordingHandler(mode="reject")) as running:
        yield running


def test_a_rejected_email_is_told_then_forgotten(qtbot, event_window, rejecting_server):
    window = event_window
    services = window.ctx.services
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", rejecting_server.port),
                       ("smtp.user", USER), ("smtp.from", USER)):  # fmt: skip
        services.settings.set(key, value)
    services.secrets.set(f"smtp:{USER}@127.0.0.1", PASSWORD)
    controller = window.event
    write_letters(qtbot, window, FIRST)
    click(qtbot, window, "Email letters")
    banner = window.banner
    assert "refused your email" in banner.text and "rejected by policy" in banner.text
    assert "not kept on this laptop" in banner.text
    take_pdf = banner.action_button("Save as PDF instead")
    assert take_pdf is not None
    take_pdf.click()
    assert len(list(controller.mode.session.temp_dir().glob("*.pdf"))) == 3
    assert services.store.query("SELECT COUNT(*) FROM outbox")[0][0] == 3  # still theirs

    click(qtbot, window, "Next participant")
    assert services.store.query("SELECT COUNT(*) FROM outbox")[0][0] == 0
    services.store.checkpoint()
    for path in services.store.path.parent.iterdir():
        if path.is_file():
            assert FIRST.name.encode() not in path.read_bytes(), path.name
            assert FIRST.story[:30].encode() not in path.read_bytes(), path.name

    window.organizer.open_queue()
    by_name(controller.pin_dialog, "Organizer PIN", QLineEdit).setText(PIN)
    click(qtbot, controller.pin_dialog, "Unlock")
    summary = by_name(window.organizer.queue_dialog, "Letters waiting").text()
    assert "3 emails could not be delivered." in summary
    assert FIRST.name not in summary


def test_only_the_leaving_participants_rows_go_and_only_during_an_event(tmp_path, legislator_index):
    from advocate_app.core.delivery.email import compose_email
    from advocate_app.core.delivery.outbox import Outbox
    from advocate_app.core.event import EventMode
    from advocate_app.core.secrets import SecretStore
    from advocate_app.core.settings import Settings
    from advocate_app.core.store import Store
    from tests.support.sample_letters import constituent, letter_for

    store = Store.open(tmp_path / "advocate.sqlite3")
    outbox = Outbox(store)

    def queue(name: str) -> int:
        letter = letter_for(legislator_index.senators("TX")[0], who=constituent(name))
        msg = compose_email(letter, sender="kiosk@example.org", to="org@example.org")
        return outbox.add(letter, msg, to_kind="organizer").id

    mode = EventMode(Settings(tmp_path / "s.json", env={}), store, secrets=SecretStore())
    own = queue("Organizer Before")  # the laptop owner's own letter, before the event
    assert mode.session.wipe().undelivered == 0  # not in an event: nothing is touched
    mode.start(name="Night", pin="246810", routes=["email_organizer"],
               collection_email="org@example.org")  # fmt: skip
    assert mode.session.wipe().undelivered == 0  # the event starts: a mark, nothing deleted
    queue("Ada Quill")
    queue("Ada Quill")
    assert mode.session.wipe().undelivered == 2
    assert [item.id for item in outbox.items()] == [own]
    assert mode.undelivered == 2
    store.close()


def test_after_a_restart_during_the_event_the_last_participants_rows_go_too(
    tmp_path, legislator_index
):
    from datetime import datetime, timedelta

    from advocate_app.core.delivery.email import compose_email
    from advocate_app.core.delivery.outbox import Outbox
    from advocate_app.core.event import EventMode
    from advocate_app.core.secrets import SecretStore
    from advocate_app.core.settings import Settings
    from advocate_app.core.store import Store
    from tests.support.sample_letters import constituent, letter_for

    store = Store.open(tmp_path / "advocate.sqlite3")
    settings = Settings(tmp_path / "s.json", env={})
    an_hour_ago = datetime.now() - timedelta(hours=1)
    EventMode(settings, store, secrets=SecretStore(), now=lambda: an_hour_ago).start(
        name="Night", pin="246810", routes=["email_organizer"], collection_email="org@example.org"
    )
    letter = letter_for(legislator_index.senators("TX")[0], who=constituent("Ada Quill"))
    msg = compose_email(letter, sender="kiosk@example.org", to="org@example.org")
    Outbox(store).add(letter, msg, to_kind="organizer")  # then the app was killed
    restarted = EventMode(settings, store, secrets=SecretStore())
    assert restarted.session.wipe().undelivered == 1  # the window's first "Next participant"
    assert Outbox(store).items() == []
    store.close()
