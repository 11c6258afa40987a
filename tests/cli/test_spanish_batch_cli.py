"""``advocate batch`` with a ``language`` column: each row's letters in its own language."""

from __future__ import annotations

from tests.cli.test_batch_cli import advocate
from tests.export.conftest import pdf_text


def test_language_column_picks_each_rows_letter_language(env, tmp_path) -> None:
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text(
        "name,street,city,state,zip,district,idioma\n"
        "Begoña Peña,2430 N Cannon Dr,Chicago,IL,60614,IL-05,español\n"
        "Bo Lee,2430 N Cannon Dr,Chicago,IL,60614,IL-05,\n"
        "Cy Roe,2430 N Cannon Dr,Chicago,IL,60614,IL-05,français\n",
        encoding="utf-8",
    )
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path),
                    "--out", str(tmp_path / "o"), "--no-bill-status", env=env)  # fmt: skip
    assert done.returncode == 1, done.stderr  # the third row's language is refused, by line
    assert "line 4 (Cy Roe): 'français' is not a letter language" in done.stdout + done.stderr
    text = pdf_text(tmp_path / "o" / "Letters - stop-csam-2025.pdf")
    assert "Estimado Representante Quigley:" in text and "Me llamo Begoña Peña" in text
    assert "Dear Representative Quigley:" in text and "My name is Bo Lee" in text
    assert "Senado de los Estados Unidos" in text and "Atentamente," in text
