"""The campaign editor's file actions, as a mixin of ``CampaignEditor``.

"Save" writes back to the pack folder that was opened (never to a built-in pack); "Save as
folder", "Export .zip", "Import .zip", "Load from web address" and "Use in Advocate" go
through the same safe reading and writing as every pack (``campaign_pack``), on the task
runner. File choosers are opened with ``open()`` and call the plain methods (``open_path``,
``save_to``, ``export_to``, ``load_url``, ``copy_as``) that tests call directly.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from advocate_app.core.campaign_draft import PackDraft
from advocate_app.core.campaign_pack import MANIFEST

if TYPE_CHECKING:
    from advocate_app.gui.editor.window import CampaignEditor

    _Base = CampaignEditor
else:
    _Base = object


class PackFiles(_Base):
    def _run(self, fn: Any, done: Any, label: str) -> None:
        self.ctx.runner.submit(fn, done, lambda exc: self.banner.show_message(_text(exc), "error"),
                               key="editor-file", label=label)  # fmt: skip

    def open_path(self, path: Path) -> None:
        """Open a pack folder or .zip (read safely; a refused pack shows why)."""
        path = Path(path)
        self._run(lambda: PackDraft.from_path(path), lambda draft: self._opened(draft, path),
                  self.tr("Opening the pack…"))  # fmt: skip

    def _opened(self, draft: PackDraft, path: Path) -> None:
        self.load(draft, path if path.is_dir() else None)
        self.banner.show_message(self.tr("Opened {0}.").format(path), "info")

    def save(self) -> None:
        if self.source is None or self.builtin:
            self._on_save_as_triggered()
            return
        self.save_to(self.source)

    def save_to(self, folder: Path) -> None:
        """Write the pack as ``folder`` (checked first: a pack with errors is not written)."""
        draft, folder = self.draft(), Path(folder)
        self._run(
            lambda: draft.save_folder(folder), self._on_saved, self.tr("Saving the campaign…")
        )

    def _on_saved(self, folder: Path) -> None:
        self.source, self.builtin = Path(folder), False
        self.mark_saved()
        self.banner.show_message(self.tr("Saved the campaign in {0}.").format(folder), "success")
        self.saved.emit(str(folder))

    def export_to(self, zip_path: Path) -> None:
        draft, zip_path = self.draft(), Path(zip_path)
        self._run(lambda: draft.export_zip(zip_path),
                  lambda path: self.banner.show_message(self.tr("Wrote {0}. Share it with the other laptops.").format(path), "success"),
                  self.tr("Writing the .zip…"))  # fmt: skip

    def install(self) -> None:
        """Check the pack and install it for this computer (the Letter step lists it)."""
        draft, library = self.draft(), self.ctx.services.campaigns

        def work() -> Any:
            with tempfile.TemporaryDirectory(prefix="advocate-editor-") as tmp:
                archive = draft.export_zip(Path(tmp) / f"{draft.fields.id}.zip")
                return library.import_zip(archive, replace=True)

        self._run(work, lambda campaign: self.banner.show_message(
            self.tr("“{0}” is installed: choose it on the Letter step.").format(campaign.title), "success"),
            self.tr("Installing the campaign…"))  # fmt: skip

    def load_url(self, url: str) -> None:
        http = self.ctx.services.http

        def work() -> PackDraft:
            from advocate_app.core.campaign_fetch import download_pack

            data = download_pack(http, url)
            with tempfile.TemporaryDirectory(prefix="advocate-editor-") as tmp:
                archive = Path(tmp) / "campaign.zip"
                archive.write_bytes(data)
                return PackDraft.from_path(archive)

        self._run(work, lambda draft: self.load(draft), self.tr("Loading the campaign…"))

    def copy_as(self, new_id: str) -> None:
        """ "New campaign from this one": the same text under a new id, not yet saved."""
        draft = self.draft().copy_as(new_id.strip(), self.form.title.text().strip())
        self.load(draft)
        self._baseline = ()  # not saved anywhere yet: stays marked until it is
        self.dirty = True
        self._update_title()

    def _on_new_triggered(self) -> None:
        if self.confirm_discard():
            self.new_campaign_wizard()

    def new_campaign_wizard(self) -> Any:
        """File > New campaign: the questions (``editor/wizard.py``), then the new pack."""
        from advocate_app.gui.editor.wizard import NewCampaignWizard

        wizard = NewCampaignWizard(self)
        wizard.accepted.connect(lambda: self.start_campaign(wizard.answers()))
        wizard.open()
        return wizard

    def start_campaign(self, answers: Any) -> None:
        from advocate_app.core.new_campaign import new_campaign

        self.load(new_campaign(answers))
        self._baseline = ()  # not saved anywhere yet
        self.dirty = True
        self._update_title()
        self.banner.show_message(self.tr(
            "Your campaign is ready to try: read the previews, change the paragraphs if you "
            "like, then File > Save as folder."), "info")  # fmt: skip

    def _file_dialog(self, title: str, mode: QFileDialog.FileMode, slot: Any, *, save: bool = False,
                     filter_: str = "") -> None:  # fmt: skip
        dialog = QFileDialog(self, title)
        dialog.setFileMode(mode)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("zip")
        if filter_:
            dialog.setNameFilter(filter_)
        if mode == QFileDialog.FileMode.Directory:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: path and slot(Path(path)))
        dialog.open()

    def _on_open_folder_triggered(self) -> None:
        if self.confirm_discard():
            self._file_dialog(
                self.tr("Open a campaign pack folder"),
                QFileDialog.FileMode.Directory,
                self.open_path,
            )

    def _on_import_zip_triggered(self) -> None:
        if self.confirm_discard():
            self._file_dialog(self.tr("Import a campaign pack"), QFileDialog.FileMode.ExistingFile,
                              self.open_path, filter_=self.tr("Campaign packs (*.zip)"))  # fmt: skip

    def _on_save_as_triggered(self) -> None:
        def chosen(parent: Path) -> None:
            target = (
                parent
                if (parent / MANIFEST).exists()
                else parent / (self.form.id.text().strip() or "campaign")
            )
            self.save_to(target)

        self._file_dialog(
            self.tr("Choose the folder to save the pack in"), QFileDialog.FileMode.Directory, chosen
        )

    def _on_export_triggered(self) -> None:
        self._file_dialog(self.tr("Export the campaign as .zip"), QFileDialog.FileMode.AnyFile, self.export_to,
                          save=True, filter_=self.tr("Campaign packs (*.zip)"))  # fmt: skip

    def _on_load_url_triggered(self) -> None:
        if not self.confirm_discard():
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Load from web address"))
        dialog.setLabelText(self.tr("The https:// address of the campaign pack (.zip):"))
        dialog.textValueSelected.connect(self.load_url)
        dialog.open()

    def _on_copy_triggered(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New campaign from this one"))
        dialog.setLabelText(self.tr("Id of the new campaign (lowercase letters, digits, dashes):"))
        dialog.setTextValue(f"{self.form.id.text().strip()}-copy")
        dialog.textValueSelected.connect(self.copy_as)
        dialog.open()

    def _ask_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This campaign has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Discard


def _text(error: BaseException) -> str:
    from advocate_app.gui.context import error_text

    return error_text(error)
