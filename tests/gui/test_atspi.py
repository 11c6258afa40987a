"""The window as a screen reader reads it: over AT-SPI, from another process.

A virtual screen (Xvfb) and a private D-Bus session are started; the real window runs on
them in its own process with Qt's AT-SPI bridge on (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``),
and ``atspi/reader.py`` walks its accessible tree with ``pyatspi``, as Orca does, on each
of the four steps. Every control a person can Tab to must have a role and a name; a text
field or a combo box must be named by its caption (the label that points at it), never by
what it currently holds.

Debian packages: ``xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi`` (the reader runs
with the system's ``/usr/bin/python3``, which has ``pyatspi``; the app runs with ours). When
any piece is missing or the accessibility bus cannot start, the test is skipped with the
reason (``pytest -ra`` lists it), never silently.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, service_env
from tests.gui.conftest import CONGRESS_PREFIX

HERE = Path(__file__).resolve().parent
READER = HERE / "atspi" / "reader.py"
SYSTEM_PYTHON = os.environ.get("ADVOCATE_ATSPI_PYTHON", "/usr/bin/python3")
APP_NAME = "advocate-atspi-test"
STEPS = ("You", "Your members", "Your letter", "Send")
EDITABLE = ("text", "password text", "entry", "combo box")


def _skip_unless_available() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the Linux accessibility bus; this platform has none")
    for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(tool) is None:
            pytest.skip(f"AT-SPI test needs {tool} (Debian: xvfb, dbus, dbus-bin)")
    if not Path(SYSTEM_PYTHON).exists():
        pytest.skip(f"AT-SPI test needs {SYSTEM_PYTHON} with pyatspi (python3-pyatspi)")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=60
    )
    if probe.returncode != 0:
        reason = (probe.stderr.strip().splitlines() or ["?"])[-1]
        pytest.skip(
            f"pyatspi cannot be imported by {SYSTEM_PYTHON} ({reason}); install python3-pyatspi"
        )


def _stop(process: subprocess.Popen) -> None:
    """End a process this test started (and the helpers it started, in its own group)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def atspi_desktop(tmp_path_factory):
    """Xvfb and a D-Bus session with the accessibility bus: what both sides add to their
    environment (the display, the bus, Qt's bridge switched on)."""
    _skip_unless_available()
    home = tmp_path_factory.mktemp("atspi-home")  # module scope: before isolated_home runs
    base = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(home),
    }
    started: list[subprocess.Popen] = []
    try:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
            env=base,
        )
        started.append(xvfb)
        display = _read_line(xvfb, timeout=20)
        if not display.strip().isdigit():
            pytest.skip(f"Xvfb did not start (said {display!r})")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            env=base,
        )
        started.append(bus)
        address = _read_line(bus, timeout=20).strip()
        if not address:
            pytest.skip(
                f"the D-Bus session did not start: {bus.stderr.read() if bus.poll() else ''}"
            )
        extra = {
            "DISPLAY": f":{display.strip()}",
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "NO_AT_BRIDGE": "0",
        }
        a11y = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env={**base, **extra},
            capture_output=True,
            text=True,
            timeout=30,
        )
        if a11y.returncode != 0:
            pytest.skip(f"the AT-SPI bus did not start (at-spi2-core): {a11y.stderr.strip()}")
        yield extra
    finally:
        for process in reversed(started):
            _stop(process)


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    """One line of the process's stdout, or "" if none came in time."""
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    return process.stdout.readline() if ready else ""


def _wait_for_step(app: subprocess.Popen, step: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = _read_line(app, max(0.1, deadline - time.monotonic()))
        if line.strip() == f"STEP {step}":
            return
        if app.poll() is not None:
            break
    app.kill()
    _, err = app.communicate(timeout=10)
    pytest.fail(f"the window did not reach step {step + 1}:\n{err[-3000:]}")


def _read_tree(env: dict[str, str]) -> list[dict]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(READER), APP_NAME, "30"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    if answer["status"] == "no-atspi":
        pytest.skip(f"the AT-SPI registry cannot be reached: {answer['reason']}")
    assert answer["status"] == "ok", answer["reason"]
    return answer["nodes"]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.replace("&", "").lower()))


