"""Issue 19's organizer, who does not write template code: a campaign made with the New
campaign wizard and the Paragraphs view, driven by accessible names, checks clean and writes
correct letters for a Representative, a Senator, a Delegate and a cosponsor. Opening and
saving a commented manifest leaves it byte for byte as it was, and shows no "*"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSpinBox

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.campaign_share import check_pack
from advocate_app.core.letter_paragraphs import LetterParagraphs
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent
from tests.gui.conftest import by_name

TODAY = date(2026, 11, 25)


@pytest.fixture
def editor(qtbot, services_factory):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.editor.window import CampaignEditor
    from advocate_app.gui.tasks import InlineRunner

    ctx = AppContext(services_factory(), InlineRunner(), today=lambda: TODAY)
    window = CampaignEditor(ctx)
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_a_campaign_made_without_template_code(qtbot, editor, tmp_path, legislator_index):
    from advocate_app.gui.editor.wizard import NewCampaignWizard

    new = next(a for a in editor.actions() if a.text() == "&New campaign")
    new.trigger()
    wizard = editor.findChild(NewCampaignWizard)
    type_into(qtbot, by_name(wizard, "Campaign title", QLineEdit), "Kids Online Safety Act")
    for name, number in (("House bill number", "6484"), ("Senate bill number", "1748")):
        spin = by_name(wizard, name, QSpinBox)
        spin.selectAll()
        type_into(qtbot, spin, number)
    qtbot.mouseClick(by_name(wizard, "Next", QPushButton), Qt.MouseButton.LeftButton)
    ask = by_name(wizard, "What you ask members to do", QLineEdit)
    assert ask.text() == "cosponsor it and help bring it to a vote"
    qtbot.mouseClick(by_name(wizard, "Next", QPushButton), Qt.MouseButton.LeftButton)
    next_button = by_name(wizard, "Next", QPushButton)
    points = ("Children deserve apps designed for their safety.",
              "Parents need tools that work.", "Platforms should answer for what they push.")  # fmt: skip
    for number, text in enumerate(points, 1):
        type_into(qtbot, by_name(wizard, f"Talking point {number}", QPlainTextEdit), text)
        assert next_button.isEnabled() is (number >= 2)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, by_name(wizard, "Story prompts", QPlainTextEdit), "What worries you online?")
    with qtbot.waitSignal(editor.reviewed, timeout=5000):
        qtbot.mouseClick(by_name(wizard, "Finish", QPushButton), Qt.MouseButton.LeftButton)

    assert editor.views.currentIndex() == 0  # the Paragraphs view
    assert editor.dirty and editor.windowTitle().endswith("*")
    closing = by_name(editor, "Closing ask", QPlainTextEdit)
    closing.setFocus()
    closing.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(closing, " Families in")
    menu = editor.paragraphs.field_menu
    next(a for a in menu.actions() if a.data() == "Writer's city").trigger()
    with qtbot.waitSignal(editor.reviewed, timeout=5000):
        qtbot.keyClicks(closing, " are watching.")
    assert closing.toPlainText().endswith("Families in [Writer's city] are watching.")
    code = editor.editors["letter.txt.j2"].toPlainText()
    assert "Families in {{ constituent.city }} are watching." in code
    assert by_name(editor, "Problems", QListWidget).count() == 0
    assert "none. The campaign is ready" in editor.problems_caption.text()
    preview = by_name(editor, "Cosponsor letter preview", QPlainTextEdit, visible=False)
    assert "Thank you for supporting H.R. 6484" in preview.toPlainText()

    folder = tmp_path / "kosa"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_to(folder)
    assert not editor.dirty and not editor.windowTitle().endswith("*")
    campaign, problems = check_pack(folder, TODAY)
    assert campaign is not None and problems == []
    assert campaign.id == "kids-online-safety-act" and campaign.story_prompts == (
        "What worries you online?",
    )

    austin = Constituent("Ana Writer", Address("1100 Congress Ave", "Austin", "TX", "78701"))
    washington = Constituent("Dee Writer", Address("12 Main St NE", "Washington", "DC", "20002"))
    rep = legislator_index.representative("TX", 37)
    senator = legislator_index.senators("TX")[0]
    delegate = legislator_index.representative("DC", 0)
    letters = {
        "rep": compose_letter(campaign, austin, rep, today=TODAY, cosponsor=False),
        "senator": compose_letter(campaign, austin, senator, today=TODAY, cosponsor=False),
        "delegate": compose_letter(campaign, washington, delegate, today=TODAY, cosponsor=False),
        "cosponsor": compose_letter(campaign, austin, rep, today=TODAY, cosponsor=True),
    }
    assert letters["rep"].salutation == f"Dear Representative {rep.last}:"
    assert letters["senator"].salutation == f"Dear Senator {senator.last}:"
    assert letters["delegate"].salutation.startswith("Dear Delegate")
    for key, letter in letters.items():
        body = letter.body
        assert not any(mark in body for mark in ("{", "}", "[", "]")), (key, body)
        assert all(point in body for point in points)
        assert ("Families in" in body) is (key != "cosponsor")  # its closing thanks instead
        bill = "S. 1748" if key == "senator" else "H.R. 6484"
        assert f"support {bill}, the Kids Online Safety Act" in body or key == "cosponsor"
        assert letter.subject == f"{bill}, the Kids Online Safety Act"
    assert "please cosponsor it and help bring it to a vote" in letters["rep"].body
    assert "Thank you for supporting H.R. 6484" in letters["cosponsor"].body
    assert "cosponsor it" not in letters["cosponsor"].body
    assert "Families in Austin are watching." in letters["rep"].body
    assert "Families in Washington are watching." in letters["delegate"].body
    assert "the District of Columbia" in letters["delegate"].body

    # The template view and the paragraph view read the same pack.
    reopened = PackDraft.from_path(folder)
    paragraphs = LetterParagraphs.from_template(reopened.templates["letter.txt.j2"])
    assert paragraphs is not None and paragraphs.closing.endswith("[Writer's city] are watching.")
    editor.templates_edit = editor.editors["letter.txt.j2"]
    editor.views.setCurrentIndex(1)
    editor.templates_edit.setPlainText(
        editor.templates_edit.toPlainText().replace("are watching.", "are counting on you.")
    )
    editor.views.setCurrentIndex(0)
    assert closing.toPlainText().endswith("[Writer's city] are counting on you.")


COMMENTED = b"""\
# Our campaign. Keep this note!
schema = 1
id = "test-pack"   # the pack's id
title = "Test Act"
summary = "A campaign for tests."
congress = 119
subject = "{bill}, the Test Act"
story_prompts = [
    "Why does this matter to you?",
    "Who in your family is affected?",
]

