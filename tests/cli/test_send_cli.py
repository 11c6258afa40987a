"""``advocate send`` and ``advocate outbox`` against a real STARTTLS + AUTH server.

Most tests call ``advocate_app.cli.main`` in-process (fast; the in-memory keyring applies);
the crash test runs the real command in a subprocess and kills it with SIGKILL.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from advocate_app.cli import main
from advocate_app.core.secrets import smtp_account
from advocate_app.core.settings import Settings
from tests.conftest import REPO_ROOT, serve_datasets, service_env
from tests.support.smtpd import (
    PASSWORD,
    USER,
    RecordingHandler,
    SmtpServer,
    free_port,
)

PERSON = [
    "--campaign",
    "stop-csam-2025",
    "--zip",
    "82001",
    "--name",
    "Jordan Rivera",
    "--street",
    "2001 Capitol Ave",
    "--city",
    "Cheyenne",
    "--email",
    "jordan@example.org",
    "--no-bill-status",
]
WYOMING = {"Harriet M. Hageman", "John Barrasso", "Cynthia M. Lummis"}


_WARM_CACHE: dict[str, Path] = {}


@pytest.fixture
def profile(httpserver, tmp_path, tmp_path_factory, monkeypatch, tls_files) -> Path:
    serve_datasets(httpserver)
    for key, value in service_env(httpserver).items():
        monkeypatch.setenv(key, value)
    path = tmp_path / "profile"
    # Download and index the datasets once per module; each test starts from a copy.
    if "cache" not in _WARM_CACHE:
        from advocate_app.app import Services
        from advocate_app.core.paths import AppPaths

        warm = tmp_path_factory.mktemp("warm")
        Services(AppPaths.for_profile(warm)).finder.find_by_zip("82001")
        _WARM_CACHE["cache"] = warm / "cache"
    shutil.copytree(_WARM_CACHE["cache"], path / "cache")
    monkeypatch.setenv("ADVOCATE_PROFILE", str(path))
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca))
    monkeypatch.setenv("ADVOCATE_SMTP_SECURITY", "starttls")
    monkeypatch.setenv("ADVOCATE_SMTP_USER", USER)
    monkeypatch.setenv("ADVOCATE_SMTP_FROM", f"Volunteer Desk <{USER}>")
    return path


def point_at(monkeypatch, host: str, port: int) -> None:
    monkeypatch.setenv("ADVOCATE_SMTP_HOST", host)
    monkeypatch.setenv("ADVOCATE_SMTP_PORT", str(port))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def outbox_json(capsys) -> list[dict]:
    code, out, _ = run(capsys, "outbox", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_send_to_self_with_pdf_using_the_keyring(
    profile, server, monkeypatch, capsys, memory_keyring
):
    point_at(monkeypatch, server.host, server.port)
    memory_keyring.set_password("advocate", smtp_account(USER, server.host), PASSWORD)
    code, out, err = run(capsys, "send", *PERSON, "--to", "self", "--attach-pdf")
    assert code == 0, err
    assert out.count("Sent #") == 3
    assert len(server.messages) == 3
    names = set()
    for got in server.messages:
        msg = got.message
        assert got.rcpt_tos == ["jordan@example.org"]
        assert msg["From"].addresses[0].display_name == "Volunteer Desk"
        assert msg["Reply-To"].addresses[0].addr_spec == "jordan@example.org"
        assert "Jordan Rivera" in msg["Subject"]
        body = msg.get_body(("plain",)).get_content()
        assert "Jordan Rivera" in body and "Cheyenne" in body
        [pdf] = list(msg.iter_attachments())
        assert pdf.get_content_type() == "application/pdf"
        assert pdf.get_content().startswith(b"%PDF-") and pdf.get_filename().endswith(".pdf")
        names.update(n for n in WYOMING if n in body)
    assert names == WYOMING
    items = outbox_json(capsys)
    assert [i["state"] for i in items] == ["sent"] * 3
    assert {i["message_id"] for i in items} == {m.message["Message-ID"] for m in server.messages}


def test_send_to_an_address_with_the_env_password_json(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "send", *PERSON, "--to", "office@example.org", "--json")
    assert code == 0
    data = json.loads(out)
    assert [i["state"] for i in data["letters"]] == ["sent"] * 3
    assert all(i["to"] == ["office@example.org"] for i in data["letters"])


def test_without_a_from_address_the_mail_login_sends(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("ADVOCATE_SMTP_FROM", "")
    code, _, err = run(capsys, "send", *PERSON, "--to", "office@example.org")
    assert code == 0, err
    assert {m.message["From"].addresses[0].addr_spec for m in server.messages} == {USER}


def test_organizer_address_from_the_settings(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "send", *PERSON, "--to", "organizer")
    assert code == 1 and "organizer.email" in err
    settings = Settings.load(profile / "config" / "settings.json", env={})
    settings.set("organizer.email", "collect@example.org")
    settings.save()
    code, _, _ = run(capsys, "send", *PERSON, "--to", "organizer")
    assert code == 0 and {m.rcpt_tos[0] for m in server.messages} == {"collect@example.org"}


@pytest.mark.parametrize(
    "to", ["evil@example.org\r\nBcc: x@example.org", "a@b.org, c@d.org", "not-an-address"]
)
def test_bad_recipient_is_refused_before_anything(profile, server, monkeypatch, capsys, to):
    point_at(monkeypatch, server.host, server.port)
    code, _, err = run(capsys, "send", *PERSON, "--to", to)
    assert code == 1 and "advocate:" in err
    assert outbox_json(capsys) == [] and server.messages == []


def test_name_with_line_break_is_refused(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    argv = [a if a != "Jordan Rivera" else "Jordan\r\nBcc: x@example.org" for a in PERSON]
    code, _, err = run(capsys, "send", *argv, "--to", "self")
    assert code == 1 and "line break" in err
    assert outbox_json(capsys) == []


def test_server_down_then_retry_delivers_once(profile, tls_files, monkeypatch, capsys):
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    point_at(monkeypatch, "127.0.0.1", free_port())
    code, out, err = run(capsys, "send", *PERSON, "--to", "self")
    assert code == 3 and "Not sent" not in out
    assert "refused the connection" in err and "kept in the outbox" in err
    assert "2 more letters waiting" in err
    items = outbox_json(capsys)
    assert [i["state"] for i in items] == ["queued"] * 3
    assert "refused the connection" in items[0]["error"]
    code, out, _ = run(capsys, "outbox")
    assert "#1  queued" in out and "next try after" in out
    with SmtpServer(tls_files, "starttls") as server:
        point_at(monkeypatch, server.host, server.port)
        code, out, _ = run(capsys, "outbox", "retry")
        assert code == 0 and out.count("Sent #") == 3
        code, out, _ = run(capsys, "outbox", "retry")
        assert code == 0 and "Nothing to retry" in out
    assert sorted(m.message["Message-ID"] for m in server.messages) == sorted(
        i["message_id"] for i in items
    )
    code, out, _ = run(capsys, "outbox", "purge")
    assert code == 0 and "Removed 3 letters" in out and outbox_json(capsys) == []


def test_a_history_that_cannot_be_written_never_unsends_an_email(
    profile, server, monkeypatch, capsys
):
    import sqlite3

    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths

    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    database = AppPaths.for_profile(profile).database_file
    Services(AppPaths.for_profile(profile)).store.close()  # the database exists
    with sqlite3.connect(database) as conn:  # a damaged history: every write to it fails
        conn.execute(
            "CREATE TRIGGER history_broken BEFORE INSERT ON archive "
            "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
        )
    code, out, err = run(capsys, "send", *PERSON, "--to", "self")
    assert code == 0 and out.count("Sent #") == 3 and len(server.messages) == 3
    assert "Note: The emails were sent, but could not be added to your history" in err
    code, _, err = run(capsys, "outbox", "purge")  # they would leave the history for good
    assert code == 1 and "Nothing was removed" in err and len(outbox_json(capsys)) == 3

    with sqlite3.connect(database) as conn:
        conn.execute("DROP TRIGGER history_broken")
    code, out, err = run(capsys, "outbox", "retry")
    assert code == 0 and "Nothing to retry" in out and "Note:" not in err
    assert len(server.messages) == 3  # nothing sent twice
    services = Services(AppPaths.for_profile(profile))
    assert [e.channel for e in services.archive.entries()] == ["email"] * 3
    services.store.close()
    code, out, _ = run(capsys, "outbox", "purge")
    assert code == 0 and "Removed 3 letters" in out


def test_wrong_password_then_fixed(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", "not-it")
    code, out, err = run(capsys, "send", *PERSON, "--to", "self")
    assert code == 1 and "did not accept the user name or password" in err
    assert "not-it" not in out + err
    assert [i["state"] for i in outbox_json(capsys)] == ["failed", "queued", "queued"]
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "outbox", "retry", "1")
    assert code == 0 and out.count("Sent #") == 1
    code, out, _ = run(capsys, "outbox", "retry")
    assert code == 0 and out.count("Sent #") == 2
    assert len(server.messages) == 3


def test_plain_only_server_is_refused(profile, tls_files, monkeypatch, capsys):
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    with SmtpServer(tls_files, "plain") as plain:
        point_at(monkeypatch, plain.host, plain.port)
        code, _, err = run(capsys, "send", *PERSON, "--to", "self")
        assert code == 1 and "STARTTLS" in err and plain.messages == []
    assert {i["state"] for i in outbox_json(capsys)} <= {"failed", "queued"}


def test_no_keyring_and_no_password(profile, server, monkeypatch, capsys):
    import keyring
    from keyring.backends import fail

    point_at(monkeypatch, server.host, server.port)
    keyring.set_keyring(fail.Keyring())
    code, _, err = run(capsys, "send", *PERSON, "--to", "self")
    assert code == 3
    assert "no password store" in err and "ADVOCATE_SMTP_PASSWORD" in err
    assert "kept in the outbox" in err
    assert [i["state"] for i in outbox_json(capsys)] == ["queued"] * 3


def test_ask_password_for_this_run_only(profile, server, monkeypatch, capsys, memory_keyring):
    import getpass

    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": PASSWORD)
    code, _, _ = run(capsys, "send", *PERSON, "--to", "self", "--ask-password")
    assert code == 0 and len(server.messages) == 3
    assert memory_keyring.passwords == {}  # nothing saved


def test_without_a_mail_server_mailto_links(profile, monkeypatch, capsys):
    code, out, err = run(capsys, "send", *PERSON, "--to", "self")
    assert code == 1 and "No mail server is set up" in err
    links = [line.strip() for line in out.splitlines() if line.strip().startswith("mailto:")]
    assert len(links) == 3
    assert all(link.startswith("mailto:jordan@example.org?subject=") for link in links)
    assert all("&body=" in link for link in links) and "cut links" in err
    assert outbox_json(capsys) == []


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_kill_9_during_send_then_retry(profile, tls_files, monkeypatch, capsys):
    handler = RecordingHandler(mode="block")
    with SmtpServer(tls_files, "starttls", handler) as server:
        point_at(monkeypatch, server.host, server.port)
        env = dict(
            os.environ,
            ADVOCATE_SMTP_PASSWORD=PASSWORD,
            PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "advocate_app", "send", *PERSON, "--to", "self"],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert handler.entered.wait(30), proc.communicate(timeout=5)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        handler.mode = "accept"
        handler.release.set()
        items = outbox_json(capsys)  # a new process: the interrupted letter is queued again
        assert [i["state"] for i in items] == ["queued"] * 3
        assert items[0]["error_kind"] == "interrupted" and items[0]["attempts"] == 1
        monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
        code, out, _ = run(capsys, "outbox", "retry")
        assert code == 0 and out.count("Sent #") == 3
    ids = [m.message["Message-ID"] for m in server.messages]
    assert sorted(ids) == sorted(i["message_id"] for i in items)  # each exactly once


def test_damaged_database_is_reported_and_replaced(profile, capsys):
    db = profile / "data" / "advocate.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database at all" * 100)
    code, out, err = run(capsys, "outbox")
    assert code == 0 and "The outbox is empty." in out
    assert "data file was damaged" in err and ".corrupt-" in err
    assert list(db.parent.glob("advocate.sqlite3.corrupt-*"))


def test_purge_failed_only_on_request(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", "not-it")
    run(capsys, "send", *PERSON, "--to", "self")
    code, out, _ = run(capsys, "outbox", "purge")
    assert code == 0 and "Removed 0 letters" in out
    code, out, _ = run(capsys, "outbox", "purge", "--failed")
    assert "Removed 1 letter " in out
    code, out, _ = run(capsys, "outbox", "purge", "2")
    assert "Removed 1 letter " in out
    assert [i["id"] for i in outbox_json(capsys)] == [3]


def test_send_without_a_street_needs_the_writers_confirmation(profile, server, monkeypatch, capsys):
    point_at(monkeypatch, server.host, server.port)
    monkeypatch.setenv("ADVOCATE_SMTP_PASSWORD", PASSWORD)
    person = [a for a in PERSON if a not in ("--street", "2001 Capitol Ave")]
    code, out, err = run(capsys, "send", *person, "--to", "office@example.org")
    assert code == 1 and out == ""
    assert "to verify that the writer lives in the district and to reply" in err
    assert outbox_json(capsys) == [] and server.messages == []
    code, out, err = run(capsys, "send", *person, "--to", "office@example.org", "--allow-no-street")
    assert code == 0, err
    assert len(server.messages) == 3
