"""Settings: identity defaults, email, letters (folder, paper, Congress.gov key), data, language.

The dialog is opened with ``open()`` (never ``exec()``), so the window keeps running and
tests drive it through its signals. Secrets go to the OS keyring on a worker thread; when
there is no keyring the person may keep the password for this session only, never in a
file. Plain settings are saved only after the secrets are safely stored.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.lookup.geography import STATE_NAMES
from advocate_app.gui.i18n import LANGUAGES
from advocate_app.gui.settings_data import SOURCE_KEYS, DataTab
from advocate_app.gui.settings_email import EmailTab
from advocate_app.gui.widgets import Banner, add_row, note, vbox

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

SAVE_KEY = "settings_save"
TABS = ("you", "email", "letters", "data", "language")
CONGRESS_KEY_ACCOUNT = "congress-api-key"  # core/bills.py looks here (service "advocate")


class SettingsDialog(QDialog):
    data_updated = Signal()
    data_deleted = Signal(object)  # core.privacy.ForgetReport: the window clears its fields

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.email_tab = EmailTab(ctx, self)
        self.data_tab = DataTab(ctx, self)
        self.data_tab.data_updated.connect(self.data_updated)
        for widget, title in (
            (self._build_you_tab(), self.tr("You")),
            (self.email_tab, self.tr("Email")),
            (self._build_letters_tab(), self.tr("Letters")),
            (self.data_tab, self.tr("Data")),
            (self._build_language_tab(), self.tr("Language")),
        ):
            self.tabs.addTab(widget, title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        ctx.runner.busy_changed.connect(self._on_runner_busy)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _build_you_tab(self) -> QWidget:
        """The defaults the first step starts with, and "Delete my data"."""
        settings = self.ctx.services.settings
        you = QWidget(self)
        you_layout = vbox(you, margins=12)
        you_layout.addWidget(
            note(
                self.tr(
                    "These fill in the first step each time Advocate starts. Leave them empty on a "
                    "shared computer."
                )
            )
        )
        form = QFormLayout()
        self.identity: dict[str, Any] = {}
        for key, caption, name in (
            ("name", self.tr("&Full name:"), self.tr("Full name")),
            ("street", self.tr("&Street address:"), self.tr("Street address")),
            ("city", self.tr("C&ity:"), self.tr("City")),
            ("zip", self.tr("&ZIP code:"), self.tr("ZIP code")),
            ("email", self.tr("&Email:"), self.tr("Email")),
            ("phone", self.tr("P&hone:"), self.tr("Phone")),
        ):
            field = QLineEdit(str(settings.stored(f"identity.{key}") or ""), you)
            self.identity[key] = field
            add_row(form, caption, field, name)
            if key == "city":
                self.state = QComboBox(you)
                self.state.addItem(self.tr("Choose…"), "")
                for code, state in sorted(STATE_NAMES.items(), key=lambda item: item[1]):
                    self.state.addItem(f"{state} ({code})", code)
                self.state.setCurrentIndex(
                    max(0, self.state.findData(settings.stored("identity.state")))
                )
                add_row(form, self.tr("S&tate:"), self.state, self.tr("State"))
        you_layout.addLayout(form)
        from advocate_app.gui.delete_data import DeleteDataBox

        self.delete_box = DeleteDataBox(self.ctx, you)
        self.delete_box.deleted.connect(self._on_data_deleted)
        self.delete_box.failed.connect(lambda text: self.banner.show_message(text, "error", []))
        you_layout.addWidget(self.delete_box)
        you_layout.addStretch(1)
        return you

    def _build_letters_tab(self) -> QWidget:
        """Folder, paper size and the Congress.gov key."""
        settings = self.ctx.services.settings
        letters = QWidget(self)
        letters_layout = vbox(letters, margins=12)
        lform = QFormLayout()
        lform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(settings.stored("export.folder") or ""), letters)
        self.folder.setPlaceholderText(self.tr("Documents/Advocate letters"))
        browse = QPushButton(self.tr("&Browse…"), letters)
        browse.setAccessibleName(self.tr("Browse for a folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_holder = QWidget(letters)
        folder_holder.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_caption = QLabel(self.tr("Save letters &in:"), letters)
        folder_caption.setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Default export folder"))
        lform.addRow(folder_caption, folder_holder)
        self.paper = QComboBox(letters)
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.setCurrentIndex(
            max(0, self.paper.findData(settings.stored("export.paper_size")))
        )
        add_row(lform, self.tr("&Paper size:"), self.paper, self.tr("Paper size"))
        self.api_key = QLineEdit(letters)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("leave empty to keep the saved key"))
        add_row(
            lform, self.tr("Congress.gov &API key:"), self.api_key, self.tr("Congress.gov API key")
        )
        letters_layout.addLayout(lform)
        letters_layout.addWidget(
            note(
                self.tr(
                    "The Congress.gov key (free from api.data.gov) lets Advocate check who already "
                    "cosponsors a bill, so those members get a thank-you instead of a request. "
                    "Without one, a shared demo key is used. The key is kept in the system keyring."
                )
            )
        )
        letters_layout.addStretch(1)
        return letters

    def _build_language_tab(self) -> QWidget:
        settings = self.ctx.services.settings
        language = QWidget(self)
        language_layout = vbox(language, margins=12)
        gform = QFormLayout()
        self.language = QComboBox(language)
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.stored("ui.language")))
        )
        add_row(gform, self.tr("&Language:"), self.language, self.tr("Language"))
        language_layout.addLayout(gform)
        language_layout.addWidget(
            note(
                self.tr(
                    "Advocate uses the new language the next time it starts. Letters stay in the "
                    "language of their campaign."
                )
            )
        )
        language_layout.addStretch(1)
        return language

    def show_tab(self, name: str) -> None:
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

    def _on_data_deleted(self, report: object) -> None:
        """The details are gone from the settings: they must not be saved back from here."""
        for field in self.identity.values():
            field.clear()
        self.state.setCurrentIndex(0)
        self.data_deleted.emit(report)
        self.reject()

    def _on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose where to save letters"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    # --- saving --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            f"identity.{k}": f.text().strip() for k, f in self.identity.items()
        }
        values["identity.state"] = str(self.state.currentData() or "")
        values.update(self.email_tab.values())
        values.update(self.data_tab.values())
        values["export.folder"] = self.folder.text().strip()
        values["export.paper_size"] = str(self.paper.currentData())
        values["ui.language"] = str(self.language.currentData() or "")
        return values

    def save(self) -> None:
        """Store secrets first (worker), then the settings file; close when both are done."""
        secrets = self.pending_secrets()
        if not secrets:
            self._write_settings()
            return
        store = self.ctx.services.secrets

        def keep() -> None:
            for account, secret in secrets.items():
                store.set(account, secret)

        self.ctx.runner.submit(
            keep,
            lambda _r: self._write_settings(),
            self._on_secret_failed,
            key=SAVE_KEY,
            label=self.tr("Saving the password…"),
        )

    def pending_secrets(self) -> dict[str, str]:
        found = {}
        if self.email_tab.password.text() and self.email_tab.user.text().strip():
            found[self.email_tab.account()] = self.email_tab.password.text()
        if self.api_key.text().strip():
            found[CONGRESS_KEY_ACCOUNT] = self.api_key.text().strip()
        return found

    def _on_secret_failed(self, error: BaseException) -> None:
        from advocate_app.gui.context import error_text

        self.banner.show_message(
            error_text(error),
            "error",
            [
                (self.tr("Keep for this session only"), self._keep_for_session),
                (self.tr("Try again"), self.save),
            ],
        )

    def _keep_for_session(self) -> None:
        session = self.ctx.services.session_secrets
        for account, secret in self.pending_secrets().items():
            session.set(account, secret)
        self._write_settings()

    def _write_settings(self) -> None:
        settings = self.ctx.services.settings
        values = self.values()
        sources_changed = any(
            values.get(k) != settings.stored(k) for k in SOURCE_KEYS if k in values
        )
        try:
            for key, value in values.items():
                settings.set(key, value)
            settings.save()
        except (OSError, ValueError) as exc:
            from advocate_app.gui.context import error_text

            self.banner.show_message(error_text(exc), "error", [])
            return
        if sources_changed:
            self.ctx.services.reload_sources()
        self.accept()

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == SAVE_KEY:
            self.save_button.setEnabled(not busy)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        for key in (SAVE_KEY, "smtp_test", "keyring_probe", "data_update", "delete_data"):
            self.ctx.runner.cancel(key)
        super().done(result)
