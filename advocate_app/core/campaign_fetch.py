"""Loading a campaign pack from a web address the organizer publishes.

Why: at an event, ten laptops need the same campaign. The organizer puts the pack's
``.zip`` on a website (or a file host that gives a direct link) and each laptop loads it
from that address. The download is a stranger's file like any other pack, so it goes
through exactly the same checks and safe install as a ``.zip`` from a USB stick
(``campaigns.import_pack_zip``), after these:

- ``https://`` only (plain ``http://`` is accepted for this computer itself, 127.0.0.1 /
  localhost, which is what tests and a local preview use);
- every redirect hop is checked by these same rules (a 302 to ``http://`` is refused);
- at most ``MAX_DOWNLOAD_BYTES``, enforced while the answer streams in (``HttpClient``);
- it must be a zip: a web page (a share link that leads to a preview page, a login page, a
  captive portal) gets a message saying so instead of "bad zip".

Every failure is an ``AdvocateError`` with a sentence for the organizer. This module only
downloads; ``campaigns.fetch_pack`` downloads and installs.
"""

from __future__ import annotations

import logging
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from advocate_app.core.campaign_pack import MAX_ARCHIVE_BYTES
from advocate_app.core.errors import InputProblem
from advocate_app.core.files import safe_filename

if TYPE_CHECKING:
    from advocate_app.core.http import HttpClient

log = logging.getLogger(__name__)

MAX_DOWNLOAD_BYTES = MAX_ARCHIVE_BYTES
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with files / an empty zip


class NotAPack(InputProblem):
    """The address answered, but not with a campaign pack."""


def check_pack_url(url: str) -> str:
    """The URL, stripped, if it may be used; ``InputProblem`` saying why not."""
    url = (url or "").strip()
    if not url:
        raise InputProblem("Type the web address of the campaign pack (it ends in .zip).")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InputProblem(
            f"'{url}' is not a web address. It should look like https://example.org/campaign.zip."
        )
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise InputProblem(
            "Campaign packs are loaded only over a secure connection: use the https:// "
            "address of the pack."
        )
    if parts.username or parts.password:
        raise InputProblem("Leave the user name and password out of the pack's web address.")
    return url


def pack_file_name(url: str) -> str:
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    if not name.lower().endswith(".zip"):
        name = "campaign.zip"
    return safe_filename(name)


def download_pack(http: HttpClient, url: str) -> bytes:
    """The pack's bytes from ``url`` (checked to be a zip), or a clear error."""
    url = check_pack_url(url)
    response = http.get(
        url,
        headers={"Accept": "application/zip, application/octet-stream;q=0.9, */*;q=0.1"},
        what=f"The campaign address ({urlsplit(url).hostname})",
        max_bytes=MAX_DOWNLOAD_BYTES,
        check_url=check_pack_url,  # every redirect hop by the same rules as the address
    )
    data = response.content
    if not data:
        raise NotAPack("The campaign address sent an empty answer, not a campaign pack (.zip).")
    if not data.startswith(_ZIP_MAGIC):
        head = data[:512].lstrip().lower()
        content_type = response.headers.get("Content-Type", "").lower()
        if "html" in content_type or head.startswith((b"<!doctype", b"<html", b"<")):
            raise NotAPack(
                "The campaign address leads to a web page, not to a campaign pack. Use the "
                "link that downloads the .zip file itself (a direct download link)."
            )
        raise NotAPack("The file at the campaign address is not a .zip campaign pack.")
    return data
