"""Issue 19: the summary PDF tells letters from deliveries, by route (printed, emailed, web
form, saved), says "prepared" for letters not known to be sent, names the dates when there is
no event, and writes singular and plural English (never "letter(s)"). Real PDFs, read back
with pdftotext."""

from __future__ import annotations

from datetime import datetime

from advocate_app.core.archive import Archive
from advocate_app.core.campaigns import builtin_campaigns
from advocate_app.core.tallies import OfficeTally, Tallies, TallyFilter
from advocate_app.export.summary import (
    SummaryInfo,
    campaign_names,
    dates_text,
    prepared_paragraph,
    routes_paragraph,
    write_summary_pdf,
)
from tests.export.conftest import pdf_info, pdf_text, writer
from tests.support.sample_letters import letter_for


def words(path) -> str:
    return " ".join(pdf_text(path).split())


def test_routes_and_prepared_letters_in_the_pdf(qapp, tmp_path, store, legislator_index):
    rep = legislator_index.representative("TX", 37)
    archive = Archive(store)
    people = [writer(f"Ottoline Brackenridge {n}") for n in range(4)]
    archive.record(letter_for(rep, who=people[0]), "print")
    archive.record(letter_for(rep, who=people[0]), "email")  # one letter, two deliveries
    archive.record(letter_for(rep, who=people[1]), "pdf")
    archive.record(letter_for(rep, who=people[2]), "contact_form")
    archive.record(letter_for(rep, who=people[3]), "pdf")
    offices = Tallies(store).offices(TallyFilter())
    info = SummaryInfo("Austin writing night", "November 25, 2026", "",
                       campaign_names(builtin_campaigns()))  # fmt: skip
    path = write_summary_pdf(offices, info, tmp_path / "summary.pdf")
    text = words(path)
    assert "4 letters to 1 office." in text
    assert "By route: 1 printed, 1 emailed, 1 by web form, 2 saved as PDF." in text
    assert "5 deliveries of 4 letters" in text
    assert "1 letter went out by email." in text
    assert "printed, opened in a web form or saved are counted as prepared" in text
    assert "does not know whether they were sent" in text
    assert "written and signed" not in text and "(s)" not in text
    assert "Ottoline" not in text and "Brackenridge" not in text
    assert "PDF: " not in text  # no longer "PDF: 2, printed: 1" as ways of sending


def test_without_an_event_the_title_names_the_dates(qapp, tmp_path, store, legislator_index):
    archive = Archive(store)
    senator = legislator_index.senators("TX")[0]
    first, last = datetime(2026, 11, 2, 10), datetime(2026, 11, 29, 18)
    archive.record(letter_for(senator), "pdf", when=first.timestamp())
    tallies = Tallies(store)
    span = tallies.span(TallyFilter())
    assert span is not None
    info = SummaryInfo("", dates_text(first, last), "", campaign_names(builtin_campaigns()))
    path = write_summary_pdf(tallies.offices(TallyFilter()), info, tmp_path / "period.pdf")
    text = words(path)
    assert "Letters written with Advocate, November 2 to 29, 2026" in text
    assert pdf_info(path)["Title"] == "Letters from constituents, November 2 to 29, 2026"
    assert "1 letter to 1 office." in text and "1 constituent in Texas wrote to" in text
    assert "By route: 1 saved as PDF." in text and "deliveries" not in text  # 1 letter, 1 delivery
    assert "saved are counted as prepared" in text and "(s)" not in text


def _office(routes: dict[str, int], letters: int) -> OfficeTally:
    return OfficeTally("G000553", "Al Green", "house", "TX", 37, "stop-csam-2025", "H.R. 3921",
                       letters, routes)  # fmt: skip


def test_wording_for_each_mix_of_routes():
    assert prepared_paragraph([_office({"email": 3}, 3)]) == "Every letter went out by email."
    assert prepared_paragraph([_office({"print": 1}, 1)]).startswith(
        "Letters that were printed are counted as prepared"
    )
    two = prepared_paragraph([_office({"email": 2, "mailto": 1, "docx": 1}, 4)])
    assert two.startswith("2 letters went out by email. Letters that were opened in a mail "
                          "program or saved are counted as prepared")  # fmt: skip
    assert routes_paragraph([_office({"print": 1, "email": 1}, 1)]) == (
        "By route: 1 printed, 1 emailed. 2 deliveries of 1 letter: a letter that left more "
        "than one way counts once for each."
    )


def test_thirty_offices_stay_on_one_page(qapp, tmp_path):
    offices = [_office({"print": d, "pdf": 1}, d + 1) for d in range(1, 31)]
    offices = [OfficeTally(o.member_bioguide, f"Member {n}", o.chamber, o.state, n, o.campaign_id,
                           o.bill_label, o.letters, o.routes) for n, o in enumerate(offices, 1)]  # fmt: skip
    path = write_summary_pdf(offices, SummaryInfo("Texas day"), tmp_path / "texas.pdf")
    assert pdf_info(path)["Pages"] == "1"
    assert "Member 30" in words(path)
