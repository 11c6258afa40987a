"""``ruff check`` and ``ruff format --check`` are part of the test command, so CI fails on
lint errors and unformatted code too."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


def test_ruff_check_is_clean() -> None:
    ruff = shutil.which("ruff")
    command = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    try:
        out = subprocess.run(
            [*command, "check", "advocate_app", "tests", "benchmarks", "packaging"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except FileNotFoundError:
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format_is_applied() -> None:
    """One layout for the whole code base (``ruff format``; ``# fmt: skip`` marks the few
    tables laid out by hand)."""
    ruff = shutil.which("ruff")
    command = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    folders = ["advocate_app", "tests", "benchmarks", "packaging", "scripts"]
    out = subprocess.run([*command, "format", "--check", *folders], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, "run `ruff format`:\n" + out.stdout + out.stderr
