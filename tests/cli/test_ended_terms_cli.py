"""``letters`` and ``batch`` skip a member whose term in the data has ended (issue 13 #3).

Sen. Husted (OH) served by appointment until the 2026-11-03 special election; the shared
data says so. The CLI's "today" is the real date, after that election.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_batch_cli import advocate
from tests.conftest import serve_census, serve_datasets, service_env
from tests.export.conftest import pdf_text

REASON = (
    "Senator Husted's appointment ended with the special election on 2026-11-03; "
    "update the data to write to the current senator"
)
pytestmark = pytest.mark.skipif(
    not date(2026, 11, 3) < date.today() < date(2027, 1, 3),
    reason="needs a date after the Ohio special election and before the 119th Congress ends",
)


@pytest.fixture
def env(httpserver, tmp_path) -> dict[str, str]:
    serve_datasets(httpserver)
    serve_census(httpserver, {})
    return {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}


def test_letters_skip_husted_unless_asked(env, tmp_path: Path) -> None:
    args = ("letters", "--campaign", "stop-csam-2025", "--zip", "43215", "--name", "Jo Doe",
            "--street", "1 Capitol Sq", "--city", "Columbus", "--district", "OH-03", "--no-bill-status", "--json")  # fmt: skip
    done = advocate(*args, "--out", str(tmp_path / "a"), env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    names = [x["member"]["name"] for x in data["letters"]]
    assert "Jon Husted" not in names and "Bernie Moreno" in names
    assert any(REASON in note for note in data["notes"])
    done = advocate(*args, "--out", str(tmp_path / "b"), "--include-ended", env=env)
    assert "Jon Husted" in [x["member"]["name"] for x in json.loads(done.stdout)["letters"]]


def test_batch_lists_husted_under_needs_attention(env, tmp_path: Path) -> None:
    csv_path = tmp_path / "ohio.csv"
    csv_path.write_text(
        "name,street,city,state,zip,district\nJo Doe,1 Capitol Sq,Columbus,OH,43215,OH-03\n"
    )
    out = tmp_path / "out"
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path), "--out", str(out),
                    "--offline", env=env)  # fmt: skip
    assert done.returncode == 1, done.stderr  # a row needs attention
    assert "need attention" in done.stderr and f"line 2 (Jo Doe): {REASON}" in done.stderr
    text = pdf_text(out / "Letters - stop-csam-2025.pdf")
    assert "Dear Senator Moreno:" in text and "Husted" not in text
    assert REASON in (out / "Rows not printed - stop-csam-2025.txt").read_text()
    again = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path),
                     "--out", str(tmp_path / "all"), "--offline", "--include-ended", env=env)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "Dear Senator Husted:" in pdf_text(tmp_path / "all" / "Letters - stop-csam-2025.pdf")
