"""File > New campaign: a few questions, then a pack that writes a correct letter for every
member, the cosponsor thank-you included, without a line of template code.

The pages ask for the bill(s) (type, number, Congress), the request, two to five talking
points and optional story prompts. ``answers()`` hands them to
``core/new_campaign.new_campaign``, which writes the manifest and a letter in paragraph
form (the editor's Paragraphs view opens it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from advocate_app.core.campaign_model import BILL_TYPES
from advocate_app.core.models import Chamber
from advocate_app.core.new_campaign import NewCampaignAnswers
from advocate_app.gui.editor.form import _BILL_TYPE_LABELS
from advocate_app.gui.widgets import add_row, note

MAX_POINTS = 5
DEFAULT_ASK = "cosponsor it and help bring it to a vote"


def _text_box(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class _Page(QWizardPage):
    """A page whose Next button waits for ``ready()``."""

    def ready(self) -> bool:
        return True

    def isComplete(self) -> bool:  # noqa: N802
        return self.ready()


class BillPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The bill"))
        self.setSubTitle(self.tr("Which bill are people writing about? Give the House bill, the "
                                 "Senate bill, or both (companion bills have different numbers)."))  # fmt: skip
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Kids Online Safety Act"))
        add_row(form, self.tr("Campaign &title:"), self.title, self.tr("Campaign title"))
        self.short_title = QLineEdit(self)
        self.short_title.setPlaceholderText(
            self.tr("the bill's short title; empty: the campaign title")
        )
        add_row(
            form, self.tr("Bill's s&hort title:"), self.short_title, self.tr("Bill short title")
        )
        self.congress = QSpinBox(self)
        self.congress.setRange(100, 300)
        self.congress.setValue(119)
        add_row(form, self.tr("&Congress:"), self.congress, self.tr("Congress"),
                self.tr("Bills die when their Congress ends (the 119th ends January 3, 2027)."))  # fmt: skip
        self.rows: dict[str, tuple[QCheckBox, QComboBox, QSpinBox]] = {}
        for chamber, label, name in (("house", self.tr("&House bill:"), self.tr("House bill")),
                                     ("senate", self.tr("&Senate bill:"), self.tr("Senate bill"))):  # fmt: skip
            row = QWidget(self)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            used = QCheckBox(self.tr("yes"), row)
            used.setAccessibleName(self.tr("{0}: there is one").format(name))
            used.setChecked(True)
            kind = QComboBox(row)
            kind.setAccessibleName(self.tr("{0} type").format(name))
            for key, value in BILL_TYPES.items():
                if value is Chamber(chamber):
                    kind.addItem(_BILL_TYPE_LABELS[key], key)
            number = QSpinBox(row)
            number.setRange(0, 99999)
            number.setAccessibleName(self.tr("{0} number").format(name))
            for widget in (used, kind, number):
                box.addWidget(widget)
            box.addStretch(1)
            add_row(form, label, row, name)
            used.toggled.connect(kind.setEnabled)
            used.toggled.connect(number.setEnabled)
            used.toggled.connect(lambda _on: self.completeChanged.emit())
            number.valueChanged.connect(lambda _v: self.completeChanged.emit())
            self.rows[chamber] = (used, kind, number)
        self.title.textChanged.connect(lambda _t: self.completeChanged.emit())

    def bills(self) -> dict[str, tuple[str, int]]:
        return {chamber: (str(kind.currentData()), number.value())
                for chamber, (used, kind, number) in self.rows.items()
                if used.isChecked() and number.value() > 0}  # fmt: skip

    def ready(self) -> bool:
        return bool(self.title.text().strip()) and bool(self.bills())


class AskPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The ask"))
        self.setSubTitle(self.tr("What should members who have not signed on do? Members who "
                                 "already cosponsor or sponsor the bill are thanked instead."))  # fmt: skip
        form = QFormLayout(self)
        self.ask = QLineEdit(self)
        self.ask.setText(DEFAULT_ASK)  # letters stay in the campaign's language: not translated
        add_row(form, self.tr("Please…:"), self.ask, self.tr("What you ask members to do"),
                self.tr("Words that fit every member: Delegates and the Resident Commissioner "
                        "cannot vote on the House floor."))  # fmt: skip
        self.summary = _text_box(self, self.tr("Campaign summary"), 3)
        add_row(form, self.tr("S&ummary:"), self.summary, self.tr("Campaign summary"),
                self.tr("Shown when a person picks the campaign; empty: written from the ask."))  # fmt: skip
        self.ask.textChanged.connect(lambda _t: self.completeChanged.emit())

    def ready(self) -> bool:
        return bool(self.ask.text().strip())


class PointsPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Talking points"))
        self.setSubTitle(self.tr("Two to five reasons, a sentence or two each. A person ticks "
                                 "the ones they agree with; they go into the letter as written."))  # fmt: skip
        layout = QVBoxLayout(self)
        self.points: list[QPlainTextEdit] = []
        for number in range(1, MAX_POINTS + 1):
            edit = _text_box(self, self.tr("Talking point {0}").format(number), 2)
            edit.setPlaceholderText(
                self.tr("Point {0}").format(number) + ("" if number > 2 else self.tr(" (needed)"))
            )
            edit.textChanged.connect(self.completeChanged.emit)
            layout.addWidget(edit)
            self.points.append(edit)

    def texts(self) -> list[str]:
        return [" ".join(e.toPlainText().split()) for e in self.points if e.toPlainText().strip()]

    def ready(self) -> bool:
        return len(self.texts()) >= 2


class StoryPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Story prompts"))
        self.setSubTitle(self.tr("Questions that help a person tell their own story, which "
                                 "offices value most. Optional; one per line."))  # fmt: skip
        layout = QVBoxLayout(self)
        self.prompts = _text_box(self, self.tr("Story prompts"), 6)
        layout.addWidget(self.prompts)
        layout.addWidget(note(self.tr("After Finish, the letter opens as paragraphs you can "
                                      "change; check the previews on the right.")))  # fmt: skip


class NewCampaignWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.setAccessibleName(self.tr("New campaign"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.bill_page, self.ask_page = BillPage(self), AskPage(self)
        self.points_page, self.story_page = PointsPage(self), StoryPage(self)
        for page in (self.bill_page, self.ask_page, self.points_page, self.story_page):
            self.addPage(page)
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                            (QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):  # fmt: skip
            self.button(which).setAccessibleName(name)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def answers(self) -> NewCampaignAnswers:
        return NewCampaignAnswers(
            title=self.bill_page.title.text().strip(), congress=self.bill_page.congress.value(),
            bills=self.bill_page.bills(), short_title=self.bill_page.short_title.text().strip(),
            ask=self.ask_page.ask.text(), summary=self.ask_page.summary.toPlainText(),
            points=self.points_page.texts(),
            story_prompts=self.story_page.prompts.toPlainText().splitlines(),
        )  # fmt: skip
