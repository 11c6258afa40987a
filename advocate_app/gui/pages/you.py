"""Step 1, "You": who is writing and where they live, then "Find my representatives".

A street address gives the exact district through the Census geocoder; a ZIP code alone
works offline from the ZIP table but may be split between districts, and the page says so
before the person relies on it. Typed text is never cleared by an error.

The fields are the session's writer (``ctx.session``): every change goes to the session
(an address change voids its lookup at once), and the fields show the session when it
changes elsewhere (a restored draft, the next participant). A failed lookup leaves the
session with no members; an answer for an address changed meanwhile is not taken.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from advocate_app.core.lookup.geography import STATE_NAMES, normalize_state
from advocate_app.flows.session import (
    LOOKUP,
    NEED_CITY_OR_ZIP,
    NEED_HOUSE_NUMBER,
    WRITER,
    ZIP_DIGITS,
    LookupQuery,
    QueryProblem,
)
from advocate_app.gui.widgets import add_row, heading, note, vbox

if TYPE_CHECKING:
    from advocate_app.core.lookup.result import LookupResult
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

IDENTITY_KEYS = ("name", "street", "city", "state", "zip", "email", "phone")
LOOKUP_KEY = "lookup"


class YouPage(QWidget):
    """The person's details and the lookup button."""

    lookup_finished = Signal(object)  # LookupResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pushing = False
        self._rendering = False
        layout = vbox(self, spacing=10)
        layout.addWidget(heading(self.tr("Who is writing?")))
        layout.addWidget(
            note(
                self.tr(
                    "Your members of Congress answer letters from the people they represent, so they "
                    "need your name and home address. Your street address is sent only to the U.S. "
                    "Census address service, to find your district."
                )
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self)
        self.street = QLineEdit(self)
        self.city = QLineEdit(self)
        self.state = QComboBox(self)
        self.state.setEditable(False)
        self.state.addItem(self.tr("Choose…"), "")
        for code, name in sorted(STATE_NAMES.items(), key=lambda item: item[1]):
            self.state.addItem(f"{name} ({code})", code)
        self.zip = QLineEdit(self)
        self.zip.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,5}(-\d{0,4})?"), self)
        )
        self.zip.setMaximumWidth(self.fontMetrics().horizontalAdvance("00000-00000") + 24)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Maria Lopez"))
        self.street.setPlaceholderText(self.tr("e.g. 1100 Congress Ave, Apt 4"))
        self.email.setPlaceholderText(self.tr("optional: printed under your name for a reply"))
        self.phone.setPlaceholderText(self.tr("optional: not printed in the letter"))
        for field in (self.name, self.street, self.city, self.email):
            field.setMaxLength(200)
        self.phone.setMaxLength(40)
        add_row(form, self.tr("&Full name:"), self.name, self.tr("Full name"))
        add_row(form, self.tr("&Street address:"), self.street, self.tr("Street address"))
        add_row(form, self.tr("C&ity:"), self.city, self.tr("City"))
        add_row(form, self.tr("S&tate:"), self.state, self.tr("State"))
        add_row(
            form,
            self.tr("&ZIP code:"),
            self.zip,
            self.tr("ZIP code"),
            self.tr("Five digits. A ZIP code alone may cover several districts."),
        )
        add_row(form, self.tr("&Email (optional):"), self.email, self.tr("Email"))
        add_row(form, self.tr("P&hone (optional):"), self.phone, self.tr("Phone"))
        layout.addLayout(form)

        self.remember = QCheckBox(self.tr("Re&member my details on this computer"), self)
        self.remember.setAccessibleName(self.tr("Remember my details on this computer"))
        self.remember.setToolTip(
            self.tr("Leave this off on a shared computer, for example at an event.")
        )
        layout.addWidget(self.remember)

        row = QHBoxLayout()
        self.find = QPushButton(self.tr("Fin&d my representatives"), self)
        self.find.setAccessibleName(self.tr("Find my representatives"))
        self.find.setDefault(True)
        self.find.setAutoDefault(True)
        self.find.clicked.connect(self.start_lookup)
        row.addWidget(self.find)
        row.addStretch(1)
        layout.addLayout(row)
        self.zip_hint = note(
            self.tr(
                "Only a ZIP code? That works, but about one ZIP code in five is split between "
                "districts; then Advocate asks for your street address."
            )
        )
        layout.addWidget(self.zip_hint)
        layout.addStretch(1)

        for field in (self.name, self.street, self.city, self.zip, self.email, self.phone):
            field.returnPressed.connect(self.start_lookup)
            field.textChanged.connect(self._on_field_changed)
        self.state.currentIndexChanged.connect(self._on_field_changed)
        ctx.runner.busy_changed.connect(self._on_runner_busy)
        ctx.session.subscribe(self._on_session_changed)
        self.load_identity()

    # --- the session -------------------------------------------------------------------
    def push(self) -> None:
        """What the fields say goes to the session (an address change voids its lookup)."""
        if self._rendering:
            return
        self._pushing = True
        try:
            changed = self.ctx.session.set_writer(**self.values())
        finally:
            self._pushing = False
        if LOOKUP in changed and self.ctx.runner.is_busy(LOOKUP_KEY):
            # The person changed the address while a lookup ran: that answer would be stale.
            self.ctx.runner.cancel(LOOKUP_KEY)

    def _on_field_changed(self, *_args: object) -> None:
        self.push()

    def _on_session_changed(self, changed: frozenset[str]) -> None:
        if WRITER in changed and not self._pushing:
            self.render()

    def render(self) -> None:
        """Show the session's writer (a restored draft, the next participant)."""
        writer = self.ctx.session.writer
        self._rendering = True
        try:
            for key in ("name", "street", "city", "zip", "email", "phone"):
                field = getattr(self, key)
                if " ".join(field.text().split()) != getattr(writer, key):
                    field.setText(getattr(writer, key))
            self.set_state(writer.state)
        finally:
            self._rendering = False

    # --- identity ----------------------------------------------------------------------
    def load_identity(self) -> None:
        settings = self.ctx.services.settings
        values = {key: str(settings.get(f"identity.{key}") or "") for key in IDENTITY_KEYS}
        self.set_fields(**values)
        self.remember.setChecked(bool(values["name"] or values["street"]))

    def set_fields(self, **values: str) -> None:
        for key in ("name", "street", "city", "zip", "email", "phone"):
            if key in values:
                getattr(self, key).setText(values[key])
        if "state" in values:
            self.set_state(values["state"])

    def set_state(self, text: str) -> None:
        code = normalize_state(text or "")
        index = self.state.findData(code) if code else 0
        self.state.setCurrentIndex(max(index, 0))

    def clear(self) -> None:
        """Start over for the next person (an event laptop)."""
        self.ctx.runner.cancel(LOOKUP_KEY)
        for field in (self.name, self.street, self.city, self.zip, self.email, self.phone):
            field.clear()
        self.state.setCurrentIndex(0)
        self.remember.setChecked(False)
        self.name.setFocus()

    def save_identity_if_wanted(self) -> None:
        settings = self.ctx.services.settings
        if not self.remember.isChecked():
            return
        values = self.values()
        for key in IDENTITY_KEYS:
            settings.set(f"identity.{key}", values[key])
        try:
            settings.save()
        except OSError as exc:
            log.warning("could not save the identity (%s)", type(exc).__name__)

    def values(self) -> dict[str, str]:
        return {
            "name": " ".join(self.name.text().split()),
            "street": " ".join(self.street.text().split()),
            "city": " ".join(self.city.text().split()),
            "state": str(self.state.currentData() or ""),
            "zip": self.zip.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
        }

    # --- lookup ------------------------------------------------------------------------
    def problem_text(self, problem: QueryProblem) -> str:
        return {
            NEED_HOUSE_NUMBER: self.tr(
                "Add the house number to your street address (for example 1100 Congress Ave)."
            ),
            NEED_CITY_OR_ZIP: self.tr(
                "Add your city and state, or your ZIP code, after the street address."
            ),
            ZIP_DIGITS: self.tr("A ZIP code has five digits."),
        }.get(
            problem.code,
            self.tr("Enter your street address, city and state, or at least your ZIP code."),
        )

    def start_lookup(self) -> None:
        self.push()
        query = self.ctx.session.query()
        if isinstance(query, QueryProblem):
            self.ctx.show_message(self.problem_text(query), "warning", ())
            getattr(self, query.field, self.street).setFocus()
            return
        from advocate_app.flows.lookup import find  # not at start-up: first lookup only

        services = self.ctx.services
        self.ctx.runner.submit(
            lambda: find(services.finder, query),
            lambda result: self._on_lookup_result(query, result),
            self._on_lookup_failed,
            key=LOOKUP_KEY,
            label=self.tr("Looking up your members of Congress…"),
        )

    def _on_lookup_result(self, query: LookupQuery, result: LookupResult) -> None:
        if not self.ctx.session.take_lookup(query, result, self.ctx.today()):
            return  # the address changed meanwhile: that answer is for another place
        self.save_identity_if_wanted()
        self.lookup_finished.emit(result)

    def _on_lookup_failed(self, error: BaseException) -> None:
        self.ctx.session.lookup_failed()  # no members at all, never the previous ones
        self.ctx.problem(error, retry=self.start_lookup)

    def _on_runner_busy(self, key: str, busy: bool) -> None:
        if key == LOOKUP_KEY:
            self.find.setEnabled(not busy)

    def focus_street(self) -> None:
        self.street.setFocus()
