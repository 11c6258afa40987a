"""Small campaign packs written on the fly for tests (valid, broken and hostile ones)."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

MANIFEST = """\
schema = 1
id = "test-pack"
title = "Test Act"
summary = "A campaign for tests."
congress = 119
subject = "{bill}, the Test Act"
story_prompts = ["Why does this matter to you?"]

[bills.house]
type = "hr"
number = 1234
short_title = "Test Act"

[bills.senate]
type = "s"
number = 567
short_title = "Test Act"

[templates]
house = "house.txt.j2"
senate = "senate.txt.j2"

[[talking_points]]
text = "Point one."

[[talking_points]]
text = "Point two."

[[talking_points]]
text = "Point three."
default = false
"""

BODY = """\
I live in {{ constituent.place }}. Please {% if member.supports %}keep backing{% else %}cosponsor{% endif %} {{ bill.label }}.
{% if story %}

{{ story }}
{% endif %}
{% for point in talking_points %}

{{ point }}
{% endfor %}
"""


def write_pack(
    folder: Path,
    manifest: str = MANIFEST,
    templates: dict[str, str] | None = None,
) -> Path:
    """A pack folder with ``campaign.toml`` and the given templates (default: valid ones)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "campaign.toml").write_text(manifest, encoding="utf-8")
    for name, text in (
        templates if templates is not None else {"house.txt.j2": BODY, "senate.txt.j2": BODY}
    ).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_zip(
    path: Path, entries: dict[str, bytes | str], *, symlinks: dict[str, str] | None = None
) -> Path:
    """A zip with exactly these entry names (nothing normalised: hostile names stay hostile)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode() if isinstance(data, str) else data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return path


def valid_entries(prefix: str = "") -> dict[str, bytes | str]:
    return {
        f"{prefix}campaign.toml": MANIFEST,
        f"{prefix}house.txt.j2": BODY,
        f"{prefix}senate.txt.j2": BODY,
    }


def tree(folder: Path) -> set[str]:
    """Every path under ``folder`` (to prove nothing was written anywhere else)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}
