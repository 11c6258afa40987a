"""``advocate --self-check``: is this laptop ready for a letter-writing event?

Prints a verdict line, then one line per check (Qt and the letter fonts, the campaign,
a sample letter saved as PDF, the data and its date, the password store, the printer), and exits 0 when the laptop is ready, 1 when
it is not. Never touches the network. Used by organizers before an event ("does it work on
this laptop?") and after packaging (the PyInstaller smoke test).

Each check is a small function ``check_x(probe) -> Check`` listed in ``CHECKS``; to add
one, write the function and add it to the list. A check says:

- ``ok``: this part is ready;
- ``note``: ready, but worth knowing (no printer: letters can still be saved as PDF);
- ``problem``: not ready; the laptop needs this fixed before the event (exit 1).

A check that raises is reported as a problem with the error, so one broken part never hides
the others.

Fast enough to run before every event (issue 15): the Qt and PDF checks are remembered while
nothing they depend on changes (``selfcheck_memory``), the campaign pack's check is kept per
pack content (``core/check_cache``), and "no keyring" is told without loading keyring where
that answer is certain (``core/keyring_probe``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advocate_app.app import Services
    from advocate_app.core.campaign_model import Campaign
    from advocate_app.core.models import Constituent, Member

SAMPLE_STORY = "I am writing because the safety of children online matters to my family."
OK, NOTE, PROBLEM = "ok", "note", "problem"
OLD_DATA_DAYS = 90  # members change (resignations, special elections): refresh before events
DATASETS = (("legislators", "list of members of Congress"), ("zip_crosswalk", "ZIP code table"))


@dataclass(frozen=True)
class Check:
    name: str  # what was checked, one or two words ("data", "printer")
    status: str  # OK, NOTE or PROBLEM
    text: str  # one plain sentence: what was found, and for a problem what to do


@dataclass
class Probe:
    """What the checks share: the services of the profile checked, and results that a later
    check reuses (the window built once, the campaign found once)."""

    services: Services
    today: date = field(default_factory=date.today)
    shared: dict[str, Any] = field(default_factory=dict)

    def campaign(self) -> Campaign:
        if "campaign" not in self.shared:
            default = str(self.services.settings.get("campaign.default"))
            self.shared["campaign"] = self.services.campaigns.find(default)
        return self.shared["campaign"]

    @property
    def memory_folder(self) -> Path:
        return self.services.paths.cache_dir

    def pdf_key(self) -> str | None:
        """What the sample PDF depends on (selfcheck_memory); None when it cannot be told."""
        if "pdf_key" not in self.shared:
            from advocate_app.core.errors import AdvocateError
            from advocate_app.gui.selfcheck_memory import pdf_key

            try:
                self.shared["pdf_key"] = pdf_key(self.services, self.campaign())
            except AdvocateError:  # no campaign: the campaign check says so
                self.shared["pdf_key"] = None
        return self.shared["pdf_key"]

    def remembered(self) -> dict[str, str] | None:
        """Qt's and the PDF's results from an earlier run with exactly these parts, if any."""
        if "remembered" not in self.shared:
            from advocate_app.gui.selfcheck_memory import recall

            self.shared["remembered"] = recall(self.memory_folder, self.pdf_key(), self.today)
        return self.shared["remembered"]


def sample_member() -> Member:
    """A senator built in code, for machines with no data (never written to a real office)."""
    from advocate_app.core.models import Chamber, Member, Office, Role

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
    from advocate_app.core.models import Address, Constituent

    return Constituent(
        "Sam Sample", Address("1100 Congress Ave", "Austin", "TX", "78701"), email="sam@example.org"
    )


def _member_from_data(services: Services) -> Member:
    """A real senator from the saved data (read from disk only), else the sample."""
    from advocate_app.core.models import Chamber

    datasets = services.datasets
    info = datasets.info("legislators")
    if info.path is None:
        return sample_member()
    from advocate_app.core.lookup.legislators import LegislatorIndex

    offices = (
        datasets.info("district_offices").path if "district_offices" in datasets.sources else None
    )
    index = LegislatorIndex.load(info.path, offices)
    senators = index.senators("TX") or [m for m in index.members if m.chamber is Chamber.SENATE]
    return senators[0] if senators else sample_member()


# --- the checks ----------------------------------------------------------------------------
def check_qt(probe: Probe) -> Check:
    """Qt starts (offscreen) and the letter fonts shipped with Advocate load.

    The whole window is not built here: that is what opening Advocate does, and it would
    triple the check's time (the packaging smoke test opens the window separately). When
    the same Qt, fonts and campaign wrote the sample PDF before, that result is used
    (``selfcheck_memory`` says when it is checked again)."""
    remembered = probe.remembered()
    if remembered is not None:
        return Check("Qt", OK, f"{remembered['qt']} (checked {remembered['date']})")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from advocate_app.export.qt import letter_fonts

    fonts = letter_fonts()
    probe.shared["qt_text"] = (
        f"Qt {qVersion()} (PySide6 {pyside_version}); letter font {fonts.serif} loaded"
    )
    return Check("Qt", OK, probe.shared["qt_text"])


def check_campaign(probe: Probe) -> Check:
    """The default campaign is installed and its congress has not ended."""
    from advocate_app.core.errors import AdvocateError

    try:
        campaign = probe.campaign()
    except AdvocateError as exc:
        return Check("campaign", PROBLEM, f"{exc} Install it with 'advocate campaign import'.")
    if campaign.is_expired(probe.today):
        return Check(
            "campaign",
            PROBLEM,
            f"{campaign.title} ({campaign.id}) is for a congress that has ended, so its bills "
            "died with it. Choose or install a current campaign.",
        )
    bills = ", ".join(b.label for b in campaign.bills.values())
    return Check("campaign", OK, f"{campaign.title} ({campaign.id}; {bills}) is installed")


def check_letter(probe: Probe) -> Check:
    """The default campaign's letter is written and saved as a complete PDF (or was, with
    the same Qt, fonts, campaign and data: ``selfcheck_memory``)."""
    remembered = probe.remembered()
    if remembered is not None:
        return Check("letter", OK, f"{remembered['letter']} on {remembered['date']}")
    from advocate_app.core.letters import compose_letter
    from advocate_app.export import export_letter

    member = _member_from_data(probe.services)
    letter = compose_letter(
        probe.campaign(), sample_constituent(), member, story=SAMPLE_STORY, today=probe.today
    )
    paper = str(probe.services.settings.get("export.paper_size") or "letter")
    keep = os.environ.get("ADVOCATE_SELF_CHECK_DIR")  # the packaging smoke test reads it back
    with tempfile.TemporaryDirectory(prefix="advocate-self-check-") as scratch:
        path = export_letter(letter, "pdf", Path(keep or scratch), paper=paper)
        data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        return Check("letter", PROBLEM, "the PDF written for a sample letter is incomplete")
    bill = letter.bill.label if letter.bill else "no bill"
    text = f"a sample letter ({bill}) saved as a PDF of {len(data):,} bytes"
    if "qt_text" in probe.shared:
        from advocate_app.gui.selfcheck_memory import remember

        remember(probe.memory_folder, probe.pdf_key(), probe.today, probe.shared["qt_text"], text)
    return Check("letter", OK, text)


def check_data(probe: Probe) -> Check:
    """The public data is on this laptop (downloaded or built in), and from when."""
    datasets = probe.services.datasets
    found, missing, old = [], [], []
    for name, label in DATASETS:
        info = datasets.info(name)
        if info.path is None:
            missing.append(label)
            continue
        where = "built into this app" if info.origin == "bundled" else "downloaded"
        found.append(f"{label} from {info.date or 'an unknown date'} ({where})")
        age = _age_days(info.date, probe.today)
        if age is not None and age > OLD_DATA_DAYS:
            old.append(f"{label} is {age} days old")
    if missing:
        return Check(
            "data",
            PROBLEM,
            f"not on this laptop: the {' and the '.join(missing)}. Connect to the internet "
            "and run 'advocate data update' (in the window: Settings > Data > Update data now).",
        )
    if all(datasets.info(name).origin == "bundled" for name, _label in DATASETS):
        members, zips = (datasets.info(name).date or "an unknown date" for name, _ in DATASETS)
        found = [f"built-in snapshot from {members}"]
        if zips != members:
            found[0] += f" (ZIP code table from {zips})"
    if old:
        return Check(
            "data", NOTE, f"{'; '.join(found)}. The {', '.join(old)}: update it before the event."
        )
    return Check("data", OK, "; ".join(found))


def check_keyring(probe: Probe) -> Check:
    """Where email passwords are kept. Where there is certainly none (a Linux computer with
    no D-Bus session and only keyring's own backends: ``core/keyring_probe``), keyring
    itself is not loaded."""
    from advocate_app.core.keyring_probe import certainly_no_keyring

    if "keyring" not in sys.modules and certainly_no_keyring():  # loaded: it knows best
        name = ""
    else:
        with _no_macos_framework_search():
            name = probe.services.secrets.backend_name
    if name:
        return Check("passwords", OK, f"email passwords are kept in the system keyring ({name})")
    return Check(
        "passwords",
        NOTE,
        "no system keyring: an email password is asked for once per session and not kept",
    )


def check_printer(probe: Probe) -> Check:
    """A printer is set up, and its paper (not needed: letters can be saved as PDF and
    printed elsewhere). Asked of the system's print service, never the network."""
    from advocate_app.core.printers import available, describe_default, find_printer, printers

    try:
        known = printers() if available() else []  # asked of the print service once
        if not known:
            return Check(
                "printer",
                NOTE,
                "none found; letters can still be saved as PDF and printed elsewhere",
            )
        default = find_printer(None, known)
        working = default is not None and not default.problem()
        return Check("printer", OK if working else NOTE, describe_default(known))
    except OSError as exc:  # a broken print service must not fail the whole check
        return Check("printer", NOTE, f"the print service did not answer ({exc})")


@contextmanager
def _no_macos_framework_search() -> Iterator[None]:
    """While keyring loads its backends: off macOS, its macOS backend asks ctypes for the
    Security, CoreServices and Foundation frameworks, and each question starts ldconfig and
    a compiler (a third of the self-check's time) to learn what is known already: they do
    not exist here. Answer that at once; any other library is looked up as usual."""
    import ctypes.util

    if sys.platform == "darwin":
        yield
        return
    real = ctypes.util.find_library
    frameworks = {"Security", "CoreServices", "Foundation"}
    ctypes.util.find_library = lambda name: None if name in frameworks else real(name)
    try:
        yield
    finally:
        ctypes.util.find_library = real


CHECKS: list[Callable[[Probe], Check]] = [
    check_qt,
    check_campaign,
    check_letter,
    check_data,
    check_keyring,
    check_printer,
]


def _age_days(iso_date: str, today: date) -> int | None:
    try:
        return (today - date.fromisoformat(iso_date[:10])).days
    except ValueError:
        return None


def run_checks(probe: Probe, checks: list[Callable[[Probe], Check]] | None = None) -> list[Check]:
    results = []
    for check in checks if checks is not None else CHECKS:
        try:
            results.append(check(probe))
        except Exception as exc:  # noqa: BLE001 - report anything, and go on with the rest
            name = check.__name__.removeprefix("check_")
            results.append(Check(name, PROBLEM, f"failed: {type(exc).__name__}: {exc}"))
    return results


def ready(results: list[Check]) -> bool:
    return all(result.status != PROBLEM for result in results)


def format_report(results: list[Check]) -> str:
    if ready(results):
        verdict = "advocate self-check ok: this laptop is ready for a letter-writing event."
    else:
        problems = ", ".join(r.name for r in results if r.status == PROBLEM)
        verdict = (
            f"advocate self-check: this laptop is NOT ready for an event ({problems}). "
            "Fix the lines marked 'problem'."
        )
    width = max(len(r.name) for r in results) + 1
    lines = [f"  {r.status:<8}{r.name + ':':<{width}} {r.text}" for r in results]
    return "\n".join([verdict, *lines])


def run_self_check(profile: str | None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from advocate_app.app import Services
        from advocate_app.core.paths import AppPaths

        services = Services(AppPaths.for_profile(Path(profile)) if profile else None)
        results = run_checks(Probe(services))
    except Exception as exc:  # noqa: BLE001 - the point is to report anything at all
        print(f"advocate: self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(format_report(results))
    return 0 if ready(results) else 1
