"""Letters to PDF, read back with poppler: text, page size, fonts, pages, pictures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocate_app.core.errors import InputProblem
from advocate_app.export import export_letter
from advocate_app.export.pdf import write_combined_pdf, write_pdf, write_pdfs
from advocate_app.export.progress import ExportCancelled
from tests.conftest import REPO_ROOT
from tests.export.conftest import (
    STORY,
    ink_bounds,
    ink_fraction,
    pdf_fonts,
    pdf_info,
    pdf_text,
    run_tool,
)


def test_one_letter_carries_every_part_as_searchable_text(tmp_path: Path, letter_for) -> None:
    letter = letter_for("TX", 37)
    path = export_letter(letter, "pdf", tmp_path)
    assert path.suffix == ".pdf" and path.parent == tmp_path
    text = " ".join(pdf_text(path).split())
    for line in letter.inside_address:
        assert line in text
    assert "Dear Representative Doggett:" in text
    assert "H.R. 3921" in text and "Re: Please cosponsor H.R. 3921" in text
    assert " ".join(STORY.split()) in text
    for line in letter.signature:
        assert line in text  # accents and curly apostrophe survive
    assert (
        text.index("November 25, 2026")
        < text.index("The Honorable")
        < text.index("Dear ")
        < text.index("Sincerely,")
    )
    info = pdf_info(path)
    assert info["Pages"] == "1"
    assert "612 x 792 pts (letter)" in info["Page size"]


def test_a4_is_selectable(tmp_path: Path, letter_for) -> None:
    path = export_letter(letter_for(), "pdf", tmp_path, paper="A4")
    assert "595 x 842 pts (A4)" in pdf_info(path)["Page size"]


def test_unknown_paper_is_refused_with_a_clear_message(tmp_path: Path, letter_for) -> None:
    with pytest.raises(InputProblem, match="legal.*'letter' or 'a4'"):
        export_letter(letter_for(), "pdf", tmp_path, paper="legal")
    assert list(tmp_path.iterdir()) == []


def test_shipped_fonts_are_embedded(tmp_path: Path, letter_for) -> None:
    rows = pdf_fonts(write_pdf(letter_for(), tmp_path))
    names = {row["name"] for row in rows}
    assert names == {"LiberationSerif"}  # one face per letter: smaller, faster files
    assert all(row["emb"] == "yes" for row in rows), rows
    assert all(row["uni"] == "yes" for row in rows), rows  # ToUnicode: text can be copied


def test_long_letter_paginates_with_a_continuation_header(tmp_path: Path, letter_for) -> None:
    letter = letter_for("TX", None, paragraphs=16)
    path = write_pdf(letter, tmp_path)
    pages = int(pdf_info(path)["Pages"])
    assert pages == 3
    first = pdf_text(path, layout=True, page=1)
    assert first.lstrip().startswith("November 25, 2026") and "Page" not in first
    for number in (2, 3):
        page = pdf_text(path, layout=True, page=number)
        header = page.strip().splitlines()[0]
        assert "The Honorable John Cornyn" in header and "November 25, 2026" in header
        assert header.rstrip().endswith(f"Page {number}")
    assert "Sincerely," in page and letter.signature[0] in page


def _closing_page_has_body(path: Path) -> None:
    pages = int(pdf_info(path)["Pages"])
    last = pdf_text(path, page=pages)
    before_closing = last.split("Sincerely,")[0]
    assert "(Point" in before_closing, f"closing stranded alone on page {pages}"


@pytest.mark.parametrize("paragraphs", range(6, 13))
def test_closing_and_signature_never_stranded_or_split(
    tmp_path: Path, letter_for, paragraphs: int
) -> None:
    """Whatever the length, the signature block stays whole and with some body text."""
    path = write_pdf(letter_for("TX", None, paragraphs=paragraphs), tmp_path)
    pages = int(pdf_info(path)["Pages"])
    last = pdf_text(path, page=pages)
    assert "Sincerely," in last and "maria@example.org" in last
    _closing_page_has_body(path)


def test_combined_pdf_starts_each_letter_on_a_new_page(tmp_path: Path, legislator_index) -> None:
    from tests.export.conftest import make_letter

    members = [legislator_index.representative("TX", 37), *legislator_index.senators("TX")]
    letters = [make_letter(m, paragraphs=3) for m in members]
    letters.append(make_letter(legislator_index.senators("WY")[0], paragraphs=14))
    seen: list[tuple[int, int]] = []
    path = write_combined_pdf(
        letters, tmp_path, "All letters", progress=lambda d, t: seen.append((d, t)) or True
    )
    assert path.name == "All letters.pdf"
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    pages = int(pdf_info(path)["Pages"])
    assert pages >= 5
    for page, member in zip(range(1, 4), members, strict=True):
        assert pdf_text(path, page=page).lstrip().startswith("November 25, 2026")
        assert f"Dear {member.role.title} {member.last}:" in pdf_text(path, page=page)


def test_one_file_per_letter_never_overwrites(tmp_path: Path, letter_for) -> None:
    letter = letter_for()
    paths = write_pdfs([letter, letter], tmp_path)
    again = export_letter(letter, "pdf", tmp_path)
    names = sorted(p.name for p in [*paths, again])
    assert names == [
        "Representative Doggett (TX-37) - stop-csam-2025 (2).pdf",
        "Representative Doggett (TX-37) - stop-csam-2025 (3).pdf",
        "Representative Doggett (TX-37) - stop-csam-2025.pdf",
    ]


def test_cancel_writes_nothing(tmp_path: Path, letter_for) -> None:
    letters = [letter_for(), letter_for("TX", None)]
    with pytest.raises(ExportCancelled):
        write_combined_pdf(letters, tmp_path, "batch", progress=lambda done, total: done < 1)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportCancelled):
        write_pdfs(letters, tmp_path, progress=lambda done, total: done < 1)
    assert len(list(tmp_path.iterdir())) == 1  # the finished letter stays whole


def test_rendered_page_looks_like_a_letter(tmp_path: Path, letter_for) -> None:
    """Rasterize: ink inside the 1-inch margins only, top-left start, about half a page used."""
    path = write_pdf(letter_for(), tmp_path)
    run_tool("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", path, tmp_path / "page")
    png = next(tmp_path.glob("page*.png"))
    from PySide6.QtGui import QImage

    assert QImage(str(png)).size().toTuple() == (510, 660)  # 8.5 x 11 in at 60 dpi
    assert 0.01 < ink_fraction(png) < 0.2
    left, top, right, bottom = ink_bounds(png)
    assert left >= 58 and right <= 452, "text must stay inside the 1-inch side margins"
    assert 58 <= top <= 75, "the date starts at the top margin"
    assert bottom < 600


def test_renders_without_any_system_font(tmp_path: Path, letter_for) -> None:
    """A machine with no fonts at all still prints words: the app ships its own."""
    empty = tmp_path / "fonts.conf"
    empty.write_text(
        '<?xml version="1.0"?><fontconfig><cachedir>'
        + str(tmp_path / "fc")
        + "</cachedir></fontconfig>"
    )
    out = tmp_path / "out"
    code = (
        f"import sys; sys.path.insert(0, {str(REPO_ROOT)!r})\n"
        "from pathlib import Path\n"
        "from tests.export.conftest import make_letter, writer\n"
        "from advocate_app.core.lookup.legislators import LegislatorIndex\n"
        "from tests.conftest import LEGISLATORS_JSON\n"
        "from advocate_app.export import export_letter\n"
        "m = LegislatorIndex.load(LEGISLATORS_JSON).representative('TX', 37)\n"
        f"print(export_letter(make_letter(m, who=writer('Zoë ✓ Ñúñez')), 'pdf', Path({str(out)!r})))\n"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(empty), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_QPA_FONTDIR", None)
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    path = Path(done.stdout.strip().splitlines()[-1])
    names = {row["name"] for row in pdf_fonts(path)}
    assert names <= {"LiberationSerif", "LiberationSerif-Bold", "DejaVuSans"}, names
    assert "DejaVuSans" in names  # the check mark came from the fallback face
    assert "Zoë ✓ Ñúñez" in pdf_text(path)
    run_tool("pdftoppm", "-png", "-r", "40", path, tmp_path / "nofont")
    assert ink_fraction(next(tmp_path.glob("nofont*.png"))) > 0.01


def test_missing_glyphs_names_what_would_print_as_boxes(qapp) -> None:
    from advocate_app.export.qt import missing_glyphs

    assert missing_glyphs("Núñez Nguyễn Ōʻahu — “quotes” ✓ Ж") == set()
    assert missing_glyphs("hello 🦀 漢") == {"🦀", "漢"}


def test_writer_with_long_unbroken_words_stays_inside_margins(tmp_path: Path, letter_for) -> None:
    letter = letter_for(story="https://example.org/" + "a" * 300)
    path = write_pdf(letter, tmp_path)
    assert "https://example.org/" in pdf_text(path)
    run_tool("pdftoppm", "-png", "-r", "60", path, tmp_path / "page")
    left, _top, right, _bottom = ink_bounds(next(tmp_path.glob("page*.png")))
    assert left >= 58 and right <= 452


def test_fixing_one_letters_pages_leaves_the_next_letter_alone(letter_for) -> None:
    """Block and character formats are shared between letters (built once, issue 13's speed
    work): the page breaks one letter's widow and closing fixes add stay in that letter, and
    a short letter after a long one is laid out once, at the PDF's resolution, on one page."""
    from PySide6.QtGui import QTextFormat

    from advocate_app.export.pdf import PDF_RESOLUTION, page_count, render_pdf
    from advocate_app.export.render import Frame, layout_document

    def breaks(doc) -> int:
        found, block = 0, doc.begin()
        while block.isValid():
            policy = block.blockFormat().pageBreakPolicy()
            found += bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            block = block.next()
        return found

    short = letter_for("TX", 37)
    counts: list[tuple[int, int]] = []

    def lay_out(device) -> None:
        frame = Frame.of(device)
        for paragraphs in range(6, 13):  # some of these need a fix at their page break
            doc = layout_document(letter_for("TX", 37, paragraphs=paragraphs), device, frame)
            counts.append((doc.pageCount(), breaks(doc)))
        doc = layout_document(short, device, frame)
        assert doc.documentLayout().paintDevice() is device
        assert doc.pageSize() == frame.content and frame.dpi == PDF_RESOLUTION
        counts.append((doc.pageCount(), breaks(doc)))

    render_pdf(lay_out)
    assert any(fixes for pages, fixes in counts[:-1]), counts  # a fix happened before
    assert counts[-1] == (1, 0)
    assert page_count(short) == 1


