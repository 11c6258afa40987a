"""Email against a real aiosmtpd server on loopback: STARTTLS + AUTH, verified certificates.

Each failure (wrong password, server down, dropped connection, a server without TLS) must
end with a clear message and the letter still in the outbox; a retry then delivers it
exactly once.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from email.utils import parsedate_to_datetime

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.delivery import DeliveryError
from advocate_app.core.delivery.email import compose_email
from advocate_app.core.delivery.outbox import Outbox, State
from advocate_app.core.delivery.smtp import SmtpTransport
from advocate_app.core.delivery.smtp_config import SmtpConfig
from advocate_app.core.errors import InputProblem
from advocate_app.flows import deliver
from tests.core.delivery.conftest import transport_for
from tests.support.smtpd import PASSWORD, USER, RecordingHandler, SmtpServer, free_port

SENDER = "Volunteer Desk <volunteer@example.org>"
SMALL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def queue(store, letter, to="me@example.org", pdf=None) -> tuple[Outbox, int]:
    outbox = Outbox(store)
    msg = compose_email(
        letter, sender=SENDER, to=to, pdf=pdf, pdf_filename="Senator Cruz (TX) - stop-csam-2025.pdf"
    )
    return outbox, outbox.add(letter, msg, to_kind="self").id


def test_letter_arrives_with_headers_body_and_pdf(server, tls_files, store, cruz_letter, tmp_path):
    pdf = SMALL_PDF
    try:  # the real export when Qt is usable here; the tiny PDF otherwise
        from advocate_app.export import export_letter

        pdf = export_letter(cruz_letter, "pdf", tmp_path / "pdf").read_bytes()
    except Exception:  # pragma: no cover - export not available
        pass
    outbox, item_id = queue(store, cruz_letter, pdf=pdf)
    stored_id = outbox.get(item_id).message_id

    sending = deliver.send_queued(
        outbox, transport_for(server, tls_files), history=lambda: Archive(store)
    )
    results = sending.results

    assert [r.sent for r in results] == [True] and not sending.history_missed
    assert len(server.messages) == 1
    got = server.messages[0]
    assert got.mail_from == "volunteer@example.org"
    assert got.rcpt_tos == ["me@example.org"]
    msg = got.message
    assert msg["Message-ID"] == stored_id
    assert msg["From"].addresses[0].display_name == "Volunteer Desk"
    assert msg["To"].addresses[0].addr_spec == "me@example.org"
    assert msg["Reply-To"].addresses[0].addr_spec == "maria@example.org"
    assert msg["Subject"] == "Please support S. 1829, the STOP CSAM Act"
    assert parsedate_to_datetime(msg["Date"]).tzinfo is not None
    body = msg.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().replace("\r\n", "\n") == cruz_letter.as_text()
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "Senator Cruz (TX) - stop-csam-2025.pdf"
    assert attachments[0].get_content() == pdf
    if pdf is not SMALL_PDF and shutil.which("pdftotext"):
        (tmp_path / "got.pdf").write_bytes(attachments[0].get_content())
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "got.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Cruz" in text

    item = outbox.get(item_id)
    assert item.state is State.SENT and item.attempts == 1 and item.server_reply.startswith("250")
    [entry] = Archive(store).entries()
    assert entry.channel == "email" and entry.message_id == stored_id
    assert entry.letter_text == cruz_letter.as_text() and entry.outbox_id == item_id


def test_implicit_tls_server(tls_files, store, house_letter):
    with SmtpServer(tls_files, "ssl") as server:
        outbox, item_id = queue(store, house_letter)
        outbox.send_due(transport_for(server, tls_files, security="ssl"))
        assert outbox.get(item_id).state is State.SENT
        assert len(server.messages) == 1


def test_ssl_cert_file_is_honoured(server, tls_files, store, cruz_letter, monkeypatch):
    """Without an explicit context the system store is used, so SSL_CERT_FILE works."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca))
    outbox, item_id = queue(store, cruz_letter)
    transport = SmtpTransport(
        SmtpConfig(server.host, server.port, "starttls", USER, password=PASSWORD, timeout=5)
    )
    outbox.send_due(transport)
    assert outbox.get(item_id).state is State.SENT