def problems_in(step: int, nodes: list[dict]) -> list[str]:
    """What a screen-reader user would trip over on this step, one line each."""
    found = []
    tabs = [n["name"] for n in nodes if n["role"] == "page tab"]
    for node in (n for n in nodes if n["focusable"]):
        where = f"step {step + 1} ({STEPS[step]}): {node['role']} {node['name']!r}"
        if not node["role"] or node["role"] in ("unknown", "invalid"):
            found.append(f"{where} has no role")
        if not node["name"].strip():
            if node["role"] == "label" and not (node["text"] or "").strip():
                continue  # an empty note (nothing to say yet): reads as nothing, no Tab stop
            found.append(f"{where} has no name ({node['path'][-80:]})")
            continue
        if node["role"] not in EDITABLE:
            continue
        value = node["selected_item"] if node["role"] == "combo box" else node["text"]
        if value and node["name"] == value:
            found.append(f"{where} is named by its current value, not its label")
        captions = node["labelled_by"]
        if captions:
            if not _words(node["name"]) <= _words(" ".join(captions)):
                found.append(f"{where} is not named by its caption {captions}")
        elif not (
            node["name"].startswith("Letter to ")
            and any(_words(tab) <= _words(node["name"]) for tab in tabs)
        ):
            # A letter's editor is captioned by its tab; every other field by a label.
            found.append(f"{where} has no caption (no label points at it)")
    return found


def test_a_screen_reader_finds_every_control_named_by_its_label(
    atspi_desktop, gui_services, httpserver, tmp_path
) -> None:
    services = gui_services()  # the data downloaded into the profile
    env = {
        **os.environ,  # the test's own (temporary) home
        **atspi_desktop,
        **service_env(httpserver),
        "ADVOCATE_CONGRESS_API_URL": httpserver.url_for(CONGRESS_PREFIX),
        "ADVOCATE_PROFILE": str(services.paths.config_dir.parent),
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.MemoryKeyring",
    }
    env.pop("PYTHONPATH", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.atspi.app"],
        cwd=REPO_ROOT,
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    problems: list[str] = []
    seen: dict[int, list[dict]] = {}
    try:
        for step in range(len(STEPS)):
            _wait_for_step(app, step)
            seen[step] = _read_tree(env)
            problems += problems_in(step, seen[step])
            app.stdin.write("next\n" if step < len(STEPS) - 1 else "quit\n")
            app.stdin.flush()
        code = app.wait(timeout=30)
    finally:
        _stop(app)
    assert not problems, "\n".join(problems)
    assert code == 0, app.stderr.read()[-2000:]  # and the window closed cleanly

    # What the reader saw is the real window: a few controls a person needs on each step.
    def named(step: int, role: str) -> set[str]:
        return {n["name"] for n in seen[step] if n["focusable"] and n["role"] == role}

    assert {"Full name", "Street address", "City", "ZIP code"} <= named(0, "text")
    assert named(0, "combo box") == {"State"}
    assert "Find my representatives" in named(0, "push button")
    assert any(name.startswith("Include Senator") for name in named(1, "check box"))
    assert "Campaign" in named(2, "combo box") and "Your story" in named(2, "text")
    assert {"Save as PDF", "Print", "Email letters"} <= named(3, "push button")


def test_the_check_catches_a_combo_named_by_its_value() -> None:
    """The rule the screen-reader test applies, on the tree Qt gave before the fix."""
    before = [
        {
            "role": "combo box",
            "name": "Choose…",
            "focusable": True,
            "labelled_by": ["State:"],
            "text": "",
            "selected_item": "Choose…",
            "path": "",
        },
        {
            "role": "filler",
            "name": "",
            "focusable": True,
            "labelled_by": [],
            "text": None,
            "selected_item": None,
            "path": "/frame:Advocate/filler:",
        },
        {
            "role": "text",
            "name": "Full name",
            "focusable": True,
            "labelled_by": [],
            "text": "",
            "selected_item": None,
            "path": "",
        },
    ]
    assert problems_in(0, before) == [
        "step 1 (You): combo box 'Choose…' is named by its current value, not its label",
        "step 1 (You): combo box 'Choose…' is not named by its caption ['State:']",
        "step 1 (You): filler '' has no name (/frame:Advocate/filler:)",
        "step 1 (You): text 'Full name' has no caption (no label points at it)",
    ]
