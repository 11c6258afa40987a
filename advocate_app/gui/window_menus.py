"""The main window's menus and keyboard shortcuts (a part of ``MainWindow``).

Shortcuts get their keys just after the first paint: PySide builds the enums of every key
on the first ``setShortcut`` (~100 ms), which the person should not wait for. Until then a
platform's standard key is kept by its name ("Quit" for ``QKeySequence.StandardKey.Quit``),
so not even ``QKeySequence`` is loaded before the window is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


class StandardKey(str):
    """The name of a ``QKeySequence.StandardKey`` (the platform's keys for New, Quit...)."""


class WindowMenus:
    """File, Go and Help menus; mixed into ``MainWindow`` (which provides the slots).

    Its strings name their context ("WindowMenus") explicitly: ``lupdate`` files a mixin's
    ``self.tr()`` under the mixin's name, but Qt looks it up under the final class's name
    ("MainWindow") at run time, so the Spanish window showed English menus."""

    def _build_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, str, str]] | None = []
        file_menu = self.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&File"))
        self.new_action = self._action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "&New letter writer"),
            self.start_over,
            StandardKey("New"),
        )
        self._action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "&Settings…"),
            lambda: self.open_settings(""),
            StandardKey("Preferences"),
            fallback="Ctrl+,",
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "&Quit"),
            self.close,
            StandardKey("Quit"),
            fallback="Ctrl+Q",
        )
        go = self.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Go"))
        self._action(
            go, QCoreApplication.translate("WindowMenus", "&Back"), self.go_back, "Alt+Left"
        )
        self._action(
            go, QCoreApplication.translate("WindowMenus", "&Next"), self.go_next, "Alt+Right"
        )
        go.addSeparator()
        for index, title in enumerate(self.step_titles()):
            self._action(
                go, title, lambda _checked=False, i=index: self.go_to(i), f"Ctrl+{index + 1}"
            )
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
        self._action(
            help_menu,
            QCoreApplication.translate("WindowMenus", "&Keyboard shortcuts"),
            self._show_shortcuts,
            "F1",
        )
        self._action(
            help_menu,
            QCoreApplication.translate("WindowMenus", "&Writing campaigns"),
            self._show_writing_guide,
            "",
        )

    def _action(self, menu, text: str, slot, shortcut, fallback: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        self._shortcuts.append((action, shortcut, fallback))
        return action

    def defer_shortcut(self, action: QAction, keys: str, fallback: str = "") -> None:
        """Give ``action`` its keys just after the first paint (see ``install_shortcuts``);
        for actions other parts of the window add, such as the Organizer menu."""
        if self._shortcuts is None:
            _set_keys(action, keys, fallback)
        else:
            self._shortcuts.append((action, keys, fallback))

    def install_shortcuts(self) -> None:
        """Give the actions their keys. Done just after the first paint: PySide builds the
        enums of every key on the first ``setShortcut`` (~100 ms), which the person should
        not wait for before seeing the window."""
        for action, shortcut, fallback in self._shortcuts or []:
            _set_keys(action, shortcut, fallback)
        self._shortcuts = None

    def _show_writing_guide(self) -> object:
        """The campaign format guide shipped with the app (templates/README.md), in a window."""
        from advocate_app.gui.editor.guide import show_writing_guide

        return show_writing_guide(self)

    def _show_shortcuts(self) -> None:
        self.show_message(
            QCoreApplication.translate(
                "WindowMenus",
                "Alt+Left / Alt+Right: back and next. Ctrl+1 to Ctrl+4: go to a step. "
                "Alt with an underlined letter: jump to that field or button. Ctrl+N: start over "
                "for the next letter writer. Ctrl+Q: quit.",
            ),
            "info",
            [],
        )


def _set_keys(action: QAction, keys: str, fallback: str = "") -> None:
    """``keys`` ("Ctrl+1", or a ``StandardKey``), else ``fallback`` where the platform has
    no standard keys for it."""
    from PySide6.QtGui import QKeySequence

    if isinstance(keys, StandardKey):
        sequence = QKeySequence(getattr(QKeySequence.StandardKey, keys))
    else:
        sequence = QKeySequence(keys)
    if sequence.isEmpty() and fallback:
        sequence = QKeySequence(fallback)
    action.setShortcut(sequence)