def _font_versions(pdf: bytes) -> set[str]:
    """The version string of each TrueType font embedded in ``pdf``."""
    import re
    import zlib

    found = set()
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            data = zlib.decompress(stream.group(1))
        except zlib.error:
            continue
        if data[:4] == b"\x00\x01\x00\x00":  # a TrueType font program
            found.add(_font_version(data))
    return found


def _font_version(font: bytes) -> str:
    """The font's version string ("Version 2.1.5"): name ID 5 of its ``name`` table."""
    import struct

    (tables,) = struct.unpack_from(">H", font, 4)
    for i in range(tables):
        tag, _sum, offset, _length = struct.unpack_from(">4sIII", font, 12 + 16 * i)
        if tag == b"name":
            _format, count, strings = struct.unpack_from(">HHH", font, offset)
            for r in range(count):
                platform, _enc, _lang, name_id, length, at = struct.unpack_from(
                    ">HHHHHH", font, offset + 6 + 12 * r
                )
                if name_id == 5:
                    raw = font[offset + strings + at : offset + strings + at + length]
                    return raw.decode("utf-16-be" if platform in (0, 3) else "latin-1")
    return ""


def test_the_shipped_font_is_embedded_even_when_the_system_has_the_family(
    tmp_path: Path,
) -> None:
    """A fresh process (the CLI) embedded the system's Liberation Serif (1.07 on Debian)
    instead of the shipped one: Qt's font database, filled after our fonts were added, let the
    installed copy of the same family and style replace ours."""
    from advocate_app.core.paths import resource_path

    out = tmp_path / "out"
    code = (
        f"import sys; sys.path.insert(0, {str(REPO_ROOT)!r})\n"
        "from pathlib import Path\n"
        "from tests.export.conftest import make_letter\n"
        "from advocate_app.core.lookup.legislators import LegislatorIndex\n"
        "from tests.conftest import LEGISLATORS_JSON\n"
        "from advocate_app.export import export_letter\n"
        "m = LegislatorIndex.load(LEGISLATORS_JSON).representative('TX', 37)\n"
        f"print(export_letter(make_letter(m), 'pdf', Path({str(out)!r})))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    path = Path(done.stdout.strip().splitlines()[-1])
    shipped = _font_version(resource_path("fonts", "LiberationSerif-Regular.ttf").read_bytes())
    assert shipped.startswith("Version ")
    assert _font_versions(path.read_bytes()) == {shipped}
