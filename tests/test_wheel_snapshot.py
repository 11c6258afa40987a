"""The wheel carries a snapshot of the public datasets: a fresh ``pip install .`` with every
source unreachable looks up ZIP 82001 and writes three letters (issue 14).

The wheel and its venv are tests/test_install.py's (``installed_wheel``, built once per
run by tests/support/wheel_install.py: no download, the source copy deleted). Every network
source points at the loopback discard port, where nothing listens.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

DEAD = "http://127.0.0.1:9"
WHEEL_LIMIT = 10 * 1024 * 1024


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


def test_wheel_is_small_and_carries_the_snapshot(installed_wheel) -> None:
    import zipfile

    _bindir, wheel = installed_wheel
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


def test_fresh_install_with_no_network_looks_up_and_writes_letters(
    installed_wheel, tmp_path
) -> None:
    bindir, _wheel = installed_wheel
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


def test_self_check_names_the_built_in_snapshot(installed_wheel, tmp_path) -> None:
    bindir, _wheel = installed_wheel
    out = _run(bindir, "--self-check", env=_offline_env(tmp_path), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "data: built-in snapshot from 2026-06-15" in " ".join(out.stdout.split()), out.stdout
