"""``advocate letters`` says when a printed letter runs past one page (issue 13 #4)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.test_batch_cli import advocate
from tests.conftest import serve_census, serve_datasets, service_env


@pytest.fixture
def env(httpserver, tmp_path) -> dict[str, str]:
    serve_datasets(httpserver)
    serve_census(httpserver, {})
    return {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}


def test_two_page_letters_are_named_one_page_letters_are_not(env, tmp_path: Path) -> None:
    args = ("letters", "--campaign", "stop-csam-2025", "--zip", "82001", "--name", "Jo Doe",
            "--street", "1 Capitol Ave", "--city", "Cheyenne", "--no-bill-status", "--json",
            "--format", "pdf")  # fmt: skip
    short = advocate(
        *args, "--story", "I coach youth hockey in Cheyenne.", "--out", str(tmp_path / "a"), env=env
    )
    assert short.returncode == 0, short.stderr
    assert not any("pages" in n for n in json.loads(short.stdout)["notes"])
    story = "I coach youth hockey in Cheyenne, and I have seen what these apps do. " * 40
    long = advocate(*args, "--story", story, "--out", str(tmp_path / "b"), env=env)
    notes = json.loads(long.stdout)["notes"]
    assert any(
        "The letter to Senator Lummis runs to 2 pages on US Letter" in n and "--points" in n
        for n in notes
    ), notes
