"""Our wheel, built and installed the way a newcomer's ``pip install .`` would, shared by
tests/test_install.py and tests/test_wheel_snapshot.py (built once per test run).

The wheel is built by the interpreter running the tests (with its setuptools and wheel,
which the ``test`` extra installs; no build isolation, so no network). The new venv sees
the running environment's packages through a ``.pth`` file: that is the venv the tests run
in when there is one, not the base interpreter behind it, whose packages may be older or
missing. The source copy is deleted once installed: the app must not lean on it. When pip
fails, its whole output is shown.
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

REPO_ROOT = Path(__file__).resolve().parents[2]  # (not tests.conftest's: it imports us)


def tracked_copy(dest: Path) -> Path:
    """The files git would ship (tracked, or new and not ignored), copied to ``dest``."""
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


def pip(*args: str) -> None:
    """Run the running interpreter's pip; on failure, fail with everything pip said."""
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=clean_env())
    if done.returncode != 0:
        pytest.fail(
            f"pip failed (exit {done.returncode}): {' '.join(command)}\n"
            f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}",
            pytrace=False,
        )


def running_site_dirs() -> list[str]:
    """The site-packages folders of the running interpreter (its venv's, when in one)."""
    dirs = [*site.getsitepackages()]
    if site.ENABLE_USER_SITE and os.path.isdir(site.getusersitepackages()):
        dirs.append(site.getusersitepackages())
    return [d for d in dict.fromkeys(dirs) if os.path.isdir(d)]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without PYTHONPATH: the venv must find its packages on its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, **extra}


def _venv_site_packages(env_dir: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_path('purelib'))"
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    out = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, env=clean_env()
    )
    return Path(out.stdout.strip())


def build_and_install(root: Path) -> tuple[Path, Path]:
    """Build the wheel from a copy of the tracked files and install it into a new venv
    under ``root``; returns the venv's scripts folder and the wheel."""
    source = tracked_copy(root / "src")
    wheels = root / "wheels"
    pip("wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--wheel-dir", str(wheels), str(source))  # fmt: skip
    (wheel,) = wheels.glob("advocate_app-*.whl")
    env_dir = root / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    # The dependencies come from the environment running the tests. Plain path lines: the
    # folders' own .pth files (our editable install among them) are not run, so the
    # advocate_app the venv imports is the one installed from the wheel.
    (_venv_site_packages(env_dir) / "zz_running_env.pth").write_text(
        "\n".join(running_site_dirs()) + "\n", encoding="utf-8"
    )
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    pip("--python", str(bindir / "python"), "install", "--no-deps", "--no-index", str(wheel))
    shutil.rmtree(source)
    return bindir, wheel
