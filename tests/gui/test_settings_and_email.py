"""Settings (password to the keyring, test connection), email through a real SMTP server,
the mail-program fallback, and the remembered window size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from tests.conftest import serve_census
from tests.gui.conftest import AUSTIN, STORY, austin_answer, by_name, click, fill_you
from tests.support.smtpd import PASSWORD, USER, SmtpServer


@pytest.fixture
def smtp_server(tls_files, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca))  # the system trusts our test CA
    with SmtpServer(tls_files, "starttls") as running:
        yield running


def _type(qtbot, root, name: str, text: str) -> None:
    field = by_name(root, name, QLineEdit)
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest cannot type accented letters; paste them as an input method would
        field.insert(text)


def _to_send_step(qtbot, httpserver, window) -> None:
    serve_census(httpserver, {AUSTIN: austin_answer()})
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    click(qtbot, window, "Next")
    qtbot.keyClicks(by_name(window, "Your story", QPlainTextEdit), STORY)
    window.letter.refresh()
    click(qtbot, window, "Next")


def test_settings_keep_the_password_in_the_keyring_and_test_the_server(
    qtbot, gui_services, make_window, memory_keyring, smtp_server
) -> None:
    services = gui_services()
    window = make_window(services)
    window.open_settings("email")
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    _type(qtbot, dialog, "Mail server", "127.0.0.1")
    dialog.email_tab.port.setValue(smtp_server.port)
    _type(qtbot, dialog, "User name", USER)
    _type(qtbot, dialog, "Password", PASSWORD)
    _type(qtbot, dialog, "Organizer's email", "organizer@example.org")
    click(qtbot, dialog, "Test connection")
    assert "Connected to 127.0.0.1" in dialog.email_tab.test_result.text()

    click(qtbot, dialog, "Save settings")
    assert window.settings_dialog is None
    assert memory_keyring.passwords[("advocate", f"smtp:{USER}@127.0.0.1")] == PASSWORD
    saved = services.paths.settings_file.read_text(encoding="utf-8")
    assert "127.0.0.1" in saved and PASSWORD not in saved
    assert services.settings.get("organizer.email") == "organizer@example.org"


def test_wrong_password_fails_the_test_with_a_plain_message(
    qtbot, gui_services, make_window, smtp_server
) -> None:
    window = make_window(gui_services())
    window.open_settings("email")
    dialog = window.settings_dialog
    _type(qtbot, dialog, "Mail server", "127.0.0.1")
    dialog.email_tab.port.setValue(smtp_server.port)
    _type(qtbot, dialog, "User name", USER)
    _type(qtbot, dialog, "Password", "wrong")
    click(qtbot, dialog, "Test connection")
    text = dialog.email_tab.test_result.text()
    assert text.startswith("The test failed:") and "wrong" not in text.split(":", 1)[1]
    dialog.reject()


def test_email_letters_to_myself(qtbot, httpserver, gui_services, make_window, smtp_server) -> None:
    services = gui_services()
    for key, value in (
        ("smtp.host", "127.0.0.1"),
        ("smtp.port", smtp_server.port),
        ("smtp.user", USER),
        ("smtp.from", USER),
    ):
        services.settings.set(key, value)
    services.secrets.set(f"smtp:{USER}@127.0.0.1", PASSWORD)
    window = make_window(services)
    _to_send_step(qtbot, httpserver, window)
    assert window.send.recipient.currentText() == "Myself (maria@example.org)"
    click(qtbot, window, "Email letters")
    assert "Sent 3 emails to maria@example.org" in window.banner.text
    messages = smtp_server.messages
    assert len(messages) == 3 and all(m.rcpt_tos == ["maria@example.org"] for m in messages)
    for received in messages:
        body = received.message.get_body(("plain",)).get_content()
        assert " ".join(STORY.split()) in " ".join(body.split())
        assert [p.get_content_type() for p in received.message.iter_attachments()] == [
            "application/pdf"
        ]
    assert [e.channel for e in services.archive.entries()] == ["email"] * 3
    assert services.outbox.counts()["sent"] == 3
    assert "No emails are waiting to be sent." == window.send.history.outbox_note.text()


def test_emails_the_history_missed_are_sent_with_a_warning(
    qtbot, httpserver, gui_services, make_window, smtp_server
) -> None:
    services = gui_services()
    for key, value in (
        ("smtp.host", "127.0.0.1"),
        ("smtp.port", smtp_server.port),
        ("smtp.user", USER),
        ("smtp.from", USER),
    ):
        services.settings.set(key, value)
    services.secrets.set(f"smtp:{USER}@127.0.0.1", PASSWORD)
    with services.store.transaction() as conn:  # the history cannot be written, the outbox can
        conn.execute(
            "CREATE TEMP TRIGGER history_full BEFORE INSERT ON main.archive "
            "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
        )
    window = make_window(services)
    _to_send_step(qtbot, httpserver, window)
    click(qtbot, window, "Email letters")
    assert window.banner.kind == "warning"
    assert "Sent 3 emails to maria@example.org" in window.banner.text
    assert "could not be added to your history: database or disk is full" in window.banner.text
    assert len(smtp_server.messages) == 3 and services.outbox.counts()["sent"] == 3
    assert services.archive.count() == 0


def test_without_a_mail_server_the_mail_program_is_offered(
    qtbot, httpserver, gui_services, make_window, hooks
) -> None:
    window = make_window(gui_services())
    _to_send_step(qtbot, httpserver, window)
    click(qtbot, window, "Email letters")
    assert "No mail server is set up" in window.banner.text
    click(qtbot, window, "Use my mail program")
    assert hooks.urls[-1].startswith("mailto:maria@example.org?subject=")


def test_server_down_keeps_the_letters_in_the_outbox(
    qtbot, httpserver, gui_services, make_window, tls_files, monkeypatch
) -> None:
    from tests.support.smtpd import free_port

    services = gui_services()
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", free_port()), ("smtp.user", USER)):
        services.settings.set(key, value)
    services.secrets.set(f"smtp:{USER}@127.0.0.1", PASSWORD)
    window = make_window(services)
    _to_send_step(qtbot, httpserver, window)
    click(qtbot, window, "Email letters")
    assert window.banner.kind == "error" and "outbox" in window.banner.text
    assert services.outbox.counts()["queued"] + services.outbox.counts()["failed"] == 3
    assert window.send.history.outbox_list.count() == 3
    assert by_name(window, "Send again").isEnabled()


def test_window_size_is_remembered(qtbot, gui_services, services_factory, make_window) -> None:
    services = gui_services()
    window = make_window(services)
    window.resize(700, 500)
    window.close()
    again = make_window(services_factory(), show=False)
    assert (again.width(), again.height()) == (700, 500)
