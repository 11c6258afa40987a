"""The organizer's summary PDF: wording per kind of seat, dates, pdftotext read-back, one page
per office, and no writer's data."""

from __future__ import annotations

from datetime import datetime

import pytest

from advocate_app.core.archive import Archive
from advocate_app.core.campaigns import builtin_campaigns
from advocate_app.core.store import Store
from advocate_app.core.tallies import OfficeTally, Tallies, TallyFilter
from advocate_app.export.summary import (
    SummaryInfo,
    campaign_names,
    dates_text,
    office_sentence,
    place,
    write_summary_pdf,
)
from tests.export.conftest import pdf_info, pdf_text, run_tool, writer
from tests.support.sample_letters import letter_for


def office(chamber="house", state="TX", district=37, letters=42, name="Al Green", bill="H.R. 3921"):
    return OfficeTally("G000553", name, chamber, state, district, "stop-csam-2025", bill, letters,
                       {"print": letters})  # fmt: skip


@pytest.fixture(scope="module")
def info() -> SummaryInfo:
    return SummaryInfo("Austin writing night", "November 25, 2026", "Pat Rivera",
                       campaign_names(builtin_campaigns()))  # fmt: skip


def test_sentences(info):
    assert office_sentence(office(), info) == (
        "42 constituents of TX-37 wrote to Representative Al Green about H.R. 3921 "
        "(STOP CSAM Act of 2025)."
    )
    senate = office("senate", "TX", None, 1, "John Cornyn", "S. 1829")
    assert office_sentence(senate, info).startswith(
        "1 constituent in Texas wrote to Senator John Cornyn about S. 1829"
    )
    assert place(office(state="DC", district=0)) == "the District of Columbia"
    assert place(office(state="WY", district=0)) == "Wyoming (at large)"
    assert "to Resident Commissioner" in office_sentence(office(state="PR", district=0), info)
    assert "to Delegate" in office_sentence(office(state="DC", district=0), info)
    # A bill the tally did not record is named from the campaign; an unknown campaign by its id.
    assert "about H.R. 3921" in office_sentence(office(bill=""), info)
    assert office_sentence(office(bill=""), SummaryInfo()).endswith("about stop-csam-2025.")


def test_dates():
    day = datetime(2026, 11, 25, 18)
    assert dates_text(day, day.replace(hour=21)) == "November 25, 2026"
    assert dates_text(datetime(2026, 11, 1), day) == "November 1 to 25, 2026"
    assert dates_text(datetime(2026, 10, 30), day) == "October 30 to November 25, 2026"
    assert dates_text(datetime(2025, 12, 30), day) == "December 30, 2025 to November 25, 2026"
    assert dates_text(None, None) == ""


def test_summary_pdf_from_an_event(qapp, tmp_path, legislator_index, info):
    store = Store.open(tmp_path / "db.sqlite3")
    rep = legislator_index.representative("TX", 37)
    senators = legislator_index.senators("TX")
    people = [writer(f"Ximena Vantongeren {n}", street=f"{n} Bluebonnet Trail") for n in range(5)]
    for n, who in enumerate(people):
        for member in (rep, *senators[: 1 + n % 2]):
            Archive(store).record(letter_for(member, who=who), "print")
    tallies = Tallies(store)
    offices = tallies.offices(TallyFilter())
    path = write_summary_pdf(offices, info, tmp_path / "summary.pdf")
    assert pdf_info(path)["Pages"] == "1"
    text = " ".join(pdf_text(path).split())
    assert "Austin writing night" in text and "November 25, 2026" in text
    assert f"5 constituents of TX-37 wrote to Representative {rep.name} about H.R. 3921" in text
    assert f"5 constituents in Texas wrote to Senator {senators[0].name}" in text
    assert f"2 constituents in Texas wrote to Senator {senators[1].name}" in text
    assert "12 letters to 3 offices" in text and "Organizer: Pat Rivera" in text
    assert "Vantongeren" not in text and "Bluebonnet" not in text and "78701" not in text
    per_office = write_summary_pdf(offices, info, tmp_path / "offices.pdf", per_office=True)
    assert pdf_info(per_office)["Pages"] == "3"
    first_page = " ".join(pdf_text(per_office, page=1).split())
    assert f"wrote to Senator {senators[0].name}" in first_page and rep.name not in first_page
    run_tool("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", path, tmp_path / "page")
    assert (tmp_path / "page-1.png").stat().st_size > 2000  # something was drawn
    store.close()


def test_nothing_to_summarize(tmp_path, info):
    with pytest.raises(ValueError, match="no letters"):
        write_summary_pdf([], info, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_many_offices_stay_on_one_page(qapp, tmp_path, info):
    offices = [office(district=d, letters=d, name=f"Member {d}") for d in range(1, 25)]
    path = write_summary_pdf(offices, info, tmp_path / "many.pdf")
    assert pdf_info(path)["Pages"] == "1"
    text = " ".join(pdf_text(path).split())
    assert "300 letters to 24 offices" in text and "per-office summary" in text
    assert "wrote to" not in text and "Member 24" in text  # the table, not 24 sentences
