"""Findings 2, 3 and 4 of issue 16: outside data shown as plain text, links limited to web
pages, and an event laptop that gives a participant no folder, no file dialog, no web page
the organizer did not allow, and a PIN that resists an offline guess."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from advocate_app.core.errors import InputProblem
from advocate_app.core.event import EventMode
from advocate_app.core.pin import PIN_KEY, SLOW_SCRYPT_N, hash_pin, verify_pin
from advocate_app.core.secrets import SecretStore
from advocate_app.core.settings import Settings
from advocate_app.core.store import Store
from advocate_app.gui.context import AppContext
from advocate_app.gui.links import allowed_url, open_folder, open_link
from advocate_app.gui.pages.cards import MemberCard
from advocate_app.gui.widgets import Banner, note
from tests.gui.test_event_mode import FIRST, PIN, write_letters

HOSTILE = '<b>Evil</b> <a href="file:///etc/passwd">click</a><img src="http://x/t.png">'


# --- finding 2: plain text, and only web links ---------------------------------------------
def test_member_data_is_shown_as_text_and_odd_links_never_open(qtbot, hooks, legislator_index):
    member = replace(
        legislator_index.representative("TX", 18),
        name=HOSTILE, url="file:///etc/passwd", contact_form="smb://attacker/share",
    )  # fmt: skip
    ctx = AppContext(services=None, runner=None, open_url=hooks.open_url)  # type: ignore[arg-type]
    card = MemberCard(member, lambda url: open_link(ctx, url))
    qtbot.addWidget(card)
    shown = [label for label in card.findChildren(QLabel) if HOSTILE in label.text()]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    assert not [label for label in card.findChildren(QLabel)  # no link to file:// or smb://
                if label.textFormat() == Qt.TextFormat.RichText]  # fmt: skip
    for url in (member.url, member.contact_form):  # and were one clicked, it would not open
        assert not open_link(ctx, url)
    assert hooks.urls == []
    web = replace(member, url="https://example.house.gov/", contact_form="")
    card = MemberCard(web, lambda url: open_link(ctx, url))
    qtbot.addWidget(card)
    [website] = [label for label in card.findChildren(QLabel)
                 if label.textFormat() == Qt.TextFormat.RichText]  # fmt: skip
    website.linkActivated.emit(website.accessibleDescription())
    assert hooks.urls == ["https://example.house.gov/"]


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "smb://host/share", "javascript:alert(1)", "mailto:x@example.org",
     "https://user:pw@example.org/", "https:///nohost", "https://example.org/\n.evil", "",
     "ftp://example.org/x", "data:text/html,<b>x</b>"],
)  # fmt: skip
def test_only_web_pages_are_allowed(url):
    assert not allowed_url(url)


def test_mailto_only_where_we_build_it():
    assert allowed_url("mailto:office@example.org?subject=Hi", mailto=True)
    assert not allowed_url("mailto:office@example.org")


def test_banner_and_notes_never_render_html(qtbot):
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(f"The geocoder failed: {HOSTILE}")
    label = banner.findChild(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText and HOSTILE in label.text()
    assert note(HOSTILE).textFormat() == Qt.TextFormat.PlainText


# --- findings 3 and 4: the event laptop ------------------------------------------------------
def test_a_participant_gets_no_folder_no_dialog_and_no_unallowed_web_page(
    qtbot, event_window, hooks
):
    window = event_window
    controller = window.event
    write_letters(qtbot, window, FIRST)
    banner_actions = []
    original = window.ctx.show_message

    def spy(text, kind, actions):
        banner_actions.append([caption for caption, _ in actions])
        original(text, kind, actions)

    window.ctx.show_message = spy
    window.send.save_pdf.click()
    assert banner_actions and all("Open folder" not in captions for captions in banner_actions)
    assert not open_folder(window.ctx, Path.home())
    window.send._on_change_folder_clicked()  # even if reached: no file dialog at an event
    from PySide6.QtWidgets import QFileDialog

    assert not window.findChildren(QFileDialog)
    # Web forms allowed by the organizer: pages open. Not allowed: nothing opens.
    assert open_link(window.ctx, "https://example.senate.gov/contact")
    controller.mode.change(PIN, routes=("print", "pdf"))
    before = list(hooks.urls)
    assert not open_link(window.ctx, "https://example.senate.gov/contact")
    assert hooks.urls == before
    controller.next_participant("next")  # leave no participant behind for later tests


def _mode(tmp_path: Path, store: Store, secrets=None) -> tuple[EventMode, Path]:
    settings = Settings.load(tmp_path / "settings.json", env={})
    return EventMode(settings, store, secrets=secrets), settings.path


def test_the_pin_has_six_characters_at_least(tmp_path, store):
    mode, _ = _mode(tmp_path, store, SecretStore())
    for short in ("1234", "12345"):
        with pytest.raises(InputProblem, match="at least 6"):
            mode.start(name="Night", pin=short)
    mode.start(name="Night", pin="123456")
    assert mode.unlock("123456")


def test_with_a_keyring_no_file_holds_the_pin_hash(tmp_path, store, memory_keyring):
    mode, path = _mode(tmp_path, store, SecretStore())
    mode.start(name="Night", pin="blue-heron-7")
    settings = path.read_text(encoding="utf-8")
    assert (
        "scrypt$" not in settings and json.loads(settings)["values"]["event.pin_hash"] == "keyring"
    )
    assert store.query("SELECT COUNT(*) FROM event_pin")[0][0] == 0
    assert verify_pin("blue-heron-7", SecretStore().get(PIN_KEY))
    assert mode.unlock("blue-heron-7") and not mode.unlock("blue-heron-8")
    mode.stop("blue-heron-7")
    assert SecretStore().get(PIN_KEY) is None


def test_without_a_keyring_the_database_gets_a_much_slower_hash(tmp_path, store):
    from keyring.backends.fail import Keyring as NoKeyring

    mode, path = _mode(tmp_path, store, SecretStore(backend=NoKeyring()))
    mode.start(name="Night", pin="blue-heron-7")
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["event.pin_hash"] == "database"
    stored = store.query("SELECT pin_hash FROM event_pin")[0][0]
    assert stored.startswith(f"scrypt${SLOW_SCRYPT_N}$") and SLOW_SCRYPT_N >= 8 * 2**14
    assert mode.unlock("blue-heron-7")


def test_an_old_hash_in_the_settings_moves_out_on_the_next_unlock(tmp_path, store):
    mode, path = _mode(tmp_path, store, SecretStore())
    mode.start(name="Night", pin="blue-heron-7")
    settings = Settings.load(path, env={})
    settings.set("event.pin_hash", hash_pin("blue-heron-7"))  # what an older version wrote
    settings.save()
    mode, _ = _mode(tmp_path, store, SecretStore())
    assert mode.unlock("blue-heron-7")
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["event.pin_hash"] == "keyring"
