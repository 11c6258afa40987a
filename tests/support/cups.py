"""A private CUPS print server for the printing tests, with "printers" that write PDFs.

``CupsServer.start(folder)`` runs its own ``cupsd`` (configuration, spool, logs and socket
all inside ``folder``; the system's print service, if any, is left alone) and points every
CUPS client in this process at it: the ``CUPS_SERVER`` environment variable for child
processes (``lp``, ``advocate``) and ``cupsSetServer`` for libcups already loaded here (Qt's
print plugin, ``export.printing``). ``add_queue("Letters", paper="a4")`` makes a cups-pdf
queue whose output lands in its own folder; ``printed(queue, count)`` waits for the jobs and
returns the PDFs in job order.

The queues turn the PDF they receive into PostScript with ``pdftocairo`` (CUPS's default
Ghostscript route loses the text's Unicode mapping, so ``pdftotext`` could not read the
printed PDF back), and cups-pdf turns that into the PDF the tests read.

cups-pdf reads its settings from ``/etc/cups/cups-pdf-<name>.conf`` (a path compiled into
the backend), so each queue writes one such file, named after this server, and ``stop()``
removes it. That, and the backend itself (which CUPS runs as root only), is why the tests
need root; ``unavailable()`` says in words why CUPS cannot run here, for the skip reason.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CONF_DIR = Path("/etc/cups")
PAPER_KEYS = {"letter": "Letter", "a4": "A4"}


def unavailable() -> str:
    """Why a private CUPS server with cups-pdf cannot run here ("" when it can)."""
    for tool in ("cupsd", "lpadmin", "lpstat", "cupsdisable", "cupsreject"):
        if not (shutil.which(tool) or Path("/usr/sbin", tool).exists()):
            return (
                f"CUPS is not installed ({tool} missing: apt-get install cups cups-client cups-bsd)"
            )
    if not BACKEND.exists() or not PPD.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "the cups-pdf printer needs root (CUPS runs its backend as root only)"
    if not os.access(CONF_DIR, os.W_OK):
        return f"{CONF_DIR} is not writable (cups-pdf reads its settings there)"
    if not ctypes.util.find_library("cups"):
        return "libcups is missing"
    return ""


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path("/usr/sbin", name))


@dataclass
class CupsServer:
    root: Path
    socket: Path
    process: subprocess.Popen
    tag: str
    queues: dict[str, Path] = field(default_factory=dict)
    _previous_server: str | None = None

    # --- life cycle ---------------------------------------------------------------------
    @classmethod
    def start(cls, root: Path | None = None) -> CupsServer:
        """Start a server in ``root`` (default: a new folder in /tmp; CUPS's filters run as
        user ``lp`` and must reach it, which pytest's private tmp_path does not allow)."""
        _remove_leftovers()
        root = Path(root or tempfile.mkdtemp(prefix="advocate-cups-", dir="/tmp"))
        root.mkdir(parents=True, exist_ok=True)
        root.chmod(0o755)
        dirs = {name: root / name for name in ("etc", "spool", "cache", "state", "log", "run")}
        for path in dirs.values():
            path.mkdir(exist_ok=True)
            path.chmod(0o755)
        (dirs["spool"] / "tmp").mkdir(exist_ok=True)
        (dirs["spool"] / "tmp").chmod(0o1777)
        sock = dirs["run"] / "cups.sock"
        (dirs["etc"] / "cups-files.conf").write_text(
            f"ServerRoot {dirs['etc']}\nRequestRoot {dirs['spool']}\nTempDir {dirs['spool'] / 'tmp'}\n"
            f"CacheDir {dirs['cache']}\nStateDir {dirs['state']}\n"
            f"AccessLog {dirs['log'] / 'access_log'}\nErrorLog {dirs['log'] / 'error_log'}\n"
            f"PageLog {dirs['log'] / 'page_log'}\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
            "SystemGroup root\nFileDevice No\n"
        )
        (dirs["etc"] / "cupsd.conf").write_text(
            f"Listen {sock}\nLogLevel info\nBrowsing No\nWebInterface No\n"
            "DefaultAuthType None\nJobRetryLimit 0\nErrorPolicy stop-printer\n"
            "PreserveJobFiles No\nPreserveJobHistory Yes\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"), "LANG": "C.UTF-8"}
        process = subprocess.Popen(
            [_tool("cupsd"), "-f", "-c", str(dirs["etc"] / "cupsd.conf"),
             "-s", str(dirs["etc"] / "cups-files.conf")],
            env=env, stdout=subprocess.DEVNULL, stderr=(dirs["log"] / "stderr").open("wb"),
            start_new_session=True,
        )  # fmt: skip
        tag = f"advtest{os.getpid()}"
        server = cls(root=root, socket=sock, process=process, tag=tag)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"cupsd stopped at once: {server.log_tail()}")
            if sock.exists() and server.lp("lpstat", "-r", check=False).returncode == 0:
                break
            time.sleep(0.1)
        else:
            server.stop()
            raise RuntimeError(f"cupsd did not answer within 15 s: {server.log_tail()}")
        server._previous_server = os.environ.get("CUPS_SERVER")
        os.environ["CUPS_SERVER"] = str(sock)
        set_libcups_server(str(sock))
        return server

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        for conf in CONF_DIR.glob(f"cups-pdf-{self.tag}-*.conf"):
            conf.unlink()
        shutil.rmtree(self.root, ignore_errors=True)
        if self._previous_server is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = self._previous_server
        set_libcups_server(os.environ.get("CUPS_SERVER"))

    def env(self) -> dict[str, str]:
        """Environment additions for a child process that should print here."""
        return {"CUPS_SERVER": str(self.socket)}

    def log_tail(self, lines: int = 15) -> str:
        text = ""
        for name in ("stderr", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                text += path.read_text(errors="replace")
        return " | ".join(text.strip().splitlines()[-lines:]) or "(no log)"

    # --- commands -----------------------------------------------------------------------
    def lp(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        env = {**os.environ, "CUPS_SERVER": str(self.socket), "LANG": "C"}
        result = subprocess.run([_tool(tool), *args], env=env, capture_output=True, text=True,
                                timeout=30)  # fmt: skip
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} {' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def add_queue(self, name: str, *, paper: str = "letter", default: bool = False) -> str:
        """A cups-pdf printer ``name`` whose default paper is ``paper``; returns its name."""
        out = self.root / "out" / name
        out.mkdir(parents=True, exist_ok=True)
        out.chmod(0o1777)
        instance = f"{self.tag}-{name}"
        spool = self.root / "cups-pdf-spool"
        spool.mkdir(exist_ok=True)
        (CONF_DIR / f"cups-pdf-{instance}.conf").write_text(
            f"Out {out}\nAnonDirName {out}\nSpool {spool}\nLog {self.root / 'log'}\n"
            "Label 2\nUserUMask 0022\n"
        )
        self.lp("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{instance}", "-P", str(PPD),
                "-o", f"PageSize={PAPER_KEYS[paper]}", "-o", "printer-error-policy=abort-job",
                "-o", "pdftops-renderer-default=pdftocairo")  # fmt: skip
        if default:
            self.lp("lpadmin", "-d", name)
        self.queues[name] = out
        return name

    def remove_queue(self, name: str) -> None:
        self.lp("lpadmin", "-x", name)

    def pause(self, name: str, reason: str = "") -> None:
        self.lp("cupsdisable", *(["-r", reason] if reason else []), name)

    def reject(self, name: str, reason: str = "") -> None:
        self.lp("cupsreject", *(["-r", reason] if reason else []), name)

    def ready(self, name: str) -> None:
        """Enable and accept again, with no job left over from an earlier test."""
        self.lp("cancel", "-a", name, check=False)
        self.lp("cupsenable", name)
        self.lp("cupsaccept", name)

    def clear_output(self, name: str) -> None:
        for path in self.queues[name].glob("*"):
            path.unlink()

    def pending(self, name: str) -> list[str]:
        out = self.lp("lpstat", "-o", name, check=False).stdout
        return [line.split()[0] for line in out.splitlines() if line.strip()]

    def printed(self, name: str, count: int, timeout: float = 60.0) -> list[Path]:
        """Wait until ``count`` PDFs from ``name`` are complete; returns them in job order."""
        deadline = time.monotonic() + timeout
        found: list[Path] = []
        while time.monotonic() < deadline:
            found = self.outputs(name)
            if len(found) >= count and not self.pending(name):
                time.sleep(0.2)  # cups-pdf renames/chmods after gs exits
                return self.outputs(name)
            time.sleep(0.2)
        raise AssertionError(
            f"{name}: {len(found)} of {count} printed PDFs after {timeout:.0f} s; "
            f"waiting jobs: {self.pending(name)}; log: {self.log_tail()}"
        )

    def outputs(self, name: str) -> list[Path]:
        def job(path: Path) -> int:
            match = re.search(r"job_(\d+)", path.name)
            return int(match.group(1)) if match else 0

        return sorted(self.queues[name].glob("*.pdf"), key=job)


def _remove_leftovers() -> None:
    """cups-pdf settings left by a test run that was killed (its process is gone)."""
    for conf in CONF_DIR.glob("cups-pdf-advtest*-*.conf"):
        match = re.match(r"cups-pdf-advtest(\d+)-", conf.name)
        if match and not Path("/proc", match.group(1)).exists():
            conf.unlink(missing_ok=True)


def set_libcups_server(server: str | None) -> None:
    """Point libcups in this process (and thread) at ``server``; None: back to the default."""
    name = ctypes.util.find_library("cups")
    if not name:
        return
    lib = ctypes.CDLL(name)
    lib.cupsSetServer.argtypes = [ctypes.c_char_p]
    lib.cupsSetServer(server.encode() if server else None)