def test_untrusted_certificate_is_refused(server, store, cruz_letter):
    outbox, item_id = queue(store, cruz_letter)
    untrusting = ssl.create_default_context()  # the system store does not know our test CA
    transport = SmtpTransport(
        SmtpConfig(server.host, server.port, "starttls", USER, PASSWORD, 5.0), context=untrusting
    )
    [result] = outbox.send_due(transport)
    assert "certificate" in str(result.error) and "could not be verified" in str(result.error)
    item = outbox.get(item_id)
    assert item.state is State.FAILED and "certificate" in item.last_error
    assert server.messages == []


def test_context_without_verification_is_not_accepted(server, store, cruz_letter):
    lax = ssl.create_default_context()
    lax.check_hostname = False
    lax.verify_mode = ssl.CERT_NONE
    transport = SmtpTransport(
        SmtpConfig(server.host, server.port, "starttls", USER, PASSWORD), context=lax
    )
    with pytest.raises(ValueError):
        with transport.session():
            pass


def retry_delivers_once(outbox: Outbox, item_id: int, server, tls_files) -> None:
    assert outbox.retry([item_id]) == 1
    results = outbox.send_due(transport_for(server, tls_files))
    assert [r.sent for r in results] == [True]
    assert outbox.get(item_id).state is State.SENT
    assert outbox.send_due(transport_for(server, tls_files)) == []  # nothing left to send
    ids = [m.message["Message-ID"] for m in server.messages]
    assert ids == [outbox.get(item_id).message_id]


def test_wrong_password(server, tls_files, store, cruz_letter):
    outbox, item_id = queue(store, cruz_letter)
    [result] = outbox.send_due(transport_for(server, tls_files, password="wrong-password"))
    assert not result.sent and not result.error.temporary
    assert "did not accept the user name or password" in str(result.error)
    item = outbox.get(item_id)
    assert item.state is State.FAILED and "password" in item.last_error
    assert "wrong-password" not in item.last_error
    retry_delivers_once(outbox, item_id, server, tls_files)


def test_server_down_then_up(tls_files, store, cruz_letter):
    outbox, item_id = queue(store, cruz_letter)
    port = free_port()
    down = SmtpTransport(SmtpConfig("127.0.0.1", port, "starttls", USER, PASSWORD, 2.0))
    [result] = outbox.send_due(down)
    assert result.error.temporary and "refused the connection" in str(result.error)
    item = outbox.get(item_id)
    assert item.state is State.QUEUED and item.next_attempt_at > item.created_at + 30
    assert "refused the connection" in item.last_error
    assert outbox.due() == []  # backing off
    with SmtpServer(tls_files, "starttls") as server:
        retry_delivers_once(outbox, item_id, server, tls_files)


def test_connection_dropped_mid_message(tls_files, store, cruz_letter):
    handler = RecordingHandler(mode="drop")
    with SmtpServer(tls_files, "starttls", handler) as server:
        outbox, item_id = queue(store, cruz_letter)
        [result] = outbox.send_due(transport_for(server, tls_files))
        assert result.error.temporary and result.error.uncertain
        assert "closed the connection" in str(result.error)
        item = outbox.get(item_id)
        assert item.state is State.QUEUED and item.error_kind == "uncertain"
        assert handler.dropped == 1 and server.messages == []
        handler.mode = "accept"
        retry_delivers_once(outbox, item_id, server, tls_files)


def test_plain_only_server_is_refused(tls_files, store, cruz_letter):
    with SmtpServer(tls_files, "plain") as server:
        outbox, item_id = queue(store, cruz_letter)
        [result] = outbox.send_due(transport_for(server, tls_files))
        assert "does not offer an encrypted connection (STARTTLS)" in str(result.error)
        assert not result.error.temporary
        assert outbox.get(item_id).state is State.FAILED
        assert server.messages == []
    with SmtpServer(tls_files, "starttls") as good:
        retry_delivers_once(outbox, item_id, good, tls_files)


