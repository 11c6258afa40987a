"""``advocate letters --letter-language es``: Spanish letters from the built-in pack's
translation, the story as written, and English for a pack without a translation."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.packs import write_pack


def test_spanish_letters_from_the_cli(run, tmp_path: Path) -> None:
    out_dir = tmp_path / "cartas"
    story = "Soy maestra en Cheyenne y veo a mis alumnos con teléfonos todo el día."
    code, out, err = run(
        "letters", "--campaign", "stop-csam-2025", "--json", "--zip", "82001", "--name",
        "Begoña Muñoz", "--street", "1 Capitol Ave", "--city", "Cheyenne", "--story", story,
        "--letter-language", "es", "--format", "txt", "--out", str(out_dir), "--no-bill-status",
    )  # fmt: skip
    assert code == 0, err
    letters = json.loads(out)["letters"]
    assert [x["language"] for x in letters] == ["es", "es", "es"]
    house = Path(letters[0]["file"]).read_text(encoding="utf-8")
    assert "Honorable Harriet M. Hageman" in house
    assert "Cámara de Representantes de los Estados Unidos" in house
    assert "Estimada Representante Hageman:" in house  # the data gives her gender
    assert "Asunto: H.R. 3921, la Ley STOP CSAM de 2025" in house
    assert "Me llamo Begoña Muñoz y soy su constituyente en Cheyenne, WY 82001." in house
    assert story in house  # never translated
    assert "119.º Congreso, el 3 de enero de 2027" in house
    assert house.endswith("Atentamente,\n\nBegoña Muñoz\n1 Capitol Ave\nCheyenne, WY 82001\n")
    senate = Path(letters[2]["file"]).read_text(encoding="utf-8")
    assert "Estimado Senador Barrasso:" in senate and "Senado de los Estados Unidos" in senate
    assert "S. 1829" in senate and "H.R. 3921" not in senate
    assert "Dear " not in house + senate and "Sincerely" not in house + senate


def test_a_pack_without_spanish_writes_english_and_says_so(run, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    code, out, err = run(
        "letters", "--campaign", str(pack), "--json", "--zip", "82001", "--name", "Ana Ruiz",
        "--allow-no-street", "--letter-language", "es", "--out", str(tmp_path / "o"), "--no-bill-status",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert {x["language"] for x in data["letters"]} == {"en"}
    assert any("no Spanish translation" in note for note in data["notes"])
    assert "Dear " in Path(data["letters"][0]["file"]).read_text(encoding="utf-8")


def test_campaigns_list_says_which_letter_languages(run) -> None:
    code, out, _err = run("campaigns", "list")
    assert code == 0 and "Letters in: English (default), Spanish (--letter-language es)" in out
    code, out, _err = run("campaigns", "list", "--json")
    builtin = next(c for c in json.loads(out)["campaigns"] if c["id"] == "stop-csam-2025")
    assert builtin["languages"] == ["en", "es"]
