"""Small widgets every page uses: the message banner, a wrapping check box, form helpers.

Accessibility is built in here so pages cannot forget it: every helper sets an accessible
name, every form label gets its buddy, and colours come with both a background and a
foreground so text stays readable under a high-contrast palette.

Text is plain text: a QLabel guesses "rich text" for anything that looks like HTML, so a
member name, a matched address, a campaign's words or an error detail containing tags would
be rendered as formatting (or a link). ``plain`` fixes a label to ``Qt.PlainText``; the
banner, ``note``, ``heading`` and the wrapping check box use it. ``link`` is the one rich
label, and escapes what it puts inside its own markup.

Start-up: the first use of any enum of ``Qt`` (``Qt.TextFormat``, ``Qt.AlignmentFlag``...)
makes PySide build all ~100 of them, ~40 ms. What step 1 shows sets them by name
(``set_enum``); the rest imports ``Qt`` where it is used, after the window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

Action = tuple[str, Callable[[], None]]

# Background / text colour pairs with a contrast ratio above 7:1 (WCAG AAA).
KIND_COLOURS = {
    "error": ("#fdecea", "#5f1313", "#b3261e"),
    "warning": ("#fff4d6", "#4a3300", "#9a6b00"),
    "info": ("#e8f1fb", "#0b2e55", "#2f6db5"),
    "success": ("#e7f4ea", "#0f3d1c", "#2e7d32"),
}


def announce(widget: QWidget) -> None:
    """Tell screen readers that ``widget`` just appeared with something to read."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class Banner(QFrame):
    """A message across the top of a page: problem, note or success, with actions.

    Errors carry a "Try again" action that re-runs the failed job; nothing the person typed
    is touched by showing or dismissing a banner.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        self._label = plain(QLabel(self))  # error details and campaign texts are not HTML
        self._label.setWordWrap(True)
        wrapping(self._label)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        self._close = QPushButton(self.tr("Dismiss"), self)
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self._label, 1)
        layout.addLayout(self._buttons)
        layout.addWidget(self._close)
        self._action_buttons: list[QPushButton] = []
        self.kind = ""
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_message(self, text: str, kind: str = "error", actions: Sequence[Action] = ()) -> None:
        self.kind = kind
        background, foreground, border = KIND_COLOURS.get(kind, KIND_COLOURS["info"])
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 6px; }} QFrame#banner QLabel {{ color: {foreground}; }}"
        )
        from PySide6.QtCore import Qt  # here, not at import: see the module docstring

        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setText(text)
        self.setAccessibleDescription(text)
        for button in self._action_buttons:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self._action_buttons = []
        for caption, callback in actions:
            button = QPushButton(caption, self)
            button.setAccessibleName(caption.replace("&", ""))
            button.clicked.connect(callback)
            self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            button.show()
            self._action_buttons.append(button)
        self.show()
        announce(self)

    def action_button(self, caption: str) -> QPushButton | None:
        for button in self._action_buttons:
            if button.accessibleName() == caption:
                return button
        return None

    def dismiss(self) -> None:
        self.hide()
        self.kind = ""
        self.dismissed.emit()


class WrapCheckBox(QWidget):
    """A check box whose text wraps (QCheckBox never wraps): a long talking point stays readable.

    The box carries the whole text as its accessible name; clicking the text toggles it.
    """

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)
        self.label = plain(_ClickLabel(text.replace("&", "&&"), self))  # buddy: "&" is a mnemonic
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self.box.toggle)
        wrapping(self.label)
        self.box.toggled.connect(self.toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def isChecked(self) -> bool:  # noqa: N802 - mirrors QCheckBox
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.box.setChecked(checked)


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def set_enum(widget: QWidget, prop: str, key: str) -> None:
    """Set the Qt-enum property ``prop`` by its key's name (``"PlainText"``), without
    building ``Qt``'s enums (see the module docstring). A wrong name is an error."""
    if not widget.setProperty(prop, key):
        raise ValueError(f"{type(widget).__name__} has no property {prop} = {key}")


def plain(label: QLabel) -> QLabel:
    """Show the label's text as typed, never as HTML (it may come from outside)."""
    set_enum(label, "textFormat", "PlainText")
    return label


def wrapping(label: QLabel) -> QLabel:
    """Word wrap that layouts honour: the size policy must keep "height for width", which
    ``setSizePolicy`` would otherwise drop (then long text is clipped or oddly spaced)."""
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def add_row(form: QFormLayout, label: str, field: QWidget, name: str, hint: str = "") -> QLabel:
    """A form row: label with its buddy (Alt+letter jumps to the field), accessible name."""
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(name)
    if hint:
        field.setAccessibleDescription(hint)
        field.setToolTip(hint)
    form.addRow(caption, field)
    return caption


def heading(text: str, level: int = 1) -> QLabel:
    """A page or section title, bigger and bold, relative to the person's font size."""
    label = plain(QLabel(text))
    label.setObjectName(f"heading{level}")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * (1.45 if level == 1 else 1.15))
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def note(text: str = "", *, selectable: bool = False) -> QLabel:
    """Explanatory text: wraps, never squeezed off the screen."""
    label = wrapping(plain(QLabel(text)))
    if selectable:
        from PySide6.QtCore import Qt

        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def link(url: str, caption: str) -> QLabel:
    """A keyboard-reachable link that opens through Qt (the window's URL opener handles it)."""
    from PySide6.QtCore import Qt

    label = QLabel(f'<a href="{_attr(url)}">{_html(caption)}</a>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setOpenExternalLinks(False)
    label.setAccessibleName(caption)
    label.setAccessibleDescription(url)
    return label


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _html(text).replace('"', "&quot;")


def vbox(widget: QWidget, margins: int = 0, spacing: int = 8) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return layout


def show_all(layout: QLayout) -> None:
    """Show widgets just added to a visible layout now, not at the next event-loop turn
    (Qt queues that), so what the page says is on screen as soon as it says it."""
    for index in range(layout.count()):
        widget = layout.itemAt(index).widget()
        if widget is not None:
            widget.show()
