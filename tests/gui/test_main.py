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


def test_self_check_without_data_says_the_laptop_is_not_ready(tmp_path) -> None:
    out = _run(["--self-check", "--profile", str(tmp_path / "p")], tmp_path)
    assert out.returncode == 1, out.stderr
    verdict, *lines = out.stdout.strip().splitlines()
    assert verdict.startswith("advocate self-check: this laptop is NOT ready for an event (data)")
    checks = {line.split()[1].rstrip(":"): line.split()[0] for line in lines}
    assert checks == {
        "Qt": "ok",
        "campaign": "ok",
        "letter": "ok",
        "data": "problem",
        "passwords": "ok",
        "printer": checks["printer"],
    }
    data = next(line for line in lines if " data:" in line)
    assert "list of members of Congress and the ZIP code table" in data
    assert "Settings > Data > Update data now" in data
    assert "Qt 6." in lines[0] and "letter font Liberation Serif loaded" in lines[0]
    assert "(S. 1829) saved as a PDF" in out.stdout
    assert "MemoryKeyring)" in out.stdout


def test_self_check_with_data_is_ready_and_dates_the_data(tmp_path, gui_services) -> None:
    services = gui_services()  # downloads into tmp_path / "profile"
    out = _run(["--self-check", "--profile", str(services.paths.config_dir.parent)], tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("advocate self-check ok: this laptop is ready")
    assert (
        "data:      list of members of Congress from 2026-06-15 (downloaded); ZIP code "
        "table from 2026-06-15 (downloaded)"
    ) in out.stdout
    assert "printer:" in out.stdout and "campaign:  STOP CSAM Act of 2025" in out.stdout


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
