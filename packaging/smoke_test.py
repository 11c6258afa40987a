"""Run a frozen Advocate the way a volunteer's laptop would, with the network unreachable.

    python packaging/smoke_test.py dist/advocate/advocate [--require-gui] [--only CHECK ...]
                                   [--data-dir DIR]

Every dataset URL points at 127.0.0.1:9 (nothing listens there), so lookups must come from
the snapshot baked into the bundle; the address lookup talks to a stand-in Census geocoder
started here on loopback, answering with a recorded real response. Each run gets an empty
profile, so nothing of the builder's own settings or downloads leaks in.

Checks (``CHECKS``; tests/packaging runs them one by one): version; bundle_report (keyring
backends, Qt plugins, DOCX template, data); lookup_zip (baked-in data and its date);
lookup_address (local Census stand-in); letters (PDF read back with pdftotext, DOCX);
cached_download_wins (after ``data update`` the download is preferred); self_check and
quit_after_startup (the GUI, offscreen); x11_window (the GUI on Xvfb through the bundled
xcb plugin, when xvfb-run is installed). Exit 0 when nothing failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from smoke_support import (  # noqa: E402
    Context,
    SmokeFailure,
    SmokeSkip,
    census_stand_in,
    expect,
    pdf_text,
)

AUSTIN = "1100 Congress Ave, Austin, TX 78701"
DATASETS = ("legislators-current.json", "legislators-district-offices.json", "zccd.csv")


def check_version(ctx: Context) -> str:
    run = ctx.ok("--version")
    expect(run.stdout.startswith("advocate "), f"unexpected --version output: {run.stdout!r}")
    return f"{run.stdout.strip()} in {run.seconds:.2f} s"


def check_bundle_report(ctx: Context) -> str:
    report = ctx.report()
    expect(report.get("frozen") is True, "the bundle does not report itself as frozen")
    keyring = report["keyring"]
    expect("error" not in keyring and keyring.get("backend"), f"keyring broken: {keyring}")
    missing = {k: v for k, v in keyring.items() if k.startswith("import ") and v != "ok"}
    expect(not missing, f"keyring backend libraries missing from the bundle: {missing}")
    platforms = " ".join(report["qt"]["platforms"])
    needed = {"offscreen"} | ({"xcb"} if sys.platform.startswith("linux") else set())
    expect(all(p in platforms for p in needed), f"Qt platform plugins missing: {platforms}")
    expect(report["docx"]["default_template"] == "ok", f"python-docx: {report['docx']}")
    data = report["data"]
    expect(data["campaign_packs"], "no campaign pack in the bundle")
    files = set(data["datasets"].get("files", []))
    wanted = {"legislators-current.json", "zccd.csv", "SNAPSHOT.json"}
    expect(wanted <= files, f"dataset snapshot incomplete: {sorted(files)}")
    return f"keyring {keyring['backend']}; Qt platforms: {platforms}"


def check_lookup_zip(ctx: Context) -> str:
    profile = ctx.scratch("zip")
    result = ctx.ok("lookup", "--zip", "82001", "--json", profile=profile).json()
    members = result["members"]  # type: ignore[index]
    seats = {(m["role"], m["state"]) for m in members}
    expect(
        seats == {("representative", "WY"), ("senator", "WY")} and len(members) == 3,
        f"82001 should give WY's representative and two senators, got {seats}",
    )
    status = ctx.ok("data", "status", "--json", profile=profile).json()
    origins = {d["name"]: d["origin"] for d in status}  # type: ignore[union-attr]
    expect(
        origins.get("legislators") == "bundled" and origins.get("zip_crosswalk") == "bundled",
        f"expected the bundled snapshot in use, got {origins}",
    )
    date = next(d["date"] for d in status if d["name"] == "legislators")  # type: ignore[union-attr]
    expect(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date or ""), f"no dataset date shown: {date!r}")
    return f"WY-AL + 2 senators from the baked-in data dated {date}"


def check_lookup_address(ctx: Context) -> str:
    with census_stand_in() as (url, seen):
        result = ctx.ok("lookup", "--address", AUSTIN, "--json", ADVOCATE_CENSUS_URL=url).json()
    match = result["match"]  # type: ignore[index]
    expect(seen and "onelineaddress" in seen[0], f"the stand-in saw {seen}")
    expect(
        (match["state"], match["district"], match["source"]) == ("TX", 37, "census"),
        f"expected TX-37 from the geocoder, got {match}",
    )
    names = [m["name"] for m in result["members"]]  # type: ignore[index]
    expect(len(names) == 3, f"expected 3 members, got {names}")
    return f"TX-37 via the local geocoder: {', '.join(names)}"


def check_letters(ctx: Context) -> str:
    out_dir = ctx.scratch("letters")
    # fmt: off
    run = ctx.ok("letters", "--campaign", "stop-csam-2025", "--zip", "82001",
                 "--name", "Sam Sample", "--street", "1 Sample St", "--city", "Cheyenne",
                 "--email", "sam@example.org", "--format", "pdf",
                 "--format", "docx", "--out", str(out_dir), "--no-bill-status", "--json")
    # fmt: on
    letters = run.json()["letters"]  # type: ignore[index]
    expect(len(letters) == 3, f"expected 3 letters, got {len(letters)}")
    pdfs, docxs = sorted(out_dir.glob("*.pdf")), sorted(out_dir.glob("*.docx"))
    expect(
        len(pdfs) == 3 and len(docxs) == 3, f"written: {sorted(p.name for p in out_dir.iterdir())}"
    )
    for pdf in pdfs:
        text = pdf_text(pdf)
        expect(
            "Sam Sample" in text and "STOP CSAM Act" in text,
            f"{pdf.name} lacks the letter: {text[:300]!r}",
        )
        bill = "H.R. 3921" if pdf.name.startswith("Representative") else "S. 1829"
        expect(bill in text, f"{pdf.name} does not name {bill}")
    with zipfile.ZipFile(docxs[0]) as docx:
        expect(
            "Sam Sample" in docx.read("word/document.xml").decode("utf-8"), "DOCX lacks the letter"
        )
    return f"3 letters as PDF + DOCX in {run.seconds:.2f} s, read back with pdftotext"


def check_cached_download_wins(ctx: Context) -> str:
    """An installed app updated from a USB stick (or the internet) uses the new download,
    and keeps using it offline."""
    source = ctx.dataset_copies()
    usb = ctx.scratch("usb")
    for name in DATASETS:
        expect((source / name).is_file(), f"{source / name} is missing")
        shutil.copy(source / name, usb / name)
    profile = ctx.scratch("update")
    update = ctx.ok("data", "update", profile=profile,
                    ADVOCATE_LEGISLATORS_URL=str(usb) + os.sep,
                    ADVOCATE_ZIP_CROSSWALK_URL=str(usb / "zccd.csv"))  # fmt: skip
    expect("failed" not in update.stdout, f"'data update' failed:\n{update.excerpt()}")
    status = ctx.ok("data", "status", "--json", profile=profile).json()
    origins = {d["name"]: d["origin"] for d in status}  # type: ignore[union-attr]
    expect(
        origins.get("legislators") == "download" and origins.get("zip_crosswalk") == "download",
        f"after 'data update' the download should win, got {origins}",
    )
    result = ctx.ok("lookup", "--zip", "82001", "--json", profile=profile).json()
    expect(len(result["members"]) == 3, "lookup from the cached download failed")  # type: ignore[index]
    return "after 'data update' the cached download is used, offline too"


def _gui(ctx: Context) -> None:
    if not ctx.report().get("gui_available"):
        if ctx.require_gui:
            raise SmokeFailure("the bundle has no advocate_app.gui.main")
        raise SmokeSkip("advocate_app/gui/main.py is not in this build yet")


def check_self_check(ctx: Context) -> str:
    """``--self-check`` exits 0 with one line; its PDF is read back when the app keeps it
    (in ``ADVOCATE_SELF_CHECK_DIR``, or a path named in the line)."""
    _gui(ctx)
    keep = ctx.scratch("self-check")
    run = ctx.ok("--self-check", ADVOCATE_SELF_CHECK_DIR=str(keep))
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    expect(
        bool(lines) and "self-check ok" in lines[0],
        f"--self-check should start with an 'ok' verdict line:\n{run.excerpt()}",
    )
    named = [Path(p) for p in re.findall(r"(/[^\s'\"]+\.pdf|[A-Za-z]:\\[^\s'\"]+\.pdf)", lines[0])]
    pdfs = sorted(keep.rglob("*.pdf")) + [p for p in named if p.is_file()]
    if pdfs:
        text = pdf_text(pdfs[0])
        expect(
            "Dear " in text and "Sam Sample" in text,
            f"the self-check PDF lacks the letter: {text[:300]!r}",
        )
        verdict = "its PDF read back with pdftotext"
    else:
        size = re.search(r"PDF of ([\d,]+) bytes", run.stdout)
        expect(size and int(size.group(1).replace(",", "")) > 1000, f"no usable PDF: {lines[0]!r}")
        verdict = (
            "its PDF is deleted by the app, so only its size is checked here; the "
            "'letters' check reads the same export path back"
        )
    return f"{run.seconds:.2f} s, {verdict}: {lines[0][:160]}"


def check_quit_after_startup(ctx: Context) -> str:
    _gui(ctx)
    runs = [ctx.ok("--quit-after-startup") for _ in range(3)]
    return f"window up and closed in {min(r.seconds for r in runs):.2f} s (best of 3)"


def check_x11_window(ctx: Context) -> str:
    """The window on a real X server (Xvfb) through the bundled xcb plugin and libraries,
    where a desktop user's window opens: proves nothing the xcb plugin needs was pruned."""
    _gui(ctx)
    if not sys.platform.startswith("linux") or not shutil.which("xvfb-run"):
        raise SmokeSkip("needs Linux and xvfb-run (apt-get install xvfb xauth)")
    xvfb = ("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x860x24")
    run = ctx.ok("--quit-after-startup", wrapper=xvfb, QT_QPA_PLATFORM="xcb")
    return f"window painted on Xvfb (xcb) in {run.seconds:.2f} s"


