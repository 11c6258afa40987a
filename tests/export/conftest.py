"""Shared helpers for export tests: letters from real members, poppler read-back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from advocate_app.core.models import Address, Bill, Chamber, Constituent, Letter, Member

STORY = "Last spring our school counsellor found photos of a ninth grader shared across three apps."


def writer(
    name: str = "María José Núñez-O’Connor", *, email: str = "maria@example.org", **address: str
) -> Constituent:
    fields = {
        "street": "1100 Congress Ave, Apt 4B",
        "city": "Austin",
        "state": "TX",
        "zip": "78701",
    }
    fields.update(address)
    return Constituent(name, Address(**fields), email=email)


def inside_address(member: Member) -> tuple[str, ...]:
    office = member.dc_office
    body = (
        "United States Senate"
        if member.chamber is Chamber.SENATE
        else "United States House of Representatives"
    )
    lines = (*office.lines, body, f"Washington, DC {office.zip}") if office else ()
    return (f"The Honorable {member.name}", *lines)


def make_letter(
    member: Member,
    *,
    who: Constituent | None = None,
    paragraphs: int = 4,
    story: str = STORY,
    subject: str | None = None,
) -> Letter:
    """A composed letter like the letters module makes, built by hand (no templates)."""
    who = who or writer()
    senate = member.chamber is Chamber.SENATE
    bill = Bill(
        119, "s" if senate else "hr", 1829 if senate else 3921, short_title="STOP CSAM Act of 2025"
    )
    first = (
        f"I live in {who.address.city}, {who.address.state} {who.address.zip}, and I am writing as your "
        f"constituent to ask you to cosponsor {bill.label}, the STOP CSAM Act of 2025. {story}"
    )
    filler = (
        "The bill gives families, schools and investigators tools that work: platforms must report "
        "what they find, and victims can hold them to account when they look away. "
    )
    body = "\n\n".join([first, *(f"{filler * 3}(Point {i}.)" for i in range(2, paragraphs + 1))])
    return Letter(
        campaign_id="stop-csam-2025",
        member=member,
        constituent=who,
        bill=bill,
        subject=f"Please cosponsor {bill.label}, the STOP CSAM Act" if subject is None else subject,
        date="November 25, 2026",
        inside_address=inside_address(member),
        salutation=f"Dear {member.role.title} {member.last}:",
        body=body,
        signature=(who.name, *who.address.lines(), who.email),
    )


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils)")
    return path


def run_tool(name: str, *args: str | Path) -> str:
    out = subprocess.run(
        [_tool(name), *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return out.stdout


def pdf_text(path: Path, *, layout: bool = False, page: int | None = None) -> str:
    args: list[str | Path] = ["-layout"] if layout else []
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return run_tool("pdftotext", *args, path, "-")


def pdf_info(path: Path) -> dict[str, str]:
    info = {}
    for line in run_tool("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """Rows of ``pdffonts`` as dicts (name, type, encoding, emb, sub, uni, ...), cut by column."""
    lines = run_tool("pdffonts", path).splitlines()
    header, dashes, rows = lines[0], lines[1], lines[2:]
    spans, start = [], 0
    for part in dashes.split(" "):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    keys = [header[a:b].strip() or f"col{i}" for i, (a, b) in enumerate(spans)]
    return [
        {k: row[a:b].strip() for k, (a, b) in zip(keys, spans, strict=True)}
        for row in rows
        if row.strip()
    ]


def ink_bounds(png: Path, threshold: int = 160) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the dark pixels of a rendered page."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < threshold:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def ink_fraction(png: Path) -> float:
    """Share of non-white pixels in a rendered page (0 = blank)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    dark = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark / max(total, 1)


@pytest.fixture
def letter_for(legislator_index) -> Callable[..., Letter]:
    def build(state: str = "TX", district: int | None = 37, **kwargs) -> Letter:
        member = (
            legislator_index.representative(state, district)
            if district is not None
            else legislator_index.senators(state)[0]
        )
        return make_letter(member, **kwargs)

    return build


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """Use pytest-qt's QApplication for the whole session, as the desktop app does.

    Export code only needs a QGuiApplication and makes one when none runs; if these tests
    let it, a later GUI test in the same session would find a QGuiApplication where it
    needs a QApplication and Qt would abort.
    """
    from advocate_app.export.qt import ensure_gui_app

    assert ensure_gui_app() is qapp
    return qapp
