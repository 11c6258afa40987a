"""``advocate --self-check`` names the default printer and its paper (from CUPS, no network).

Each check runs in a child process: libcups keeps the print server it first talked to for
the life of a process, so an in-process check would see whichever server an earlier test
used (the printer check once failed in tests/gui when tests/print had run before it)."""

from __future__ import annotations

import pytest

from tests.gui.test_main import _run


@pytest.mark.parametrize(
    ("default", "paused", "expected"),
    [
        ("LettersA4", False, "printer: LettersA4 (A4)"),
        ("Letters", True, "printer: Letters (US Letter) paused"),
    ],
)
def test_self_check_reports_the_default_printer(cups, tmp_path, default, paused, expected) -> None:
    cups.lp("lpadmin", "-d", default)
    if paused:
        cups.pause(default)
    try:
        out = _run(["--self-check", "--profile", str(tmp_path / "p")], tmp_path, **cups.env())
    finally:
        cups.lp("lpadmin", "-d", "Letters")
    # (the exit code speaks of the whole laptop: this profile has no data, so it may be 1)
    line = next(x for x in out.stdout.splitlines() if "printer:" in x)
    assert " ".join(line.split()).endswith(expected), out.stdout
    assert line.split()[0] == ("note" if paused else "ok"), line


def test_self_check_without_a_print_service(tmp_path) -> None:
    out = _run(["--self-check", "--profile", str(tmp_path / "p")], tmp_path,
               CUPS_SERVER=str(tmp_path / "no-cups.sock"))  # fmt: skip
    line = " ".join(next(x for x in out.stdout.splitlines() if "printer:" in x).split())
    assert line.startswith("note printer:") and "saved as PDF" in line, out.stdout
