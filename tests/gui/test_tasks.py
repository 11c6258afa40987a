"""The task runner: results on the GUI thread, stale results dropped, prompt shutdown."""

from __future__ import annotations

import threading

import pytest

from advocate_app.core.errors import ServiceUnavailable
from advocate_app.gui.tasks import InlineRunner, TaskRunner


@pytest.fixture
def runner(qtbot):
    running = TaskRunner()
    yield running
    running.shutdown(2000)


def test_results_and_errors_arrive_on_the_gui_thread(qtbot, runner) -> None:
    threads: list[object] = []
    results: list[int] = []
    errors: list[BaseException] = []

    def work() -> int:
        threads.append(threading.get_ident())
        return 42

    def fail() -> None:
        raise ServiceUnavailable("down")

    runner.submit(
        work, lambda r: (results.append(r), threads.append(threading.get_ident())), key="a"
    )
    runner.submit(fail, None, errors.append, key="b")
    qtbot.waitUntil(lambda: bool(results and errors))
    gui = threading.get_ident()
    assert results == [42] and str(errors[0]) == "down"
    assert threads[0] != gui and threads[1] == gui


def test_a_newer_task_makes_the_older_one_stale(qtbot, runner) -> None:
    gate = threading.Event()
    delivered: list[str] = []
    runner.submit(lambda: (gate.wait(5), "old")[1], delivered.append, key="lookup")
    runner.submit(lambda: "new", delivered.append, key="lookup")
    qtbot.waitUntil(lambda: delivered == ["new"])
    gate.set()
    assert runner.wait(3000)
    qtbot.wait(50)
    assert delivered == ["new"]


def test_busy_follows_the_current_task_and_cancel_drops_it(qtbot, runner) -> None:
    gate = threading.Event()
    states: list[tuple[str, bool]] = []
    delivered: list[str] = []
    runner.busy_changed.connect(lambda key, busy: states.append((key, busy)))
    runner.submit(lambda: (gate.wait(5), "late")[1], delivered.append, key="export", label="Saving")
    assert runner.is_busy("export") and states[-1] == ("export", True)
    runner.cancel("export")
    assert not runner.is_busy("export") and states[-1] == ("export", False)
    gate.set()
    runner.wait(3000)
    qtbot.wait(50)
    assert delivered == []


def test_progress_reaches_the_gui_and_cancel_tells_the_worker(qtbot, runner) -> None:
    seen: list[tuple[int, int]] = []
    answers: list[bool] = []
    gate = threading.Event()

    def work(progress) -> None:  # noqa: ANN001
        answers.append(progress(1, 3))
        gate.wait(5)
        answers.append(progress(2, 3))

    runner.submit(work, None, None, key="x", on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: seen == [(1, 3)])
    runner.cancel("x")
    gate.set()
    runner.wait(3000)
    assert answers == [True, False]


def test_shutdown_returns_at_once_and_ignores_late_results(qtbot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    delivered: list[str] = []
    runner.submit(lambda: (gate.wait(5), "late")[1], delivered.append, key="slow")
    assert runner.shutdown(50) is False  # still running: we did not wait for it
    assert runner.submit(lambda: "after", delivered.append) == 0
    gate.set()
    assert runner.wait(3000)
    qtbot.wait(50)
    assert delivered == []


def test_inline_runner_runs_at_once(qtbot) -> None:
    runner = InlineRunner()
    got: list[object] = []
    progress: list[tuple[int, int]] = []

    def work(progress) -> str:  # noqa: ANN001
        progress(1, 1)
        return "done"

    runner.submit(work, got.append, got.append, on_progress=lambda d, t: progress.append((d, t)))
    runner.submit(lambda: 1 / 0, got.append, got.append)
    assert got[0] == "done" and isinstance(got[1], ZeroDivisionError)
    assert progress == [(1, 1)] and not runner.is_busy()
