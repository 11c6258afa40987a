"""A calm first start: one banner at a time, worded for a window (buttons, not commands), a
progress bar that moves or is hidden and goes once the data is in, "Data settings" opens
Settings > Data, and no stale red banner after the data arrives."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QTabWidget
from werkzeug import Response

from tests.conftest import serve_datasets
from tests.gui.conftest import by_name, click, fill_you

COMMAND_WORDS = ("advocate data", "run '", "--")


def _offline(httpserver) -> None:
    """The data host answers 404 to everything, as a captive portal or a moved host does."""
    httpserver.clear()
    httpserver.expect_request("/", method="GET").respond_with_response(Response(status=404))
    for path in (
        "/congress-legislators/legislators-current.json",
        "/congress-legislators/legislators-district-offices.json",
        "/zccd.csv",
    ):
        httpserver.expect_request(path).respond_with_response(Response("gone", status=404))


def _visible_messages(window) -> list[str]:
    """The texts of the banners a person sees right now (the window's and the data panel)."""
    shown = []
    if window.banner.isVisible():
        shown.append(window.banner.text)
    if window.data_panel.isVisible():
        shown.append(window.data_panel.text.text())
    return shown


def test_offline_first_start_shows_one_banner_in_window_words(
    qtbot, httpserver, gui_services, make_window
) -> None:
    services = gui_services(download=False)
    _offline(httpserver)
    window = make_window(services)
    panel = window.data_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.retry.isEnabled())
    assert len(_visible_messages(window)) == 1
    assert not panel.bar.isVisible()  # no bar frozen at 0 % after a failure
    assert panel.retry.accessibleName() == "Try again"
    assert "“Try again”" in panel.text.text() and "“Data settings”" in panel.text.text()
    assert not any(word in panel.text.text() for word in COMMAND_WORDS)

    fill_you(qtbot, window, street="", city="", zip_code="82001")
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 0
    assert _visible_messages(window) == [panel.text.text()]  # still one, the panel
    assert "not on this computer yet" in panel.text.text()
    assert not any(word in panel.text.text() for word in COMMAND_WORDS)

    httpserver.clear()  # the connection is back
    serve_datasets(httpserver)
    click(qtbot, window, "Try again")
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert not panel.bar.isVisible()
    assert window.banner.kind == "success" and len(_visible_messages(window)) == 1
    click(qtbot, window, "Find my representatives")
    assert window.current_step() == 1


def test_the_progress_bar_moves_then_goes(qtbot, gui_services, make_window) -> None:
    services = gui_services(download=False)
    window = make_window(services, show=False)
    window.auto_data_check = False
    window.show()
    qtbot.waitExposed(window)
    panel = window.data_panel
    seen: list[tuple[int, int, bool]] = []

    status_bar: list[int] = []

    def record(_done: int, _total: int) -> None:
        seen.append((panel.bar.maximum(), panel.bar.value(), panel.bar.isVisible()))
        status_bar.append(window.busy.maximum())

    window.ctx.runner.progress_changed.connect(record)
    assert panel.check(start=False) and not panel.bar.isVisible()  # nothing running: no bar
    click(qtbot, window, "Download now")
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert seen, "no progress was reported"
    # Busy (maximum 0: an animation) until the first list is in, then one step per list.
    assert seen[0][0] == 0 and seen[0][2]
    steps = [value for maximum, value, _ in seen if maximum]
    assert steps and steps == sorted(steps) and steps[-1] <= len(services.datasets.sources)
    assert status_bar[0] == 0  # the status bar's bar is busy too, not stuck at 0 %
    assert not by_name(window, "Download progress", QProgressBar, visible=False).isVisible()


def test_data_settings_opens_the_data_tab(qtbot, gui_services, make_window) -> None:
    window = make_window(gui_services(download=False), show=False)
    window.auto_data_check = False
    window.show()
    qtbot.waitExposed(window)
    window.data_panel.check(start=False)
    click(qtbot, window, "Data settings")
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    tabs = dialog.findChild(QTabWidget)
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Data"
    dialog.reject()


def test_a_red_banner_about_data_goes_once_the_data_is_in(
    qtbot, httpserver, gui_services, make_window
) -> None:
    """Data brought in from Settings (not the panel): the old error must not stay up."""
    services = gui_services(download=False)
    _offline(httpserver)
    window = make_window(services)
    qtbot.waitUntil(lambda: window.data_panel.isVisible() and window.data_panel.retry.isEnabled())
    window.show_message("The list of members of Congress has not been downloaded yet.", "error")
    httpserver.clear()
    serve_datasets(httpserver)
    services.datasets.update_all()  # what Settings > Data > Update data now does
    window._on_data_updated()
    assert not window.data_panel.isVisible() and not window.banner.isVisible()
