"""The window never freezes while the network works, and closes promptly with a job running."""

from __future__ import annotations

import json
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


def test_slow_geocoder_keeps_the_window_responsive_and_close_is_prompt(
    qtbot, httpserver, gui_services, make_window
) -> None:
    release = threading.Event()
    _slow_geocoder(httpserver, release)
    runner = TaskRunner()
    window = make_window(gui_services(), runner=runner)
    fill_you(qtbot, window)
    started = time.monotonic()
    click(qtbot, window, "Find my representatives")
    assert time.monotonic() - started < 0.2  # the click returned at once
    find = by_name(window, "Find my representatives")
    assert not find.isEnabled()  # its job is running
    assert window.busy.isVisible() and "Looking up" in window.activity.text()

    ticks = _ticks_while(qtbot, 800)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= 25, f"the timer fired only {len(ticks)} times in 0.8 s"
    assert max(gaps) < 0.25, f"the event loop stalled for {max(gaps):.3f} s"
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
