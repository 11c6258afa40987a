"""Peak memory: Advocate's window with its data loaded against a bare Qt window, same run.

Two kinds of fresh process, alternated ``--runs`` times:
- bare: ``QApplication`` + ``QMainWindow``, shown and painted once;
- Advocate: ``advocate_app.gui.build.build_main_window()`` on a profile whose datasets come from
  the shared data folder, shown and painted, then a ZIP lookup and the campaign list, so the
  member list, the ZIP table and the campaigns are in memory, as after a first search.
Each reports its peak resident set (``ru_maxrss``); the figure is the median of each.
No target was set by the earlier issues; the ratio shows what the app adds over Qt itself.

Usage: python benchmarks/bench_memory.py [--runs 3] [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PEAK = """
import resource, sys
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak * (1 if sys.platform == "darwin" else 1024))
"""

BARE = (
    """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1000, 700)
window.show()
QTimer.singleShot(300, app.quit)
app.exec()
"""
    + PEAK
)

OURS = (
    """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from advocate_app.app import Services
from advocate_app.gui.build import build_main_window
from advocate_app.core.paths import AppPaths
services = Services(AppPaths.for_profile(sys.argv[1]))
window = build_main_window(services)
window.auto_data_check = False
window.resize(1000, 700)
window.show()
QTimer.singleShot(300, app.quit)
app.exec()
services.finder.find_by_zip("82001")  # members + ZIP table in memory
services.campaigns.all()
"""
    + PEAK
)


def run(code: str, env: dict[str, str], *args: str) -> int | None:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=REPO, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"benchmark process failed:\n{done.stderr[-2000:]}")
    if lines[-1] == "NO_WINDOW":
        return None
    return int(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    legislators = args.shared / "congress-legislators"
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(REPO),
            "ADVOCATE_LEGISLATORS_URL": str(legislators) + os.sep,
            "ADVOCATE_ZIP_CROSSWALK_URL": str(args.shared / "zip-to-district" / "zccd.csv"),
        }
        profile = Path(tmp) / "profile"
        run(OURS, env, str(profile))  # warm: datasets copied into the profile, indexes built
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(run(BARE, env))
            ours.append(run(OURS, env, str(profile)))
    bare_mb = statistics.median(bare) / 1e6
    if any(value is None for value in ours):
        print(f"bare Qt window: {bare_mb:.0f} MB peak; advocate_app.gui.build.build_main_window() "
              "does not exist yet: no figure for the app")  # fmt: skip
        print(json.dumps({"memory_bare_mb": round(bare_mb, 1)}))
        return 0
    ours_mb = statistics.median(ours) / 1e6
    print(f"peak memory (median of {args.runs} fresh processes, ru_maxrss):")
    print(f"  bare QApplication + QMainWindow           : {bare_mb:6.0f} MB")
    print(f"  Advocate window, data loaded, one lookup   : {ours_mb:6.0f} MB")
    print(f"  ratio {ours_mb / bare_mb:.2f}x")
    print(json.dumps({
        "memory_bare_mb": round(bare_mb, 1), "memory_gui_mb": round(ours_mb, 1),
        "memory_ratio": round(ours_mb / bare_mb, 2),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
