"""The campaign editor's Spanish view: the English beside the translation, problems that
lead to the translation's line, and a starter translation for a pack without one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.gui.editor.translation import TRANSLATION_FILE
from tests.gui.conftest import by_name
from tests.gui.test_campaign_editor import editor  # noqa: F401 - the fixture


def test_the_spanish_view_edits_the_translation_beside_the_english(qtbot, editor) -> None:  # noqa: F811
    view = editor.translation
    assert "talking point 1: Survivors deserve their day in court." in view.english.toPlainText()
    assert 'title = "Ley STOP CSAM de 2025"' in view.text()
    assert view.start.isHidden()
    problems = by_name(editor, "Problems", QListWidget)
    assert problems.count() == 0
    text = re.sub(r'summary = """.*?"""\n', "", view.text(), flags=re.S)  # no summary
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        view.spanish.setPlainText(text)
    assert editor.dirty
    items = [problems.item(i).text() for i in range(problems.count())]
    assert any(
        t.startswith("campaign.es.toml: warning: the Spanish 'summary' is missing") for t in items
    ), items
    problem = problems.item(0).data(Qt.ItemDataRole.UserRole)
    assert editor.go_to_problem(problem) is view.spanish
    assert editor.views.currentWidget() is view
    assert editor.draft().files()[TRANSLATION_FILE].decode("utf-8") == view.text()


def test_start_a_spanish_translation(qtbot, editor) -> None:  # noqa: F811
    editor.load(PackDraft.from_path(editor.source).copy_as("no-spanish"))
    editor.translation.set_text("")
    editor._other_files.pop(TRANSLATION_FILE, None)
    view = editor.translation
    assert not view.start.isHidden()
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        view.start.click()
    text = view.text()
    assert "# Survivors deserve their day in court." in text and "[[talking_points]]" in text
    assert '# house = "house.es.txt.j2"' in text
    problems = by_name(editor, "Problems", QListWidget)
    items = [problems.item(i).text() for i in range(problems.count())]
    assert not any("warning" not in t for t in items), items  # a start is never an error
    assert any("no Spanish template for 'house'" in t for t in items), items


def test_the_preview_shows_the_spanish_letters_on_request(qtbot, editor) -> None:  # noqa: F811
    from tests.gui.test_campaign_editor import preview_text

    assert "Dear Representative Rivera:" in preview_text(editor)
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        editor.preview_spanish.setChecked(True)
    text = preview_text(editor)
    assert "Estimado(a) Representante Rivera:" in text and "Atentamente," in text
    assert "Ley STOP CSAM de 2025" in text
    with qtbot.waitSignal(editor.reviewed, timeout=3000):
        editor.preview_spanish.setChecked(False)
    assert "Dear Representative Rivera:" in preview_text(editor)
