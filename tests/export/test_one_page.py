"""Issue 13 #4 and #7: one page for a short letter in every format, typography a staffer sees.

Letters are composed from the real STOP CSAM pack and the shared legislators data; the PDF is
read back with poppler, the ODT and DOCX as XML, and (when installed) laid out by LibreOffice.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from advocate_app.core.campaigns import find_campaign
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent
from advocate_app.core.routing import choose_office
from advocate_app.export import export_letter
from advocate_app.export.odt import odt_bytes
from advocate_app.export.pdf import page_count, pdf_bytes, render_pdf
from advocate_app.export.render import Frame, _line_page, layout_document
from advocate_app.export.word import docx_bytes
from tests.export.conftest import pdf_text
from tests.support.one_page import STORY_120, TODAY

WRITER = Constituent(
    "Jordan Avery Example",
    Address("2001 Capitol Ave", "Cheyenne", "WY", "82001"),
    "jordan@example.org",
)


@pytest.fixture(scope="module")
def campaign():
    return find_campaign("stop-csam-2025")


@pytest.fixture
def chambers(legislator_index) -> dict:
    return {
        "House": legislator_index.representative("WY", 0),
        "Senate": legislator_index.senators("WY")[0],
        "Delegate": legislator_index.representative("DC", 0),
        "Commissioner": legislator_index.representative("PR", 0),
    }


def test_the_story_is_about_120_words() -> None:
    assert 115 <= len(STORY_120.split()) <= 125


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_default_points_and_a_120_word_story_fit_one_page(campaign, chambers, paper) -> None:
    """The Wyoming House letter ran to 2 pages with a four-sentence story."""
    for label, member in chambers.items():
        for office in (None, choose_office(member, WRITER, "district")):
            letter = compose_letter(
                campaign, WRITER, member, story=STORY_120, today=TODAY, office=office
            )
            assert page_count(letter, paper=paper) == 1, (label, paper, office)
    longer = compose_letter(campaign, WRITER, chambers["House"], story=STORY_120 * 3, today=TODAY)
    assert page_count(longer, paper=paper) == 2


def _long_letter(campaign, member, sentences: int = 60):
    said = [
        f"Sentence number {i} tells part of my own story about the children here."
        for i in range(1, sentences + 1)
    ]
    story = "\n\n".join(" ".join(said[i : i + 20]) for i in range(0, sentences, 20))
    return compose_letter(campaign, WRITER, member, story=story, today=TODAY), said


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_each_printed_line_is_once_in_the_text_layer(
    tmp_path: Path, campaign, chambers, paper
) -> None:
    """At a page break the text layer held a clipped, invisible copy of the next page's line."""
    letter, said = _long_letter(campaign, chambers["House"])
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([letter], paper=paper))
    pages = pdf_text(path).split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    for number in range(1, len(pages)):  # the continuation header is not the letter's text
        for part in (letter.inside_address[0], letter.date, f"Page {number + 1}"):
            pages[number] = pages[number].replace(part, "", 1)
    flat = " ".join(" ".join(pages).split())
    for sentence in said:
        assert flat.count(sentence) == 1, sentence


def _lone_lines(doc, page_height: float) -> int:
    found = 0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        pages = [_line_page(top, layout.lineAt(i), page_height) for i in range(layout.lineCount())]
        if len(set(pages)) > 1 and min(pages.count(pages[0]), pages.count(pages[-1])) < 2:
            found += 1
        block = block.next()
    return found


