"""The manifest as a form: every field of ``campaign.toml`` a person can fill in.

The form holds no TOML: ``fields()`` returns a ``ManifestFields`` and ``set_fields`` fills
the form from one; ``core/campaign_manifest_fields.py`` writes the manifest. Each field
has a key ("title", "bills.house.number", "talking_points.2") so a problem found in the
manifest can focus the field to fix (``focus_field``).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advocate_app.core.campaign_manifest_fields import BillFields, ManifestFields
from advocate_app.core.campaign_model import BILL_TYPES, TEMPLATE_KEYS
from advocate_app.gui.widgets import add_row

_BILL_TYPE_LABELS = {
    "hr": "H.R.", "hres": "H.Res.", "hjres": "H.J.Res.", "hconres": "H.Con.Res.",
    "s": "S.", "sres": "S.Res.", "sjres": "S.J.Res.", "sconres": "S.Con.Res.",
}  # fmt: skip


def _short_text(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class BillBox(QGroupBox):
    """One chamber's bill; unchecked = the campaign writes to no one in that chamber."""

    changed = Signal()

    def __init__(self, chamber: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.chamber = chamber
        self.setCheckable(True)
        self.setAccessibleName(title)
        form = QFormLayout(self)
        self.type = QComboBox(self)
        for kind in BILL_TYPES:
            self.type.addItem(_BILL_TYPE_LABELS[kind], kind)
        self.number = QSpinBox(self)
        self.number.setRange(0, 99999)
        self.short_title = QLineEdit(self)
        self.official_title = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("optional: its congress.gov page is used"))
        prefix = self.tr("House bill") if chamber == "house" else self.tr("Senate bill")
        add_row(form, self.tr("T&ype:"), self.type, self.tr("{0} type").format(prefix))
        add_row(form, self.tr("N&umber:"), self.number, self.tr("{0} number").format(prefix))
        add_row(
            form,
            self.tr("Short title:"),
            self.short_title,
            self.tr("{0} short title").format(prefix),
        )
        add_row(form, self.tr("Official title:"), self.official_title,
                self.tr("{0} official title").format(prefix))  # fmt: skip
        add_row(form, self.tr("Web page:"), self.url, self.tr("{0} web page").format(prefix))
        self.toggled.connect(lambda _on: self.changed.emit())
        self.type.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.number.valueChanged.connect(lambda _v: self.changed.emit())
        for edit in (self.short_title, self.official_title, self.url):
            edit.textChanged.connect(lambda _t: self.changed.emit())

    def set_bill(self, bill: BillFields | None) -> None:
        self.setChecked(bill is not None)
        bill = bill or BillFields("hr" if self.chamber == "house" else "s")
        index = self.type.findData(bill.type.lower().replace(".", ""))
        self.type.setCurrentIndex(max(0, index))
        self.number.setValue(bill.number)
        self.short_title.setText(bill.short_title)
        self.official_title.setText(bill.official_title)
        self.url.setText(bill.url)

    def bill(self) -> BillFields | None:
        if not self.isChecked():
            return None
        return BillFields(str(self.type.currentData()), self.number.value(),
                          self.short_title.text().strip(), self.official_title.text().strip(),
                          self.url.text().strip())  # fmt: skip

    def widget_for(self, part: str) -> QWidget:
        return {"type": self.type, "number": self.number, "short_title": self.short_title,
                "official_title": self.official_title, "url": self.url}.get(part, self.type)  # fmt: skip


