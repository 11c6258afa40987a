"""Run every benchmark and print one table, with the machine it came from.

Each ``benchmarks/bench_*.py`` runs in its own process (one after the other, so they do
not compete for the CPU). Figures are taken from the JSON object a script prints on its
last line when it does, else from its text output (the patterns below). A script that is
missing, fails, or prints no figure is listed as such; the table is still printed.

Rows and targets (from the issues that set them):
start-up vs a bare Qt window <= 1.3x (15; 6 set 1.5x), dataset load < 150 ms and ZIP
lookup < 1 ms (2), 537 letters < 1 s (3), PDFs <= 1.3x a bare QPdfWriter (13; 4 set 1.5x)
and < 10 s, bundle <= 1.3x a minimal PySide6 window (8); commands vs ``python -c pass``:
``lookup --zip`` <= 4x, ``letters`` (three TXT) <= 8x, ``--self-check`` <= 6x (15);
address lookup, outbox, memory and tallies are reported; the event rehearsal's app time
per participant < 1 s (18).

Usage: python benchmarks/run_all.py [--skip bundle] [--only lookup,letters]
           [--markdown FILE] [--json FILE]
``--markdown`` writes the table and the machine as Markdown (the README section).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
ORDER = ("startup", "cli", "lookup", "letters", "export", "memory", "outbox", "tallies", "event",
         "bundle")  # fmt: skip
TIMEOUT = 1800


@dataclass
class Outcome:
    name: str
    status: str  # "ok", "missing", "failed", "skipped"
    seconds: float = 0.0
    figures: dict[str, float] = field(default_factory=dict)
    note: str = ""


def _num(pattern: str, text: str, group: int = 1) -> float | None:
    found = re.search(pattern, text, re.MULTILINE)
    return float(found.group(group).replace(",", "")) if found else None


def _text_figures(name: str, text: str) -> dict[str, float]:
    """Figures from the text of the scripts that print no JSON line."""
    patterns: dict[str, dict[str, str]] = {
        "startup": {
            "startup_bare_ms": r"wall clock:\s*\n\s*bare.*?median\s+([\d.]+) ms",
            "startup_ours_ms": r"wall clock:\s*\n.*\n\s*advocate.*?median\s+([\d.]+) ms",
            "startup_ratio": r"wall clock:(?:.*\n){3}\s*ratio ([\d.]+)x",
        },
        "letters": {
            "letters_537_ms": r"letters, median of \d+: ([\d.]+) ms",
            "letters_per_second": r"\(([\d,]+) letters/s",
        },
        "export": {
            "pdf_ratio": r"ratio ours/floor: wall ([\d.]+)x",
            "pdf_ours_s": r"^ours .*?wall ([\d.]+) s",
            "pdf_floor_s": r"^floor .*?wall ([\d.]+) s",
            "pdf_letters": r"^letters: (\d+)",
        },
        "outbox": {
            "outbox_open_ms": r"open database .*?: ([\d.]+) ms",
            "outbox_queue_ms": r"compose \+ queue .*?: ([\d.]+) ms/letter",
            "outbox_send_per_s": r"send \d+ over .*?\((\d+) letters/s",
        },
        "tallies": {
            "tally_write_ms": r"archive \+ tally writes: ([\d.]+) ms each",
            "tally_csv_ms": r"^CSV: ([\d.]+) ms",
        },
        "bundle": {
            "bundle_ratio": r"size ratio Advocate / minimal window: ([\d.]+)x",
            "bundle_mb": r"^\| Advocate \|[^|]*\| ([\d.]+) MB",
            "bundle_minimal_mb": r"^\| minimal PySide6 window, same policy \|[^|]*\| ([\d.]+) MB",
        },
    }
    figures: dict[str, float] = {}
    for key, pattern in patterns.get(name, {}).items():
        value = _num(pattern, text)
        if value is not None:
            figures[key] = value
    # A script's own verdict beats our comparison of its rounded figure.
    verdict = re.search(r"^target <= [\d.]+x \(wall clock\): (met|NOT met)", text, re.MULTILINE)
    if name == "startup" and verdict:
        figures["startup_met"] = 1.0 if verdict.group(1) == "met" else 0.0
    return figures


def run_one(name: str, pycache: Path) -> Outcome:
    script = HERE / f"bench_{name}.py"
    if not script.exists():
        return Outcome(name, "missing", note=f"{script.name} does not exist yet")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As installed (pip and PyInstaller ship compiled bytecode), whatever this shell says;
    # the bytecode goes to a temporary folder so the checkout gets no __pycache__.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, str(script)], cwd=REPO, env=env, capture_output=True, text=True,
            timeout=TIMEOUT,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return Outcome(name, "failed", TIMEOUT, note=f"no result within {TIMEOUT} s")
    seconds = time.monotonic() - started
    text = done.stdout
    figures = _text_figures(name, text)
    lines = text.strip().splitlines()
    if lines:
        try:
            data = json.loads(lines[-1])
            if isinstance(data, dict):
                figures.update({k: float(v) for k, v in data.items() if _is_number(v)})
        except ValueError:
            pass
    if done.returncode != 0 and not figures:
        tail = (done.stderr or text).strip().splitlines()[-1:] or ["(no output)"]
        return Outcome(name, "failed", seconds, note=f"exit {done.returncode}: {tail[0][:160]}")
    note = "" if done.returncode == 0 else f"exit {done.returncode} (target missed?)"
    return Outcome(name, "ok" if figures else "failed", seconds, figures, note or (
        "" if figures else "printed no figure this table knows"))  # fmt: skip


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- the table ---------------------------------------------------------------------------
Row = tuple[str, str, str, str]  # measure, result, target, verdict


def _verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def rows(outcomes: dict[str, Outcome]) -> list[Row]:
    f: dict[str, float] = {}
    for outcome in outcomes.values():
        f.update(outcome.figures)
    table: list[Row] = []

    def add(
        keys: tuple[str, ...], measure: str, result: Callable[[], str], target: str,
        ok: Callable[[], bool | None], source: str,
    ) -> None:  # fmt: skip
        if all(k in f for k in keys):
            table.append((measure, result(), target, _verdict(ok())))
        else:
            why = outcomes[source].note if source in outcomes else "skipped"
            table.append((measure, f"n/a ({why or outcomes[source].status})", target, "—"))

    add(("startup_ratio",), "Start-up vs a bare Qt window (wall clock, median)",
        lambda: f"{f['startup_ratio']:.2f}x ({f.get('startup_ours_ms', 0):.0f} vs {f.get('startup_bare_ms', 0):.0f} ms)",
        "≤ 1.3x", lambda: bool(f.get("startup_met", f["startup_ratio"] <= 1.3)), "startup")  # fmt: skip
    for key, measure, target in (
        ("lookup", "`advocate lookup --zip` vs `python -c pass` (wall clock, median)", 4.0),
        ("letters", "`advocate letters`, three TXT letters, vs `python -c pass`", 8.0),
        ("self_check", "`advocate --self-check` vs `python -c pass`", 6.0),
    ):
        ratio_key, ms_key = f"cli_{key}_wall_ratio", f"cli_{key}_wall_ms"
        add((ratio_key,), measure,
            lambda r=ratio_key, m=ms_key: f"{f[r]:.2f}x ({f.get(m, 0):.0f} vs {f.get('cli_floor_wall_ms', 0):.0f} ms)",
            f"≤ {target:g}x", lambda r=ratio_key, t=target: f[r] <= t, "cli")  # fmt: skip
    add(("dataset_load_ms",), "Dataset load, fresh process (members + ZIP table)",
        lambda: f"{f['dataset_load_ms']:.0f} ms", "< 150 ms", lambda: f["dataset_load_ms"] < 150,
        "lookup")  # fmt: skip
    add(("zip_lookup_mean_ms",), "ZIP lookup (mean of 1,000; p99)",
        lambda: f"{f['zip_lookup_mean_ms']:.3f} ms; {f.get('zip_lookup_p99_ms', 0):.3f} ms",
        "< 1 ms", lambda: f["zip_lookup_mean_ms"] < 1, "lookup")  # fmt: skip
    add(("address_lookup_local_server_median_ms",), "Address lookup via a local geocoder (median)",
        lambda: f"{f['address_lookup_local_server_median_ms']:.1f} ms", "—", lambda: None,
        "lookup")  # fmt: skip
    add(("letters_537_ms",), "537 letters rendered (median)",
        lambda: f"{f['letters_537_ms']:.0f} ms ({f.get('letters_per_second', 0):,.0f} letters/s)",
        "< 1 s", lambda: f["letters_537_ms"] < 1000, "letters")  # fmt: skip
    add(("pdf_ratio",), "Letter PDFs vs a bare QPdfWriter (537 files)",
        lambda: f"{f['pdf_ratio']:.2f}x ({f.get('pdf_ours_s', 0):.1f} vs {f.get('pdf_floor_s', 0):.1f} s)",
        "≤ 1.3x, < 10 s",
        lambda: f["pdf_ratio"] <= 1.3 and f.get("pdf_ours_s", 0) < 10, "export")  # fmt: skip
    add(("memory_ratio",), "Peak memory, window with data loaded vs a bare Qt window",
        lambda: f"{f['memory_ratio']:.2f}x ({f['memory_gui_mb']:.0f} vs {f['memory_bare_mb']:.0f} MB)",
        "—", lambda: None, "memory")  # fmt: skip
    add(("bundle_ratio",), "Bundle size vs a minimal PySide6 window (one folder)",
        lambda: f"{f['bundle_ratio']:.2f}x ({f.get('bundle_mb', 0):.0f} vs {f.get('bundle_minimal_mb', 0):.0f} MB)",
        "≤ 1.3x", lambda: f["bundle_ratio"] <= 1.3, "bundle")  # fmt: skip
    add(("outbox_send_per_s",), "Outbox: queue (fsync) / send over STARTTLS",
        lambda: f"{f.get('outbox_queue_ms', 0):.1f} ms per letter / {f['outbox_send_per_s']:.0f} letters/s",
        "—", lambda: None, "outbox")  # fmt: skip
    add(("tally_write_ms",), "Event tallies: archive + tally write",
        lambda: f"{f['tally_write_ms']:.2f} ms per letter", "—", lambda: None, "tallies")  # fmt: skip
    add(("event_participant_mean_ms",),
        "Event rehearsal, 20 participants: app time per participant (mean; max) / whole day",
        lambda: f"{f['event_participant_mean_ms']:.0f} ms; {f.get('event_participant_max_ms', 0):.0f} ms / "
                f"{f.get('event_total_s', 0):.0f} s" + ("" if f.get("event_cups") else " (no CUPS)"),
        "< 1 s", lambda: f["event_participant_mean_ms"] < 1000, "event")  # fmt: skip
    return table


def machine() -> dict[str, str]:
    info = {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "RAM": _ram(),
        "OS": platform.platform(terse=True),
        "Python": f"{platform.python_version()} (bytecode compiled, as installed)",
    }
    try:
        done = subprocess.run(
            [sys.executable, "-c", "import PySide6, PySide6.QtCore as q; print(PySide6.__version__, q.qVersion())"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        pyside, qt = done.stdout.split()
        info["Qt"] = f"{qt} (PySide6 {pyside})"
    except (ValueError, OSError, subprocess.SubprocessError):
        info["Qt"] = "not found"
    return info


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    if sys.platform == "darwin":
        done = subprocess.run(
            ["sysctl", "-n", "machdep.cpu.brand_string"], capture_output=True, text=True
        )
        if done.stdout.strip():
            return done.stdout.strip()
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        return f"{pages * size / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        return "?"


def render(
    table: list[Row], info: dict[str, str], outcomes: dict[str, Outcome], *, markdown: bool
) -> str:
    when = time.strftime("%Y-%m-%d")
    header = ("Measure", "Result", "Target", "Verdict")
    out: list[str] = []
    if markdown:
        out.append(f"Measured {when} on: " + ", ".join(f"{k} {v}" for k, v in info.items()) + ".")
        out.append("")
        out.append("| " + " | ".join(header) + " |")
        out.append("|---|---|---|---|")
        out.extend("| " + " | ".join(row) + " |" for row in table)
    else:
        widths = [max(len(r[i]) for r in [header, *table]) for i in range(4)]
        line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
        out.append(line(header))
        out.append("  ".join("-" * w for w in widths))
        out.extend(line(r) for r in table)
        out.append("")
        out.append(f"machine ({when}): " + "; ".join(f"{k}: {v}" for k, v in info.items()))
    notes = [f"{o.name}: {o.status}{' - ' + o.note if o.note else ''}" for o in outcomes.values()
             if o.status != "ok" or o.note]  # fmt: skip
    if notes:
        out.append("")
        out.extend(("- " if markdown else "note: ") + n for n in notes)
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--skip", default="", help="comma-separated benchmark names to skip")
    parser.add_argument("--markdown", type=Path, metavar="FILE", help="also write Markdown")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure")
    args = parser.parse_args()
    found = sorted(p.stem[len("bench_") :] for p in HERE.glob("bench_*.py"))
    names = [*ORDER, *(n for n in found if n not in ORDER)]
    only = {n.strip() for n in args.only.split(",") if n.strip()}
    skip = {n.strip() for n in args.skip.split(",") if n.strip()}
    outcomes: dict[str, Outcome] = {}
    with tempfile.TemporaryDirectory(prefix="advocate-bench-") as pycache:
        for name in names:
            if (only and name not in only) or name in skip:
                outcomes[name] = Outcome(name, "skipped", note="skipped on request")
                continue
            print(f"running bench_{name}.py ...", file=sys.stderr, flush=True)
            outcomes[name] = run_one(name, Path(pycache))
            print(f"  {outcomes[name].status} in {outcomes[name].seconds:.0f} s", file=sys.stderr)
    info = machine()
    table = rows(outcomes)
    print(render(table, info, outcomes, markdown=False))
    if args.markdown:
        args.markdown.write_text(render(table, info, outcomes, markdown=True), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({
            "machine": info,
            "benchmarks": {n: {"status": o.status, "seconds": round(o.seconds, 1),
                               "figures": o.figures, "note": o.note} for n, o in outcomes.items()},
        }, indent=2), encoding="utf-8")  # fmt: skip
    missed = any(r[3] == "**missed**" for r in table)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
