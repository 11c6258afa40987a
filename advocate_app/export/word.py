"""Letters to DOCX (Word) with python-docx: the same paragraphs, paper and margins as the PDF.

No Qt here. The font is named "Times New Roman": every Word has it, and LibreOffice maps it
to Liberation Serif (same metrics), so the page breaks where the PDF does. Word's own
"keep with next" keeps the last paragraph, closing and signature together, and a header
on pages 2+ repeats recipient, date and page number.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from advocate_app.core.files import atomic_write_bytes
from advocate_app.core.models import Letter
from advocate_app.export import paper as P
from advocate_app.export.naming import letter_path
from advocate_app.export.paper import MARGIN, paper_for
from advocate_app.export.text import body_paragraphs

FONT = "Times New Roman"


def docx_bytes(letter: Letter, *, paper: str = "letter") -> bytes:
    document = docx.Document()
    _page_setup(document, letter, paper)
    _base_style(document)

    def para(
        text: str,
        *,
        after: float = P.PARAGRAPH_AFTER,
        before: float = 0.0,
        bold: bool = False,
        keep_next: bool = False,
    ) -> None:
        p = document.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_after, fmt.space_before = Pt(after), Pt(before)
        fmt.keep_with_next = keep_next
        fmt.keep_together = True
        run = None
        for line in text.split("\n"):
            if run is not None:
                run.add_break()  # a single newline in the body stays a line break
            run = p.add_run(line.strip())
            run.bold = bold

    def lines(parts: tuple[str, ...], *, after: float, keep_last: bool = False) -> None:
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            para(part, after=after if last else 0.0, keep_next=not last or keep_last)

    # python-docx's blank template starts with no paragraph: the first add is the date.
    para(letter.date, after=P.DATE_AFTER)
    if letter.inside_address:
        lines(letter.inside_address, after=P.ADDRESS_AFTER)
    if letter.subject:
        # Regular weight, as in the PDF and ODT (one face; the "Re:" line reads as well).
        para(letter.subject_line, keep_next=True)
    para(letter.salutation, keep_next=True)
    paragraphs = body_paragraphs(letter.body)
    for i, text in enumerate(paragraphs):
        para(text, keep_next=i == len(paragraphs) - 1)
    para(
        letter.closing,
        before=P.CLOSING_BEFORE,
        after=P.SIGNATURE_ROOM,
        keep_next=bool(letter.signature),
    )
    if letter.signature:
        lines(letter.signature, after=0.0)

    props = document.core_properties
    props.title = letter.subject
    props.author = props.last_modified_by = props.comments = ""
    props.subject, props.keywords = letter.campaign_id, ""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_docx(letter: Letter, folder: Path, *, paper: str = "letter") -> Path:
    data = docx_bytes(letter, paper=paper)
    path = letter_path(letter, Path(folder), "docx")
    atomic_write_bytes(path, data)
    return path


def _base_style(document: docx.document.Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(P.PARAGRAPH_AFTER)
    fmt.line_spacing = Pt(P.LINE_HEIGHT)  # exact, as in the PDF and ODT
    fmt.widow_control = True  # no lone first or last line of a paragraph on a page


def _page_setup(document: docx.document.Document, letter: Letter, paper_key: str) -> None:
    paper = paper_for(paper_key)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(paper.width), Pt(paper.height)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Pt(MARGIN))
    section.header_distance = Pt(0.5 * 72)
    section.different_first_page_header_footer = True  # page 1 has no header
    header = section.header.paragraphs[0]
    stops = header.paragraph_format.tab_stops
    stops.add_tab_stop(Pt(paper.content_width / 2), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Pt(paper.content_width), WD_TAB_ALIGNMENT.RIGHT)
    recipient = letter.inside_address[0] if letter.inside_address else letter.member.name
    run = header.add_run(f"{recipient}\t{letter.date}\tPage ")
    run.font.size = Pt(10)
    run.font.color.rgb = RGBColor(0x3C, 0x3C, 0x3C)
    header._p.append(_page_field())


def _page_field() -> OxmlElement:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "20")  # half-points: 10 pt like the rest of the header
    props.append(size)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    return field
