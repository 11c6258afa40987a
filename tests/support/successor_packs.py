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
