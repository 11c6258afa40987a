"""Deliver's one history rule: a history that cannot be written never undoes a saved
letter (a note says so), and a retry never writes a second copy."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.delivery.outbox import Outbox, State
from advocate_app.core.errors import InputProblem
from advocate_app.core.store import Store, StoreUnavailable
from advocate_app.flows import deliver
from advocate_app.flows.lookup import look_up
from advocate_app.flows.session import LetterSession
from tests.core.delivery.conftest import transport_for
from tests.flows.conftest import AUSTIN


def _letters(services) -> tuple[LetterSession, list]:
    session = LetterSession()
    street, city, state, zip_code = AUSTIN
    session.set_writer(name="Maria Lopez", street=street, city=city, state=state, zip=zip_code)
    look_up(services.finder, session)
    session.choose_campaign(services.campaigns.find("stop-csam-2025"))
    request = session.letter_request(date(2026, 3, 2))
    session.take_letters(request, request.compose())
    return session, session.final_letters()


def _broken_history(tmp_path: Path):
    """A real history whose database cannot be opened (its folder is a file)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    return lambda: Store.open(blocker / "advocate.sqlite3").archive


def test_history_failing_still_counts_the_letters_saved_and_a_retry_writes_no_copy(
    flow_services, tmp_path
) -> None:
    session, letters = _letters(flow_services)
    folder = tmp_path / "letters"
    first = deliver.save(letters, ["txt"], folder, paper="letter",
                         history=_broken_history(tmp_path), ledger=session.ledger)  # fmt: skip
    assert len(first.all_files()) == 3 and all(p.is_file() for p in first.all_files())
    assert first.history_missed and "could not be added to your history" in first.notes()[0]
    assert "cannot open or write its data file" in first.notes()[0]

    again = deliver.save(letters, ["txt"], folder, paper="letter",
                         history=lambda: flow_services.archive, ledger=session.ledger)  # fmt: skip
    assert sorted(folder.iterdir()) == sorted(first.all_files())  # no second copy
    assert again.skipped == 3 and not again.history_missed
    assert flow_services.archive.count() == 3  # the history caught up, once

    deliver.save(letters, ["txt"], folder, paper="letter",
                 history=lambda: flow_services.archive, ledger=session.ledger)  # fmt: skip
    assert flow_services.archive.count() == 3 and len(list(folder.iterdir())) == 3


def test_a_file_the_person_deleted_is_written_again(flow_services, tmp_path) -> None:
    session, letters = _letters(flow_services)
    history = lambda: flow_services.archive  # noqa: E731
    first = deliver.save(letters[:1], ["txt"], tmp_path, paper="letter", history=history,
                         ledger=session.ledger)  # fmt: skip
    first.all_files()[0].unlink()
    again = deliver.save(letters[:1], ["txt"], tmp_path, paper="letter", history=history,
                         ledger=session.ledger)  # fmt: skip
    assert again.skipped == 0 and again.all_files()[0].is_file()
    assert flow_services.archive.count() == 2  # saved twice: two entries


def test_an_export_that_fails_half_way_is_finished_by_the_retry(flow_services, tmp_path) -> None:
    session, letters = _letters(flow_services)
    folder = tmp_path / "letters"
    folder.mkdir()
    history = lambda: flow_services.archive  # noqa: E731
    deliver.save(
        letters[:1], ["pdf"], folder, paper="letter", history=history, ledger=session.ledger
    )
    with pytest.raises(InputProblem):  # the export fails (here: an unknown paper size)
        deliver.save(letters, ["pdf"], folder, paper="tabloid", history=history,
                     ledger=session.ledger)  # fmt: skip
    assert len(list(folder.iterdir())) == 1
    retry = deliver.save(letters, ["pdf"], folder, paper="letter", history=history,
                         ledger=session.ledger)  # fmt: skip
    assert retry.skipped == 1 and len(list(folder.iterdir())) == 3
    assert flow_services.archive.count() == 3


def test_an_edited_letter_is_a_new_letter(flow_services, tmp_path) -> None:
    session, letters = _letters(flow_services)
    history = lambda: flow_services.archive  # noqa: E731
    deliver.save(letters, ["txt"], tmp_path, paper="letter", history=history, ledger=session.ledger)
    session.set_edit(letters[0].member.bioguide, "My own words, after all.")
    edited = session.final_letters()
    out = deliver.save(edited, ["txt"], tmp_path, paper="letter", history=history,
                       ledger=session.ledger)  # fmt: skip
    assert out.skipped == 2 and len(list(tmp_path.glob("*.txt"))) == 4


def test_printed_and_form_letters_are_recorded_once(flow_services, tmp_path) -> None:
    session, letters = _letters(flow_services)
    broken = _broken_history(tmp_path)
    missed = deliver.record(letters[:1], "print", "printer", history=broken, ledger=session.ledger)
    assert missed.history_missed
    history = lambda: flow_services.archive  # noqa: E731
    deliver.record(letters[:1], "print", "printer", history=history, ledger=session.ledger)
    deliver.record(letters[:1], "print", "printer", history=history, ledger=session.ledger)
    assert flow_services.archive.count() == 1


def test_the_history_error_is_a_store_problem_not_a_crash(tmp_path) -> None:
    with pytest.raises(StoreUnavailable):
        _broken_history(tmp_path)()