def test_no_paragraph_leaves_a_lone_line_on_a_page(campaign, chambers) -> None:
    """Widows and orphans: a paragraph split 1 + 1 lines across pages."""
    member = chambers["Senate"]
    checked = 0

    def measure(device) -> None:
        nonlocal checked
        frame = Frame.of(device)
        for words in range(150, 640, 9):  # stories that put page breaks everywhere in a paragraph
            story = (
                " ".join(["word"] * (words // 2))
                + ". "
                + " ".join(["other"] * (words - words // 2))
                + "."
            )
            letter = compose_letter(campaign, WRITER, member, story=story, today=TODAY)
            doc = layout_document(letter, device, frame)
            if doc.pageCount() > 1:
                checked += 1
                assert _lone_lines(doc, frame.content.height()) == 0, words
        device.newPage()

    render_pdf(measure, paper="letter")
    assert checked > 20


def test_odt_keeps_the_closing_together_with_exact_lines(campaign, chambers) -> None:
    letter = compose_letter(campaign, WRITER, chambers["House"], story=STORY_120, today=TODAY)
    with zipfile.ZipFile(io.BytesIO(odt_bytes(letter))) as odt:
        content = odt.read("content.xml").decode()
        styles = odt.read("styles.xml").decode()
    assert 'fo:widows="2"' in styles and 'fo:orphans="2"' in styles
    assert "style:line-height=" not in content and 'fo:line-height="13.3pt"' in content
    keep = set(
        re.findall(
            r'style:name="([^"]+)"[^>]*>\s*<style:paragraph-properties[^>]*fo:keep-with-next="always"',
            content,
        )
    )
    paragraphs = re.findall(r'<text:p text:style-name="([^"]+)">(.*?)</text:p>', content, re.S)
    text = [(style, re.sub(r"<[^>]+>", "", body)) for style, body in paragraphs]
    closing = next(i for i, (_, t) in enumerate(text) if t == "Sincerely,")
    assert text[closing - 1][0] in keep and text[closing][0] in keep  # last paragraph + closing
    assert all(style in keep for style, _ in text[closing + 1 : -1])  # the signature's lines
    assert text[-1][0] not in keep
    assert next(s for s, t in text if t.startswith("Re: ")) in keep


def test_docx_keeps_the_closing_and_styles_re_like_the_pdf(campaign, chambers) -> None:
    letter = compose_letter(campaign, WRITER, chambers["House"], story=STORY_120, today=TODAY)
    document = docx.Document(io.BytesIO(docx_bytes(letter)))
    paragraphs = document.paragraphs
    closing = next(i for i, p in enumerate(paragraphs) if p.text == "Sincerely,")
    assert paragraphs[closing - 1].paragraph_format.keep_with_next
    assert paragraphs[closing].paragraph_format.keep_with_next
    normal = document.styles["Normal"].paragraph_format
    assert normal.widow_control and round(normal.line_spacing.pt, 1) == 13.3
    re_line = next(p for p in paragraphs if p.text.startswith("Re: "))
    assert not any(run.bold for run in re_line.runs)  # bold only in the DOCX before


def test_re_line_is_regular_in_the_pdf(tmp_path: Path, campaign, chambers) -> None:
    letter = compose_letter(campaign, WRITER, chambers["House"], story=STORY_120, today=TODAY)
    path = tmp_path / "one.pdf"
    path.write_bytes(pdf_bytes([letter]))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Bold" not in fonts


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_pages_match_the_pdf(tmp_path: Path, campaign, chambers) -> None:
    """The same short letter was 1 page as PDF and 2 pages as DOCX."""
    short = compose_letter(campaign, WRITER, chambers["Senate"], story=STORY_120, today=TODAY)
    long, _ = _long_letter(campaign, chambers["Senate"])
    for name, letter in (("short", short), ("long", long)):
        expected = page_count(letter)
        for fmt in ("odt", "docx"):
            path = export_letter(letter, fmt, tmp_path / name)
            out = tmp_path / f"lo-{name}-{fmt}"
            subprocess.run(
                ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                 "--convert-to", "pdf", "--outdir", str(out), str(path)],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
            converted = next(out.glob("*.pdf"))
            info = subprocess.run(
                ["pdfinfo", str(converted)], capture_output=True, text=True
            ).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            assert pages == expected, (name, fmt, pages, expected)
