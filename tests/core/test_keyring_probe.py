"""``certainly_no_keyring``: "no system keyring" without loading keyring, only when certain
(core/keyring_probe.py, issue 15)."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from advocate_app.core.keyring_probe import (
    GROUP,
    SHIPPED_BACKENDS,
    backend_entry_points,
    certainly_no_keyring,
)
from tests.conftest import REPO_ROOT

KEYRING_ENTRY_POINTS = "[keyring.backends]\n" + "".join(
    f"{name} = keyring.backends.{name}\n" for name in sorted(SHIPPED_BACKENDS)
)


def _site(tmp_path: Path, **packages: str) -> Path:
    """A folder of installed packages: name -> its entry_points.txt."""
    site = tmp_path / "site"
    for name, entry_points in packages.items():
        info = site / f"{name}.dist-info"
        info.mkdir(parents=True)
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    return site


def _probe(tmp_path: Path, site: Path, platform: str = "linux", **env: str) -> bool:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return certainly_no_keyring({"HOME": str(home), **env}, platform, [str(site)])


def test_a_headless_linux_with_only_keyrings_own_backends_has_none(tmp_path) -> None:
    site = _site(tmp_path, **{"keyring-25.6.0": KEYRING_ENTRY_POINTS, "other-1.0": "[x]\na = b\n"})
    assert _probe(tmp_path, site)


@pytest.mark.parametrize(
    "env",
    [
        {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"},
        {"DISPLAY": ":0"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"},
    ],
)
def test_a_session_bus_display_or_chosen_backend_asks_keyring(tmp_path, env) -> None:
    site = _site(tmp_path, **{"keyring-25.6.0": KEYRING_ENTRY_POINTS})
    assert not _probe(tmp_path, site, **env)


def test_a_bus_socket_config_file_or_other_platform_asks_keyring(tmp_path) -> None:
    site = _site(tmp_path, **{"keyring-25.6.0": KEYRING_ENTRY_POINTS})
    runtime = tmp_path / "run"
    runtime.mkdir()
    (runtime / "bus").write_text("", encoding="utf-8")
    assert not _probe(tmp_path, site, XDG_RUNTIME_DIR=str(runtime))
    assert _probe(tmp_path, site, XDG_RUNTIME_DIR=str(tmp_path / "elsewhere"))
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text("[backend]\n", encoding="utf-8")
    assert not _probe(tmp_path, site, XDG_CONFIG_HOME=str(tmp_path / "config"))
    for platform in ("darwin", "win32", "freebsd14"):
        assert not _probe(tmp_path, site, platform)


def test_another_backend_installed_or_no_keyring_at_all_asks_keyring(tmp_path) -> None:
    alt = "[keyring.backends]\nkeyrings.alt.file = keyrings.alt.file\n"
    site = _site(tmp_path, **{"keyring-25.6.0": KEYRING_ENTRY_POINTS, "keyrings.alt-5.0": alt})
    assert not _probe(tmp_path, site)
    assert not _probe(tmp_path, _site(tmp_path / "bare", **{"other-1.0": "[x]\na = b\n"}))


def test_entry_points_are_read_as_importlib_reads_them() -> None:
    expected = {ep.name for ep in importlib.metadata.entry_points(group=GROUP)}
    assert backend_entry_points(sys.path) == expected


def test_the_probe_agrees_with_keyring_itself(tmp_path) -> None:
    """In a process with no session bus and no display, keyring's own choice is its
    "no keyring" backend whenever the probe says so (and the probe says so here when only
    keyring's own backends are installed)."""
    code = (
        "from advocate_app.core.keyring_probe import certainly_no_keyring\n"
        "sure = certainly_no_keyring()\n"
        "import keyring\n"
        "print(sure, type(keyring.get_keyring()).__module__)\n"
    )
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")
    env = {k: v for k, v in __import__("os").environ.items() if k not in drop}
    env = {k: v for k, v in env.items() if "KEYRING" not in k}
    env["HOME"] = str(tmp_path)
    env.pop("XDG_CONFIG_HOME", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env,
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    sure, backend = out.stdout.split()
    if sure == "True":
        assert backend == "keyring.backends.fail"
    installed = {ep.name for ep in importlib.metadata.entry_points(group=GROUP)}
    if sys.platform == "linux" and installed <= SHIPPED_BACKENDS:
        assert sure == "True"
