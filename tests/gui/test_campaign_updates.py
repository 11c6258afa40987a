"""'Check for campaign updates' on the letter page (issue 14): only when asked, the successor
is shown with what changed, and installed only when the person says so."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox

from advocate_app.core.campaigns import export_pack_zip
from advocate_app.gui.campaign_updates import UpdateOfferDialog
from tests.gui.conftest import by_name, click
from tests.support.successor_packs import make_pack

NEW_CONGRESS_DAY = date(2027, 1, 5)


def test_an_ended_campaign_points_at_its_successor(
    qtbot, httpserver, gui_services, make_window, tmp_path
) -> None:
    url = httpserver.url_for("/packs/stop-csam.zip")
    services = gui_services()
    make_pack(
        services.paths.data_dir / "campaigns" / "stop-csam-org",
        pack_id="stop-csam-org",
        congress=119,
        house=3921,
        senate=1829,
        source_url=url,
    )
    new = make_pack(
        tmp_path / "new",
        pack_id="stop-csam-2027",
        congress=120,
        house=1234,
        senate=567,
        source_url=url,
    )
    httpserver.expect_request("/packs/stop-csam.zip").respond_with_data(
        export_pack_zip(new, tmp_path / "successor.zip").read_bytes(),
        content_type="application/zip",
    )
    window = make_window(services)
    window.ctx.today = lambda: NEW_CONGRESS_DAY
    asked = len(httpserver.log)
    page = window.letter
    page.load_campaigns()
    combo = page.campaign
    combo.setCurrentIndex(combo.findData("stop-csam-org"))
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