def test_emailing_the_same_letters_again_queues_no_second_copy(flow_services) -> None:
    session, letters = _letters(flow_services)
    outbox = flow_services.outbox
    first = deliver.email(letters, to="maria@example.org", kind="self", sender="me@example.org",
                          outbox=outbox, ledger=session.ledger)  # fmt: skip
    again = deliver.email(letters, to="maria@example.org", kind="self", sender="me@example.org",
                          outbox=outbox, ledger=session.ledger)  # fmt: skip
    assert sorted(again) == sorted(first) and len(outbox.items()) == 3
    other = deliver.email(letters[:1], to="organizer@example.org", kind="organizer",
                          sender="me@example.org", outbox=outbox, ledger=session.ledger)  # fmt: skip
    assert len(other) == 1 and len(outbox.items()) == 4  # another address is another email


def test_an_email_the_history_missed_counts_as_sent_and_a_retry_does_nothing_twice(
    flow_services, server, tls_files
) -> None:
    session, letters = _letters(flow_services)
    outbox, store, archive = flow_services.outbox, flow_services.store, flow_services.archive
    with store.transaction() as conn:  # the history cannot be written, the outbox can
        conn.execute(
            "CREATE TEMP TRIGGER history_full BEFORE INSERT ON main.archive "
            "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
        )
    transport = transport_for(server, tls_files)
    mail = dict(to="maria@example.org", kind="self", sender="volunteer@example.org",
                outbox=outbox, ledger=session.ledger)  # fmt: skip

    first = deliver.send_queued(
        outbox, transport, deliver.email(letters, **mail), history=lambda: archive
    )
    assert [r.sent for r in first.results] == [True, True, True] and len(server.messages) == 3
    assert first.history_missed and "The emails were sent" in first.notes()[0]
    assert "disk is full" in first.notes()[0]
    assert archive.count() == 0
    assert {i.state for i in outbox.items()} == {State.SENT}  # not left to be sent again

    with store.transaction() as conn:  # the disk has room again: "Try again"
        conn.execute("DROP TRIGGER temp.history_full")
    again = deliver.send_queued(
        outbox, transport, deliver.email(letters, **mail), history=lambda: archive
    )
    assert again.results == [] and len(server.messages) == 3  # nothing sent twice
    assert not again.history_missed and archive.count() == 3  # the history caught up, once
    entry = archive.entries(member_bioguide=letters[0].member.bioguide)[0]
    assert entry.channel == "email" and entry.letter_text == letters[0].as_text()

    deliver.send_queued(outbox, transport, deliver.email(letters, **mail), history=lambda: archive)
    deliver.record_sent(outbox, lambda: archive)  # another window or command catching up
    assert archive.count() == 3 and len(server.messages) == 3 and len(outbox.items()) == 3


def test_an_email_sent_before_a_restart_reaches_the_history_later(
    flow_services, server, tls_files, tmp_path
) -> None:
    session, letters = _letters(flow_services)
    outbox = flow_services.outbox
    ids = deliver.email(letters[:1], to="maria@example.org", kind="self",
                        sender="volunteer@example.org", outbox=outbox,
                        ledger=session.ledger)  # fmt: skip
    sent = deliver.send_queued(
        outbox, transport_for(server, tls_files), ids, history=_broken_history(tmp_path)
    )
    assert sent.results[0].sent and sent.history_missed

    reopened = Store.open(flow_services.store.path)  # the next start, a new session
    try:
        later = deliver.record_sent(Outbox(reopened), lambda: Archive(reopened))
        assert not later.history_missed and Archive(reopened).count() == 1
        deliver.record_sent(Outbox(reopened), lambda: Archive(reopened))
        assert Archive(reopened).count() == 1
    finally:
        reopened.close()


class _StoppedAfterOne:
    """The real mail server's session, stopped by Ctrl+C after its first letter."""

    def __init__(self, transport) -> None:
        self._transport = transport

    @contextmanager
    def session(self):
        with self._transport.session() as real:
            sent = []

            class _Session:
                def send(self, raw, sender, recipients):
                    if sent:
                        raise KeyboardInterrupt
                    sent.append(real.send(raw, sender, recipients))
                    return sent[-1]

            yield _Session()


def test_sending_stopped_half_way_still_records_what_left(flow_services, server, tls_files):
    session, letters = _letters(flow_services)
    outbox, archive = flow_services.outbox, flow_services.archive
    ids = deliver.email(letters, to="maria@example.org", kind="self",
                        sender="volunteer@example.org", outbox=outbox,
                        ledger=session.ledger)  # fmt: skip
    with pytest.raises(KeyboardInterrupt):
        deliver.send_queued(outbox, _StoppedAfterOne(transport_for(server, tls_files)), ids,
                            history=lambda: archive)  # fmt: skip
    assert len(server.messages) == 1 and archive.count() == 1
    [entry] = archive.entries()
    assert entry.message_id == server.messages[0].message["Message-ID"]


@pytest.mark.parametrize(
    ("configured", "user", "writer", "sender"),
    [
        (
            "Desk <desk@example.org>",
            "login@example.org",
            "jo@example.org",
            "Desk <desk@example.org>",
        ),
        ("  ", "login@example.org", "jo@example.org", "login@example.org"),
        ("", "apikey", "jo@example.org", "jo@example.org"),  # a login that is not an address
        ("", "apikey", "", ""),  # nothing known: the front end asks for an address
    ],
)
def test_one_rule_for_who_the_email_is_from(configured, user, writer, sender) -> None:
    """The window and ``advocate send`` both ask ``sender_address`` (they used to differ:
    the command line refused where the window used the writer's own address)."""
    assert deliver.sender_address(configured, user, writer) == sender
