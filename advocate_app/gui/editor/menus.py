"""The campaign editor's menus: File, Edit and Help, with their keyboard shortcuts.

The actions call the window's own methods (the file actions are in ``editor/files.py``);
each shortcut works anywhere in the editor window, not in the main window behind it.

Its words keep the translation context ``CampaignEditor`` (they were the window's before
the split, and the Spanish translations are filed under it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

if TYPE_CHECKING:
    from advocate_app.gui.editor.window import CampaignEditor

translate = QCoreApplication.translate
keys = QKeySequence.StandardKey


def build_menus(editor: CampaignEditor) -> QAction:
    """Fill ``editor``'s menu bar; the "Save" action, which the window keeps."""
    bar = editor.menuBar()

    def act(menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        return add_action(editor, menu, text, slot, shortcut)

    file_menu = bar.addMenu(translate("CampaignEditor", "&File"))
    act(file_menu, translate("CampaignEditor", "&New campaign"), editor._on_new_triggered, keys.New)
    act(file_menu, translate("CampaignEditor", "&Open pack folder…"),
        editor._on_open_folder_triggered, keys.Open)  # fmt: skip
    act(file_menu, translate("CampaignEditor", "&Import .zip…"), editor._on_import_zip_triggered)
    act(file_menu, translate("CampaignEditor", "Load from &web address…"),
        editor._on_load_url_triggered)  # fmt: skip
    file_menu.addSeparator()
    save = act(file_menu, translate("CampaignEditor", "&Save"), editor.save, keys.Save)
    act(file_menu, translate("CampaignEditor", "Save as &folder…"),
        editor._on_save_as_triggered, keys.SaveAs)  # fmt: skip
    act(file_menu, translate("CampaignEditor", "&Export .zip…"), editor._on_export_triggered)
    act(file_menu, translate("CampaignEditor", "&Use in Advocate"), editor.install)
    act(file_menu, translate("CampaignEditor", "New campaign from &this one…"),
        editor._on_copy_triggered)  # fmt: skip
    file_menu.addSeparator()
    act(file_menu, translate("CampaignEditor", "&Close"), editor.close, keys.Close)

    edit = bar.addMenu(translate("CampaignEditor", "&Edit"))
    act(edit, translate("CampaignEditor", "&Undo"), lambda: _focused("undo"), keys.Undo)
    act(edit, translate("CampaignEditor", "&Redo"), lambda: _focused("redo"), keys.Redo)
    act(edit, translate("CampaignEditor", "&Check now"), editor.review_now, "F5")

    help_menu = bar.addMenu(translate("CampaignEditor", "&Help"))
    act(help_menu, translate("CampaignEditor", "&Writing campaigns"), editor.show_guide, "F1")
    act(help_menu, translate("CampaignEditor", "&Fields a letter can use"), editor.show_fields)
    act(help_menu, translate("CampaignEditor", "Open the &sample campaign"),
        editor._on_sample_triggered)  # fmt: skip
    return save


def add_action(
    window: Any, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None
) -> QAction:
    """An action in ``menu`` whose shortcut works anywhere in ``window`` (and only there)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def _focused(what: str) -> None:
    """Undo or redo in the text field that has the keyboard focus."""
    widget = QApplication.focusWidget()
    if isinstance(widget, (QPlainTextEdit, QLineEdit)):
        getattr(widget, what)()
