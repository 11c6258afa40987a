"""The self-check's parts, in process: each check is a small function with a plain verdict,
and one that breaks is reported without hiding the others."""

from __future__ import annotations

import os
from datetime import date, timedelta

from advocate_app.gui import selfcheck, selfcheck_memory
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


# --- what the self-check remembers (gui/selfcheck_memory.py, issue 15) ----------------------
def _qt_and_letter(probe: Probe) -> tuple[Check, Check]:
    return selfcheck.check_qt(probe), selfcheck.check_letter(probe)


def test_a_second_self_check_remembers_the_pdf_and_says_when(gui_services) -> None:
    services = gui_services()
    today = date.today()
    qt, letter = _qt_and_letter(Probe(services, today=today))
    assert qt.status == letter.status == OK
    assert "checked" not in qt.text and "saved as a PDF of" in letter.text
    assert (services.paths.cache_dir / selfcheck_memory.RECORD_NAME).is_file()
    again_qt, again_letter = _qt_and_letter(Probe(services, today=today))
    assert again_qt == Check("Qt", OK, f"{qt.text} (checked {today.isoformat()})")
    assert again_letter == Check("letter", OK, f"{letter.text} on {today.isoformat()}")
    # A week later the PDF is written again, and remembered from then on.
    later = today + timedelta(days=selfcheck_memory.REMEMBER_DAYS + 1)
    qt, _letter = _qt_and_letter(Probe(services, today=later))  # written again, remembered
    assert "checked" not in qt.text
    assert f"(checked {later.isoformat()})" in selfcheck.check_qt(Probe(services, today=later)).text


def test_any_change_to_what_the_pdf_needs_checks_again(gui_services, tmp_path, monkeypatch):
    services = gui_services()
    library_cache = tmp_path / "ld.so.cache"
    library_cache.write_bytes(b"libraries")
    monkeypatch.setattr(selfcheck_memory, "SYSTEM_LIBRARY_CACHE", library_cache)
    _qt_and_letter(Probe(services))
    assert "checked" in selfcheck.check_qt(Probe(services)).text
    os.utime(library_cache, ns=(1, 1))  # a system library was installed or removed
    assert "checked" not in selfcheck.check_qt(Probe(services)).text
    _qt_and_letter(Probe(services))
    record = services.paths.cache_dir / selfcheck_memory.RECORD_NAME
    for damage in (b"", b"{", b'{"key": 1}', b"\x00\xff"):
        record.write_bytes(damage)
        assert "checked" not in selfcheck.check_qt(Probe(services)).text
    # The packaging smoke test reads the PDF back: with its folder, the PDF is always written.
    _qt_and_letter(Probe(services))
    monkeypatch.setenv("ADVOCATE_SELF_CHECK_DIR", str(tmp_path / "pdf"))
    (tmp_path / "pdf").mkdir()
    qt, letter = _qt_and_letter(Probe(services))
    assert "checked" not in qt.text and list((tmp_path / "pdf").glob("*.pdf"))


def test_a_remembered_self_check_loads_neither_qt_nor_jinja(gui_services, tmp_path) -> None:
    import subprocess
    import sys

    from advocate_app.core.keyring_probe import certainly_no_keyring
    from tests.conftest import REPO_ROOT

    services = gui_services()
    profile = str(services.paths.config_dir.parent)
    env = {k: v for k, v in os.environ.items() if "KEYRING" not in k and "DBUS" not in k}
    env = {
        k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")
    }
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    code = (
        "import sys\nfrom advocate_app.cli import main\n"
        f"code = main(['--self-check', '--profile', {profile!r}])\n"
        "print('loaded:', sorted(m for m in ('PySide6', 'jinja2', 'keyring') if m in sys.modules))\n"
        "sys.exit(code)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True,
                       text=True, timeout=120)
        for _ in range(2)
    ]  # fmt: skip
    assert [run.returncode for run in runs] == [0, 0], runs[0].stdout + runs[0].stderr
    assert "'PySide6'" in runs[0].stdout and "(checked" not in runs[0].stdout
    assert "(checked" in runs[1].stdout
    loaded = runs[1].stdout.split("loaded: ")[1]
    assert "PySide6" not in loaded and "jinja2" not in loaded
    if certainly_no_keyring(env):
        assert "keyring" not in loaded and "no system keyring" in runs[1].stdout
