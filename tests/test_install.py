"""``pip install .`` into a fresh virtual environment gives a working ``advocate``.

The venv sees the machine's already-installed dependencies (``--system-site-packages``) so
the test needs no network; what it checks is our own packaging: entry points, and that
``resources/`` and ``templates/`` travel inside the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, serve_datasets, service_env


def _tracked_copy(dest: Path) -> Path:
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO_ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        source = REPO_ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("install")
    source = _tracked_copy(root / "src")
    env_dir = root / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(bindir / "python"), "install", "--quiet",
         "--no-deps", "--no-build-isolation", str(source)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    shutil.rmtree(source)  # the installed app must not lean on the source tree
    return bindir


def test_installed_entry_points(installed: Path, tmp_path) -> None:
    env = {**os.environ, "ADVOCATE_PROFILE": str(tmp_path / "p")}
    for command in ([str(installed / "advocate"), "--version"],
                    [str(installed / "python"), "-m", "advocate_app", "--version"]):
        out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
        assert out.stdout.startswith("advocate ")


def test_installed_app_finds_its_bundled_folders(installed: Path, tmp_path) -> None:
    code = ("from advocate_app.core import paths; print(paths.resources_dir()); "
            "print(paths.templates_dir())")
    out = subprocess.run([str(installed / "python"), "-c", code], capture_output=True, text=True,
                         cwd=tmp_path, check=True)
    for line in out.stdout.split():
        assert "_bundled" in line and "site-packages" in line


def test_installed_app_looks_up_against_a_local_server(installed: Path, httpserver, tmp_path) -> None:
    serve_datasets(httpserver)
    env = {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}
    out = subprocess.run([str(installed / "advocate"), "lookup", "--zip", "82001"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "WY-AL" in out.stdout
