"""The wheel carries a snapshot of the public datasets: a fresh ``pip install .`` with every
source unreachable looks up ZIP 82001 and writes three letters (issue 14).

Same approach as tests/test_install.py: a copy of the tracked files is installed into a
fresh virtual environment that borrows the running environment's installed dependencies
(no download), then the source copy is deleted. Every network source points at the loopback
discard port, where nothing listens.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.test_install import _tracked_copy

DEAD = "http://127.0.0.1:9"
WHEEL_LIMIT = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("wheel")
    source = _tracked_copy(root / "src")
    wheels = root / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    wheel = next(wheels.glob("*.whl"))
    env_dir = root / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    # Let the new environment see the running one's packages even when that is a venv too.
    purelib = Path(
        subprocess.run(
            [
                str(bindir / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    borrowed = {*site.getsitepackages(), sysconfig.get_paths()["purelib"]}
    (purelib / "_running_env.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(bindir / "python"),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--ignore-installed",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    shutil.rmtree(source)
    return bindir, wheel


def _offline_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("ADVOCATE_") and k != "PYTHONPATH"
    }
    env.update(
        {
            "ADVOCATE_PROFILE": str(tmp_path / "profile"),
            "ADVOCATE_LEGISLATORS_URL": DEAD + "/legislators/",
            "ADVOCATE_ZIP_CROSSWALK_URL": DEAD + "/zccd.csv",
            "ADVOCATE_CENSUS_URL": DEAD + "/geocoder",
            "ADVOCATE_CONGRESS_API_URL": DEAD + "/congress",
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


def _run(bindir: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bindir / "advocate"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_wheel_is_small_and_carries_the_snapshot(wheel_venv) -> None:
    import zipfile

    _bindir, wheel = wheel_venv
    assert wheel.stat().st_size < WHEEL_LIMIT
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "legislators-current.json.gz",
        "legislators-district-offices.json.gz",
        "zccd.csv.gz",
        "committee-membership-current.json.gz",
        "SNAPSHOT.json",
    ):
        assert f"advocate_app/_bundled/datasets/{name}" in names


def test_fresh_install_with_no_network_looks_up_and_writes_letters(wheel_venv, tmp_path) -> None:
    bindir, _wheel = wheel_venv
    env = _offline_env(tmp_path)
    where = subprocess.run(
        [str(bindir / "python"), "-c", "import advocate_app; print(advocate_app.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert str(bindir.parent) in where.stdout  # the installed copy, not a source tree

    out = _run(bindir, "lookup", "--zip", "82001", env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "WY-AL" in out.stdout and "Harriet M. Hageman" in out.stdout

    status = json.loads(_run(bindir, "data", "status", "--json", env=env, cwd=tmp_path).stdout)
    assert [s["origin"] for s in status] == ["bundled"] * 4
    assert [s["date"] for s in status] == ["2026-06-15", "2026-06-10", "2024-11-12", "2026-04-22"]
    assert [s["congress"] for s in status] == [119, 119, 119, 119]

    letters = tmp_path / "letters"
    out = _run(
        bindir,
        "letters",
        "--campaign",
        "stop-csam-2025",
        "--zip",
        "82001",
        "--name",
        "Jo Doe",
        "--street",
        "1 Capitol Ave",
        "--city",
        "Cheyenne",
        "--story",
        "I teach fourth grade.",
        "--out",
        str(letters),
        "--json",
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    written = json.loads(out.stdout)["letters"]
    assert len(written) == 3
    assert len([p for p in letters.rglob("*") if p.is_file()]) >= 3
    assert {x["member"]["name"] for x in written} == {
        "Harriet M. Hageman",
        "Cynthia M. Lummis",
        "John Barrasso",
    }


def test_self_check_names_the_built_in_snapshot(wheel_venv, tmp_path) -> None:
    bindir, _wheel = wheel_venv
    out = _run(bindir, "--self-check", env=_offline_env(tmp_path), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "data: built-in snapshot from 2026-06-15" in " ".join(out.stdout.split()), out.stdout
