"""``advocate --self-check``: is this installation able to do its job?

Builds the main window offscreen, composes the default campaign's letter for a sample
member, exports it as a PDF into a temporary folder, and prints one line: Qt version,
keyring backend, data dates. It never touches the network: with no downloaded data the
sample member is built in code and the line says "data: not downloaded". Used after
packaging (PyInstaller smoke test) and by volunteers asked "does it work on this laptop?".
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from advocate_app.core.models import Address, Chamber, Constituent, Member, Office, Role

SAMPLE_STORY = "I am writing because the safety of children online matters to my family."


def sample_member() -> Member:
    """A senator built in code, for machines with no data (never written to a real office)."""
    return Member(
        bioguide="S000000",
        name="Alex Sample",
        first="Alex",
        last="Sample",
        chamber=Chamber.SENATE,
        role=Role.SENATOR,
        party="Independent",
        state="TX",
        district=None,
        phone="202-224-0000",
        dc_office=Office(
            "dc", ("100 Russell Senate Office Building",), "Washington", "DC", "20510"
        ),
    )


def sample_constituent() -> Constituent:
    return Constituent(
        "Sam Sample", Address("1100 Congress Ave", "Austin", "TX", "78701"), email="sam@example.org"
    )


def _member_from_data(services) -> tuple[Member, str]:  # noqa: ANN001
    """A real senator from the cached data (read from disk only), else the sample."""
    datasets = services.datasets
    info = datasets.info("legislators")
    if info.path is None:
        return sample_member(), ""
    from advocate_app.core.lookup.legislators import LegislatorIndex

    offices = (
        datasets.info("district_offices").path if "district_offices" in datasets.sources else None
    )
    index = LegislatorIndex.load(info.path, offices)
    senators = index.senators("TX") or [m for m in index.members if m.chamber is Chamber.SENATE]
    return (senators[0] if senators else sample_member()), info.date


def run_self_check(profile: str | None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        line = _check(profile)
    except Exception as exc:  # noqa: BLE001 - the point is to report anything at all
        print(f"advocate: self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(line)
    return 0


def _check(profile: str | None) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from advocate_app.app import Services, build_main_window
    from advocate_app.core.letters import compose_letter
    from advocate_app.core.paths import AppPaths
    from advocate_app.export import export_letter
    from advocate_app.gui.tasks import InlineRunner

    services = Services(AppPaths.for_profile(Path(profile)) if profile else None)
    window = build_main_window(
        services, runner=InlineRunner(), url_opener=lambda _url: True, clipboard=lambda _text: None
    )
    window.auto_data_check = False
    steps = window.stack.count()
    member, legislators_date = _member_from_data(services)
    campaign = services.campaigns.find(str(services.settings.get("campaign.default")))
    letter = compose_letter(
        campaign, sample_constituent(), member, story=SAMPLE_STORY, today=date.today()
    )
    with tempfile.TemporaryDirectory(prefix="advocate-self-check-") as folder:
        path = export_letter(
            letter,
            "pdf",
            Path(folder),
            paper=str(services.settings.get("export.paper_size") or "letter"),
        )
        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise RuntimeError("the exported PDF is incomplete")
        size = len(data)
    window.deleteLater()
    keyring = services.secrets.backend_name or "none (passwords kept for the session only)"
    zip_info = services.datasets.info("zip_crosswalk")
    if legislators_date and services.datasets.info("legislators").origin == "bundled":
        data_text = f"built-in snapshot from {legislators_date}"
    elif legislators_date:
        data_text = f"legislators {legislators_date}, ZIP table {zip_info.date or 'not downloaded'}"
    else:
        data_text = "not downloaded (sample member used)"
    bill = letter.bill.label if letter.bill else "no bill"
    return (
        f"advocate self-check ok: Qt {qVersion()} (PySide6 {pyside_version}); window "
        f"{steps} steps; {campaign.id} letter ({bill}) -> PDF {size:,} bytes; "
        f"keyring: {keyring}; data: {data_text}"
    )
