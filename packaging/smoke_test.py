"""Run a frozen Advocate the way a volunteer's laptop would, with the network unreachable.

    python packaging/smoke_test.py dist/advocate/advocate [--require-gui] [--only NAME ...]

Every dataset URL points at 127.0.0.1:9 (nothing listens there), so the lookups must come
from the snapshot baked into the bundle; the address lookup talks to a stand-in Census
geocoder started here on loopback, answering with a recorded real response. The profile is
an empty temporary folder, so nothing of the builder's own settings or cache leaks in.

Checks (each one a function in ``CHECKS``, also run one by one by tests/packaging):
version, bundle_report (keyring backends, Qt plugins, DOCX template, data), lookup_zip
(offline, baked-in data, dataset date), lookup_address (local Census stand-in), letters
(PDF read back with pdftotext, DOCX), cached_download_wins (a newer download is preferred),
and, once the GUI exists, self_check and quit_after_startup (offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
CENSUS_FIXTURE = HERE / "smoke_data" / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
UNREACHABLE = "http://127.0.0.1:9/"
AUSTIN = "1100 Congress Ave, Austin, TX 78701"
TIMEOUT = 90.0  # seconds per run; a one-file build unpacks itself first


class SmokeFailure(Exception):
    """A check failed; the message says what the frozen app did instead."""


class SmokeSkip(Exception):
    """A check does not apply to this build yet (e.g. the GUI is not written)."""


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def json(self) -> object:
        try:
            return json.loads(self.stdout)
        except ValueError as exc:
            raise SmokeFailure(f"not JSON on stdout:\n{self.excerpt()}") from exc

    def excerpt(self) -> str:
        return (
            f"exit {self.returncode}\nstdout: {self.stdout[-1500:]}\nstderr: {self.stderr[-1500:]}"
        )


@dataclass
class Context:
    executable: Path
    workdir: Path
    require_gui: bool = False
    census_url: str = ""
    census_requests: list[str] = field(default_factory=list)
    _report: dict | None = None

    def env(self, profile: Path, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("ADVOCATE_", "PYTHON", "QT_", "LD_PRELOAD"))
        }
        env.update(
            ADVOCATE_PROFILE=str(profile),
            ADVOCATE_LEGISLATORS_URL=UNREACHABLE,
            ADVOCATE_ZIP_CROSSWALK_URL=UNREACHABLE + "zccd.csv",
            ADVOCATE_CENSUS_URL=UNREACHABLE + "geocoder",
            ADVOCATE_CONGRESS_API_URL=UNREACHABLE + "v3",
            QT_QPA_PLATFORM="offscreen",
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            NO_PROXY="127.0.0.1,localhost",
            no_proxy="127.0.0.1,localhost",
        )
        env.update(extra)
        return env

    def new_profile(self, name: str) -> Path:
        profile = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.workdir))
        return profile

    def run(
        self, *args: str, profile: Path | None = None, timeout: float = TIMEOUT, **env: str
    ) -> Run:
        profile = profile or self.new_profile("profile")
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [str(self.executable), *args],
                capture_output=True,
                text=True,
                env=self.env(profile, **env),
                timeout=timeout,
                cwd=self.workdir,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"{' '.join(args)} did not finish in {timeout:.0f} s") from exc
        return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)

    def ok(self, *args: str, **kwargs) -> Run:
        result = self.run(*args, **kwargs)
        if result.returncode != 0:
            raise SmokeFailure(f"advocate {' '.join(args)} failed:\n{result.excerpt()}")
        return result

    def report(self) -> dict:
        if self._report is None:
            self._report = self.ok("--bundle-report").json()  # type: ignore[assignment]
        return self._report  # type: ignore[return-value]


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


# --- the checks ----------------------------------------------------------------------------
def check_version(ctx: Context) -> str:
    run = ctx.ok("--version")
    _expect(run.stdout.startswith("advocate "), f"unexpected --version output: {run.stdout!r}")
    return f"{run.stdout.strip()} in {run.seconds:.2f} s"


def check_bundle_report(ctx: Context) -> str:
    report = ctx.report()
    _expect(report.get("frozen") is True, "the bundle does not report itself as frozen")
    keyring = report["keyring"]
    _expect("error" not in keyring and keyring.get("backend"), f"keyring broken: {keyring}")
    missing = {k: v for k, v in keyring.items() if k.startswith("import ") and v != "ok"}
    _expect(not missing, f"keyring backend libraries missing from the bundle: {missing}")
    platforms = " ".join(report["qt"]["platforms"])
    needed = {"offscreen"} | ({"xcb"} if sys.platform.startswith("linux") else set())
    _expect(all(p in platforms for p in needed), f"Qt platform plugins missing: {platforms}")
    _expect(report["docx"]["default_template"] == "ok", f"python-docx: {report['docx']}")
    data = report["data"]
    _expect(bool(data["campaign_packs"]), "no campaign pack in the bundle")
    files = set(data["datasets"].get("files", []))
    wanted = {"legislators-current.json", "zccd.csv", "SNAPSHOT.json"}
    _expect(wanted <= files, f"dataset snapshot incomplete: {sorted(files)}")
    return f"keyring {keyring['backend']}; Qt platforms: {platforms}"


def check_lookup_zip(ctx: Context) -> str:
    profile = ctx.new_profile("zip")
    result = ctx.ok("lookup", "--zip", "82001", "--json", profile=profile).json()
    members = {(m["role"], m["state"]) for m in result["members"]}  # type: ignore[index]
    _expect(
        members == {("representative", "WY"), ("senator", "WY")} and len(result["members"]) == 3,  # type: ignore[index]
        f"82001 should give WY's representative and two senators, got {members}",
    )
    status = ctx.ok("data", "status", "--json", profile=profile).json()
    origins = {d["name"]: d["origin"] for d in status}  # type: ignore[union-attr]
    _expect(
        origins.get("legislators") == "bundled" and origins.get("zip_crosswalk") == "bundled",
        f"expected the bundled snapshot in use, got {origins}",
    )
    date = next(d["date"] for d in status if d["name"] == "legislators")  # type: ignore[union-attr]
    _expect(
        bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date or "")), f"no dataset date shown: {date!r}"
    )
    return f"WY-AL + 2 senators from the baked-in data dated {date}"


class _CensusStandIn(BaseHTTPRequestHandler):
    body = b""
    seen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append(self.path)
        if "/geographies/onelineaddress" in self.path:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


def check_lookup_address(ctx: Context) -> str:
    handler = type("Handler", (_CensusStandIn,), {"body": CENSUS_FIXTURE.read_bytes(), "seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/geocoder"
        result = ctx.ok("lookup", "--address", AUSTIN, "--json", ADVOCATE_CENSUS_URL=url).json()
    finally:
        server.shutdown()
        server.server_close()
    match = result["match"]  # type: ignore[index]
    _expect(
        handler.seen and "onelineaddress" in handler.seen[0], f"the stand-in saw {handler.seen}"
    )
    _expect(
        (match["state"], match["district"], match["source"]) == ("TX", 37, "census"),
        f"expected TX-37 from the geocoder, got {match}",
    )
    names = [m["name"] for m in result["members"]]  # type: ignore[index]
    _expect(len(names) == 3, f"expected 3 members, got {names}")
    return f"TX-37 via the local geocoder: {', '.join(names)}"


def _pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        raise SmokeSkip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    if out.returncode != 0:
        raise SmokeFailure(f"pdftotext could not read {path.name}: {out.stderr.strip()}")
    return out.stdout


def check_letters(ctx: Context) -> str:
    out_dir = Path(tempfile.mkdtemp(prefix="letters-", dir=ctx.workdir))
    run = ctx.ok(
        "letters",
        "--campaign",
        "stop-csam-2025",
        "--zip",
        "82001",
        "--name",
        "Sam Sample",
        "--email",
        "sam@example.org",
        "--format",
        "pdf",
        "--format",
        "docx",
        "--out",
        str(out_dir),
        "--no-bill-status",
        "--json",
    )
    letters = run.json()["letters"]  # type: ignore[index]
    _expect(len(letters) == 3, f"expected 3 letters, got {len(letters)}")
    pdfs = sorted(out_dir.glob("*.pdf"))
    docxs = sorted(out_dir.glob("*.docx"))
    _expect(
        len(pdfs) == 3 and len(docxs) == 3,
        f"files written: {sorted(p.name for p in out_dir.iterdir())}",
    )
    for pdf in pdfs:
        text = " ".join(_pdf_text(pdf).split())
        _expect(
            "Sam Sample" in text and "STOP CSAM Act" in text,
            f"{pdf.name} lacks the letter: {text[:300]!r}",
        )
        bill = "H.R. 3921" if pdf.name.startswith("Representative") else "S. 1829"
        _expect(bill in text, f"{pdf.name} does not name {bill}")
    with zipfile.ZipFile(docxs[0]) as docx:
        _expect(
            "Sam Sample" in docx.read("word/document.xml").decode("utf-8"), "DOCX lacks the letter"
        )
    return f"3 letters as PDF + DOCX in {run.seconds:.2f} s, read back with pdftotext"


def check_cached_download_wins(ctx: Context) -> str:
    """An installed app updated from a USB stick (or the internet) uses the new download,
    and keeps using it offline."""
    bundled = Path(ctx.report()["data"]["datasets"]["dir"])
    usb = Path(tempfile.mkdtemp(prefix="usb-", dir=ctx.workdir))
    for name in ("legislators-current.json", "legislators-district-offices.json", "zccd.csv"):
        if (bundled / name).is_file():
            shutil.copy(bundled / name, usb / name)
    profile = ctx.new_profile("update")
    ctx.ok(
        "data",
        "update",
        profile=profile,
        ADVOCATE_LEGISLATORS_URL=str(usb) + os.sep,
        ADVOCATE_ZIP_CROSSWALK_URL=str(usb / "zccd.csv"),
    )
    status = ctx.ok("data", "status", "--json", profile=profile).json()
    origins = {d["name"]: d["origin"] for d in status}  # type: ignore[union-attr]
    _expect(
        origins.get("legislators") == "download" and origins.get("zip_crosswalk") == "download",
        f"after 'data update' the download should win, got {origins}",
    )
    result = ctx.ok("lookup", "--zip", "82001", "--json", profile=profile).json()
    _expect(len(result["members"]) == 3, "lookup from the cached download failed")  # type: ignore[index]
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
    keep = Path(tempfile.mkdtemp(prefix="self-check-", dir=ctx.workdir))
    run = ctx.ok("--self-check", ADVOCATE_SELF_CHECK_DIR=str(keep))
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    _expect(
        len(lines) == 1 and "self-check ok" in lines[0],
        f"--self-check should print one 'ok' line:\n{run.excerpt()}",
    )
    named = [Path(p) for p in re.findall(r"(/[^\s'\"]+\.pdf|[A-Za-z]:\\[^\s'\"]+\.pdf)", lines[0])]
    pdfs = sorted(keep.rglob("*.pdf")) + [p for p in named if p.is_file()]
    if pdfs:
        text = " ".join(_pdf_text(pdfs[0]).split())
        _expect(
            "Dear " in text and "Sam Sample" in text,
            f"the self-check PDF lacks the letter: {text[:300]!r}",
        )
        verdict = "its PDF read back with pdftotext"
    else:
        size = re.search(r"PDF ([\d,]+) bytes", lines[0])
        _expect(
            bool(size) and int(size.group(1).replace(",", "")) > 1000,  # type: ignore[union-attr]
            f"--self-check reported no usable PDF: {lines[0]!r}",
        )
        verdict = (
            "its PDF is deleted by the app, so only its size is checked here; the "
            "'letters' check reads the same export path back"
        )
    return f"{run.seconds:.2f} s, {verdict}: {lines[0][:160]}"


def check_quit_after_startup(ctx: Context) -> str:
    _gui(ctx)
    runs = [ctx.ok("--quit-after-startup") for _ in range(3)]
    best = min(r.seconds for r in runs)
    return f"window up and closed in {best:.2f} s (best of 3)"


CHECKS: dict[str, Callable[[Context], str]] = {
    "version": check_version,
    "bundle_report": check_bundle_report,
    "lookup_zip": check_lookup_zip,
    "lookup_address": check_lookup_address,
    "letters": check_letters,
    "cached_download_wins": check_cached_download_wins,
    "self_check": check_self_check,
    "quit_after_startup": check_quit_after_startup,
}


def run_checks(
    executable: Path, names: list[str] | None = None, require_gui: bool = False, out=sys.stdout
) -> dict[str, str]:
    """Run the checks; returns name -> "ok" / "skipped" / "FAILED"."""
    outcomes: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="advocate-smoke-") as scratch:
        ctx = Context(Path(executable).resolve(), Path(scratch), require_gui=require_gui)
        for name in names or list(CHECKS):
            started = time.perf_counter()
            try:
                detail = CHECKS[name](ctx)
                outcomes[name] = "ok"
            except SmokeSkip as exc:
                detail, outcomes[name] = str(exc), "skipped"
            except SmokeFailure as exc:
                detail, outcomes[name] = str(exc), "FAILED"
            print(
                f"{outcomes[name]:>7}  {name:<22} {time.perf_counter() - started:5.1f} s  {detail}",
                file=out,
                flush=True,
            )
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen Advocate build.")
    parser.add_argument("executable", type=Path, help="e.g. dist/advocate/advocate")
    parser.add_argument(
        "--require-gui",
        action="store_true",
        help="fail (instead of skip) when the GUI is not in the bundle",
    )
    parser.add_argument("--only", nargs="+", choices=list(CHECKS), metavar="CHECK")
    args = parser.parse_args(argv)
    if not args.executable.is_file():
        print(f"smoke: {args.executable} does not exist; build first", file=sys.stderr)
        return 2
    outcomes = run_checks(args.executable, args.only, args.require_gui)
    failed = [n for n, o in outcomes.items() if o == "FAILED"]
    skipped = [n for n, o in outcomes.items() if o == "skipped"]
    print(
        f"smoke test: {len(outcomes) - len(failed) - len(skipped)} passed, "
        f"{len(skipped)} skipped, {len(failed)} failed"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
