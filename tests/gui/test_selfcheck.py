"""The self-check's parts, in process: each check is a small function with a plain verdict,
and one that breaks is reported without hiding the others."""

from __future__ import annotations

from datetime import date, timedelta

from advocate_app.gui import selfcheck
from advocate_app.gui.selfcheck import NOTE, OK, PROBLEM, Check, Probe


def test_a_broken_check_is_a_problem_and_the_rest_still_run(gui_services) -> None:
    def check_broken(_probe: Probe) -> Check:
        raise OSError("disk on fire")

    probe = Probe(gui_services(download=False))
    results = selfcheck.run_checks(probe, [check_broken, selfcheck.check_keyring])
    assert results[0] == Check("broken", PROBLEM, "failed: OSError: disk on fire")
    assert results[1].name == "passwords" and results[1].status == OK
    assert not selfcheck.ready(results)
    report = selfcheck.format_report(results)
    assert report.splitlines()[0].startswith("advocate self-check: this laptop is NOT ready")
    assert "  problem broken:    failed: OSError: disk on fire" in report


def test_old_data_is_a_note_and_an_ended_congress_a_problem(gui_services) -> None:
    services = gui_services()
    later = date(2026, 6, 15) + timedelta(days=selfcheck.OLD_DATA_DAYS + 30)
    data = selfcheck.check_data(Probe(services, today=later))
    assert data.status == NOTE and "is 120 days old: update it before the event" in data.text
    fresh = selfcheck.check_data(Probe(services, today=date(2026, 6, 20)))
    assert fresh.status == OK
    ended = Probe(services, today=date(2031, 1, 1))
    campaign = selfcheck.check_campaign(ended)
    assert campaign.status == PROBLEM and "congress that has ended" in campaign.text


def test_no_keyring_is_a_note_not_a_problem(gui_services) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture puts the real one back
    result = selfcheck.check_keyring(Probe(gui_services(download=False)))
    assert result.status == NOTE and "asked for once per session" in result.text


def test_the_printer_check_names_what_qt_sees(gui_services) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    result = selfcheck.check_printer(Probe(gui_services(download=False)))
    if QPrinterInfo.availablePrinters():
        assert result.status == OK and result.text
    else:
        assert result.status == NOTE and result.text.startswith("none found")
