"""The one way the window opens a link: web pages, mail links we build, the person's folder.

Why one function: member data (``Website``, ``Contact form``), campaign packs and services
are strangers' text. A member record whose website is ``file:///etc/passwd`` or
``smb://attacker/share`` must not open a file manager or mount a share; only ``https:`` and
``http:`` pages are opened, ``mailto:`` only where Advocate built the link itself (the Send
page's "Open in my mail program"), and a folder only through ``open_folder`` (our own PDFs).

At an event (gui/event) a participant gets no web pages at all unless the organizer allowed
web forms, and never a file manager: the PDF folder holds earlier participants' letters.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext

log = logging.getLogger(__name__)

WEB_SCHEMES = frozenset({"https", "http"})


def allowed_url(url: str, *, mailto: bool = False) -> bool:
    """True for an ``https:``/``http:`` address with a host (and ``mailto:`` when asked)."""
    url = (url or "").strip()
    if not url or any(ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES:
        return bool(parts.hostname) and not (parts.username or parts.password)
    return mailto and scheme == "mailto"


def _event_active(ctx: AppContext) -> bool:
    event = getattr(ctx, "event", None)
    return bool(event is not None and event.active)


def web_allowed(ctx: AppContext) -> bool:
    """Web pages may open: always outside an event; at one, only if web forms are allowed."""
    return not _event_active(ctx) or bool(ctx.event.allows("contact_form"))


def open_link(ctx: AppContext, url: str, *, mailto: bool = False) -> bool:
    """Open ``url`` through the window's opener if the rules above allow it; False if not."""
    if not allowed_url(url, mailto=mailto):
        log.warning("refused to open a link (scheme %r)", urlsplit(url or "").scheme[:20])
        ctx.show_message(
            QCoreApplication.translate(
                "Links", "This link was not opened: Advocate opens only web pages (https://)."
            ),
            "warning",
            [],
        )
        return False
    if urlsplit(url).scheme.lower() in WEB_SCHEMES and not web_allowed(ctx):
        ctx.show_message(
            QCoreApplication.translate("Links", "Web pages are turned off at this event."),
            "info",
            [],
        )
        return False
    return bool(ctx.open_url(url))


def folder_allowed(ctx: AppContext) -> bool:
    """A file manager may open: never at an event (the folder holds others' letters)."""
    return not _event_active(ctx)


def open_folder(ctx: AppContext, folder: Path) -> bool:
    """Show one of the person's own folders in the file manager (never at an event)."""
    if not folder_allowed(ctx):
        return False
    from PySide6.QtCore import QUrl

    return bool(ctx.open_url(QUrl.fromLocalFile(str(folder)).toString()))


def openable_by_desktop(url: str) -> bool:
    """The last check before the desktop opens anything: web, mail or a local folder."""
    parts = urlsplit(url or "")
    local = parts.scheme.lower() == "file" and not parts.netloc
    return allowed_url(url, mailto=True) or (local and Path(unquote(parts.path)).is_dir())
