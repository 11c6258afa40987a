"""Bundle size and frozen start-up: Advocate against a minimal PySide6 window, one run.

Both are built here, one after the other, by the same PyInstaller with the same mode and
the same pruning policy (packaging/policy.py): Advocate through packaging/build.py, the
yardstick from packaging/minimal.spec (a bare QMainWindow). Then each frozen program is
started N times offscreen with ``--quit-after-startup`` (show the window, wait for the
first paint, exit). Prints a table; exits 1 if the size ratio misses the target.

Target (issue 8): Advocate's bundle <= 1.3x the minimal window's.
Usage: python benchmarks/bench_bundle.py [--data-from ../shared/data] [--onefile]
           [--runs 5] [--with-default] [--keep DIR]
``--with-default`` also builds the minimal window with PyInstaller's defaults (no pruning),
to show what the pruning saves.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "packaging")]

import build  # noqa: E402  (packaging/build.py)

TARGET_RATIO = 1.3
SHARED_DATA = Path(os.environ.get("ADVOCATE_SHARED_DIR", REPO.parent / "shared")) / "data"


def start_times(command: list[str], runs: int, workdir: Path) -> list[float]:
    """Wall time of ``command`` (one warm-up run first, so the page cache is fair to both)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVOCATE_", "QT_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        ADVOCATE_LEGISLATORS_URL="http://127.0.0.1:9/",
        ADVOCATE_ZIP_CROSSWALK_URL="http://127.0.0.1:9/zccd.csv",
    )
    times: list[float] = []
    for i in range(runs + 1):
        env["ADVOCATE_PROFILE"] = tempfile.mkdtemp(prefix="start-", dir=workdir)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
        if i:
            times.append(elapsed)
    return times


def build_minimal(work: Path, onefile: bool, default: bool) -> tuple[Path, float, int]:
    name = "minimal-default" if default else "minimal"
    dist = work / "dist" / name
    args = (["--onefile"] if onefile else []) + (["--default"] if default else [])
    seconds = build.run_pyinstaller(
        build.HERE / "minimal.spec", dist, work / f"pyi-{name}", args, work / f"{name}.log"
    )
    exe_name = "minimal" + (".exe" if os.name == "nt" else "")
    bundle = dist / exe_name if onefile else dist / "minimal"
    executable = bundle if onefile else bundle / exe_name
    return executable, seconds, build.bundle_size(bundle)


def biggest_differences(ours: Path, minimal: Path, top: int = 8) -> list[tuple[str, int]]:
    """What Advocate carries beyond the minimal window, by top-level item of _internal."""

    def sizes(root: Path) -> dict[str, int]:
        inside = root / "_internal"
        return {p.name: build.bundle_size(p) for p in inside.iterdir()} if inside.is_dir() else {}

    a, b = sizes(ours), sizes(minimal)
    diffs = [(name, size - b.get(name, 0)) for name, size in a.items()]
    return sorted((d for d in diffs if d[1] > 0), key=lambda d: -d[1])[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-from",
        type=Path,
        default=SHARED_DATA if SHARED_DATA.is_dir() else None,
        help="dataset folder for the snapshot (default: ../shared/data if present)",
    )
    parser.add_argument("--onefile", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--with-default", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the builds in this folder")
    args = parser.parse_args()

    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    try:
        print(f"building Advocate ({'one file' if args.onefile else 'one folder'}) ...", flush=True)
        ours = build.build(
            onefile=args.onefile,
            data_from=args.data_from,
            dist=work / "dist" / "advocate",
            work=work / "work",
            quiet=True,
        )
        print("building the minimal PySide6 window ...", flush=True)
        minimal = build_minimal(work, args.onefile, default=False)
        default = build_minimal(work, args.onefile, default=True) if args.with_default else None

        report = subprocess.run(
            [str(ours.executable), "--bundle-report"], capture_output=True, text=True
        )
        gui = '"gui_available": true' in report.stdout
        our_command = [str(ours.executable), "--quit-after-startup" if gui else "--version"]
        print(f"timing start-up ({args.runs} runs each, after one warm-up) ...", flush=True)
        our_times = start_times(our_command, args.runs, work)
        min_times = start_times([str(minimal[0]), "--quit-after-startup"], args.runs, work)
        def_times = (
            start_times([str(default[0]), "--quit-after-startup"], args.runs, work)
            if default
            else []
        )
        diffs = [] if args.onefile else biggest_differences(ours.bundle, minimal[0].parent)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    ratio = ours.size / minimal[2]
    what = "window painted" if gui else "CLI --version (GUI not built yet)"
    rows = [
        ("Advocate", ours.seconds, ours.size, our_times, what),
        (
            "minimal PySide6 window, same policy",
            minimal[1],
            minimal[2],
            min_times,
            "window painted",
        ),
    ]
    if default:
        rows.append(
            (
                "minimal window, PyInstaller defaults",
                default[1],
                default[2],
                def_times,
                "window painted",
            )
        )
    mode = "one file" if args.onefile else "one folder"
    print(f"\n| bundle ({mode}) | build | size | start median | start best | start measures |")
    print("|---|---|---|---|---|---|")
    for name, seconds, size, times, measure in rows:
        print(
            f"| {name} | {seconds:.1f} s | {size / 1e6:.1f} MB | {statistics.median(times):.2f} s | "
            f"{min(times):.2f} s | {measure} |"
        )
    verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
    print(
        f"\nsize ratio Advocate / minimal window: {ratio:.2f}x (target <= {TARGET_RATIO}x: {verdict})"
    )
    print(
        f"start-up ratio (median): {statistics.median(our_times) / statistics.median(min_times):.2f}x"
    )
    if diffs:
        print("\nlargest additions over the minimal window (MB):")
        for name, extra in diffs:
            print(f"  {name:<40} {extra / 1e6:6.1f}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