CHECKS: dict[str, Callable[[Context], str]] = {
    "version": check_version,
    "bundle_report": check_bundle_report,
    "lookup_zip": check_lookup_zip,
    "lookup_address": check_lookup_address,
    "letters": check_letters,
    "cached_download_wins": check_cached_download_wins,
    "self_check": check_self_check,
    "quit_after_startup": check_quit_after_startup,
    "x11_window": check_x11_window,
}


def run_checks(ctx: Context, names: list[str] | None = None, out=sys.stdout) -> dict[str, str]:
    """Run the checks; returns name -> "ok" / "skipped" / "FAILED"."""
    outcomes: dict[str, str] = {}
    for name in names or list(CHECKS):
        started = time.perf_counter()
        try:
            detail = CHECKS[name](ctx)
            outcomes[name] = "ok"
        except SmokeSkip as exc:
            detail, outcomes[name] = str(exc), "skipped"
        except SmokeFailure as exc:
            detail, outcomes[name] = str(exc), "FAILED"
        took = time.perf_counter() - started
        print(f"{outcomes[name]:>7}  {name:<22} {took:5.1f} s  {detail}", file=out, flush=True)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen Advocate build.")
    parser.add_argument("executable", type=Path, help="e.g. dist/advocate/advocate")
    parser.add_argument(
        "--require-gui", action="store_true", help="fail (not skip) without the GUI"
    )
    parser.add_argument("--only", nargs="+", choices=list(CHECKS), metavar="CHECK")
    parser.add_argument("--data-dir", type=Path, help="dataset copies for the update check")
    args = parser.parse_args(argv)
    if not args.executable.is_file():
        print(f"smoke: {args.executable} does not exist; build first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="advocate-smoke-") as scratch:
        ctx = Context(args.executable.resolve(), Path(scratch), args.require_gui, args.data_dir)
        outcomes = run_checks(ctx, args.only)
    failed = [n for n, o in outcomes.items() if o == "FAILED"]
    skipped = [n for n, o in outcomes.items() if o == "skipped"]
    passed = len(outcomes) - len(failed) - len(skipped)
    print(f"smoke test: {passed} passed, {len(skipped)} skipped, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
