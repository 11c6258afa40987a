"""Our wheel, installed into a fresh virtual environment, gives a working ``advocate``.

How it is built and installed (by the running interpreter, into a venv that sees the
running environment's packages, with pip's output shown on failure) is in
tests/support/wheel_install.py. What is checked is our own packaging: entry points, and
that ``resources/`` and ``templates/`` travel inside the wheel.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import serve_datasets, service_env
from tests.support.wheel_install import clean_env, pip, running_site_dirs


@pytest.fixture(scope="module")
def installed(installed_wheel: tuple[Path, Path]) -> Path:
    return installed_wheel[0]


def test_the_venv_imports_our_wheel_and_the_running_environments_packages(installed: Path) -> None:
    code = (
        "import advocate_app, jinja2, PySide6; print(advocate_app.__file__); print(jinja2.__file__)"
    )
    out = subprocess.run(
        [str(installed / "python"), "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(),
        cwd=installed,
    )
    ours, jinja = out.stdout.split()
    assert str(installed.parent) in ours, ours  # the wheel's copy, not the checkout
    assert any(jinja.startswith(d) for d in running_site_dirs()), jinja


def test_installed_entry_points(installed: Path, tmp_path) -> None:
    env = clean_env(ADVOCATE_PROFILE=str(tmp_path / "p"))
    for command in (
        [str(installed / "advocate"), "--version"],
        [str(installed / "python"), "-m", "advocate_app", "--version"],
    ):
        out = subprocess.run(
            command, capture_output=True, text=True, env=env, cwd=tmp_path, check=True
        )
        assert out.stdout.startswith("advocate ")


def test_installed_app_finds_its_bundled_folders(installed: Path, tmp_path) -> None:
    code = (
        "from advocate_app.core import paths; print(paths.resources_dir()); "
        "print(paths.templates_dir())"
    )
    out = subprocess.run(
        [str(installed / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        env=clean_env(),
    )
    for line in out.stdout.split():
        assert "_bundled" in line and "site-packages" in line


def test_installed_app_looks_up_against_a_local_server(
    installed: Path, httpserver, tmp_path
) -> None:
    serve_datasets(httpserver)
    env = clean_env(**service_env(httpserver), ADVOCATE_PROFILE=str(tmp_path / "p"))
    out = subprocess.run(
        [str(installed / "advocate"), "lookup", "--zip", "82001"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "WY-AL" in out.stdout


def test_a_pip_failure_shows_what_pip_said(tmp_path) -> None:
    missing = tmp_path / "not-a-project"
    missing.mkdir()
    with pytest.raises(pytest.fail.Exception) as failed:
        pip("wheel", "--no-deps", "--no-index", "--wheel-dir", str(tmp_path), str(missing))
    message = str(failed.value)
    assert "pip failed (exit 1)" in message
    assert "--- stderr ---" in message and "not-a-project" in message
