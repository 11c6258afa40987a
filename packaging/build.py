"""Build Advocate into a desktop bundle with PyInstaller, then prove it works.

    python packaging/build.py                      # one-folder bundle: dist/advocate/
    python packaging/build.py --onefile            # one file: dist/onefile/advocate
    python packaging/build.py --data-from ../shared/data   # datasets from a local folder

Steps: stage what the bundle carries under ``build/stage`` (resources with compiled
translations, campaign templates, a snapshot of the public datasets, icons, the Windows
version resource), run ``packaging/advocate.spec`` with ``--clean``, then run
``packaging/smoke_test.py`` against the result with the network unreachable.
Exit codes: 0 built and smoke-tested, 1 the build or the smoke test failed, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import policy  # noqa: E402
import snapshot  # noqa: E402

SPEC = HERE / "advocate.spec"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", ".DS_Store", "*.idx", "*~")


class BuildError(Exception):
    """The build cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class BuildResult:
    executable: Path  # the program to run (inside the folder for one-folder builds)
    bundle: Path  # what a person downloads: the folder, or the single file
    seconds: float  # PyInstaller's own time (analysis + collection), without staging
    size: int  # bytes on disk
    onefile: bool
    snapshot: Path  # the staged copy of the baked-in datasets (build/stage-*/datasets)


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "advocate_app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def check_tools() -> None:
    try:
        import PyInstaller
    except ImportError as exc:
        raise BuildError("PyInstaller is not installed: pip install -e '.[package]'") from exc
    if int(PyInstaller.__version__.split(".")[0]) < 6:
        raise BuildError(f"PyInstaller 6 or newer is needed (found {PyInstaller.__version__}).")
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        raise BuildError("PyInstaller needs objdump on Linux: apt-get install binutils")


def bundle_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- staging -----------------------------------------------------------------------------
def _lrelease() -> str:
    import PySide6

    for candidate in (
        shutil.which("pyside6-lrelease"),
        Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease"),
    ):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    raise BuildError("Qt's lrelease was not found (it ships with PySide6-Essentials).")


