"""Fixtures for delivery tests: a transport to the real loopback mail server (``server``
and ``tls_files`` are tests/conftest.py's), letters to real members from the legislators
snapshot."""

from __future__ import annotations

import pytest

from advocate_app.core.delivery.smtp import SmtpTransport
from advocate_app.core.delivery.smtp_config import SmtpConfig
from tests.support.sample_letters import letter_for
from tests.support.smtpd import PASSWORD, USER, SmtpServer, TlsFiles, client_context


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
def cruz_letter(legislator_index):
    cruz = next(m for m in legislator_index.senators("TX") if m.last == "Cruz")
    return letter_for(cruz)


@pytest.fixture
def house_letter(legislator_index):
    return letter_for(legislator_index.representative("TX", 37))
