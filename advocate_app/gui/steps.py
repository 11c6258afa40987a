"""The step list on the left of the window: one button per step.

Buttons rather than a list view: a step that cannot be reached yet is simply disabled (a
screen reader says so), each step is one Tab stop with its number in its name, and the
arrow keys move between them. The current step is the checked one. ``reachable`` is the
rule for which steps can be reached, read from the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from advocate_app.flows.session import LetterSession


class StepList(QFrame):
    step_chosen = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setAccessibleName(self.tr("Steps"))
        self.setStyleSheet(
            "QFrame#steps { background: palette(base); }"
            " QPushButton#step { text-align: left; padding: 10px 16px; border: none;"
            " background: transparent; }"
            " QPushButton#step:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            " QPushButton#step:focus { text-decoration: underline; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(2)
        self.buttons: list[QPushButton] = []
        for index, title in enumerate(titles):
            button = QPushButton(self.tr("{0}. {1}").format(index + 1, title), self)
            button.setObjectName("step")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setAccessibleName(button.text())
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, i=index: self.step_chosen.emit(i))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        widest = max(b.fontMetrics().horizontalAdvance(b.text()) for b in self.buttons)
        self.setFixedWidth(widest + 56)

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)

    def set_reachable(self, index: int, reachable: bool) -> None:
        self.buttons[index].setEnabled(reachable)

    def text(self, index: int) -> str:
        return self.buttons[index].text()

    def count(self) -> int:
        return len(self.buttons)


YOU, MEMBERS, LETTER, SEND = range(4)


def reachable(session: LetterSession, step: int) -> bool:
    """Which steps a person can reach: "You" always; the others only once a lookup for the
    writer's current address succeeded (a failed or voided lookup closes them), "Your
    letter" with a member ticked, "Send" once letters are written."""
    if step == YOU:
        return True
    if not session.has_lookup:
        return False
    if step == MEMBERS:
        return True
    if step == LETTER:
        return bool(session.included)
    return bool(session.included) and bool(session.letters)
