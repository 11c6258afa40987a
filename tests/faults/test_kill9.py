"""``kill -9`` in the middle of a write, then a restart: nothing lost, nothing duplicated,
nothing half-written left behind looking whole.

A worker process (tests/support/crash_worker.py) repeats one kind of write and reports
each one it finished; the test kills it with SIGKILL at a random moment during the next,
then opens what is on disk the way the app would. Any leftover is a hidden temporary file
(``.<name>.<random>.tmp``) that no one would take for a letter or a settings file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from advocate_app.core.drafts import Drafts
from advocate_app.core.settings import Settings
from advocate_app.core.store import Store
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


def kill_midway(mode: str, folder: Path, *, after: int = 2, seed: int = 0) -> list[int]:
    """Start the worker, let it finish ``after`` steps, kill it during a later one."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", mode, str(folder)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    done: list[int] = []
    stamps: list[float] = []
    try:
        deadline = time.monotonic() + 30
        while len(done) < after + 1 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            done.append(int(line.split()[1]))
            stamps.append(time.monotonic())
        assert len(done) > after, proc.stderr.read()
        step = stamps[-1] - stamps[-2]  # how long one write takes: kill somewhere inside one
        time.sleep(random.Random(seed).uniform(0.0, step))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        done += [int(line.split()[1]) for line in proc.stdout.read().splitlines() if line]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    return done


def hidden_temporaries_only(folder: Path, visible: set[str]) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and path.name not in visible:
            assert path.name.startswith(".") and path.name.endswith(".tmp"), path


@pytest.mark.parametrize("seed", [1, 2])
def test_settings_killed_while_saving(tmp_path: Path, seed: int) -> None:
    done = kill_midway("settings", tmp_path, seed=seed)
    path = tmp_path / "config" / "settings.json"
    settings = Settings.load(path, env={})
    assert settings.recovered_from is None  # a whole file, not a damaged one
    n = int(settings.get("identity.name").split()[1])
    assert n >= done[-1] and settings.get("smtp.port") == n % 60000  # nothing saved is lost
    hidden_temporaries_only(path.parent, {"settings.json"})


def test_outbox_killed_while_queueing(tmp_path: Path) -> None:
    done = kill_midway("outbox", tmp_path, after=4)
    store = Store.open(tmp_path / "data" / "advocate.sqlite3")
    assert store.recovered_from is None
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    rows = store.query("SELECT id, message_id, message, letter_text, state FROM outbox")
    ids = [r["id"] for r in rows]
    assert set(done) <= set(ids) and len(ids) <= len(done) + 1  # none lost, at most the one
    assert len({r["message_id"] for r in rows}) == len(rows)  # nothing twice
    for row in rows:  # every row whole: the stored message parses and carries its letter
        msg = BytesParser(policy=policy.SMTP).parsebytes(bytes(row["message"]))
        assert msg["Message-ID"] == row["message_id"] and row["state"] == "queued"
        assert "Sincerely" in msg.get_content() and row["letter_text"].strip().endswith(
            "maria@example.org"
        )
    store.close()


def test_drafts_killed_while_saving(tmp_path: Path) -> None:
    done = kill_midway("drafts", tmp_path, after=3)
    store = Store.open(tmp_path / "data" / "advocate.sqlite3")
    draft = Drafts(store).latest_draft()
    assert draft is not None and draft.payload["n"] >= done[-1]
    assert draft.payload["story"] == f"story {draft.payload['n']} " + "y" * 50_000
    store.close()


def _whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        return False
    return subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("mode", ["pdfs", "batch"])
def test_export_killed_while_writing(tmp_path: Path, mode: str) -> None:
    kill_midway(mode, tmp_path, after=1)
    folder = tmp_path / ("letters" if mode == "pdfs" else "batch")
    visible = [p for p in folder.iterdir() if not p.name.startswith(".")]
    assert visible
    for path in visible:
        if path.suffix == ".pdf":
            assert _whole_pdf(path), path.name
        else:
            text = path.read_bytes().decode("utf-8-sig")
            assert text.endswith("\r\n") and text.startswith("stack,")
    hidden_temporaries_only(folder, {p.name for p in visible})


def test_killed_sqlite_writer_leaves_a_database_others_can_read(tmp_path: Path) -> None:
    kill_midway("outbox", tmp_path, after=2)
    with sqlite3.connect(tmp_path / "data" / "advocate.sqlite3") as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert json.loads(conn.execute("SELECT recipients FROM outbox").fetchone()[0])
