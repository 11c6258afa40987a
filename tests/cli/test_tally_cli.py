"""``advocate tally`` and ``advocate campaign fetch``: counts, CSV, summary PDF, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from advocate_app.app import Services
from advocate_app.cli import main
from advocate_app.core.paths import AppPaths
from tests.conftest import REPO_ROOT
from tests.export.conftest import pdf_text
from tests.support.packs import valid_entries
from tests.support.sample_letters import constituent, letter_for

EVENT = "Fifth Ward letter night"
WRITER = "Quintessa Abernathy-Lund"


@pytest.fixture
def profile(tmp_path: Path, legislator_index) -> Path:
    """A profile whose database holds an event's letters and one letter from before it."""
    folder = tmp_path / "profile"
    services = Services(AppPaths.for_profile(folder), env={})
    archive = services.archive
    rep = legislator_index.representative("TX", 18)
    senator = legislator_index.senators("TX")[0]
    who = constituent(WRITER, email="quintessa@example.org")
    archive.record(letter_for(rep, who=who), "pdf", when=datetime(2026, 10, 2, 12).timestamp())
    services.event.start(name=EVENT, pin="515099", routes=["print", "contact_form"])
    for _ in range(3):
        archive.record(letter_for(rep, who=who), "print")
        archive.record(letter_for(senator, who=who), "contact_form")
    services.event.stop("515099")
    services.store.close()
    return folder


def test_counts_for_an_event(profile, capsys):
    assert main(["--profile", str(profile), "tally", "--event", EVENT]) == 0
    out = capsys.readouterr().out
    assert f"Tallies: {EVENT}" in out and "2 letters (6 deliveries)" in out
    assert "By member:" in out and "TX-18" in out and "contact_form" in out
    assert WRITER not in out


def test_csv_and_pdf(profile, tmp_path, capsys):
    csv_path, pdf_path = tmp_path / "out" / "tally.csv", tmp_path / "summary.pdf"
    code = main(["--profile", str(profile), "tally", "--event", EVENT, "--csv", str(csv_path),
                 "--pdf", str(pdf_path), "--organizer", "Rosa"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 6 and {r["route"] for r in rows} == {"print", "contact_form"}
    assert {r["seat"] for r in rows} == {"TX-18", "TX"} and {r["event"] for r in rows} == {EVENT}
    text = " ".join(pdf_text(pdf_path).split())
    assert EVENT in text and "constituent of TX-18 wrote to Representative" in text
    for data in (csv_path.read_text(encoding="utf-8-sig"), text):
        assert WRITER not in data and "Main St" not in data and "quintessa" not in data


def test_json_dates_and_events(profile, capsys):
    assert main(["--profile", str(profile), "tally", "--until", "2026-10-31", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["letters"] == 1 and payload["route"][0]["key"] == "pdf"
    assert main(["--profile", str(profile), "tally", "--events"]) == 0
    out = capsys.readouterr().out
    assert EVENT in out and "(letters outside events)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--event", "Nope"],
            f"No letters were counted for the event 'Nope'. Events with letters: {EVENT}",
        ),
        (["--since", "yesterday"], "is not a date"),
        (["--since", "2026-11-02", "--until", "2026-11-01"], "is after"),
        (["--since", "2030-01-01"], "No letters were counted (since 2030-01-01)"),
    ],
)
def test_problems_exit_1(profile, capsys, args, message):
    assert main(["--profile", str(profile), "tally", *args]) == 1
    assert message in capsys.readouterr().err


def test_campaign_fetch_as_a_command(httpserver, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in valid_entries("test-pack/").items():
            zf.writestr(name, data)
    httpserver.expect_request("/test-pack.zip").respond_with_data(buffer.getvalue())
    httpserver.expect_request("/page").respond_with_data(
        "<html>hi</html>", content_type="text/html"
    )
    env = {**os.environ, "ADVOCATE_PROFILE": str(tmp_path / "p")}

    def advocate(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "advocate_app", *args], cwd=REPO_ROOT, env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip

    done = advocate("campaign", "fetch", httpserver.url_for("/test-pack.zip"))
    assert done.returncode == 0, done.stderr
    assert "Installed the campaign 'test-pack'" in done.stdout
    refused = advocate("campaign", "fetch", httpserver.url_for("/page"))
    assert refused.returncode == 1 and "leads to a web page" in refused.stderr
    insecure = advocate("campaign", "fetch", "http://example.org/p.zip")
    assert insecure.returncode == 1 and "secure connection" in insecure.stderr
