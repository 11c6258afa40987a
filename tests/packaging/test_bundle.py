"""Build the one-folder bundle once per session (PyInstaller, ~45-60 s on the 2-core CI
machine), then run the smoke test's checks against it one by one, and look inside it.

The frozen app runs with every dataset URL unreachable, an empty profile and a loopback
stand-in for the Census geocoder (packaging/smoke_test.py). Needs PyInstaller (the
``package`` extra) and objdump (binutils); without them the tests are skipped with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA
from tests.packaging.conftest import load

pytest.importorskip(
    "PyInstaller", reason="PyInstaller is not installed (pip install -e '.[package]')"
)
if sys.platform.startswith("linux") and not shutil.which("objdump"):
    pytest.skip("PyInstaller needs objdump (apt-get install binutils)", allow_module_level=True)

build = load("build")
smoke = load("smoke_test")
policy = load("policy")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory):
    """The one-folder bundle, built once for the whole session; deleted afterwards."""
    root = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    try:
        result = build.build(
            data_from=SHARED_DATA, dist=root / "dist", work=root / "work", quiet=True
        )
    except build.BuildError as exc:
        pytest.fail(f"the build failed: {exc}")
    print(
        f"\nbundle built in {time.perf_counter() - started:.0f} s "
        f"(PyInstaller {result.seconds:.0f} s), {result.size / 1e6:.0f} MB"
    )
    shutil.rmtree(root / "work" / "pyinstaller-onedir", ignore_errors=True)  # keep the stage
    yield result
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def smoke_context(bundle, tmp_path_factory: pytest.TempPathFactory):
    return smoke.Context(
        bundle.executable, tmp_path_factory.mktemp("smoke"), data_dir=bundle.snapshot
    )


@pytest.mark.parametrize("check", list(smoke.CHECKS))
def test_smoke(check: str, smoke_context) -> None:
    try:
        smoke.CHECKS[check](smoke_context)
    except smoke.SmokeSkip as exc:
        pytest.skip(str(exc))
    except smoke.SmokeFailure as exc:
        pytest.fail(str(exc), pytrace=False)


def _internal(bundle) -> Path:
    return bundle.bundle / "_internal"


def test_bundle_layout(bundle) -> None:
    root, inside = bundle.bundle, _internal(bundle)
    assert os.access(root / "advocate", os.X_OK)
    assert (root / "advocate.desktop").is_file() and os.access(root / "install.sh", os.X_OK)
    for name in (
        "legislators-current.json",
        "legislators-district-offices.json",
        "zccd.csv",
        "SNAPSHOT.json",
    ):
        assert (inside / "datasets" / name).is_file(), name
    assert (inside / "templates" / "stop-csam-2025" / "campaign.toml").is_file()
    assert (inside / "resources" / "fonts" / "LiberationSerif-Regular.ttf").is_file()
    assert (inside / "resources" / "icons" / "advocate.svg").is_file()
    assert (inside / "docx" / "templates" / "default-header.xml").is_file()
    assert (inside / "docx" / "parts").is_dir()  # python-docx reaches templates through it
    assert not list(inside.rglob("*.ts")) and not (inside / "tests").exists()


def test_only_the_qt_we_use(bundle) -> None:
    inside = _internal(bundle)
    qt = inside / "PySide6"
    modules = {p.name.split(".")[0] for p in qt.glob("Qt*.so")}
    assert modules <= set(policy.QT_MODULES_USED), modules
    families = {p.name for p in (qt / "Qt" / "plugins").iterdir()}
    assert families <= policy.KEEP_PLUGIN_FAMILIES, families
    platforms = {p.name for p in (qt / "Qt" / "plugins" / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqoffscreen.so"}
    libs = {p.name for p in (qt / "Qt" / "lib").iterdir()}
    assert not {n for n in libs if re.match(r"libQt6(Network|Qml|Quick|WaylandClient)", n)}
    assert {p.name for p in (qt / "Qt" / "translations").iterdir()} <= {
        "qt_en.qm",
        "qtbase_en.qm",
        "qt_es.qm",
        "qtbase_es.qm",
    }
    assert not list(inside.glob("libcups.so*")) and not list(inside.glob("libgnutls*"))


def test_every_qt_library_a_binary_needs_is_inside(bundle) -> None:
    """The pruning must never remove a library that something kept links to."""
    inside = _internal(bundle)
    present = {p.name for p in inside.rglob("*.so*")}
    missing: dict[str, set[str]] = {}
    for path in inside.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        for name in policy.elf_needed(str(path)):
            bundled_kind = name.startswith(
                ("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython")
            )
            if bundled_kind and name not in present:
                missing.setdefault(name, set()).add(path.name)
    assert not missing, missing


def test_linux_installer_installs_and_removes(bundle, tmp_path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    subprocess.run([str(bundle.bundle / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "opt" / "advocate" / "advocate"
    desktop = (home / "share" / "applications" / "advocate.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}"' in desktop and "Icon=advocate" in desktop
    assert (home / "share" / "icons" / "hicolor" / "scalable" / "apps" / "advocate.svg").is_file()
    out = subprocess.run(
        [str(home / ".local" / "bin" / "advocate"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("advocate ")
    subprocess.run(
        [str(installed.parent / "install.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not installed.exists() and not (home / ".local" / "bin" / "advocate").exists()


def test_bundle_size_stays_in_bounds(bundle) -> None:
    """A tripwire, not the target: benchmarks/bench_bundle.py compares against a minimal
    PySide6 window built in the same run (145 MB vs 114 MB = 1.28x when this was written)."""
    assert bundle.size < 175e6, f"{bundle.size / 1e6:.0f} MB: run benchmarks/bench_bundle.py"
