"""Tallies record each letter's language; the summary PDF says "12 of 40 letters in Spanish"."""

from __future__ import annotations

import dataclasses
from datetime import date

from advocate_app.core.archive import Archive
from advocate_app.core.campaigns import load_campaign
from advocate_app.core.letter_language import language_of_letter
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Constituent
from advocate_app.core.store import Store
from advocate_app.core.tallies import Tallies, TallyFilter
from advocate_app.export.summary import SummaryInfo, spanish_text, write_summary_pdf
from tests.conftest import REPO_ROOT
from tests.export.conftest import pdf_text


def test_tallies_count_spanish_letters_and_the_summary_says_so(
    qapp, tmp_path, legislator_index
) -> None:
    campaign = load_campaign(REPO_ROOT / "templates" / "stop-csam-2025")
    rep = legislator_index.representative("TX", 37)
    store = Store.open(tmp_path / "db.sqlite3")
    archive = Archive(store)
    for n in range(4):
        who = Constituent(f"Writer {n}", Address(f"{n} Main St", "Austin", "TX", "78701"))
        letter = compose_letter(campaign, who, rep, today=date(2026, 11, 25),
                                language="es" if n == 0 else "en")  # fmt: skip
        assert language_of_letter(letter.as_text()) == letter.language
        archive.record(letter, "print")
        if n == 0:  # the same Spanish letter also emailed: still one letter
            archive.record(letter, "email")
    edited = dataclasses.replace(
        letter, body="Atentamente, in my own words."
    )  # an English body edit
    assert language_of_letter(edited.as_text()) == "en"
    tallies = Tallies(store)
    assert tallies.languages(TallyFilter()) == {"en": 3, "es": 1}
    assert spanish_text(12, 40) == "12 of 40 letters in Spanish."
    info = SummaryInfo("Austin writing night", "November 25, 2026",
                       spanish_letters=tallies.languages(TallyFilter()).get("es", 0))  # fmt: skip
    path = write_summary_pdf(tallies.offices(TallyFilter()), info, tmp_path / "summary.pdf")
    text = " ".join(pdf_text(path).split())
    assert "1 of 4 letters in Spanish." in text
    store.close()


def test_tally_command_says_how_many_letters_are_in_spanish(
    tmp_path, legislator_index, capsys
) -> None:
    import json

    from advocate_app.app import Services
    from advocate_app.cli import main
    from advocate_app.core.paths import AppPaths

    campaign = load_campaign(REPO_ROOT / "templates" / "stop-csam-2025")
    folder = tmp_path / "profile"
    services = Services(AppPaths.for_profile(folder), env={})
    rep = legislator_index.representative("TX", 18)
    for n, language in enumerate(("es", "es", "en")):
        who = Constituent(f"Writer {n}", Address(f"{n} Main St", "Houston", "TX", "77002"))
        letter = compose_letter(campaign, who, rep, language=language)
        services.archive.record(letter, "print")
    services.store.close()
    assert main(["--profile", str(folder), "tally"]) == 0
    assert "2 of 3 letters in Spanish." in capsys.readouterr().out
    assert main(["--profile", str(folder), "tally", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["languages"] == {"en": 1, "es": 2}
