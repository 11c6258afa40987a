"""Logs hold no personal data and no secrets, even at DEBUG with every library talking."""

from __future__ import annotations

import logging

from advocate_app.core.logs import RedactingFilter, redact, setup_logging
from tests.privacy.conftest import PERSONAL, SECRETS, World


def test_a_whole_session_at_debug_logs_nothing_personal(world: World, capsys, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    for code, _, err in world.day(capsys):
        assert code == 0, err
    assert len(world.smtp.messages) == 3  # the letters did go out
    log_file = world.profile / "log" / "advocate.log"
    text = log_file.read_text(encoding="utf-8")
    assert "outbox #1 sent" in text  # it did log...
    assert logging.getLogger().getEffectiveLevel() == logging.DEBUG  # ...with DEBUG on
    captured = caplog.text
    for needle in (*PERSONAL, *SECRETS):
        assert needle not in text, f"{needle!r} in the log file"
        assert needle not in captured, f"{needle!r} in a log record"


def test_secrets_never_reach_the_terminal(world: World, capsys) -> None:
    outputs = world.day(capsys)
    for _, out, err in outputs:
        for secret in SECRETS:
            assert secret not in out and secret not in err


def test_the_filter_redacts_what_slips_through(tmp_path, capsys) -> None:
    path = setup_logging(tmp_path / "log", env={"ADVOCATE_LOG_LEVEL": "DEBUG"})
    log = logging.getLogger("advocate_app.test")
    log.info("GET /geocoder?address=4821+Quintana+Ridge+Rd%2C+Austin&format=json")
    log.info("to %s at %s, %s", "marisol.qv@example.org", "4821 Quintana Ridge Rd", "78745-1234")
    log.warning("call 512-555-0187 or (512) 555 0187; key api_key=CONGRESS-KEY-7f3a9c")
    try:
        raise ValueError("bad address 4821 Quintana Ridge Rd for marisol.qv@example.org")
    except ValueError:
        log.exception("lookup failed")
    logging.getLogger("urllib3.connectionpool").debug("GET /x?address=secret HTTP/1.1")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    for needle in ("Quintana", "marisol", "555", "78745-1234", "CONGRESS-KEY", "address=secret"):
        assert needle not in text and needle not in err
    assert "[email]" in text and "[street address]" in text and "[phone]" in text
    assert "[zip+4]" in text and "address=[redacted]" in text and "ValueError" in text
    logging.getLogger().handlers[:] = [
        h for h in logging.getLogger().handlers if not getattr(h, "_advocate", False)
    ]


def test_redaction_leaves_ordinary_messages_alone() -> None:
    for text in ("outbox #12 sent", "database schema upgraded to 2 (drafts)", "HTTP 503",
                 "wrote 537 letter PDFs", "keeping cached zip_crosswalk: HTTP 304"):  # fmt: skip
        assert redact(text) == text
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %d", ("a@b.org", 5), None)
    assert RedactingFilter().filter(record) and record.getMessage() == "[email] 5"


def test_log_files_rotate_and_stay_small(tmp_path) -> None:
    from advocate_app.core import logs

    path = setup_logging(tmp_path / "log", console=False)
    log = logging.getLogger("advocate_app.rotation")
    for i in range(6000):
        log.warning("line %d %s", i, "x" * 200)
    names = sorted(p.name for p in logs.log_files(tmp_path / "log"))
    assert names == ["advocate.log", "advocate.log.1", "advocate.log.2", "advocate.log.3"]
    assert all(p.stat().st_size <= logs.MAX_BYTES + 1000 for p in logs.log_files(tmp_path / "log"))
    assert path.exists()
    logging.getLogger().handlers[:] = [
        h for h in logging.getLogger().handlers if not getattr(h, "_advocate", False)
    ]
