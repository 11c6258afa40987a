"""Our wheel, installed into a fresh virtual environment, gives a working ``advocate``.

The wheel is built by the interpreter running the tests (with its setuptools and wheel,
which the ``test`` extra installs; no build isolation, so no network). The new venv sees
the running environment's packages through a ``.pth`` file: that is the venv the tests run
in when there is one, not the base interpreter behind it, whose packages may be older or
missing. What is checked is our own packaging: entry points, and that ``resources/`` and
``templates/`` travel inside the wheel. When pip fails, its whole output is shown.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, serve_datasets, service_env


def _tracked_copy(dest: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in files:
        source = REPO_ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


def _pip(*args: str) -> None:
    """Run the running interpreter's pip; on failure, fail with everything pip said."""
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=_clean_env())
    if done.returncode != 0:
        pytest.fail(
            f"pip failed (exit {done.returncode}): {' '.join(command)}\n"
            f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}",
            pytrace=False,
        )


def _running_site_dirs() -> list[str]:
    """The site-packages folders of the running interpreter (its venv's, when in one)."""
    dirs = [*site.getsitepackages()]
    if site.ENABLE_USER_SITE and os.path.isdir(site.getusersitepackages()):
        dirs.append(site.getusersitepackages())
    return [d for d in dict.fromkeys(dirs) if os.path.isdir(d)]


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without PYTHONPATH: the venv must find its packages on its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, **extra}


def _venv_site_packages(env_dir: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_path('purelib'))"
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    out = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, env=_clean_env()
    )
    return Path(out.stdout.strip())


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("install")
    source = _tracked_copy(root / "src")
    wheels = root / "wheels"
    _pip(
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--wheel-dir",
        str(wheels),
        str(source),
    )
    (wheel,) = wheels.glob("advocate_app-*.whl")
    env_dir = root / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    # The dependencies come from the environment running the tests. Plain path lines: the
    # folders' own .pth files (our editable install among them) are not run, so the
    # advocate_app the venv imports is the one installed from the wheel.
    (_venv_site_packages(env_dir) / "zz_running_env.pth").write_text(
        "\n".join(_running_site_dirs()) + "\n", encoding="utf-8"
    )
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    _pip("--python", str(bindir / "python"), "install", "--no-deps", "--no-index", str(wheel))
    shutil.rmtree(source)  # the installed app must not lean on the source tree
    return bindir


def test_the_venv_imports_our_wheel_and_the_running_environments_packages(installed: Path) -> None:
    code = (
        "import advocate_app, jinja2, PySide6; print(advocate_app.__file__); print(jinja2.__file__)"
    )
    out = subprocess.run(
        [str(installed / "python"), "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
        cwd=installed,
    )
    ours, jinja = out.stdout.split()
    assert str(installed.parent) in ours, ours  # the wheel's copy, not the checkout
    assert any(jinja.startswith(d) for d in _running_site_dirs()), jinja


def test_installed_entry_points(installed: Path, tmp_path) -> None:
    env = _clean_env(ADVOCATE_PROFILE=str(tmp_path / "p"))
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
        env=_clean_env(),
    )
    for line in out.stdout.split():
        assert "_bundled" in line and "site-packages" in line


def test_installed_app_looks_up_against_a_local_server(
    installed: Path, httpserver, tmp_path
) -> None:
    serve_datasets(httpserver)
    env = _clean_env(**service_env(httpserver), ADVOCATE_PROFILE=str(tmp_path / "p"))
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
        _pip("wheel", "--no-deps", "--no-index", "--wheel-dir", str(tmp_path), str(missing))
    message = str(failed.value)
    assert "pip failed (exit 1)" in message
    assert "--- stderr ---" in message and "not-a-project" in message
