"""Campaign packs for the successor tests: the built-in STOP CSAM pack under another id,
congress and bill numbers, optionally naming where its successor is published."""

from __future__ import annotations

import re
import shutil

from advocate_app.core.paths import templates_dir


def make_pack(
    folder, *, pack_id: str, congress: int, house: int, senate: int, source_url: str = ""
):
    shutil.copytree(templates_dir() / "stop-csam-2025", folder)
    manifest = folder / "campaign.toml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace('id = "stop-csam-2025"', f'id = "{pack_id}"')
    text = text.replace("congress = 119", f"congress = {congress}")
    text = text.replace("number = 3921", f"number = {house}").replace(
        "number = 1829", f"number = {senate}"
    )
    text = text.replace("119th-congress", f"{congress}th-congress")
    text = re.sub(r"house-bill/\d+", f"house-bill/{house}", text)
    text = re.sub(r"senate-bill/\d+", f"senate-bill/{senate}", text)
    if source_url:
        text = text.replace(
            'organizer_email = ""', f'organizer_email = ""\nsource_url = "{source_url}"'
        )
    manifest.write_text(text, encoding="utf-8")
    return folder


def publish_successor(httpserver, old_folder, work_folder):
    """The 119th-Congress pack ``stop-csam-org`` at ``old_folder``, whose organizer has
    published its 120th-Congress successor (``stop-csam-2027``: H.R. 1234, S. 567) at the
    local server's ``/packs/stop-csam.zip``. Returns (the old pack's folder, that address)."""
    from advocate_app.core.campaigns import export_pack_zip

    url = httpserver.url_for("/packs/stop-csam.zip")
    old = make_pack(old_folder, pack_id="stop-csam-org", congress=119, house=3921, senate=1829,
                    source_url=url)  # fmt: skip
    new = make_pack(work_folder / "new", pack_id="stop-csam-2027", congress=120, house=1234,
                    senate=567, source_url=url)  # fmt: skip
    httpserver.expect_request("/packs/stop-csam.zip").respond_with_data(
        export_pack_zip(new, work_folder / "successor.zip").read_bytes(),
        content_type="application/zip",
    )
    return old, url
