"""The outbox: stored before sending, state on disk around the network step, crash rule."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from advocate_app.app import Services
from advocate_app.core.archive import Archive
from advocate_app.core.delivery import AWAITING_REPLY, DeliveryError
from advocate_app.core.delivery.email import compose_email
from advocate_app.core.delivery.outbox import INTERRUPTED_NOTE, Outbox, RetryPolicy, State
from advocate_app.core.delivery.smtp import SmtpTransport
from advocate_app.core.delivery.smtp_config import SmtpConfig
from advocate_app.core.paths import AppPaths
from advocate_app.core.store import Store
from advocate_app.flows import deliver
from tests.conftest import REPO_ROOT
from tests.core.delivery.conftest import transport_for
from tests.support.smtpd import PASSWORD, USER, RecordingHandler, SmtpServer, free_port

SENDER = "volunteer@example.org"


def add(outbox: Outbox, letter, to: str = "me@example.org") -> int:
    return outbox.add(letter, compose_email(letter, sender=SENDER, to=to), to_kind="self").id


def test_message_id_is_stored_before_sending(store, cruz_letter):
    outbox = Outbox(store)
    item_id = add(outbox, cruz_letter)
    item = outbox.get(item_id)
    assert item.state is State.QUEUED and item.attempts == 0
    assert item.message_id.startswith("<") and item.message_id.endswith("@example.org>")
    assert outbox.message(item_id)["Message-ID"] == item.message_id
    assert item.recipients == ("me@example.org",) and item.envelope_from == SENDER
    assert item.member_seat == "TX" and item.campaign_id == "stop-csam-2025"
    assert outbox.counts() == {"queued": 1, "sending": 0, "sent": 0, "failed": 0}


def test_the_same_message_is_queued_once(store, cruz_letter):
    outbox = Outbox(store)
    msg = compose_email(cruz_letter, sender=SENDER, to="me@example.org")
    first = outbox.add(cruz_letter, msg, to_kind="self")
    again = outbox.add(cruz_letter, msg, to_kind="self")
    assert first.id == again.id and len(outbox.items()) == 1


def test_backoff_then_give_up(store, cruz_letter):
    clock = [1_000_000.0]
    policy = RetryPolicy(base_seconds=60, cap_seconds=300, max_attempts=4)
    outbox = Outbox(store, retry=policy, clock=lambda: clock[0])
    assert [policy.delay(n) for n in range(1, 6)] == [60, 120, 240, 300, 300]
    item_id = add(outbox, cruz_letter)
    down = SmtpTransport(SmtpConfig("127.0.0.1", free_port(), "starttls", timeout=2))
    waits = []
    for _ in range(3):
        [result] = outbox.send_due(down)
        item = result.item
        assert item.state is State.QUEUED and "refused the connection" in item.last_error
        waits.append(item.next_attempt_at - clock[0])
        assert outbox.send_due(down) == []  # not due yet
        clock[0] = item.next_attempt_at
    assert waits == [60, 120, 240]
    [result] = outbox.send_due(down)
    assert result.item.state is State.FAILED and result.item.attempts == 4
    assert "stopped trying after 4 attempts" in result.item.last_error
    assert outbox.retry() == 1 and outbox.get(item_id).state is State.QUEUED


def test_abandoned_sending_row_is_requeued(store, cruz_letter):
    outbox = Outbox(store)
    item_id = add(outbox, cruz_letter)
    with store.transaction() as conn:  # what a process killed mid-send leaves behind
        conn.execute("UPDATE outbox SET state = 'sending', attempts = 1 WHERE id = ?", (item_id,))
    [item] = outbox.recover_interrupted()
    assert item.id == item_id and item.state is State.QUEUED
    assert item.error_kind == "interrupted" and item.last_error == INTERRUPTED_NOTE
    assert outbox.due() and outbox.recover_interrupted() == []


def test_a_live_senders_row_is_left_alone(store, cruz_letter):
    """Another process (here: another outbox on the same file) holds the send lock."""
    outbox = Outbox(store)
    item_id = add(outbox, cruz_letter)
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'sending' WHERE id = ?", (item_id,))
    other = Store.open(store.path)
    sender = Outbox(other)
    assert sender._lock.acquire(blocking=False)
    try:
        assert outbox.recover_interrupted() == []
        assert outbox.get(item_id).state is State.SENDING
    finally:
        sender._lock.release()
        other.close()
    assert [i.id for i in outbox.recover_interrupted()] == [item_id]


class _Interrupting:
    def send(self, raw, sender, recipients):
        raise KeyboardInterrupt


class _Boom:
    def __init__(self, session):
        self._session = session

    def session(self):
        from contextlib import nullcontext

        return nullcontext(self._session)


def test_ctrl_c_during_send_leaves_the_letter_queued(store, cruz_letter):
    outbox = Outbox(store)
    item_id = add(outbox, cruz_letter)
    with pytest.raises(KeyboardInterrupt):
        outbox.send_due(_Boom(_Interrupting()))
    item = outbox.get(item_id)
    assert item.state is State.QUEUED and item.error_kind == "interrupted"


def test_uncertain_failure_keeps_message_id(store, cruz_letter):
    class _LostReply:
        calls: list[bytes] = []

        def send(self, raw, sender, recipients):
            self.calls.append(raw)
            raise DeliveryError("closed", temporary=True, phase=AWAITING_REPLY, uncertain=True)

    outbox = Outbox(store)
    item_id = add(outbox, cruz_letter)
    session = _LostReply()
    outbox.send_due(_Boom(session))
    outbox.retry()
    outbox.send_due(_Boom(session))
    assert len(session.calls) == 2 and session.calls[0] == session.calls[1]
    assert outbox.get(item_id).error_kind == "uncertain"


def test_purge_and_archive_link(server, tls_files, store, cruz_letter, house_letter):
    outbox = Outbox(store)
    sent_id = add(outbox, cruz_letter)
    deliver.send_queued(outbox, transport_for(server, tls_files), history=lambda: Archive(store))
    failed_id = add(outbox, house_letter, to="nobody@example.org")
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'failed' WHERE id = ?", (failed_id,))
    assert outbox.purge() == 1
    assert outbox.get(sent_id) is None and outbox.get(failed_id) is not None
    [entry] = Archive(store).entries()
    assert entry.outbox_id is None  # ON DELETE SET NULL: the history stays
    assert outbox.purge(include_failed=True) == 1 and outbox.items() == []


def test_connection_failure_stops_the_batch(store, cruz_letter, house_letter):
    outbox = Outbox(store)
    first, second = add(outbox, cruz_letter), add(outbox, house_letter)
    down = SmtpTransport(SmtpConfig("127.0.0.1", free_port(), "starttls", timeout=2))
    [result] = outbox.send_due(down)
    assert result.item.id == first
    untouched = outbox.get(second)
    assert untouched.attempts == 0 and untouched.state is State.QUEUED


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("server_mode", ["block", "block-after-commit"])
def test_kill_9_mid_send_then_restart(tls_files, tmp_path, cruz_letter, server_mode):
    """A sender killed while the server holds the message: nothing lost; sent once when the
    server had not committed it, and when it had, the one copy we cannot avoid carries the
    same Message-ID and bytes (the documented crash rule)."""
    profile = tmp_path / "profile"
    first = Services(AppPaths.for_profile(profile), env={})
    item_id = add(first.outbox, cruz_letter)
    message_id = first.outbox.get(item_id).message_id
    handler = RecordingHandler(mode=server_mode)
    with SmtpServer(tls_files, "starttls", handler) as server:
        env = dict(
            os.environ,
            ADVOCATE_PROFILE=str(profile),
            ADVOCATE_SMTP_HOST=server.host,
            ADVOCATE_SMTP_PORT=str(server.port),
            ADVOCATE_SMTP_SECURITY="starttls",
            ADVOCATE_SMTP_USER=USER,
            ADVOCATE_SMTP_PASSWORD=PASSWORD,
            SSL_CERT_FILE=str(tls_files.ca),
            PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.send_worker"],
            env=env,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert handler.entered.wait(20), proc.communicate(timeout=5)
            # On disk the letter is "sending", and nobody may take it over while its
            # sender lives.
            assert first.outbox.get(item_id).state is State.SENDING
            assert first.outbox.recover_interrupted() == []
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        handler.release.set()
        deadline = time.monotonic() + 5
        while server_mode == "block" and handler.dropped == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        first.store.close()

        restarted = Services(AppPaths.for_profile(profile), env={})
        item = restarted.outbox.get(item_id)  # recovered when the outbox started
        assert item.state is State.QUEUED and item.error_kind == "interrupted"
        handler.mode = "accept"
        [result] = restarted.outbox.send_due(transport_for(server, tls_files))
        assert result.sent
        assert restarted.outbox.send_due(transport_for(server, tls_files)) == []
        restarted.store.close()

    ids = [m.message["Message-ID"] for m in server.messages]
    if server_mode == "block":
        assert ids == [message_id]  # exactly once
    else:
        assert ids == [message_id, message_id]
        assert server.messages[0].raw == server.messages[1].raw
