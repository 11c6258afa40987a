"""Fixtures for delivery tests: a CA made for the session, real servers on loopback,
letters to real members from the legislators snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocate_app.core.delivery.smtp import SmtpTransport
from advocate_app.core.delivery.smtp_config import SmtpConfig
from advocate_app.core.store import Store
from tests.support.sample_letters import letter_for
from tests.support.smtpd import PASSWORD, USER, SmtpServer, TlsFiles, client_context, make_tls_files


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(tls_files: TlsFiles):
    with SmtpServer(tls_files, "starttls") as running:
        yield running


def transport_for(server: SmtpServer, tls_files: TlsFiles, **overrides) -> SmtpTransport:
    fields = dict(
        host=server.host,
        port=server.port,
        security="starttls",
        user=USER,
        password=PASSWORD,
        timeout=5.0,
    )
    fields.update(overrides)
    return SmtpTransport(SmtpConfig(**fields), context=client_context(tls_files))


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "data" / "advocate.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def cruz_letter(legislator_index):
    cruz = next(m for m in legislator_index.senators("TX") if m.last == "Cruz")
    return letter_for(cruz)


@pytest.fixture
def house_letter(legislator_index):
    return letter_for(legislator_index.representative("TX", 37))
