"""Printing tests run against a private CUPS server whose printers write PDFs (cups-pdf).

``cups`` starts the server once per session (``tests/support/cups.py``), with two queues:
``Letters`` (default, US Letter) and ``LettersA4`` (A4 by default). Where CUPS cannot run
(not installed, not root) every test here is skipped with the reason (``pytest -ra``).
Each test gets the queues ready (enabled, accepting, no jobs, empty output folders).
"""

from __future__ import annotations

import pytest

from tests.support.cups import CupsServer, unavailable


@pytest.fixture(scope="session")
def cups_server():
    reason = unavailable()
    if reason:
        pytest.skip(f"printing through CUPS not tested: {reason}")
    try:
        server = CupsServer.start()
    except RuntimeError as exc:
        pytest.skip(f"printing through CUPS not tested: CUPS could not start: {exc}")
    try:
        server.add_queue("Letters", paper="letter", default=True)
        server.add_queue("LettersA4", paper="a4")
        yield server
    finally:
        server.stop()


@pytest.fixture
def cups(cups_server: CupsServer, monkeypatch: pytest.MonkeyPatch) -> CupsServer:
    monkeypatch.setenv("CUPS_SERVER", str(cups_server.socket))
    for name in ("Letters", "LettersA4"):
        if name not in {
            line.split()[1]
            for line in cups_server.lp("lpstat", "-p").stdout.splitlines()
            if line.startswith("printer ")
        }:
            cups_server.add_queue(
                name, paper="a4" if name.endswith("A4") else "letter", default=name == "Letters"
            )
        cups_server.ready(name)
        cups_server.clear_output(name)
    cups_server.lp("lpadmin", "-d", "Letters")
    return cups_server
