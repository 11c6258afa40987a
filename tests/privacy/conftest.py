"""One person's whole day with Advocate, against local stand-ins for every service, with
the geocoder on its own server: lookups, letters in every format, a draft, email through a
real STARTTLS + AUTH server, the outbox. Privacy tests then look for that person's data
where it must not be (logs, other hosts, the disk after "delete my data")."""

from __future__ import annotations

import logging
import shutil
import socket
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from advocate_app.cli import main
from tests.conftest import census_answer, serve_census, serve_datasets
from tests.support.smtpd import PASSWORD, USER, SmtpServer, make_tls_files

NAME = "Marisol Quintanilla-Vega"
STREET = "4821 Quintana Ridge Rd"
ADDRESS = f"{STREET}, Austin, TX 78745"
EMAIL = "marisol.qv@example.org"
PHONE = "512-555-0187"
STORY = "Our neighbor's son Teodoro was extorted with pictures last winter"
API_KEY = "CONGRESS-KEY-7f3a9c"
# Strings that must never leave the places they belong in. The ZIP alone is not here: it
# is also a public fact in the ZIP table.
SECRETS = (PASSWORD, API_KEY)
PERSONAL = (NAME, "Quintanilla", STREET, "Quintana Ridge", EMAIL, PHONE, STORY, "Teodoro")


@dataclass
class World:
    profile: Path
    out: Path
    data_host: HTTPServer  # datasets + Congress.gov
    geocoder: HTTPServer
    smtp: SmtpServer
    census_seen: list
    connects: list = field(default_factory=list)

    def run(self, capsys, *args: str) -> tuple[int, str, str]:
        code = main(["--profile", str(self.profile), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    def day(self, capsys) -> list[tuple[int, str, str]]:
        """Everything a person does in a session, as commands (stdout/stderr kept)."""
        person = ["--address", ADDRESS, "--name", NAME, "--email", EMAIL, "--phone", PHONE,
                  "--story", STORY]  # fmt: skip
        results = [
            self.run(capsys, "lookup", "--address", ADDRESS),
            self.run(
                capsys,
                "letters",
                "--campaign",
                "stop-csam-2025",
                *person,
                "--format",
                "txt",
                "--format",
                "pdf",
                "--format",
                "odt",
                "--format",
                "docx",
                "--out",
                str(self.out),
            ),  # fmt: skip
            self.run(capsys, "send", "--campaign", "stop-csam-2025", *person, "--to", "self"),
            self.run(capsys, "outbox", "list"),
        ]
        return results

    def all_files(self) -> list[Path]:
        return [p for p in self.profile.rglob("*") if p.is_file()]


@pytest.fixture(scope="session")
def tls(tmp_path_factory):
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def world(httpserver, tmp_path, monkeypatch, tls):
    serve_datasets(httpserver)
    bill = {"bill": {"title": "STOP CSAM Act", "latestAction": {"actionDate": "2025-06-26",
                                                                  "text": "Calendar."}}}  # fmt: skip
    for path in ("/v3/bill/119/s/1829", "/v3/bill/119/hr/3921"):
        httpserver.expect_request(path).respond_with_json(bill)
        httpserver.expect_request(path + "/cosponsors").respond_with_json(
            {"cosponsors": [], "pagination": {"count": 0}}
        )
    geocoder = HTTPServer(host="127.0.0.1", port=0)
    geocoder.start()
    seen = serve_census(
        geocoder, {ADDRESS: census_answer("4837", "4821 QUINTANA RIDGE RD, AUSTIN, TX, 78745")}
    )
    base = httpserver.url_for("").rstrip("/")
    env = {
        "ADVOCATE_CENSUS_URL": geocoder.url_for("/geocoder").rstrip("/"),
        "ADVOCATE_LEGISLATORS_URL": base + "/congress-legislators/",
        "ADVOCATE_ZIP_CROSSWALK_URL": base + "/zccd.csv",
        "ADVOCATE_CONGRESS_API_URL": base + "/v3",
        "ADVOCATE_CONGRESS_API_KEY": API_KEY,
        "ADVOCATE_SMTP_SECURITY": "starttls",
        "ADVOCATE_SMTP_USER": USER,
        "ADVOCATE_SMTP_FROM": f"Volunteer Desk <{USER}>",
        "ADVOCATE_SMTP_PASSWORD": PASSWORD,
        "ADVOCATE_LOG_LEVEL": "DEBUG",
        "SSL_CERT_FILE": str(tls.ca),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    # The stand-in servers run in this process; their request logs are not the app's.
    for name in ("mail.log", "werkzeug"):
        monkeypatch.setattr(logging.getLogger(name), "level", logging.WARNING)
    with SmtpServer(tls, "starttls") as smtp:
        monkeypatch.setenv("ADVOCATE_SMTP_HOST", smtp.host)
        monkeypatch.setenv("ADVOCATE_SMTP_PORT", str(smtp.port))
        made = World(tmp_path / "profile", tmp_path / "letters", httpserver, geocoder, smtp, seen)
        guarded = socket.socket.connect

        def recording_connect(sock: socket.socket, address: object) -> None:
            made.connects.append(address)
            return guarded(sock, address)

        monkeypatch.setattr(socket.socket, "connect", recording_connect)
        try:
            yield made
        finally:
            geocoder.clear()
            if geocoder.is_running():
                geocoder.stop()
    shutil.rmtree(tmp_path / "letters", ignore_errors=True)
    _reset_logging()


def _reset_logging() -> None:
    """Leave the process's logging as other tests expect it (no DEBUG file from here)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_advocate", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)
