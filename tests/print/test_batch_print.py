"""``advocate batch ... --print [PRINTER]``: the stacks go straight to a real CUPS printer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.test_batch_cli import advocate
from tests.conftest import serve_datasets, service_env
from tests.export.conftest import pdf_info, pdf_text

CSV = """name,street,city,state,zip
Ana Zamora,2001 Capitol Ave,Cheyenne,WY,82001
Bo Young,300 E 8th St,Cheyenne,WY,82001
Cy Abbott,123 Main St,Casper,WY,82601
"""


@pytest.fixture
def env(cups, httpserver, tmp_path) -> dict[str, str]:
    serve_datasets(httpserver)
    return {**os.environ, **service_env(httpserver), **cups.env(),
            "ADVOCATE_PROFILE": str(tmp_path / "p")}  # fmt: skip


@pytest.fixture
def participants(tmp_path: Path) -> Path:
    path = tmp_path / "participants.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def batch(participants: Path, out: Path, env: dict[str, str], *extra: str):
    return advocate(
        "batch", "--campaign", "stop-csam-2025", "--input", str(participants), "--out", str(out),
        "--offline", "--event", "Cheyenne letter night", "--event-date", "November 25, 2026",
        *extra, env=env,
    )  # fmt: skip


def test_batch_prints_each_stack_on_the_default_printer(cups, env, participants, tmp_path):
    done = batch(participants, tmp_path / "out", env, "--print")
    assert done.returncode == 0, done.stderr
    assert "Sent stacks 1 to 3 of 3 to the default printer." in done.stdout
    printed = cups.printed("Letters", 3)
    # Wyoming: one Representative and two Senators, three letters each, in walking order.
    saved = pdf_text(next((tmp_path / "out").glob("Letters - *.pdf"))).split("\f")
    pages = [page for path in printed for page in pdf_text(path).split("\f")[:-1]]
    assert len(pages) == 12 == len(saved) - 1
    for number, path in enumerate(printed, start=1):
        info = pdf_info(path)
        assert info["Pages"] == "4" and "(letter)" in info["Page size"]
        first = pdf_text(path, page=1)
        assert f"Stack {number} of 3" in first and "3 letters enclosed" in first
    # The printed pages say what the saved batch PDF says, in the same order.
    assert [p.split()[:6] for p in pages] == [p.split()[:6] for p in saved[:-1]]


def test_batch_prints_a4_on_the_named_printer(cups, env, participants, tmp_path):
    done = batch(participants, tmp_path / "out", env, "--paper", "a4", "--print", "LettersA4",
                 "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["printed"]["stacks"] == [1, 2, 3] and report["printed"]["failed"] == ""
    assert len(report["printed"]["jobs"]) == 3
    for path in cups.printed("LettersA4", 3):
        assert "(A4)" in pdf_info(path)["Page size"] and pdf_info(path)["Pages"] == "4"


def test_batch_on_a_paused_printer_says_why_and_keeps_the_files(cups, env, participants, tmp_path):
    cups.pause("Letters", "Paper jam")
    done = batch(participants, tmp_path / "out", env, "--print", "Letters")
    assert done.returncode == 1
    assert "The printer “Letters” is paused" in done.stderr
    assert "Stacks 1 to 3 were not printed; they are in Letters - stop-csam-2025.pdf" in done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "out" / "Letters - stop-csam-2025.pdf").exists()
    assert cups.outputs("Letters") == [] and cups.pending("Letters") == []


def test_batch_to_a_printer_that_does_not_exist(cups, env, participants, tmp_path):
    done = batch(participants, tmp_path / "out", env, "--print", "Upstairs")
    assert done.returncode == 1 and "The printer “Upstairs” is not there any more" in done.stderr


def test_batch_without_a_print_service(env, participants, tmp_path):
    env = {**env, "CUPS_SERVER": str(tmp_path / "no-cups.sock")}
    done = batch(participants, tmp_path / "out", env, "--print")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert (
        "no printer set up, or its print service is not running" in done.stderr
        or "print service (CUPS) is not available" in done.stderr
    )
    assert (tmp_path / "out" / "Letters - stop-csam-2025.pdf").exists()
