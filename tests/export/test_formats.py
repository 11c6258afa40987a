"""ODT, DOCX and text carry the same letter as the PDF; the facade dispatches by format."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from advocate_app.export import FORMATS, export_letter
from advocate_app.export.text import body_paragraphs
from tests.export.conftest import pdf_text


def _words(text: str) -> list[str]:
    return text.replace("\u2028", " ").split()


def _odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        content = odt.read("content.xml").decode("utf-8")
    content = re.sub(r"<text:line-break/>|</text:p>", "\n", content)
    content = re.sub(r"<text:tab/>", "\t", content)
    text = re.sub(r"<[^>]+>", "", content)
    return (
        text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&apos;", "'")
        .replace("&quot;", '"')
    )


def test_formats_list_and_unknown_format(tmp_path: Path, letter_for) -> None:
    assert FORMATS == ("pdf", "odt", "docx", "txt")
    with pytest.raises(ValueError, match="unknown format 'rtf'"):
        export_letter(letter_for(), "rtf", tmp_path)


def test_every_format_carries_the_same_words(tmp_path: Path, letter_for) -> None:
    letter = letter_for("TX", None, paragraphs=5)
    expected = _words(letter.as_text())
    paths = {fmt: export_letter(letter, fmt, tmp_path) for fmt in FORMATS}
    assert {p.suffix for p in paths.values()} == {".pdf", ".odt", ".docx", ".txt"}
    assert paths["txt"].read_text(encoding="utf-8") == letter.as_text()
    document = docx.Document(str(paths["docx"]))
    assert _words("\n".join(p.text for p in document.paragraphs)) == expected
    assert _words(_odt_text(paths["odt"])) == expected
    pages = [p for p in pdf_text(paths["pdf"]).split("\f") if p.strip()]
    assert len(pages) == 2
    for number in range(1, len(pages)):  # drop the continuation headers
        for part in (letter.inside_address[0], letter.date, f"Page {number + 1}"):
            assert part in pages[number]
            pages[number] = pages[number].replace(part, "", 1)
    assert _words("\n".join(pages)) == expected


def test_docx_page_setup_header_and_keep_together(tmp_path: Path, letter_for) -> None:
    letter = letter_for()
    path = export_letter(letter, "docx", tmp_path, paper="a4")
    document = docx.Document(str(path))
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    for margin in (
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    ):
        assert round(margin.inches, 3) == 1.0
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    header = section.header.paragraphs[0]
    assert header.text.startswith("The Honorable Lloyd Doggett\tNovember 25, 2026\tPage ")
    assert 'w:instr="PAGE"' in header._p.xml
    paragraphs = document.paragraphs
    closing = next(i for i, p in enumerate(paragraphs) if p.text == "Sincerely,")
    assert paragraphs[closing - 1].paragraph_format.keep_with_next  # last body paragraph
    assert paragraphs[closing].paragraph_format.keep_with_next
    assert paragraphs[0].runs[0].font.name is None  # inherits Normal
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.core_properties.author == ""
    assert letter.subject == document.core_properties.title
    letter_docx = export_letter(letter, "docx", tmp_path)
    assert round(docx.Document(str(letter_docx)).sections[0].page_width.inches, 2) == 8.5


def test_odt_is_a_valid_package_with_page_setup(tmp_path: Path, letter_for) -> None:
    path = export_letter(letter_for(), "odt", tmp_path, paper="letter")
    with zipfile.ZipFile(path) as odt:
        names = odt.namelist()
        assert (
            names[0] == "mimetype" and odt.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        )
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        styles = odt.read("styles.xml").decode()
        manifest = odt.read("META-INF/manifest.xml").decode()
        content = odt.read("content.xml").decode()
    assert 'fo:page-width="8.5000in"' in styles and 'fo:page-height="11.0000in"' in styles
    assert 'fo:margin-left="1.0000in"' in styles
    assert (
        "The Honorable Lloyd Doggett<text:tab />November 25, 2026<text:tab />Page"
        in styles.replace("<text:tab/>", "<text:tab />")
    )
    assert 'full-path="styles.xml"' in manifest
    assert 'style:master-page-name="First_20_Page"' in content
    assert "<text:tab" not in content  # no stray tabs before line breaks
    assert "Liberation Serif" in content


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["odt", "docx"])
def test_libreoffice_opens_both_and_pages_match(tmp_path: Path, letter_for, fmt: str) -> None:
    letter = letter_for("TX", None, paragraphs=12)
    path = export_letter(letter, fmt, tmp_path)
    out = tmp_path / "lo"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    converted = next(out.glob("*.pdf"))
    text = pdf_text(converted, layout=True)
    assert "Dear Senator Cornyn:" in text and "maria@example.org" in text
    pages = text.split("\f")
    assert "Page 2" in pages[1].strip().splitlines()[0]
    assert "Page" not in pages[0].strip().splitlines()[0]


def test_body_paragraphs_split_alike_everywhere() -> None:
    body = "  First para,\r\nsecond line.\r\n\r\n\r\n  Second para.  \n \t\nThird.\n"
    assert body_paragraphs(body) == ["First para,\nsecond line.", "Second para.", "Third."]
    assert body_paragraphs("") == []
