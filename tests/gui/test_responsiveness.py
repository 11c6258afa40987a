"""The window never freezes while the network works, and closes promptly with a job running."""

from __future__ import annotations

import gc
import json
import os
import threading
import time

from PySide6.QtCore import QTimer
from werkzeug import Request, Response

from advocate_app.gui.tasks import TaskRunner
from tests.conftest import CENSUS_PREFIX
from tests.gui.conftest import austin_answer, by_name, click, fill_you

SLOW_SECONDS = 2.0


def _slow_geocoder(httpserver, release: threading.Event) -> None:
    def handler(_request: Request) -> Response:
        release.wait(SLOW_SECONDS)  # a slow service (the test may release it early at the end)
        return Response(json.dumps(austin_answer()), content_type="application/json")

    httpserver.expect_request(CENSUS_PREFIX + "/geographies/onelineaddress").respond_with_handler(
        handler
    )


def _ticks_while(qtbot, milliseconds: int) -> list[float]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(milliseconds)
    timer.stop()
    return ticks


def _longest_gap(ticks: list[float]) -> float:
    return max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=float("inf"))


def test_slow_geocoder_keeps_the_window_responsive_and_close_is_prompt(
    qtbot, httpserver, gui_services, make_window
) -> None:
    """Measured so that a busy machine cannot fail it and a frozen window cannot pass it.

    Wall-clock counts alone depend on what else the machine runs (a full suite on two cores
    once saw the 20 ms timer fire 18 times in 0.8 s with nothing wrong in the app). So the
    event loop's pace during the lookup is compared with its idle pace measured just before,
    in the same run; the work the lookup costs the window's thread is its CPU time, which
    other processes do not inflate; and a wait for the 2 s answer shows up as a gap of more
    than 0.5 s or a click or close taking 1 s, whatever the load.

    Why 0.5 s for a gap: in one CI run the loop paused 0.30 s while the window's thread
    used 35 ms of CPU in all, so the thread was waiting (for the interpreter lock or the
    disk), not working. The bound is set to catch what this test is about, a window that
    waits for the network, not a busy runner's hiccup. The objects earlier tests left
    (about 190,000 by then in a full run) are frozen out of the garbage collector while
    measuring, so a full collection of the suite's heap cannot pass for the app's pause.
    """
    release = threading.Event()
    _slow_geocoder(httpserver, release)
    runner = TaskRunner()
    window = make_window(gui_services(), runner=runner)
    fill_you(qtbot, window)
    gc.collect()
    gc.freeze()  # the suite's objects, not the app's (see above); unfrozen at the end
    try:
        _measure_lookup(qtbot, window, runner, release)
    finally:
        gc.unfreeze()


def _measure_lookup(qtbot, window, runner: TaskRunner, release: threading.Event) -> None:
    idle = _ticks_while(qtbot, 800)  # this machine's pace right now: the floor

    started, cpu = time.monotonic(), time.thread_time()
    click(qtbot, window, "Find my representatives")
    click_cpu, click_wall = time.thread_time() - cpu, time.monotonic() - started
    assert click_wall < 1.0, f"the click waited {click_wall:.2f} s for the geocoder"
    assert click_cpu < 0.2, f"the click worked {click_cpu:.2f} s on the window's thread"
    find = by_name(window, "Find my representatives")
    assert not find.isEnabled()  # its job is running
    assert window.busy.isVisible() and "Looking up" in window.activity.text()

    cpu = time.thread_time()
    ticks = _ticks_while(qtbot, 800)
    window_cpu = time.thread_time() - cpu
    figures = (
        f"{len(ticks)} ticks in 0.8 s while looking up, {len(idle)} idle; longest gap "
        f"{_longest_gap(ticks):.3f} s; window thread busy {1000 * window_cpu:.0f} ms; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    assert _longest_gap(ticks) < 0.5, "the event loop stalled: " + figures
    assert window_cpu < 0.25, "the lookup worked on the window's thread: " + figures
    assert len(ticks) >= 0.6 * len(idle), "the event loop slowed down: " + figures
    assert window.current_step() == 0  # still waiting for the geocoder

    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    assert not window.isVisible()

    release.set()  # the answer arrives after the window closed: it is ignored
    assert runner.wait(5000)
    qtbot.wait(50)
    assert window.current_step() == 0


def test_changing_the_address_during_a_lookup_drops_the_stale_answer(
    qtbot, httpserver, gui_services, make_window
) -> None:
    release = threading.Event()
    _slow_geocoder(httpserver, release)
    runner = TaskRunner()
    window = make_window(gui_services(), runner=runner)
    fill_you(qtbot, window)
    click(qtbot, window, "Find my representatives")
    assert runner.is_busy("lookup")
    qtbot.keyClicks(by_name(window, "Street address"), " Apt 2")
    assert not runner.is_busy("lookup")
    assert by_name(window, "Find my representatives").isEnabled()
    release.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert window.current_step() == 0 and window.ctx.session.lookup is None
    runner.shutdown(0)
