"""A Spanish letter in every format: accents and ñ intact, fonts embedded, the greeting right
for each role and gender (from the congress-legislators data)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from advocate_app.core.campaigns import load_campaign
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent
from advocate_app.export import FORMATS, export_letter
from tests.conftest import REPO_ROOT
from tests.export.conftest import pdf_fonts, pdf_text
from tests.export.test_formats import _odt_text

PERSON = Constituent(
    "Begoña Núñez Ibáñez", Address("12 Calle Peña", "Austin", "TX", "78701"), "begona@example.org"
)
STORY = "Mi hija de once años recibió mensajes de un desconocido. ¿Quién protege a los niños? Señor, le pido que actúe."

# (how to find the member, the greeting a Spanish letter must use)
MEMBERS = [
    (("TX", 37), "Estimado Representante Doggett:"),
    (("TX", 29), "Estimada Representante Garcia:"),
    (("TX", None), "Estimado Senador Cornyn:"),
    (("DC", 0), "Estimada Delegada Norton:"),
    (("PR", 0), "Estimado Comisionado Hernández:"),
]


@pytest.mark.parametrize(("where", "greeting"), MEMBERS)
def test_a_spanish_letter_in_every_format(
    tmp_path: Path, legislator_index, where, greeting
) -> None:
    state, district = where
    member = (
        legislator_index.representative(state, district)
        if district is not None
        else legislator_index.senators(state)[0]
    )
    assert member.gender in ("M", "F")  # the data has it
    campaign = load_campaign(REPO_ROOT / "templates" / "stop-csam-2025")
    letter = compose_letter(campaign, PERSON, member, story=STORY, today=date(2026, 11, 25),
                            language="es")  # fmt: skip
    assert letter.salutation == greeting
    must = [greeting, "25 de noviembre de 2026", "Begoña Núñez Ibáñez", "12 Calle Peña", STORY,
            "Atentamente,", "Ley STOP CSAM de 2025", "119.º Congreso", "3 de enero de 2027",
            f"Honorable {member.name}"]  # fmt: skip
    chamber = (
        "Senado de los Estados Unidos"
        if member.chamber.value == "senate"
        else ("Cámara de Representantes de los Estados Unidos")
    )
    must.append(chamber)
    out = tmp_path / "out"
    paths = {fmt: export_letter(letter, fmt, out) for fmt in FORMATS}
    texts = {
        "txt": paths["txt"].read_text(encoding="utf-8"),
        "docx": "\n".join(p.text for p in docx.Document(str(paths["docx"])).paragraphs),
        "odt": _odt_text(paths["odt"]),
        "pdf": pdf_text(paths["pdf"]),
    }
    for fmt, text in texts.items():
        flat = " ".join(text.split())
        for part in must:
            assert " ".join(part.split()) in flat, (fmt, part)
        assert "Dear " not in flat and "Sincerely" not in flat, fmt
    fonts = pdf_fonts(paths["pdf"])
    assert fonts and all(row["emb"] == "yes" for row in fonts), fonts
