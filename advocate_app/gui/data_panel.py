"""First run: the public datasets are downloaded with a progress bar, or the way to get
them without internet is explained.

Checking is a look at the cache folder (no network), so it costs nothing at start-up; the
download itself runs through the task runner after the window is on screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QWidget

from advocate_app.gui.widgets import KIND_COLOURS, announce, note, vbox

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

DATA_KEY = "data"
REQUIRED = ("legislators", "zip_crosswalk")


def missing_datasets(ctx: AppContext) -> list[str]:
    """Required datasets with neither a downloaded nor a bundled copy."""
    datasets = ctx.services.datasets
    return [
        name
        for name in REQUIRED
        if name in datasets.sources and datasets.info(name).origin == "missing"
    ]


def download_all(datasets: Any, progress: Any) -> dict[str, str]:
    """Worker: refresh every dataset, reporting progress; raise the first required failure."""
    from advocate_app.core.errors import AdvocateError

    names = list(datasets.sources)
    results: dict[str, str] = {}
    first_error: AdvocateError | None = None
    for done, name in enumerate(names):
        if progress(done, len(names)) is False:
            break
        try:
            results[name] = datasets.refresh(name)
        except AdvocateError as exc:
            results[name] = f"failed: {exc}"
            if datasets.sources[name].required and datasets.info(name).origin == "missing":
                first_error = first_error or exc
    progress(len(names), len(names))
    if first_error is not None:
        raise first_error
    return results


class DataPanel(QFrame):
    """Shown only while required data is missing: the one place that explains it.

    While it is needed, it also takes over the window's explanation of missing data: a lookup
    that fails because the data is not there points here instead of raising a second banner
    (``AppContext.on_data_missing``). Worded for a person at a window: buttons, not commands.
    The progress bar shows only while a download runs; it moves (busy, then one step per
    list), and the panel goes away once the data is in.
    """

    data_ready = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dataPanel")
        self.setAccessibleName(self.tr("Data download"))
        self.text = note()
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.bar.hide()
        self.retry = QPushButton(self.tr("&Download now"), self)
        self.retry.setAccessibleName(self.tr("Download now"))
        self.retry.clicked.connect(self.download)
        self.settings_button = QPushButton(self.tr("Data settings…"), self)
        self.settings_button.setAccessibleName(self.tr("Data settings"))
        self.settings_button.clicked.connect(lambda: ctx.open_settings("data"))
        layout = vbox(self, margins=12)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addStretch(0)
        row.addWidget(self.retry)
        row.addWidget(self.settings_button)
        layout.addLayout(row)
        self.downloading = False
        self.failed = False
        ctx.on_data_missing = self.explain_missing
        self.hide()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """Styled when first shown, not at start-up: the panel starts hidden, and a style
        sheet costs time before the window's first paint."""
        if visible and not self.styleSheet():
            background, foreground, border = KIND_COLOURS["info"]
            self.setStyleSheet(
                f"QFrame#dataPanel {{ background: {background}; border: 2px solid {border};"
                f" border-radius: 6px; }} QFrame#dataPanel QLabel {{ color: {foreground}; }}"
            )
        super().setVisible(visible)

    def check(self, *, start: bool = True) -> bool:
        """Show the panel (and start the download) if data is missing; True if it is."""
        try:
            missing = missing_datasets(self.ctx)
        except Exception as exc:  # noqa: BLE001 - a broken cache folder must not stop the window
            log.warning("could not check the data cache (%s)", type(exc).__name__)
            return False
        if not missing:
            self._all_there()
            return False
        if not self.failed and not self.downloading:
            self.text.setText(
                self.tr(
                    "Before it can find anyone's members of Congress, Advocate needs two public "
                    "lists: the members of Congress and the ZIP code table (a few megabytes, "
                    "downloaded once and kept for offline use)."
                )
            )
        self.show()
        if start and not self.downloading:
            self.download()
        return True

    def explain_missing(self, _error: BaseException) -> None:
        """A lookup needed the data that is missing: say so here, not in a second banner."""
        if not self.check(start=False):
            # The data arrived in the meantime (another window, Settings): just try again.
            self.ctx.show_message(
                self.tr("The public data is here now. Press “Find my representatives” again."),
                "info",
                [],
            )
            return
        if not self.downloading:
            self.text.setText(
                self.tr(
                    "To find members of Congress, Advocate first needs the public lists of "
                    "members and ZIP codes, and they are not on this computer yet. Connect to "
                    "the internet and press “{0}”, or choose a folder or USB stick with the "
                    "files in “Data settings”."
                ).format(self.retry.accessibleName())
            )
        announce(self)
        (self.settings_button if self.downloading else self.retry).setFocus()

    def download(self) -> None:
        datasets = self.ctx.services.datasets
        self.downloading = True
        self.retry.setEnabled(False)
        self.bar.setRange(0, 0)  # busy until the first list is in
        self.bar.show()
        self.text.setText(
            self.tr("Downloading the public data… You can fill in your details meanwhile.")
        )

        def fetch(progress: Any) -> dict[str, str]:
            return download_all(datasets, progress)

        self.ctx.runner.submit(
            fetch,
            self._on_done,
            self._on_failed,
            key=DATA_KEY,
            label=self.tr("Downloading data…"),
            on_progress=self._on_progress,
        )

    def _on_progress(self, done: int, total: int) -> None:
        if done <= 0:  # nothing finished yet: keep the busy animation rather than 0 %
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _on_done(self, _results: dict[str, str]) -> None:
        self.ctx.services.reload_data()
        self.downloading = self.failed = False
        self.retry.setEnabled(True)
        self._all_there()
        self.ctx.show_message(
            self.tr("The public data is downloaded. Advocate now works offline too."), "success", []
        )
        self.data_ready.emit()

    def _all_there(self) -> None:
        """The data is in: the panel and its bar go; so does an older message about it."""
        was_shown = self.isVisible() or self.failed
        self.failed = False
        self.bar.hide()
        self.hide()
        banner = getattr(self.window(), "banner", None)
        if was_shown and banner is not None and getattr(banner, "kind", "") == "error":
            banner.dismiss()

    def _on_failed(self, error: BaseException) -> None:
        from advocate_app.gui.context import error_text

        self.downloading = False
        self.failed = True
        self.retry.setEnabled(True)
        self.retry.setText(self.tr("&Try again"))
        self.retry.setAccessibleName(self.tr("Try again"))
        self.bar.hide()
        self.text.setText(
            self.tr(
                "The public data could not be downloaded, so Advocate cannot look anyone up "
                "yet. Connect to the internet and press “Try again”. Without internet, copy "
                "the data from another computer, or choose a folder or USB stick with the files "
                "in “Data settings”.\n\nWhat happened: {0}"
            ).format(error_text(error))
        )
        announce(self)