def compile_translations(resources: Path, source: Path = ROOT / "resources") -> list[str]:
    """Compile every ``.ts`` under ``source`` into the staged copy ``resources`` (a
    committed ``.qm`` is simply copied with the rest); returns the languages the app ships
    (``advocate_es.qm`` -> ``es``), whose Qt translations the spec then keeps."""
    for ts in sorted(source.rglob("*.ts")):
        qm = resources / ts.relative_to(source).with_suffix(".qm")
        qm.parent.mkdir(parents=True, exist_ok=True)
        out = subprocess.run(
            [_lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if out.returncode != 0 or not qm.is_file():
            raise BuildError(
                f"lrelease failed for {ts.name}: {out.stderr.strip() or out.stdout.strip()}"
            )
    languages = {
        qm.stem.split("_", 1)[1] if "_" in qm.stem else qm.stem for qm in resources.rglob("*.qm")
    }
    return sorted(languages)


def stage(stage_dir: Path, data_from: Path | None) -> dict[str, object]:
    """Everything the spec bundles, in one folder it can trust."""
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    stage_dir.mkdir(parents=True)
    for name in ("resources", "templates"):
        if not (ROOT / name).is_dir():
            raise BuildError(f"{ROOT / name} is missing: run the build from a full checkout.")
        shutil.copytree(ROOT / name, stage_dir / name, ignore=IGNORED)
    languages = compile_translations(stage_dir / "resources")
    try:
        snap = snapshot.take(stage_dir / "datasets", data_from)
    except snapshot.SnapshotError as exc:
        raise BuildError(f"dataset snapshot: {exc}") from exc
    icons = subprocess.run(
        [sys.executable, str(HERE / "make_icons.py"), str(stage_dir / "icons")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if icons.returncode != 0:
        raise BuildError(f"icon rendering failed: {icons.stderr.strip()}")
    version = app_version()
    (stage_dir / "windows-version.txt").write_text(
        policy.windows_version_info(version), encoding="utf-8"
    )
    manifest = {
        "version": version,
        "languages": languages,
        "snapshot": {"source": snap.source, "taken_at": snap.taken_at, "files": sorted(snap.files)},
    }
    (stage_dir / "stage.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


# --- PyInstaller ---------------------------------------------------------------------------
def run_pyinstaller(
    spec: Path, dist: Path, work: Path, spec_args: list[str], log_file: Path
) -> float:
    """One PyInstaller run; returns its seconds. ``--clean`` every time (a changed
    dependency must never ship a stale copy); the cache lives in the work folder, so a
    clean build never wipes the cache of another build running at the same time."""
    # fmt: off
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
               str(spec), "--", *spec_args]
    # fmt: on
    log_file.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(work / "cache"))
    started = time.perf_counter()
    with log_file.open("w", encoding="utf-8") as log:
        done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join(log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-30:])
        raise BuildError(f"PyInstaller failed (full log: {log_file}):\n{tail}")
    return seconds


def add_linux_extras(bundle: Path) -> None:
    """The menu entry and a per-user installer travel at the top of the one-folder bundle."""
    shutil.copy2(ROOT / "resources" / "advocate.desktop", bundle / "advocate.desktop")
    shutil.copy2(HERE / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def build(
    *,
    onefile: bool = False,
    data_from: Path | None = None,
    dist: Path | None = None,
    work: Path | None = None,
    quiet: bool = False,
) -> BuildResult:
    """Stage and build; returns where the result is. Raises BuildError."""
    check_tools()
    dist = (dist or ROOT / "dist").resolve()
    work = (work or ROOT / "build").resolve()
    say = (lambda *_: None) if quiet else print
    mode = "onefile" if onefile else "onedir"
    stage_dir = work / f"stage-{mode}"
    say(f"staging resources, templates and the dataset snapshot in {stage_dir} ...")
    manifest = stage(stage_dir, data_from)
    snap = manifest["snapshot"]
    say(f"  datasets: {', '.join(snap['files'])} from {snap['source']}")  # type: ignore[index]
    out_dir = dist / "onefile" if onefile else dist
    spec_args = ["--stage", str(stage_dir)] + (["--onefile"] if onefile else [])
    say(f"running PyInstaller ({mode}) ...")
    seconds = run_pyinstaller(
        SPEC, out_dir, work / f"pyinstaller-{mode}", spec_args, work / f"pyinstaller-{mode}.log"
    )
    exe_name = policy.EXE_NAME + (".exe" if os.name == "nt" else "")
    if onefile:
        executable = bundle = out_dir / exe_name
    elif sys.platform == "darwin":  # what a Mac user gets is the .app
        bundle = out_dir / f"{policy.APP_NAME}.app"
        executable = bundle / "Contents" / "MacOS" / exe_name
    else:
        bundle = out_dir / policy.EXE_NAME
        executable = bundle / exe_name
        if sys.platform.startswith("linux"):
            add_linux_extras(bundle)
    if not executable.is_file():
        raise BuildError(f"PyInstaller finished but {executable} is missing.")
    size = bundle_size(bundle)
    return BuildResult(executable, bundle, seconds, size, onefile, stage_dir / "datasets")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Advocate desktop bundle (PyInstaller).")
    parser.add_argument(
        "--onefile", action="store_true", help="one self-extracting file instead of a folder"
    )
    parser.add_argument(
        "--data-from",
        type=Path,
        metavar="DIR",
        help="take the dataset snapshot from files under DIR instead of downloading",
    )
    parser.add_argument("--dist", type=Path, help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: build/)")
    parser.add_argument(
        "--no-smoke", action="store_true", help="skip the smoke test after the build"
    )
    args = parser.parse_args(argv)
    try:
        result = build(
            onefile=args.onefile, data_from=args.data_from, dist=args.dist, work=args.work
        )
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    print(f"built {result.bundle} in {result.seconds:.1f} s: {result.size / 1e6:.1f} MB")
    if args.no_smoke:
        return 0
    import smoke_test

    return smoke_test.main([str(result.executable), "--data-dir", str(result.snapshot)])


if __name__ == "__main__":
    sys.exit(main())
