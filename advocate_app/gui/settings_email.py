"""Settings › Email: the mail server, its password (OS keyring only), and "Test connection".

The password field never shows a saved password; it says where the password is kept. The
test connects, secures and logs in through the task runner, with the values on screen, so
a person can check before saving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from advocate_app.gui.widgets import add_row, note, vbox

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

TEST_KEY = "smtp_test"
SECURITY = (("starttls", 587), ("ssl", 465))


class EmailTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.services.settings
        layout = vbox(self, margins=12)
        layout.addWidget(
            note(
                self.tr(
                    "To email letters (to yourself or your organizer), Advocate needs your mail "
                    "provider's outgoing (SMTP) server. The password is kept only in this computer's "
                    "password store (keyring), never in a file."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.host = QLineEdit(str(settings.stored("smtp.host") or ""), self)
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.org"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.stored("smtp.port") or 587))
        self.security = QComboBox(self)
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        current = str(settings.stored("smtp.security") or "starttls")
        if current == "plain":
            self.security.addItem(self.tr("No encryption (this computer only)"), "plain")
        self.security.setCurrentIndex(max(0, self.security.findData(current)))
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self.user = QLineEdit(str(settings.stored("smtp.user") or ""), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to keep the saved password"))
        self.sender = QLineEdit(str(settings.stored("smtp.from") or ""), self)
        self.sender.setPlaceholderText(self.tr("e.g. Maria Lopez <maria@example.org>"))
        self.organizer = QLineEdit(str(settings.stored("organizer.email") or ""), self)
        self.organizer.setPlaceholderText(self.tr("where your group collects letters"))
        add_row(form, self.tr("Mail &server:"), self.host, self.tr("Mail server"))
        add_row(form, self.tr("&Port:"), self.port, self.tr("Port"))
        add_row(form, self.tr("Se&curity:"), self.security, self.tr("Security"))
        add_row(form, self.tr("&User name:"), self.user, self.tr("User name"))
        add_row(form, self.tr("Pass&word:"), self.password, self.tr("Password"))
        add_row(form, self.tr("&From address:"), self.sender, self.tr("From address"))
        add_row(form, self.tr("&Organizer's email:"), self.organizer, self.tr("Organizer's email"))
        layout.addLayout(form)
        for key, field in (
            ("smtp.host", self.host),
            ("smtp.port", self.port),
            ("smtp.security", self.security),
            ("smtp.user", self.user),
            ("smtp.from", self.sender),
        ):
            env = settings.overridden_by_env(key)
            if env:
                field.setEnabled(False)
                field.setToolTip(self.tr("Set by the environment variable {0}.").format(env))
        self.keyring_note = note()
        layout.addWidget(self.keyring_note)
        row = QHBoxLayout()
        self.test = QPushButton(self.tr("&Test connection"), self)
        self.test.setAccessibleName(self.tr("Test connection"))
        self.test.clicked.connect(self.test_connection)
        row.addWidget(self.test)
        row.addStretch(1)
        layout.addLayout(row)
        self.test_result = note(selectable=True)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        layout.addWidget(self.test_result)
        layout.addStretch(1)
        ctx.runner.busy_changed.connect(self._on_runner_busy)
        self._describe_keyring()

    def _on_security_changed(self, _index: int) -> None:
        for mode, port in SECURITY:
            if self.security.currentData() == mode and self.port.value() in (465, 587):
                self.port.setValue(port)

    def account(self) -> str:
        from advocate_app.core.secrets import smtp_account

        return smtp_account(self.user.text(), self.host.text())

    def _describe_keyring(self) -> None:
        secrets = self.ctx.services.secrets
        user, host = self.user.text().strip(), self.host.text().strip()
        account = self.account() if user and host else ""

        def probe() -> tuple[str, bool]:
            name = secrets.backend_name
            saved = bool(name and account and secrets.get(account))
            return name, saved

        def show(answer: tuple[str, bool]) -> None:
            name, saved = answer
            if not name:
                self.keyring_note.setText(
                    self.tr(
                        "This computer has no password store Advocate can use: a password you type "
                        "is kept for this session only."
                    )
                )
            elif saved:
                self.keyring_note.setText(self.tr("A password is saved in {0}.").format(name))
            else:
                self.keyring_note.setText(self.tr("Passwords are saved in {0}.").format(name))

        self.ctx.runner.submit(probe, show, lambda _exc: show(("", False)), key="keyring_probe")

    def values(self) -> dict[str, Any]:
        return {
            "smtp.host": self.host.text().strip(),
            "smtp.port": self.port.value(),
            "smtp.security": str(self.security.currentData()),
            "smtp.user": self.user.text().strip(),
            "smtp.from": self.sender.text().strip(),
            "organizer.email": self.organizer.text().strip(),
        }

    def test_connection(self) -> None:
        from advocate_app.core.delivery.smtp import SmtpTransport
        from advocate_app.core.delivery.smtp_config import SmtpConfig

        services = self.ctx.services
        values = self.values()
        typed = self.password.text()
        account = self.account()
        timeout = max(5.0, float(services.settings.get("network.timeout_seconds")))
        allow_plain = bool(services.settings.get("smtp.allow_plain_loopback"))

        def check() -> str:
            password = typed
            if not password and values["smtp.user"]:
                password = (
                    services.session_secrets.get(account) or services.secrets.get(account) or ""
                )
            config = SmtpConfig(
                values["smtp.host"],
                int(values["smtp.port"]),
                values["smtp.security"],
                values["smtp.user"],
                password,
                timeout=timeout,
                allow_plain_loopback=allow_plain,
            )
            SmtpTransport(config).check()
            return values["smtp.host"]

        self.test_result.setText(self.tr("Connecting…"))
        self.ctx.runner.submit(
            check,
            lambda host: self.test_result.setText(
                self.tr("Connected to {0} and logged in. Email is ready.").format(host)
            ),
            self._on_test_failed,
            key=TEST_KEY,
            label=self.tr("Testing the mail server…"),
        )

    def _on_test_failed(self, error: BaseException) -> None:
        from advocate_app.gui.context import error_text

        self.test_result.setText(self.tr("The test failed: {0}").format(error_text(error)))

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == TEST_KEY:
            self.test.setEnabled(not busy)
