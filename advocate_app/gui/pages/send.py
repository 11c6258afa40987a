"""Step 4, "Send": PDF, print, email and contact forms, for one letter or all of them.

The ticked letters are the ones "Save as PDF", "Print" and "Email letters" act on; a web
contact form takes one letter at a time, so "Open contact form" acts on the highlighted
letter (copied to the clipboard) and then moves on to the next. Every letter that leaves is
recorded in the archive, and emails wait in the outbox until a server accepts them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from advocate_app.flows.session import EDITS, LETTERS
from advocate_app.gui.labels import member_title
from advocate_app.gui.pages import COMPOSE_KEY
from advocate_app.gui.pages.history import HistoryTabs
from advocate_app.gui.pages.send_jobs import SendJobs
from advocate_app.gui.widgets import heading, note, vbox

if TYPE_CHECKING:
    from advocate_app.core.models import Letter
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return (documents if documents.is_dir() else Path.home()) / "Advocate letters"


class SendPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letters: list[Letter] = []
        self.done: dict[str, list[str]] = {}  # bioguide -> what happened ("PDF", ...)
        self.jobs = SendJobs(ctx, self)
        layout = vbox(self, spacing=10)
        layout.addWidget(heading(self.tr("Send your letters")))
        layout.addWidget(
            note(
                self.tr(
                    "Tick the letters to save, print or email. Paper counts: offices read letters "
                    "mailed to their district office or handed in at an event."
                )
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_list())
        right = QWidget()
        right_layout = vbox(right, spacing=10)
        right_layout.addWidget(self._build_paper(right))
        right_layout.addWidget(self._build_email(right))
        right_layout.addWidget(self._build_forms(right))
        right_layout.addStretch(1)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.jobs.finished.connect(self._on_job_finished)
        ctx.runner.busy_changed.connect(self._on_runner_busy)
        ctx.session.subscribe(self._on_session_changed)

    def _build_list(self) -> QWidget:
        left = QWidget()
        left_layout = vbox(left)
        caption = QLabel(self.tr("&Letters:"), left)
        self.list = QListWidget(left)
        self.list.setAccessibleName(self.tr("Letters to send"))
        self.list.setWordWrap(True)
        caption.setBuddy(self.list)
        self.list.itemChanged.connect(lambda _item: self._update_buttons())
        self.list.currentRowChanged.connect(lambda _row: self._update_contact_hint())
        left_layout.addWidget(caption)
        left_layout.addWidget(self.list, 1)
        self.history = HistoryTabs(self.ctx, left)
        self.history.resend_requested.connect(self.jobs.resend)
        left_layout.addWidget(self.history, 2)
        return left

    def _build_paper(self, parent: QWidget) -> QGroupBox:
        paper = QGroupBox(self.tr("Paper"), parent)
        paper_layout = QVBoxLayout(paper)
        folder_row = QHBoxLayout()
        self.folder_label = note(selectable=True)
        self.change_folder = _button(self.tr("C&hange folder…"), self.tr("Change folder"), paper)
        self.change_folder.clicked.connect(self._on_change_folder_clicked)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder)
        paper_layout.addLayout(folder_row)
        self.save_pdf = _button(self.tr("&Save as PDF"), self.tr("Save as PDF"), paper)
        self.save_pdf.clicked.connect(
            lambda: self.jobs.save_pdfs(self.checked_letters(), self.folder())
        )
        self.print_button = _button(self.tr("&Print…"), self.tr("Print"), paper)
        self.print_button.clicked.connect(lambda: self.jobs.print_letters(self.checked_letters()))
        paper_layout.addLayout(_row(self.save_pdf, self.print_button))
        return paper

    def _build_email(self, parent: QWidget) -> QGroupBox:
        mail = QGroupBox(self.tr("Email"), parent)
        mail_layout = QVBoxLayout(mail)
        to_row = QHBoxLayout()
        to_caption = QLabel(self.tr("Send &to:"), mail)
        self.recipient = QComboBox(mail)
        self.recipient.setAccessibleName(self.tr("Send email to"))
        to_caption.setBuddy(self.recipient)
        self.other_address = QLineEdit(mail)
        self.other_address.setAccessibleName(self.tr("Email address"))
        self.other_address.setPlaceholderText(self.tr("name@example.org"))
        self.recipient.currentIndexChanged.connect(self._on_recipient_changed)
        to_row.addWidget(to_caption)
        to_row.addWidget(self.recipient, 1)
        mail_layout.addLayout(to_row)
        mail_layout.addWidget(self.other_address)
        self.attach_pdf = QCheckBox(self.tr("Attach a PDF &copy"), mail)
        self.attach_pdf.setAccessibleName(self.tr("Attach a PDF copy"))
        self.attach_pdf.setChecked(True)
        mail_layout.addWidget(self.attach_pdf)
        self.email = _button(self.tr("&Email letters"), self.tr("Email letters"), mail)
        self.email.clicked.connect(self._on_email_clicked)
        mail_layout.addLayout(_row(self.email))
        mail_layout.addWidget(
            note(
                self.tr(
                    "Most offices do not publish an email address: email a copy to yourself, or to "
                    "your organizer for hand delivery."
                )
            )
        )
        return mail

    def _build_forms(self, parent: QWidget) -> QGroupBox:
        forms = QGroupBox(self.tr("Contact forms"), parent)
        forms_layout = QVBoxLayout(forms)
        self.contact_hint = note()
        self.contact = _button(self.tr("&Open contact form"), self.tr("Open contact form"), forms)
        self.contact.clicked.connect(self._on_contact_clicked)
        forms_layout.addWidget(self.contact_hint)
        forms_layout.addLayout(_row(self.contact))
        return forms

    def _on_session_changed(self, changed: frozenset[str]) -> None:
        if (LETTERS in changed or EDITS in changed) and (self.letters or self.isVisible()):
            self.render()

    # --- entering the step -------------------------------------------------------------
    def enter(self) -> None:
        """The step is shown: the session's letters, the recipients, the history."""
        self.render()
        self._fill_recipients()
        self.show_folder()
        self.history.reload()

    def show_folder(self) -> None:
        self.folder_label.setText(self.tr("Saved in: {0}").format(self.folder()))

    def render(self) -> None:
        """The session's letters, with the person's edits; unticked ones stay unticked."""
        unticked = {bio for bio, on in self._checks().items() if not on}
        current = self.list.currentRow()
        self.letters = self.ctx.session.final_letters()
        self.list.blockSignals(True)
        self.list.clear()
        for letter in self.letters:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            off = letter.member.bioguide in unticked
            item.setCheckState(Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._refresh_rows()
        if self.letters:
            self.list.setCurrentRow(min(max(current, 0), len(self.letters) - 1))
        self._update_buttons()
        self._update_contact_hint()

    def _checks(self) -> dict[str, bool]:
        found = {}
        for row, letter in enumerate(self.letters):
            item = self.list.item(row)
            if item is not None:
                found[letter.member.bioguide] = item.checkState() == Qt.CheckState.Checked
        return found

    def _refresh_rows(self) -> None:
        self.list.blockSignals(True)
        for row, letter in enumerate(self.letters):
            item = self.list.item(row)
            bill = letter.bill.label if letter.bill else ""
            text = f"{member_title(letter.member)} ({letter.member.seat})" + (
                f" · {bill}" if bill else ""
            )
            done = self.done.get(letter.member.bioguide)
            if done:
                text += "\n" + self.tr("Done: {0}").format(", ".join(done))
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
        self.list.blockSignals(False)

    def checked_letters(self) -> list[Letter]:
        return [
            letter
            for row, letter in enumerate(self.letters)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def current_letter(self) -> Letter | None:
        row = self.list.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def folder(self) -> Path:
        event = self.ctx.event
        if event is not None and event.active:  # event mode: the organizer's or a wiped folder
            return event.pdf_folder()
        chosen = str(self.ctx.services.settings.get("export.folder") or "")
        return Path(chosen).expanduser() if chosen else default_folder()

    # --- the person's actions ------------------------------------------------------------
    def _on_change_folder_clicked(self) -> None:
        if self.ctx.event is not None and self.ctx.event.active:
            return  # no file dialogs for participants at an event
        dialog = QFileDialog(self, self.tr("Choose where to save letters"), str(self.folder()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._on_folder_chosen)
        dialog.open()

    def _on_folder_chosen(self, path: str) -> None:
        if not path:
            return
        settings = self.ctx.services.settings
        settings.set("export.folder", path)
        try:
            settings.save()
        except OSError as exc:
            self.ctx.problem(exc)
        self.show_folder()

    def _fill_recipients(self) -> None:
        me = self.ctx.session.writer.email
        organizer = self.jobs.organizer_address()
        current = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(
            self.tr("Myself ({0})").format(me) if me else self.tr("Myself"), "self"
        )
        self.recipient.addItem(
            self.tr("My organizer ({0})").format(organizer)
            if organizer
            else self.tr("My organizer"),
            "organizer",
        )
        self.recipient.addItem(self.tr("Another address"), "address")
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(current)))
        self.recipient.blockSignals(False)
        self._on_recipient_changed()

    def _on_recipient_changed(self, *_args: object) -> None:
        self.other_address.setVisible(self.recipient.currentData() == "address")

    def _on_email_clicked(self) -> None:
        kind = str(self.recipient.currentData() or "self")
        self.jobs.email(
            self.checked_letters(),
            kind,
            self.other_address.text().strip(),
            attach=self.attach_pdf.isChecked(),
            fallback=self.current_letter(),
        )

    def _on_contact_clicked(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        self.jobs.open_contact_form(letter)
        row = self.list.currentRow()
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)

    def _on_job_finished(self, channel: str, letters: list[Any]) -> None:
        label = {
            "pdf": self.tr("PDF"),
            "print": self.tr("printed"),
            "email": self.tr("emailed"),
            "contact_form": self.tr("form opened"),
            "mailto": self.tr("mail program"),
            "queued": self.tr("queued for printing"),
        }[channel]
        for letter in letters:
            done = self.done.setdefault(letter.member.bioguide, [])
            if label not in done:
                done.append(label)
        self._refresh_rows()
        self.history.reload()

    # --- state of the buttons -------------------------------------------------------------
    def _update_buttons(self) -> None:
        runner = self.ctx.runner
        ready = not runner.is_busy(COMPOSE_KEY)  # the newest letters are still being written
        any_checked = bool(self.checked_letters()) and ready
        self.save_pdf.setEnabled(any_checked and not runner.is_busy("export"))
        self.print_button.setEnabled(any_checked)
        self.email.setEnabled(any_checked and not runner.is_busy("email"))
        self.contact.setEnabled(self.current_letter() is not None and ready)

    def _on_runner_busy(self, key: str, _busy: bool) -> None:
        if key in ("export", "email", COMPOSE_KEY):
            self._update_buttons()

    def _update_contact_hint(self) -> None:
        letter = self.current_letter()
        if letter is None:
            self.contact_hint.setText(self.tr("Choose a letter in the list."))
        else:
            self.contact_hint.setText(
                self.tr(
                    "Web forms take one letter at a time. “Open contact form” copies the highlighted "
                    "letter ({0}) and opens that office's form: paste it into the message box."
                ).format(member_title(letter.member))
            )
        self._update_buttons()

    def reset(self) -> None:
        self.letters = []
        self.done.clear()
        self.list.clear()
        self._fill_recipients()


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    return button


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def file_url(path: Path) -> str:
    return QUrl.fromLocalFile(str(path)).toString()
