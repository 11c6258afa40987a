"""Campaign successors (issue 14): a pack names where its organizer publishes updates, and
``advocate campaign update`` fetches the successor for the new Congress, checks it, shows
what changed, and installs it only when asked. Stand-in: a local HTTP server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date

import pytest

from advocate_app.core.campaign_fetch import NotAPack
from advocate_app.core.campaign_update import check_for_update, install_update
from advocate_app.core.campaigns import (
    CampaignError,
    CampaignLibrary,
    load_campaign,
)
from advocate_app.core.errors import InputProblem
from advocate_app.core.http import HttpClient
from advocate_app.core.paths import templates_dir
from tests.conftest import REPO_ROOT
from tests.support.successor_packs import make_pack, publish_successor

NEW_CONGRESS_DAY = date(2027, 1, 5)


@pytest.fixture
def packs(tmp_path, httpserver):
    return publish_successor(httpserver, tmp_path / "old", tmp_path)


def test_the_successor_is_shown_before_it_is_installed(packs, tmp_path, httpserver) -> None:
    old_folder, url = packs
    current = load_campaign(old_folder, today=date(2026, 6, 1))
    assert current.source_url == url
    update = check_for_update(HttpClient(timeout=2), current, today=NEW_CONGRESS_DAY)
    assert update.is_new and update.offered.id == "stop-csam-2027"
    assert "Congress: 119th -> 120th" in update.changes
    assert "House bill: H.R. 3921 (119th Congress) -> H.R. 1234 (120th Congress)" in update.changes
    assert "Senate bill: S. 1829 (119th Congress) -> S. 567 (120th Congress)" in update.changes
    user = tmp_path / "user"
    assert not user.exists()  # checking installed nothing
    target = install_update(update, user, reserved_ids={"stop-csam-2025"}, today=NEW_CONGRESS_DAY)
    installed = load_campaign(target, today=NEW_CONGRESS_DAY)
    assert installed.congress == 120 and not installed.is_expired(NEW_CONGRESS_DAY)


def test_never_automatic_and_clear_failures(packs, tmp_path, httpserver) -> None:
    old_folder, _url = packs
    library = CampaignLibrary(tmp_path / "user", extra_dirs=[old_folder.parent])
    assert any(c.source_url for c in library.all())
    assert httpserver.log == []  # loading campaigns asks no one
    builtin = library.find("stop-csam-2025")
    with pytest.raises(InputProblem, match="does not name an address for updates"):
        check_for_update(HttpClient(timeout=2), builtin)
    httpserver.clear()
    httpserver.expect_request("/packs/stop-csam.zip").respond_with_data(
        "<html>login</html>", content_type="text/html"
    )
    current = load_campaign(old_folder, today=date(2026, 6, 1))
    with pytest.raises(NotAPack, match="web page"):
        check_for_update(HttpClient(timeout=2), current)


def test_a_plain_http_update_address_is_refused_by_the_pack_check(tmp_path) -> None:
    folder = make_pack(
        tmp_path / "p",
        pack_id="x-pack",
        congress=119,
        house=1,
        senate=2,
        source_url="http://example.org/pack.zip",
    )
    with pytest.raises(CampaignError, match="source_url"):
        load_campaign(folder, today=date(2026, 6, 1))


def test_cli_campaign_update_shows_then_installs_with_yes(packs, tmp_path) -> None:
    old_folder, _url = packs
    profile = tmp_path / "profile"
    env = {**os.environ, "ADVOCATE_PROFILE": str(profile)}
    user_dir = profile / "data" / "campaigns"
    user_dir.mkdir(parents=True)
    shutil.copytree(old_folder, user_dir / "stop-csam-org")

    def advocate(*args):
        return subprocess.run(
            [sys.executable, "-m", "advocate_app", *args],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    shown = advocate("campaign", "update", "stop-csam-org")
    assert shown.returncode == 0, shown.stderr
    assert "H.R. 3921 (119th Congress) -> H.R. 1234 (120th Congress)" in shown.stdout
    assert "Run again with --yes" in shown.stdout
    assert not (user_dir / "stop-csam-2027").exists()
    done = advocate("campaign", "update", "--yes")
    assert done.returncode == 0, done.stderr
    assert (user_dir / "stop-csam-2027" / "campaign.toml").is_file()


def test_the_campaign_editor_keeps_the_update_address() -> None:
    from advocate_app.core.campaign_manifest_fields import fields_from_toml, manifest_toml

    text = (templates_dir() / "stop-csam-2025" / "campaign.toml").read_text(encoding="utf-8")
    text = text.replace(
        'organizer_email = ""', 'organizer_email = ""\nsource_url = "https://example.org/next.zip"'
    )
    fields = fields_from_toml(text)
    assert fields.source_url == "https://example.org/next.zip"
    again = fields_from_toml(manifest_toml(fields)[0])
    assert again.source_url == "https://example.org/next.zip"
