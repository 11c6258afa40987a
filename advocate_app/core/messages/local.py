"""Message catalogue, local: what lives on this computer.

The codes of the system keyring (core/secrets.py), the database (core/store.py), installed
campaign packs (core/campaigns.py, core/campaign_model.py) and "Delete my data"
(core/privacy.py).

English templates by code; ``advocate_app/core/messages/__init__.py`` merges every area into
``CATALOGUE``. Add a code to the area it belongs to (Qt's ``lupdate`` reads these files).
"""

from __future__ import annotations

from advocate_app.core.messages.translate_noop import QT_TRANSLATE_NOOP

LOCAL: dict[str, str] = {
    # the system keyring (core/secrets.py)
    "secrets.no_keyring": QT_TRANSLATE_NOOP(
        "Message",
        "This computer has no password store (keyring) that Advocate can use, so the password "
        "cannot be saved. You can enter it for this session only; on the command line, set "
        "ADVOCATE_SMTP_PASSWORD instead.",
    ),
    "secrets.locked": QT_TRANSLATE_NOOP(
        "Message",
        "The system password store is locked. Unlock it (sign in to your desktop keyring) and "
        "try again, or enter the password for this session only.",
    ),
    "secrets.failed": QT_TRANSLATE_NOOP(
        "Message",
        "The system password store did not answer. Try again, or enter the password for this "
        "session only.",
    ),
    # the local database (core/store.py)
    "store.busy": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate's data file is busy (another Advocate window or command is using it). "
        "Try again in a moment.",
    ),
    "store.cannot_write": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate cannot open or write its data file. Check that the disk is not full and "
        "that the folder can be written.",
    ),
    "store.cannot_write_at": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate cannot open or write its data file at {path}. Check that the disk is not "
        "full and that the folder can be written.",
    ),
    "store.cannot_create": QT_TRANSLATE_NOOP(
        "Message", "Advocate could not create a new data file."
    ),
    "store.too_new": QT_TRANSLATE_NOOP(
        "Message",
        "Your saved letters were written by a newer version of Advocate. Update Advocate to "
        "open them (nothing was changed).",
    ),
    # campaign packs (core/campaigns.py, core/campaign_model.py); problems stay as written
    "campaigns.unknown": QT_TRANSLATE_NOOP(
        "Message",
        "There is no campaign '{campaign}'. Available: {known}. See 'advocate campaigns list'.",
    ),
    "campaigns.none": QT_TRANSLATE_NOOP("Message", "none"),
    "campaigns.reserved_id": QT_TRANSLATE_NOOP(
        "Message",
        "The pack uses the id '{campaign}' of a campaign built into the app. Give it a "
        "different id in campaign.toml.",
    ),
    "campaigns.no_user_folder": QT_TRANSLATE_NOOP(
        "Message", "This profile has no folder for installed campaigns."
    ),
    "campaigns.no_folder": QT_TRANSLATE_NOOP(
        "Message", "The campaign '{campaign}' has no folder to export."
    ),
    "campaigns.unusable": QT_TRANSLATE_NOOP(
        "Message", "The campaign pack {source} cannot be used:\n{problems}"
    ),
    "campaigns.more_problems": QT_TRANSLATE_NOOP("Message", "\n  ... and {count} more"),
    # "Delete my data" (core/privacy.py)
    "privacy.sending_now": QT_TRANSLATE_NOOP(
        "Message",
        "Another Advocate window or command is sending letters right now. Try again when it "
        "has finished; nothing was deleted.",
    ),
}
