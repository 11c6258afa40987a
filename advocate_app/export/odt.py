"""Letters to ODT (OpenDocument text) through Qt's own writer, finished for LibreOffice.

``QTextDocumentWriter("odf")`` writes the paragraphs and their spacing but no page setup,
so we add a ``styles.xml``: the chosen paper, 1-inch margins, a first page without header
and a continuation header on pages 2+ (recipient, date, page number), as in the PDF.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocumentWriter

from advocate_app.core.files import atomic_write_bytes
from advocate_app.core.models import Letter
from advocate_app.export.document import build_letter
from advocate_app.export.naming import letter_path
from advocate_app.export.paper import INCH, MARGIN, paper_for
from advocate_app.export.qt import ensure_gui_app, letter_fonts

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
FIRST_STYLE = "AdvocateFirstParagraph"


def odt_bytes(letter: Letter, *, paper: str = "letter") -> bytes:
    ensure_gui_app()
    doc = build_letter(letter, split_lines=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, b"odf")
    if not writer.write(doc):
        raise OSError("Qt could not write the ODT document.")
    buffer.close()
    return _finish(bytes(data.data()), letter, paper)


def write_odt(letter: Letter, folder: Path, *, paper: str = "letter") -> Path:
    data = odt_bytes(letter, paper=paper)
    path = letter_path(letter, Path(folder), "odt")
    atomic_write_bytes(path, data)
    return path


def _finish(raw: bytes, letter: Letter, paper: str) -> bytes:
    """Rewrite the package: first page on the "first" master page, styles.xml, manifest."""
    with zipfile.ZipFile(io.BytesIO(raw)) as source:
        # Qt writes a fixed line height as "style:line-height", which is not ODF: LibreOffice
        # ignores it and lays the letter out taller than the PDF. ODF's name is fo:line-height.
        content = source.read("content.xml").replace(b' style:line-height="', b' fo:line-height="')
        others = {
            n: source.read(n) for n in source.namelist() if n not in ("mimetype", "content.xml")
        }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        target.writestr("content.xml", _first_page_master(_keep_with_next(content, letter)))
        target.writestr("styles.xml", _styles_xml(letter, paper))
        manifest = others.pop("META-INF/manifest.xml", b"")
        target.writestr("META-INF/manifest.xml", _manifest_with_styles(manifest))
        for name, data in others.items():
            target.writestr(name, data)
    return out.getvalue()


def _register_namespaces(xml: bytes) -> None:
    for _event, (prefix, uri) in ET.iterparse(io.BytesIO(xml), events=("start-ns",)):
        ET.register_namespace(prefix, uri)


def _first_page_master(content: bytes) -> bytes:
    """Give the first paragraph its own style that starts the "First Page" master page."""
    _register_namespaces(content)
    root = ET.fromstring(content)
    q = lambda prefix, name: f"{{{NS[prefix]}}}{name}"  # noqa: E731
    first = root.find(f".//{q('office', 'text')}/{q('text', 'p')}")
    styles = root.find(q("office", "automatic-styles"))
    if first is None or styles is None:
        return content
    old = first.get(q("text", "style-name"))
    clone = ET.SubElement(styles, q("style", "style"))
    clone.set(q("style", "name"), FIRST_STYLE)
    clone.set(q("style", "family"), "paragraph")
    clone.set(q("style", "master-page-name"), "First_20_Page")
    for style in styles.findall(q("style", "style")):
        if style.get(q("style", "name")) == old and style is not clone:
            for child in style:
                clone.append(child)
            break
    first.set(q("text", "style-name"), FIRST_STYLE)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _keep_with_next(content: bytes, letter: Letter) -> bytes:
    """Keep-with-next on the paragraphs DOCX keeps together (Qt's writer cannot say it):
    the address lines, the "Re:" line and salutation with what follows, and the last body
    paragraph, "Sincerely," and the signature lines with one another."""
    _register_namespaces(content)
    root = ET.fromstring(content)
    q = lambda prefix, name: f"{{{NS[prefix]}}}{name}"  # noqa: E731
    body = root.find(f".//{q('office', 'text')}")
    styles = root.find(q("office", "automatic-styles"))
    if body is None or styles is None:
        return content
    paragraphs = body.findall(q("text", "p"))
    head = 1 + len(letter.inside_address)  # date, then the inside address lines
    keep = set(range(1, head - 1))
    if letter.subject:
        keep.add(head)
        head += 1
    keep.add(head)  # the salutation
    closing = len(paragraphs) - len(letter.signature) - 1
    if closing <= head:
        return content
    keep.update(range(closing - 1, len(paragraphs) - 1))
    by_name = {st.get(q("style", "name")): st for st in styles.findall(q("style", "style"))}
    made: dict[str, str] = {}
    for index in sorted(keep):
        paragraph = paragraphs[index]
        old = paragraph.get(q("text", "style-name")) or ""
        if old not in made:
            clone = ET.SubElement(styles, q("style", "style"))
            made[old] = f"{old}KeepNext"
            clone.set(q("style", "name"), made[old])
            clone.set(q("style", "family"), "paragraph")
            props = None
            for child in by_name.get(old, []):
                copy = ET.fromstring(ET.tostring(child))
                clone.append(copy)
                if copy.tag == q("style", "paragraph-properties"):
                    props = copy
            if props is None:
                props = ET.SubElement(clone, q("style", "paragraph-properties"))
            props.set(q("fo", "keep-with-next"), "always")
        paragraph.set(q("text", "style-name"), made[old])
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _manifest_with_styles(manifest: bytes) -> bytes:
    text = manifest.decode("utf-8") if manifest else ""
    if not text:
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<manifest:manifest xmlns:manifest="{MANIFEST_NS}" manifest:version="1.2">\n'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            "</manifest:manifest>\n"
        )
    if 'full-path="styles.xml"' not in text:
        entry = (
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        )
        text = re.sub(r"(</manifest:manifest>)", entry + r"\n\1", text, count=1)
    return text.encode("utf-8")


def _inches(points: float) -> str:
    return f"{points / INCH:.4f}in"


def _styles_xml(letter: Letter, paper_key: str) -> str:
    paper = paper_for(paper_key)
    family = letter_fonts().serif
    recipient = letter.inside_address[0] if letter.inside_address else letter.member.name
    layout = (
        f'fo:page-width="{_inches(paper.width)}" fo:page-height="{_inches(paper.height)}" '
        'style:print-orientation="portrait" '
        f'fo:margin-left="{_inches(MARGIN)}" fo:margin-right="{_inches(MARGIN)}" '
        f'fo:margin-bottom="{_inches(MARGIN)}"'
    )
    # The continuation header sits in the top margin: 0.5 in margin + header + gap = 1 in.
    header_props = 'fo:min-height="0.25in" fo:margin-bottom="0.25in"'
    width = paper.content_width
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns} office:version="1.2">
 <office:font-face-decls>
  <style:font-face style:name={quoteattr(family)} svg:font-family={quoteattr(repr(family))}
   style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:widows="2" fo:orphans="2"/>
   <style:text-properties style:font-name={quoteattr(family)} fo:font-size="12pt"
    fo:language="en" fo:country="US"/>
  </style:default-style>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties>
    <style:tab-stops>
     <style:tab-stop style:position="{_inches(width / 2)}" style:type="center"/>
     <style:tab-stop style:position="{_inches(width)}" style:type="right"/>
    </style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="10pt" fo:color="#3c3c3c"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="AdvocateFirst">
   <style:page-layout-properties {layout} fo:margin-top="{_inches(MARGIN)}"/>
  </style:page-layout>
  <style:page-layout style:name="AdvocateNext">
   <style:page-layout-properties {layout} fo:margin-top="0.5in"/>
   <style:header-style><style:header-footer-properties {header_props}/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="AdvocateNext">
   <style:header><text:p text:style-name="Header">{escape(recipient)}<text:tab/>{escape(letter.date)}<text:tab/>Page <text:page-number text:select-page="current">2</text:page-number></text:p></style:header>
  </style:master-page>
  <style:master-page style:name="First_20_Page" style:display-name="First Page"
   style:page-layout-name="AdvocateFirst" style:next-style-name="Standard"/>
 </office:master-styles>
</office:document-styles>
"""