def test_temporary_and_permanent_replies(tls_files, store, cruz_letter, house_letter):
    handler = RecordingHandler(mode="tempfail")
    with SmtpServer(tls_files, "starttls", handler) as server:
        outbox, first = queue(store, cruz_letter)
        [result] = outbox.send_due(transport_for(server, tls_files))
        assert result.error.temporary and result.error.code == 451
        assert outbox.get(first).state is State.QUEUED
        handler.mode = "reject"
        outbox.retry([first])
        [result] = outbox.send_due(transport_for(server, tls_files))
        assert not result.error.temporary and "554" in str(result.error)
        assert outbox.get(first).state is State.FAILED
        assert outbox.get(first).attempts == 2


def test_recipient_refused_is_permanent(server, tls_files, store, cruz_letter):
    def refuse(server_, session, envelope, address, rcpt_options):
        return "550 5.1.1 No such user"

    server.handler.handle_RCPT = refuse
    outbox, item_id = queue(store, cruz_letter, to="nobody@example.org")
    [result] = outbox.send_due(transport_for(server, tls_files))
    assert "refused the address nobody@example.org" in str(result.error)
    assert outbox.get(item_id).state is State.FAILED


def test_plain_connection_rules(store, cruz_letter):
    remote = SmtpConfig("mail.example.org", 25, "plain")
    with pytest.raises(InputProblem, match="encrypted connection"):
        remote.validate()
    with pytest.raises(InputProblem, match="allow_plain_loopback"):
        SmtpConfig("127.0.0.1", 25, "plain").validate()
    SmtpConfig("127.0.0.1", 25, "plain", allow_plain_loopback=True).validate()
    SmtpConfig("localhost", 25, "plain", allow_plain_loopback=True).validate()
    with pytest.raises(InputProblem, match="No password"):
        SmtpConfig("mail.example.org", 587, "starttls", user="me").validate()
    with pytest.raises(InputProblem, match="No mail server"):
        SmtpConfig("", 587).validate()


def test_plain_to_loopback_when_allowed(tls_files, store, cruz_letter):
    with SmtpServer(tls_files, "plain") as server:
        outbox, item_id = queue(store, cruz_letter)
        transport = SmtpTransport(
            SmtpConfig(server.host, server.port, "plain", allow_plain_loopback=True, timeout=5)
        )
        [result] = outbox.send_due(transport)
        assert result.sent and len(server.messages) == 1


def test_batch_over_one_connection(server, tls_files, store, cruz_letter, house_letter):
    outbox = Outbox(store)
    for letter in (cruz_letter, house_letter):
        outbox.add(
            letter, compose_email(letter, sender=SENDER, to="me@example.org"), to_kind="self"
        )
    history = lambda: Archive(store)  # noqa: E731
    results = deliver.send_queued(outbox, transport_for(server, tls_files), history=history).results
    assert [r.sent for r in results] == [True, True]
    assert len(server.messages) == 2 and Archive(store).count() == 2


def test_transport_check(server, tls_files):
    transport_for(server, tls_files).check()
    with pytest.raises(DeliveryError, match="user name or password"):
        transport_for(server, tls_files, password="nope").check()


def test_unreachable_name(store, cruz_letter):
    outbox, item_id = queue(store, cruz_letter)
    transport = SmtpTransport(SmtpConfig("no-such-host.invalid", 587, "starttls", timeout=2))
    [result] = outbox.send_due(transport)
    assert result.error.temporary
    assert outbox.get(item_id).state is State.QUEUED


def test_classify_keeps_password_out(server, tls_files, store, cruz_letter):
    outbox, item_id = queue(store, cruz_letter)
    secret = "s3cret-Value-that-must-not-leak"
    [result] = outbox.send_due(transport_for(server, tls_files, password=secret))
    assert secret not in str(result.error) and secret not in result.error.detail
    assert secret not in repr(SmtpConfig("h", password=secret))
