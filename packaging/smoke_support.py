"""How the smoke test runs a frozen Advocate: a clean environment with the network
unreachable, one empty profile per run, a loopback stand-in for the Census geocoder, and
PDFs read back with ``pdftotext``. The checks themselves are in ``smoke_test.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
CENSUS_FIXTURE = HERE / "smoke_data" / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
UNREACHABLE = "http://127.0.0.1:9/"  # nothing listens on the discard port: refused at once
TIMEOUT = 90.0  # seconds per run; a one-file build unpacks itself first


class SmokeFailure(Exception):
    """A check failed; the message says what the frozen app did instead."""


class SmokeSkip(Exception):
    """A check does not apply to this build (yet), e.g. no GUI or no pdftotext."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


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
    """One frozen program under test. ``data_dir`` holds copies of the datasets for the
    "update from a USB stick" check (default: the bundle's own snapshot, when it persists
    on disk, which a one-file build's does not)."""

    executable: Path
    workdir: Path
    require_gui: bool = False
    data_dir: Path | None = None
    _report: dict | None = None

    def env(self, profile: Path, **extra: str) -> dict[str, str]:
        dropped = ("ADVOCATE_", "PYTHON", "QT_", "LD_PRELOAD")
        env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
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

    def scratch(self, name: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.workdir))

    def run(
        self,
        *args: str,
        profile: Path | None = None,
        timeout: float = TIMEOUT,
        wrapper: tuple[str, ...] = (),
        **env: str,
    ) -> Run:
        """Run the frozen program (under ``wrapper``, e.g. xvfb-run) with ``env`` on top."""
        profile = profile or self.scratch("profile")
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [*wrapper, str(self.executable), *args],
                capture_output=True,
                text=True,
                env=self.env(profile, **env),
                timeout=timeout,
                cwd=self.workdir,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"{' '.join(args)} did not finish in {timeout:.0f} s") from exc
        return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)

    def ok(self, *args: str, **kwargs: object) -> Run:
        result = self.run(*args, **kwargs)  # type: ignore[arg-type]
        if result.returncode != 0:
            raise SmokeFailure(f"advocate {' '.join(args)} failed:\n{result.excerpt()}")
        return result

    def report(self) -> dict:
        """``advocate --bundle-report`` (see packaging/advocate_entry.py), run once."""
        if self._report is None:
            self._report = self.ok("--bundle-report").json()  # type: ignore[assignment]
        return self._report  # type: ignore[return-value]

    def dataset_copies(self) -> Path:
        if self.data_dir is not None:
            return self.data_dir
        bundled = Path(self.report()["data"]["datasets"].get("dir", ""))
        if not (bundled / "SNAPSHOT.json").is_file():
            raise SmokeSkip(
                "no copy of the datasets to update from (one-file build: pass --data-dir)"
            )
        return bundled


class _CensusStandIn(BaseHTTPRequestHandler):
    body = b""
    seen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append(self.path)
        if "/geographies/onelineaddress" not in self.path:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def census_stand_in(fixture: Path = CENSUS_FIXTURE) -> Iterator[tuple[str, list[str]]]:
    """A loopback geocoder answering every address with ``fixture``: (base URL, paths seen)."""
    seen: list[str] = []
    handler = type("Handler", (_CensusStandIn,), {"body": fixture.read_bytes(), "seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/geocoder", seen
    finally:
        server.shutdown()
        server.server_close()


def pdf_text(path: Path) -> str:
    """The PDF's text, whitespace collapsed (lines wrap differently per font metrics)."""
    if not shutil.which("pdftotext"):
        raise SmokeSkip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    if out.returncode != 0:
        raise SmokeFailure(f"pdftotext could not read {path.name}: {out.stderr.strip()}")
    return " ".join(out.stdout.split())
