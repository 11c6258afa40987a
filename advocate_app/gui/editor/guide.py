"""Help for organizers: the format guide shipped with the app, and the fields a letter can use.

The guide is ``templates/README.md``, found through ``core/paths.templates_dir`` so it is
there in a source checkout, an installed wheel and a packaged app alike; it is shown inside
the app (no browser, no file association needed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from advocate_app.core.letter_paragraphs import FIELDS
from advocate_app.core.paths import templates_dir


def guide_markdown() -> str:
    """The format guide's text ("" if this installation lacks it)."""
    try:
        return (templates_dir() / "README.md").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""


def fields_markdown() -> str:
    rows = "\n".join(f"| [{f.label}] | {f.example} | `{{{{ {f.expression} }}}}` |" for f in FIELDS)
    return (
        "# Fields a letter can use\n\n"
        "In the **Paragraphs** view, put a field in the text with **Insert field**; it is "
        "shown in brackets and each letter fills in its own value. The third column is what "
        "the app writes in the **Template code** view.\n\n"
        "| Field | Example | Template code |\n|---|---|---|\n"
        f"{rows}\n\n"
        "Every letter also gets, without a field: the date, the member's address, the "
        'greeting ("Dear Senator Lee:"), the writer\'s own story, the talking points they '
        'ticked, "Sincerely," and the writer\'s name and address.\n\n'
        "Template code can use more (every field of `member`, `constituent`, `bill` and "
        "`campaign`): see Help > Writing campaigns."
    )


class GuideDialog(QDialog):
    def __init__(self, title: str, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(title)
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(markdown or self.tr(
            "The guide is missing from this installation; reinstall Advocate."))  # fmt: skip
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 680)


def show_writing_guide(parent: QWidget) -> GuideDialog:
    title = QCoreApplication.translate("GuideDialog", "Writing campaigns")
    dialog = GuideDialog(title, guide_markdown(), parent)
    dialog.open()
    return dialog


def show_fields(parent: QWidget) -> GuideDialog:
    title = QCoreApplication.translate("GuideDialog", "Fields a letter can use")
    dialog = GuideDialog(title, fields_markdown(), parent)
    dialog.open()
    return dialog
