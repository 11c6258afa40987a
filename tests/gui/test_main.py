"""The command-line hooks of the window: --self-check and --quit-after-startup."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO_ROOT


def _run(args: list[str], tmp_path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.MemoryKeyring",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "advocate_app", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def test_self_check_works_with_no_data_and_no_network(tmp_path) -> None:
    out = _run(["--self-check", "--profile", str(tmp_path / "p")], tmp_path)
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert "\n" not in line and line.startswith("advocate self-check ok: Qt 6.")
    assert "stop-csam-2025 letter (S. 1829) -> PDF" in line
    assert "keyring: MemoryKeyring" in line or "keyring:" in line
    assert "data: not downloaded" in line


def test_self_check_reports_the_data_dates(tmp_path, gui_services) -> None:
    services = gui_services()  # downloads into tmp_path / "profile"
    out = _run(["--self-check", "--profile", str(services.paths.config_dir.parent)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "data: legislators 2026-06-15, ZIP table 2026-06-15" in out.stdout


def test_quit_after_startup_paints_and_exits(tmp_path) -> None:
    out = _run(["--quit-after-startup", "--profile", str(tmp_path / "p")], tmp_path)
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "p" / "cache" / "datasets").exists()  # no download was started


def test_gui_without_display_explains_itself(tmp_path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    out = subprocess.run(
        [sys.executable, "-m", "advocate_app", "--profile", str(tmp_path / "p")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 2
    assert "no display" in out.stderr


def test_build_main_window_gives_the_real_window_not_shown(qtbot) -> None:
    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner
    from advocate_app.gui.window import MainWindow

    window = build_main_window(runner=InlineRunner())
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and not window.isVisible()
    assert window.ctx.services.paths.config_dir.is_relative_to(os.environ["HOME"])
    assert window.steps.count() == 4 and window.current_step() == 0
