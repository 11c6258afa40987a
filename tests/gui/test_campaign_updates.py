"""'Check for campaign updates' on the letter page (issue 14): only when asked, the successor
is shown with what changed, and installed only when the person says so."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox

from advocate_app.gui.campaign_updates import UpdateOfferDialog
from tests.gui.conftest import by_name, click
from tests.support.successor_packs import publish_successor

NEW_CONGRESS_DAY = date(2027, 1, 5)


def _offer_successor(httpserver, gui_services, make_window, tmp_path, runner=None):
    """An ended campaign with a published successor; returns (window, services)."""
    services = gui_services()
    publish_successor(httpserver, services.paths.data_dir / "campaigns" / "stop-csam-org", tmp_path)
    window = make_window(services, runner=runner)
    window.ctx.today = lambda: NEW_CONGRESS_DAY
    return window, services


def _choose_ended(qtbot, window) -> None:
    page = window.letter
    page.load_campaigns()  # in the task runner, when the window has a real one
    qtbot.waitUntil(lambda: page.campaign.findData("stop-csam-org") >= 0)
    page.campaign.setCurrentIndex(page.campaign.findData("stop-csam-org"))


def test_an_ended_campaign_points_at_its_successor(
    qtbot, httpserver, gui_services, make_window, tmp_path
) -> None:
    window, services = _offer_successor(httpserver, gui_services, make_window, tmp_path)
    asked = len(httpserver.log)
    _choose_ended(qtbot, window)
    page = window.letter
    assert "This campaign has ended" in page.summary.text()
    assert "Check for campaign updates" in page.summary.text()
    assert not [
        r for r, _ in httpserver.log[asked:] if r.path.startswith("/packs")
    ]  # never by itself

    page.updates_button.click()
    dialogs = window.findChildren(UpdateOfferDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "H.R. 3921 (119th Congress) -> H.R. 1234 (120th Congress)" in dialog.message.text()
    click(qtbot, dialog, "Install the new campaign")
    assert (services.paths.data_dir / "campaigns" / "stop-csam-2027" / "campaign.toml").is_file()
    combo = by_name(page, "Campaign", QComboBox)
    assert combo.currentData() == "stop-csam-2027"
    assert "This campaign has ended" not in page.summary.text()


def test_the_install_runs_off_the_window_thread_and_a_failure_keeps_the_campaign(
    qtbot, httpserver, gui_services, make_window, tmp_path
) -> None:
    """Unpacking and checking a pack may take its whole budget: the window stays live, the
    button is off meanwhile, and a refused install leaves the old campaign chosen."""
    from advocate_app.gui.tasks import TaskRunner

    runner = TaskRunner()
    window, services = _offer_successor(
        httpserver, gui_services, make_window, tmp_path, runner=runner
    )
    _choose_ended(qtbot, window)
    window.letter.updates_button.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(UpdateOfferDialog)), timeout=5000)
    dialog = window.findChildren(UpdateOfferDialog)[0]
    # Meanwhile the same campaign id was installed another way (the editor, a USB stick).
    (services.paths.data_dir / "campaigns" / "stop-csam-2027").mkdir(parents=True)
    click(qtbot, dialog, "Install the new campaign")
    assert not dialog.install_button.isEnabled()  # no second install while this one runs
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.banner.kind == "error" and "already installed" in window.banner.text
    assert window.letter.campaign.currentData() == "stop-csam-org"
    assert runner.wait(5000)

    # Asked again with the folder gone, it installs, still in the runner.
    (services.paths.data_dir / "campaigns" / "stop-csam-2027").rmdir()
    window.letter.updates_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(UpdateOfferDialog)))
    dialog = next(d for d in window.findChildren(UpdateOfferDialog) if d.isVisible())
    click(qtbot, dialog, "Install the new campaign")
    qtbot.waitUntil(lambda: window.letter.campaign.currentData() == "stop-csam-2027")
    runner.shutdown(1000)
