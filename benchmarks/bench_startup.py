"""Start-up time: ``advocate --quit-after-startup`` against a bare Qt window, same run.

Both are fresh processes that import PySide6, create the application, show a main window,
wait for its first paint and leave at once (``os._exit``: tearing down widgets is not
start-up), so the ratio shows what Advocate itself adds (the CLI, our modules, settings,
the translator, the first page). Runs alternate to share any
drift of the machine; the figure is the median wall-clock time of each.

Target (issue 15): at most 1.3x the bare window (issue 6 set 1.5x). Steps 2-4's pages,
event mode's controller, jinja2, requests and keyring are loaded when first needed, and
step 1 builds none of the enums of PySide's ``Qt`` namespace (tests/gui/test_startup.py).
Usage: python benchmarks/bench_startup.py [--runs 9] [--lang es]
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.3

BARE = """
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)


class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:  # seen before the paint: leave right after it
            QTimer.singleShot(0, lambda: os._exit(0))  # like --quit-after-startup
        return False


window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 780)
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the child): on a busy machine the CPU time is the
    steadier of the two, since waiting for a core does not count."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command[2:]} failed ({done.returncode}): {done.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--lang", default="en", help="window language for Advocate (en, es)")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile every module from source at each start (a fresh checkout)",
    )
    args = parser.parse_args()
    env = {**os.environ}
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="advocate-bench-") as tmp:
        if not args.no_bytecode:
            # As installed: pip and PyInstaller ship compiled bytecode. Kept in a temporary
            # folder so the checkout gets no __pycache__ folders.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"

        profile = Path(tmp) / "profile"
        (profile / "config").mkdir(parents=True)
        (profile / "config" / "settings.json").write_text(
            json.dumps({"schema": 1, "values": {"ui.language": args.lang}}), encoding="utf-8"
        )
        bare_script = Path(tmp) / "bare_window.py"
        bare_script.write_text(BARE, encoding="utf-8")
        ours = [
            sys.executable,
            "-m",
            "advocate_app",
            "--quit-after-startup",
            "--profile",
            str(profile),
        ]
        bare = [sys.executable, str(bare_script)]
        _time(ours, env), _time(bare, env)  # warm the file cache and the .pyc files
        ours_runs, bare_runs = [], []
        for _ in range(args.runs):
            ours_runs.append(_time(ours, env))
            bare_runs.append(_time(bare, env))
    bytecode = "from source" if args.no_bytecode else "bytecode compiled (as installed)"
    print(
        f"runs: {args.runs} each, alternating; QT_QPA_PLATFORM="
        f"{env.get('QT_QPA_PLATFORM', '(desktop)')}; {bytecode}; language {args.lang}; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    ratios = {}
    for index, what in ((0, "wall clock"), (1, "CPU time")):
        bare_values = [run[index] for run in bare_runs]
        ours_values = [run[index] for run in ours_runs]
        bare_median, ours_median = statistics.median(bare_values), statistics.median(ours_values)
        ratios[what] = ours_median / bare_median
        print(f"{what}:")
        print(
            f"  bare QApplication + QMainWindow : median {bare_median * 1000:6.0f} ms "
            f"(min {min(bare_values) * 1000:.0f}, max {max(bare_values) * 1000:.0f})"
        )
        print(
            f"  advocate --quit-after-startup   : median {ours_median * 1000:6.0f} ms "
            f"(min {min(ours_values) * 1000:.0f}, max {max(ours_values) * 1000:.0f})"
        )
        print(f"  ratio {ratios[what]:.2f}x")
    ratio = ratios["wall clock"]
    print(f"target <= {TARGET}x (wall clock): {'met' if ratio <= TARGET else 'NOT met'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
