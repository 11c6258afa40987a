"""Command-line speed: three everyday commands against ``python -c pass``, same run.

Each is a fresh process, as a person or a script runs it, with warm data (downloaded into
the profile and checked with its source just before, so no command goes to the network):

- ``advocate lookup --zip 82001``                         target <= 4x the floor
- ``advocate letters ... --zip 82001 --street ... --format txt`` (three TXT letters) <= 8x
- ``advocate --self-check``                               <= 6x

The floor is ``python -c pass`` with the same interpreter and environment: what starting
Python costs on this machine at this moment. Runs alternate (floor, lookup, letters,
self-check, floor, ...) so drift is shared; the figures are medians of wall-clock time, and
of CPU time (steadier on a busy machine: waiting for a core does not count). The data comes
from the shared folder through file sources (``ADVOCATE_*_URL`` pointing at it), the same
code path as a download. Bytecode is compiled once, as an installed app has it.

Usage: python benchmarks/bench_cli.py [--runs 7] [--importtime] [--profile-command lookup]
``--importtime`` prints the slowest imports of each command (``python -X importtime``);
``--profile-command NAME`` prints a cProfile of one command's run.
The last line is a JSON object with every figure (benchmarks/run_all.py reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGETS = {"lookup": 4.0, "letters": 8.0, "self_check": 6.0}


def _shared_data() -> Path:
    override = os.environ.get("ADVOCATE_SHARED_DIR")
    return (Path(override) if override else REPO.parent / "shared") / "data"


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(
            f"{' '.join(command[1:])} failed ({done.returncode}):\n{done.stderr[-800:]}"
        )
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _commands(tmp: Path, profile: Path) -> dict[str, list[str] | Callable[[], list[str]]]:
    advocate = [sys.executable, "-m", "advocate_app"]
    counter = iter(range(10**6))

    def letters() -> list[str]:  # a new folder each run: existing files are never overwritten
        out = tmp / "letters" / str(next(counter))
        return [
            *advocate,
            "letters",
            "--campaign",
            "stop-csam-2025",
            "--zip",
            "82001",
            "--name",
            "Maria Lopez",
            "--street",
            "2001 Capitol Ave",
            "--city",
            "Cheyenne",
            "--format",
            "txt",
            "--no-bill-status",
            "--out",
            str(out),
        ]

    return {
        "floor": [sys.executable, "-c", "pass"],
        "lookup": [*advocate, "lookup", "--zip", "82001"],
        "letters": letters,
        "self_check": [*advocate, "--self-check", "--profile", str(profile)],
    }


def _importtime(command: list[str], env: dict[str, str], top: int = 12) -> list[str]:
    """The slowest top-level imports of one run (cumulative, as ``-X importtime`` says)."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            if not name.startswith("  "):  # " name": imported by the program itself
                rows.append((int(parts[1]), name.strip()))
    rows.sort(reverse=True)
    return [f"{cumulative / 1000:7.1f} ms  {name}" for cumulative, name in rows[:top]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--profile-command", choices=("lookup", "letters", "self_check"))
    args = parser.parse_args()
    data = _shared_data()
    with tempfile.TemporaryDirectory(prefix="advocate-bench-cli-") as folder:
        tmp = Path(folder)
        profile = tmp / "profile"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "ADVOCATE_PROFILE": str(profile),
            "ADVOCATE_LEGISLATORS_URL": (data / "congress-legislators").as_uri() + "/",
            "ADVOCATE_ZIP_CROSSWALK_URL": (data / "zip-to-district" / "zccd.csv").as_uri(),
            "ADVOCATE_CENSUS_URL": "http://127.0.0.1:9/geocoder",  # never used: ZIP lookups
            "ADVOCATE_CONGRESS_API_URL": "http://127.0.0.1:9/congress",
            "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
            "HOME": str(tmp / "home"),
            "XDG_CONFIG_HOME": str(tmp / "home" / ".config"),
            "XDG_CACHE_HOME": str(tmp / "home" / ".cache"),
            "XDG_DATA_HOME": str(tmp / "home" / ".local" / "share"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _time([sys.executable, "-m", "advocate_app", "data", "update"], env)  # warm data
        commands = _commands(tmp, profile)

        def command(name: str) -> list[str]:
            value = commands[name]
            return value() if callable(value) else value

        for name in commands:  # warm the .pyc files and the derived data index
            _time(command(name), env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name in commands:
                runs[name].append(_time(command(name), env))
        print(
            f"runs: {args.runs} each, alternating; bytecode compiled (as installed); load "
            f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        figures: dict[str, float] = {}
        ok = True
        for index, what in ((0, "wall clock"), (1, "CPU time")):
            floor = statistics.median(r[index] for r in runs["floor"])
            print(f"{what}:")
            print(f"  python -c pass (floor)       : median {floor * 1000:6.0f} ms")
            key = "wall" if index == 0 else "cpu"
            figures[f"cli_floor_{key}_ms"] = round(floor * 1000, 1)
            for name, target in TARGETS.items():
                median = statistics.median(r[index] for r in runs[name])
                ratio = median / floor
                figures[f"cli_{name}_{key}_ms"] = round(median * 1000, 1)
                figures[f"cli_{name}_{key}_ratio"] = round(ratio, 2)
                verdict = ""
                if index == 0:
                    met = ratio <= target
                    ok &= met
                    verdict = f"  target <= {target:g}x: {'met' if met else 'NOT met'}"
                print(
                    f"  {name:<28} : median {median * 1000:6.0f} ms  ratio {ratio:5.2f}x{verdict}"
                )
        if args.importtime:
            for name in TARGETS:
                print(f"slowest top-level imports, {name}:")
                for line in _importtime(command(name), env):
                    print(f"  {line}")
        if args.profile_command:
            stats = tmp / "cli.prof"
            chosen = command(args.profile_command)
            subprocess.run(
                [chosen[0], "-m", "cProfile", "-o", str(stats), *chosen[1:]],
                cwd=REPO,
                env=env,
                capture_output=True,
                timeout=300,
            )
            import pstats

            print(f"profile of {args.profile_command} (cumulative, top 25):")
            pstats.Stats(str(stats)).sort_stats("cumulative").print_stats(25)
    print(json.dumps(figures))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
