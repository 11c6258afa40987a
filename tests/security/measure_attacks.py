"""Time and peak memory of each template attack of issue 16 (finding 1).

    python3 tests/security/measure_attacks.py [--timeout 60] [--memory-gb 6]

Each attack renders once, for a participant whose name is longer than the checker's sample
person, in a fresh interpreter (so peak memory is the attack's own) with a time and memory
cap. Point PYTHONPATH at the checkout to measure (``/work/main`` for "before").
Not a test: it runs attacks that, before the render budget, take minutes and gigabytes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import importlib.util, sys, time
from advocate_app.core.sandbox import Fields, LetterSandbox, render
spec = importlib.util.spec_from_file_location("attacks", sys.argv[2])
attacks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(attacks)
ATTACKS, LONG_NAME = attacks.ATTACKS, attacks.LONG_NAME
sources = ATTACKS[sys.argv[1]]
context = {"constituent": Fields("constituent", {"name": LONG_NAME})}
started = time.monotonic()
try:
    out = render(LetterSandbox(sources), "letter.j2", context)
    result = f"rendered {len(out):,} chars"
except Exception as exc:
    result = f"{type(exc).__name__}: {str(exc)[:90]}"
print(f"{time.monotonic() - started:.2f}|{result}")
"""


def measure(name: str, timeout: float, memory_gb: float) -> tuple[str, str, str]:
    limit = int(memory_gb * 1024**3)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, name, str(Path(__file__).with_name("attacks.py"))],
            capture_output=True, text=True, timeout=timeout, preexec_fn=cap, cwd=Path(__file__).anchor,
        )  # fmt: skip
        line = (proc.stdout.strip().splitlines() or [""])[-1]
        seconds, _, result = line.partition("|")
        if not result:
            result = (proc.stderr.strip().splitlines() or ["crashed"])[-1][:90]
            seconds = f"{time.monotonic() - started:.2f}"
    except subprocess.TimeoutExpired:
        seconds, result = f">{timeout:g}", "still running, killed"
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    memory = f"{peak / 1024:.0f} MB"
    return seconds, memory, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--memory-gb", type=float, default=6)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parents[2]))
    from tests.security.attacks import ATTACKS

    names = args.names or list(ATTACKS)
    if len(names) > 1:  # one parent per attack: a parent's children peak is a running maximum
        for name in names:
            subprocess.run([sys.executable, __file__, "--timeout", str(args.timeout),
                            "--memory-gb", str(args.memory_gb), name], check=False)  # fmt: skip
        return
    seconds, memory, result = measure(names[0], args.timeout, args.memory_gb)
    print(f"| {names[0]} | {seconds} s | {memory} | {result} |", flush=True)


if __name__ == "__main__":
    main()
