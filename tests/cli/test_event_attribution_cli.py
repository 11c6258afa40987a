"""Issue 19: letters written with the command line stay out of a running event's tallies
unless ``--event NAME`` says otherwise, and the command line says so on stderr."""

from __future__ import annotations

from pathlib import Path

from advocate_app.app import Services
from advocate_app.cli import main
from advocate_app.core.paths import AppPaths
from advocate_app.core.tallies import TallyFilter

EVENT = "Fifth Ward letter night"
PIN = "515099"
WYOMING = ("--zip", "82001", "--name", "Jo Doe", "--street", "1 Capitol Ave", "--city", "Cheyenne",
           "--format", "txt", "--no-bill-status")  # fmt: skip


def _services(profile: Path) -> Services:
    return Services(AppPaths.for_profile(profile), env={})


def _event_counts(profile: Path) -> dict[str, int]:
    services = _services(profile)
    try:
        return {c.key: c.letters for c in services.tallies.counts("event")}
    finally:
        services.store.close()


def _start_event(profile: Path) -> None:
    services = _services(profile)
    services.event.start(name=EVENT, pin=PIN, routes=["print", "pdf"])
    services.store.close()


def test_cli_letters_stay_out_of_a_running_event(run, tmp_path: Path) -> None:
    code, _out, err = run(
        "letters", "--campaign", "stop-csam-2025", *WYOMING, "--out", str(tmp_path / "a")
    )
    assert code == 0, err
    assert "event mode" not in err  # no event: no note
    _start_event(run.profile)

    code, _out, err = run(
        "letters", "--campaign", "stop-csam-2025", *WYOMING, "--out", str(tmp_path / "b")
    )
    assert code == 0, err
    assert f"event mode is on for “{EVENT}”" in err
    assert "not counted in its tallies" in err and f'--event "{EVENT}"' in err
    counts = _event_counts(run.profile)
    assert EVENT not in counts  # three test letters, none of them the event's
    assert counts.get("", 0) == 3  # the same three letters, written twice outside any event

    code, _out, err = run("letters", "--campaign", "stop-csam-2025", *WYOMING, "--out",
                          str(tmp_path / "c"), "--event", EVENT)  # fmt: skip
    assert code == 0, err
    assert "not counted" not in err
    services = _services(run.profile)
    try:
        total = services.tallies.total(TallyFilter(event=EVENT))
        assert total.deliveries == 3  # Hageman, Lummis, Barrasso: one text file each
        # the event still keeps the archive anonymous, whoever the letters are counted for
        assert all(e.letter_text == "" for e in services.archive.entries()[:3])
    finally:
        services.store.close()


def test_event_names_letters_without_an_event_running(run, tmp_path: Path) -> None:
    code, _out, err = run("letters", "--campaign", "stop-csam-2025", *WYOMING, "--out",
                          str(tmp_path / "a"), "--event", "Cheyenne library")  # fmt: skip
    assert code == 0, err
    assert "event mode" not in err
    assert _event_counts(run.profile) == {"Cheyenne library": 3}


def test_send_takes_event_too(capsys) -> None:
    assert main(["send", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--event NAME" in out and "tallies" in out