class PointsEditor(QWidget):
    """Talking points, each a few lines of text with a "ticked by default" box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Talking points"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: list[tuple[QWidget, QCheckBox, QPlainTextEdit]] = []
        self.add_point = QPushButton(self.tr("&Add point"), self)
        self.add_point.setAccessibleName(self.tr("Add talking point"))
        self.add_point.clicked.connect(self._on_add_point_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_point)
        row.addStretch(1)
        layout.addLayout(row)

    def set_points(self, points: list[tuple[str, bool]]) -> None:
        for box, _tick, _edit in self.rows:
            box.hide()
            box.setParent(None)  # gone at once (no stale "Talking point 1" for screen readers)
            box.deleteLater()
        self.rows.clear()
        for text, ticked in points:
            self._add_row(text, ticked)

    def points(self) -> list[tuple[str, bool]]:
        found = []
        for _box, tick, edit in self.rows:
            text = " ".join(edit.toPlainText().split())
            if text:
                found.append((text, tick.isChecked()))
        return found

    def edit_for(self, index: int) -> QPlainTextEdit | None:
        return self.rows[index][2] if 0 <= index < len(self.rows) else None

    def _add_row(self, text: str, ticked: bool) -> QPlainTextEdit:
        number = len(self.rows) + 1
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        tick = QCheckBox(self.tr("Point {0}: ticked at first").format(number), box)
        tick.setToolTip(self.tr("Ticked points are in the letter unless the person unticks them."))
        tick.setAccessibleName(self.tr("Talking point {0} ticked").format(number))
        tick.setChecked(ticked)
        remove = QPushButton(self.tr("Remove"), box)
        remove.setAccessibleName(self.tr("Remove talking point {0}").format(number))
        top.addWidget(tick, 1)
        top.addWidget(remove)
        edit = _short_text(box, 3)
        edit.setAccessibleName(self.tr("Talking point {0}").format(number))
        edit.setPlainText(text)
        layout.addLayout(top)
        layout.addWidget(edit)
        self.rows_box.addWidget(box)
        entry = (box, tick, edit)
        self.rows.append(entry)
        tick.toggled.connect(lambda _on: self.changed.emit())
        edit.textChanged.connect(self.changed.emit)
        remove.clicked.connect(lambda: self._remove(entry))
        return edit

    def _remove(self, entry: tuple[QWidget, QCheckBox, QPlainTextEdit]) -> None:
        points = [(e.toPlainText(), t.isChecked()) for b, t, e in self.rows if b is not entry[0]]
        self.set_points(points)
        self.changed.emit()

    def _on_add_point_clicked(self) -> None:
        edit = self._add_row("", True)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()


class ManifestForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.id = QLineEdit(self)
        self.id.setPlaceholderText(self.tr("e.g. stop-csam-austin"))
        self.title = QLineEdit(self)
        self.summary = _short_text(self, 4)
        self.congress = QSpinBox(self)
        self.congress.setRange(1, 300)
        self.end_date = QLineEdit(self)
        self.end_date.setPlaceholderText(self.tr("optional, e.g. 2027-01-03"))
        self.subject = QLineEdit(self)
        self.organizer_email = QLineEdit(self)
        self.organizer_email.setPlaceholderText(self.tr("optional: name@example.org"))
        self.source_url = QLineEdit(self)
        self.source_url.setPlaceholderText(self.tr("optional: https://example.org/campaign.zip"))
        add_row(form, self.tr("&Id:"), self.id, self.tr("Campaign id"),
                self.tr("3 to 64 lowercase letters, digits or dashes; it names the pack."))  # fmt: skip
        add_row(form, self.tr("&Title:"), self.title, self.tr("Campaign title"))
        add_row(form, self.tr("Su&mmary:"), self.summary, self.tr("Summary"))
        add_row(form, self.tr("&Congress:"), self.congress, self.tr("Congress"),
                self.tr("The Congress the bills belong to; they die when it ends."))  # fmt: skip
        add_row(form, self.tr("&End date:"), self.end_date, self.tr("End date"))
        add_row(form, self.tr("Su&bject:"), self.subject, self.tr("Subject line"),
                self.tr("May use {bill}, {short_title} and {title}."))  # fmt: skip
        add_row(
            form, self.tr("&Organizer email:"), self.organizer_email, self.tr("Organizer email")
        )
        add_row(form, self.tr("&Updates published at:"), self.source_url, self.tr("Update address"),
                self.tr("Where you will publish this pack's successor (for a new Congress). "
                        "Advocate fetches it only when someone asks ('advocate campaign update')."))  # fmt: skip
        layout.addLayout(form)

        self.house = BillBox("house", self.tr("Bill for the House"), self)
        self.senate = BillBox("senate", self.tr("Bill for the Senate"), self)
        layout.addWidget(self.house)
        layout.addWidget(self.senate)

        templates = QGroupBox(self.tr("Which template each member gets"), self)
        templates_form = QFormLayout(templates)
        self.template_choices: dict[str, QComboBox] = {}
        labels = {"house": self.tr("Representatives:"), "senate": self.tr("Senators:"),
                  "delegate": self.tr("Delegates:"),
                  "resident_commissioner": self.tr("Resident Commissioner:")}  # fmt: skip
        for key in TEMPLATE_KEYS:
            combo = QComboBox(templates)
            combo.currentIndexChanged.connect(self._on_changed)
            add_row(templates_form, labels[key], combo,
                    self.tr("Template for {0}").format(labels[key].rstrip(":")))  # fmt: skip
            self.template_choices[key] = combo
        layout.addWidget(templates)

        points = QGroupBox(self.tr("Talking points"), self)
        points_layout = QVBoxLayout(points)
        hint = QLabel(self.tr("Ticked ones are chosen unless the person changes them."), points)
        hint.setWordWrap(True)
        points_layout.addWidget(hint)
        self.points = PointsEditor(points)
        self.points.changed.connect(self._on_changed)
        points_layout.addWidget(self.points)
        layout.addWidget(points)

        prompts_form = QFormLayout()
        self.prompts = _short_text(self, 4)
        add_row(prompts_form, self.tr("Story &prompts (one per line):"), self.prompts,
                self.tr("Story prompts"))  # fmt: skip
        layout.addLayout(prompts_form)
        layout.addStretch(1)

        for edit in (self.id, self.title, self.end_date, self.subject, self.organizer_email,
                     self.source_url):  # fmt: skip
            edit.textChanged.connect(self._on_changed)
        for text in (self.summary, self.prompts):
            text.textChanged.connect(self._on_changed)
        self.congress.valueChanged.connect(self._on_changed)
        self.house.changed.connect(self._on_changed)
        self.senate.changed.connect(self._on_changed)

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # --- filling and reading -------------------------------------------------------------
    def set_template_files(self, names: list[str]) -> None:
        """The template files the pack has (the choices for each role)."""
        self._loading = True
        for combo in self.template_choices.values():
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = False

    def set_fields(self, fields: ManifestFields, template_files: list[str]) -> None:
        self._loading = True
        try:
            self.id.setText(fields.id)
            self.title.setText(fields.title)
            self.summary.setPlainText(fields.summary)
            self.congress.setValue(fields.congress or 119)
            self.end_date.setText(fields.end_date)
            self.subject.setText(fields.subject)
            self.organizer_email.setText(fields.organizer_email)
            self.source_url.setText(fields.source_url)
            self.house.set_bill(fields.bills.get("house"))
            self.senate.set_bill(fields.bills.get("senate"))
            self.set_template_files(template_files)
            self._loading = True
            for key, combo in self.template_choices.items():
                name = fields.templates.get(key, "")
                if name and combo.findData(name) < 0:
                    combo.addItem(name, name)  # named but missing: the check says so
                combo.setCurrentIndex(max(0, combo.findData(name)))
            self.points.set_points(fields.talking_points)
            self.prompts.setPlainText("\n".join(fields.story_prompts))
        finally:
            self._loading = False

    def fields(self) -> ManifestFields:
        bills = {
            c: b for c, b in (("house", self.house.bill()), ("senate", self.senate.bill())) if b
        }
        points = self.points.points()
        return ManifestFields(
            id=self.id.text().strip(), title=self.title.text().strip(),
            summary=" ".join(self.summary.toPlainText().split()), congress=self.congress.value(),
            end_date=self.end_date.text().strip(), subject=self.subject.text().strip(),
            organizer_email=self.organizer_email.text().strip(),
            source_url=self.source_url.text().strip(), bills=bills,
            templates={k: str(c.currentData() or "") for k, c in self.template_choices.items()
                       if c.currentData()},
            talking_points=points,
            story_prompts=[p.strip() for p in self.prompts.toPlainText().splitlines() if p.strip()],
        )  # fmt: skip

    def focus_field(self, key: str) -> QWidget | None:
        """Focus the field a manifest problem is about; returns it (None when unknown)."""
        parts = key.split(".")
        target: QWidget | None = {
            "id": self.id, "title": self.title, "summary": self.summary, "congress": self.congress,
            "end_date": self.end_date, "subject": self.subject,
            "organizer_email": self.organizer_email, "source_url": self.source_url,
            "story_prompts": self.prompts,
            "talking_points": self.points,
        }.get(parts[0])  # fmt: skip
        if parts[0] == "bills" and len(parts) > 1:
            box = self.house if parts[1] == "house" else self.senate
            target = box.widget_for(parts[2] if len(parts) > 2 else "type")
        elif parts[0] == "templates":
            target = self.template_choices.get(parts[1] if len(parts) > 1 else "house")
        elif parts[0] == "talking_points" and len(parts) > 1 and parts[1].isdigit():
            target = self.points.edit_for(int(parts[1])) or self.points
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target


def today_text() -> str:
    return QDate.currentDate().toString("yyyy-MM-dd")
