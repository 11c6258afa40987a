"""The campaign editor: a broken template shows its error with its line and jumps there,
fixing it updates the preview, saving and re-importing the pack gives the same letters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QPlainTextEdit

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.campaign_preview import SAMPLE_MEMBERS, SAMPLE_STORY
from advocate_app.core.campaigns import load_campaign
from advocate_app.core.letters import compose_letter
from advocate_app.core.paths import templates_dir
from tests.gui.conftest import by_name

TODAY = date(2026, 11, 25)


@pytest.fixture
def editor(qtbot, services_factory, tmp_path):
    from advocate_app.gui.context import AppContext
    from advocate_app.gui.editor.window import CampaignEditor
    from advocate_app.gui.tasks import InlineRunner

    ctx = AppContext(services_factory(), InlineRunner(), today=lambda: TODAY)
    folder = tmp_path / "pack"
    PackDraft.from_path(templates_dir() / "stop-csam-2025").copy_as("stop-csam-austin").save_folder(
        folder
    )
    window = CampaignEditor(ctx, PackDraft.from_path(folder), folder)
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def preview_text(editor, role: str = "Representative") -> str:
    return by_name(editor, f"{role} letter preview", QPlainTextEdit, visible=False).toPlainText()


def test_broken_template_error_jumps_to_its_line_and_the_fix_updates_the_preview(
    qtbot, editor, tmp_path
):
    assert "Dear Representative Rivera:" in preview_text(editor)
    problems = by_name(editor, "Problems", QListWidget)
    assert problems.count() == 0
    template = by_name(editor, "Template house.txt.j2", QPlainTextEdit)
    lines = template.toPlainText().splitlines()
    lines[8] = lines[8] + " {{ member.nickname }}"  # line 9: a field that does not exist
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        template.setPlainText("\n".join(lines))
    assert problems.count() == 1
    assert problems.item(0).text().startswith("house.txt.j2:9: member has no field 'nickname'")
    assert "cannot be written yet" in preview_text(editor)
    assert "Dear Senator Lee:" in preview_text(editor, "Senator")  # other roles still preview
    editor.tabs.setCurrentIndex(0 if editor.tabs.tabText(0) != "house.txt.j2" else 1)
    problems.setCurrentRow(0)
    problems.itemActivated.emit(problems.item(0))
    assert editor.tabs.currentWidget() is template and template.hasFocus()
    assert template.textCursor().blockNumber() == 8  # line 9
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        template.setPlainText(
            "\n".join(lines).replace(" {{ member.nickname }}", " Thank you, {{ member.last }}.")
        )
    # No error left; the Spanish translation (house.es.txt.j2) is told it lacks the new field.
    assert [problems.item(i).text() for i in range(problems.count())] == [
        "house.es.txt.j2:1: warning: leaves out {{ member.last }}, which the original uses at "
        "house.txt.j2:9"
    ]
    assert "Thank you, Rivera." in preview_text(editor)


def test_a_manifest_problem_focuses_its_field(qtbot, editor):
    editor.form.title.selectAll()
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        qtbot.keyClick(editor.form.title, Qt.Key.Key_Delete)  # as a person deletes: undoable
    problems = by_name(editor, "Problems", QListWidget)
    assert "'title' is missing or empty" in problems.item(0).text()
    problems.itemActivated.emit(problems.item(0))
    assert editor.form.title.hasFocus()
    # undo in the field brings the title back (each field keeps its own history)
    editor.form.title.undo()
    assert editor.form.title.text() == "STOP CSAM Act of 2025"


def test_save_and_reimport_give_the_same_letters(qtbot, editor, tmp_path, legislator_index):
    editor.form.title.setText("STOP CSAM Act: Austin")
    by_name(editor, "Talking point 1 ticked", QCheckBox, visible=False).setChecked(False)
    editor.review_now()
    expected = {p.label: p.letter for p in editor.previews}
    with qtbot.waitSignal(editor.saved, timeout=3000):
        editor.save()  # back into the folder it was opened from
    assert not editor.dirty and "*" not in editor.windowTitle()
    zip_path = tmp_path / "share" / "austin.zip"
    editor.export_to(zip_path)
    assert zip_path.exists()
    for source in (editor.source, zip_path):
        campaign = load_campaign(source)
        assert campaign.title == "STOP CSAM Act: Austin" and 0 not in campaign.default_points
        for label, _sample in SAMPLE_MEMBERS:
            person, member = expected[label].constituent, expected[label].member  # as previewed
            letter = compose_letter(campaign, person, member, story=SAMPLE_STORY, today=TODAY)
            assert letter == expected[label]
    editor.open_path(zip_path)  # import the .zip back into the editor
    assert editor.form.title.text() == "STOP CSAM Act: Austin" and editor.source is None


def test_new_campaign_from_this_one_and_install(qtbot, editor):
    editor.copy_as("austin-night")
    assert editor.form.id.text() == "austin-night" and editor.dirty
    editor.review_now()
    assert not editor.report.errors
    editor.install()
    library = editor.ctx.services.campaigns
    assert library.find("austin-night").title == "STOP CSAM Act of 2025"
    editor.copy_as("stop-csam-2025")  # the built-in id is reserved
    editor.install()
    assert editor.banner.kind == "error" and "built into the app" in editor.banner.text


def test_editor_renders(qtbot, editor, tmp_path):
    editor.resize(1300, 820)
    path = tmp_path / "editor.png"
    assert editor.grab().save(str(path)) and path.stat().st_size > 10_000
