""" "Delete my data": everything personal Advocate keeps on this computer, gone.

What goes (``delete_my_data``):
- the letter archive and the outbox (including letters still waiting to be sent), and
  drafts: rows deleted (``secure_delete`` overwrites them), then the database is rebuilt
  (``VACUUM``) and its write-ahead log truncated, so no old page survives in the file;
- copies kept aside when a damaged settings file or database was replaced (they hold the
  same personal data);
- cached answers from services (Congress.gov bill status), and the log files;
- the identity in settings (``identity.*``: name, address, email, phone). With
  ``accounts=True`` also the mail account (``smtp.user``, ``smtp.from``,
  ``organizer.email``) and the passwords and keys Advocate put in the system keyring.

What stays, because it is not about the person: the public datasets and their derived
indexes (members of Congress, ZIP table), installed campaign packs, event tallies (counts
with no writer's data), other settings. Files the person saved (PDFs and so on) are theirs:
Advocate never deletes them.

Refused (``ServiceUnavailable``) while another Advocate window or command is sending
letters: deleting the outbox under a sender could leave the database disagreeing with the
mail server.

It is given the store, the settings, the folders and the secret stores (not the app's
``Services``), and runs no SQL itself: the outbox, the archive and the drafts each empty
their own table, in one transaction.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_app.core.errors import ServiceUnavailable
from advocate_app.core.messages import Message

if TYPE_CHECKING:
    from advocate_app.core.paths import AppPaths
    from advocate_app.core.secrets import SecretStore, SessionSecrets
    from advocate_app.core.settings import Settings
    from advocate_app.core.store import Store

log = logging.getLogger(__name__)

ACCOUNT_KEYS = ("smtp.user", "smtp.from", "organizer.email")


@dataclass
class ForgetReport:
    """What was removed, for the person to read (counts, never contents)."""

    letters: int = 0  # archive entries
    outbox: int = 0  # outbox rows, of which ``unsent`` had not been sent
    unsent: int = 0
    drafts: int = 0
    files: list[Path] = field(default_factory=list)  # files and folders deleted
    settings_cleared: list[str] = field(default_factory=list)
    secrets_removed: int = 0

    def lines(self) -> list[str]:
        plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
        out = [
            f"Deleted {plural(self.letters, 'letter')} from the history, "
            f"{plural(self.outbox, 'letter')} from the outbox and {plural(self.drafts, 'draft')}.",
        ]
        if self.unsent:
            out.append(f"{plural(self.unsent, 'letter')} that had not been sent will not be sent.")
        if self.files:
            out.append(
                f"Deleted {plural(len(self.files), 'file')} of saved answers, logs and old copies."
            )
        if self.settings_cleared:
            out.append("Cleared from the settings: " + ", ".join(self.settings_cleared) + ".")
        if self.secrets_removed:
            out.append(
                f"Removed {plural(self.secrets_removed, 'password')} from the system keyring."
            )
        return out


def unsent_count(store: Store) -> int:
    """Letters still waiting in the outbox (to warn before deleting them)."""
    from advocate_app.core.delivery.outbox import Outbox

    return Outbox(store).unsent_count()


def delete_my_data(
    store: Store,
    settings: Settings,
    paths: AppPaths,
    *,
    secrets: SecretStore | None = None,
    session_secrets: SessionSecrets | None = None,
    accounts: bool = False,
) -> ForgetReport:
    """Remove the person's data (see the module doc); returns what was removed.

    ``secrets`` (the keyring) and ``session_secrets`` are only touched with ``accounts``.
    Each table is emptied by the module that owns it (outbox, archive, drafts).
    """
    report = ForgetReport()
    _forget_database(store, report)
    _forget_files(paths, report)
    if accounts:  # before the settings: the keyring names come from smtp.user/smtp.host
        _forget_secrets(settings, secrets, session_secrets, report)
    _forget_settings(settings, report, accounts=accounts)
    log.info(
        "deleted personal data: %d archive, %d outbox, %d drafts, %d files",
        report.letters, report.outbox, report.drafts, len(report.files),
    )  # fmt: skip
    return report


def _forget_database(store: Store, report: ForgetReport) -> None:
    from advocate_app.core.archive import Archive
    from advocate_app.core.delivery.outbox import Outbox
    from advocate_app.core.drafts import Drafts

    outbox = Outbox(store)
    if not outbox.pause_sending():  # the outbox's own lock: nobody sends meanwhile
        raise ServiceUnavailable(Message("privacy.sending_now"))
    try:
        with store.transaction():
            report.outbox, report.unsent = outbox.delete_all()
            report.letters = Archive(store).delete_all()
            report.drafts = Drafts(store).discard_all()
        store.compact()  # no freed page of the old rows stays in the file
    finally:
        outbox.resume_sending()


def _forget_files(paths: AppPaths, report: ForgetReport) -> None:
    from advocate_app.core.logs import log_files

    doomed: list[Path] = []
    doomed += sorted(paths.config_dir.glob(paths.settings_file.name + ".corrupt-*"))
    doomed += sorted(paths.data_dir.glob(paths.database_file.name + ".corrupt-*"))
    doomed += [paths.cache_dir / "bills"]
    _close_log_files(paths.log_dir)
    doomed += log_files(paths.log_dir)
    for path in doomed:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
            else:
                continue
        except OSError as exc:
            log.warning("could not delete a file (%s)", type(exc).__name__)
            continue
        report.files.append(path)


def _close_log_files(log_dir: Path) -> None:
    """Close our handler's file (Windows cannot delete an open file); it reopens on use."""
    for handler in logging.getLogger().handlers:
        base = getattr(handler, "baseFilename", "")
        if base and Path(base).parent == Path(log_dir) and isinstance(handler, logging.FileHandler):
            handler.close()


def _forget_settings(settings: Settings, report: ForgetReport, *, accounts: bool) -> None:
    from advocate_app.core.settings import DEFAULTS

    keys = [k for k in DEFAULTS if k.startswith("identity.")]
    if accounts:
        keys += list(ACCOUNT_KEYS)
    for key in keys:
        if settings.stored(key) != DEFAULTS[key]:
            settings.set(key, DEFAULTS[key])
            report.settings_cleared.append(key)
    if report.settings_cleared:
        settings.save()


def _forget_secrets(
    settings: Settings,
    secrets: SecretStore | None,
    session_secrets: SessionSecrets | None,
    report: ForgetReport,
) -> None:
    """The mail password(s) and the Congress.gov key Advocate saved in the keyring."""
    from advocate_app.core.bills import KEYRING_USER
    from advocate_app.core.secrets import SecretStoreUnavailable, smtp_account

    names = {KEYRING_USER}
    user, host = str(settings.stored("smtp.user")), str(settings.stored("smtp.host"))
    if user.strip() and host.strip():
        names.add(smtp_account(user, host))
    for name in sorted(names):
        if secrets is None:
            break
        try:
            if secrets.delete(name):
                report.secrets_removed += 1
        except SecretStoreUnavailable as exc:
            log.info("keyring unavailable while deleting (%s)", type(exc).__name__)
    if session_secrets is not None:
        session_secrets.clear()