[bills.house]
type = "hr"
number = "1234"   # written as text: accepted

[bills.senate]
type = "s"
number = 567

[templates]
house = "house.txt.j2"
senate = "senate.txt.j2"

# The points, strongest first.
[[talking_points]]
text = "Point one."

[[talking_points]]
text = "Point two."

[[talking_points]]
text = "Point three."
default = false
"""


def test_open_and_save_a_commented_manifest_unchanged(qtbot, editor, tmp_path):
    from tests.support.packs import write_pack

    folder = write_pack(tmp_path / "pack")
    (folder / "campaign.toml").write_bytes(COMMENTED)
    (folder / "house.txt.j2").write_bytes(
        (folder / "house.txt.j2").read_bytes().replace(b"\n", b"\r\n")
    )
    with qtbot.waitSignal(editor.reviewed, timeout=5000):
        editor.open_path(folder)
    qtbot.wait(50)  # highlighting and layout settle: still nothing changed
    assert not editor.dirty and not editor.windowTitle().endswith("*")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    # One change rewrites only what changed: the comments and the lists' layout stay.
    editor.form.title.setText("Test Act of 2026")
    assert editor.dirty and editor.windowTitle().endswith("*")
    editor.form.title.setText("Test Act")
    assert not editor.dirty  # typed back: nothing to save
    editor.form.title.setText("Test Act of 2026")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    after = (folder / "campaign.toml").read_bytes()
    assert after == COMMENTED.replace(b'title = "Test Act"', b'title = "Test Act of 2026"')


def test_help_the_guide_the_fields_and_the_sample(qtbot, editor, gui_services, make_window):
    from PySide6.QtWidgets import QTextBrowser

    from advocate_app.core.paths import templates_dir
    from advocate_app.gui.editor.guide import GuideDialog

    def opened(window, action_text: str) -> str:
        next(a for a in window.findChildren(QAction) if a.text() == action_text).trigger()
        dialog = [d for d in window.findChildren(GuideDialog) if d.isVisible()][-1]
        text = by_name(dialog, dialog.windowTitle(), QTextBrowser).toPlainText()
        dialog.close()
        return text

    guide = (templates_dir() / "README.md").read_text(encoding="utf-8")
    assert "Writing a letter without template code" in guide
    assert "Writing a letter without template code" in opened(editor, "&Writing campaigns")
    fields = opened(editor, "&Fields a letter can use")
    assert "[Writer's city]" in fields and "{{ constituent.city }}" in fields
    with qtbot.waitSignal(editor.reviewed, timeout=5000):
        next(a for a in editor.actions() if a.text() == "Open the &sample campaign").trigger()
    assert editor.views.currentIndex() == 0 and editor.report.problems == []
    assert "[Bill number]" in by_name(editor, "Opening request", QPlainTextEdit).toPlainText()
    main = make_window(gui_services(download=False))
    assert "Campaign packs" in opened(main, "&Writing campaigns")  # the main window's Help menu
