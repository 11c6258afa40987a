"""Fixtures for the session's tests: real services against local stand-ins, no window."""

from __future__ import annotations

import pytest

from tests.conftest import census_answer, serve_census

WYOMING_ZIP = "82001"
TOPEKA = ("1600 SW Western Ave", "Topeka", "KS", "66604")
TOPEKA_LINE = "1600 SW Western Ave, Topeka, KS 66604"
AUSTIN = ("1100 Congress Ave", "Austin", "TX", "78701")
AUSTIN_LINE = "1100 Congress Ave, Austin, TX 78701"


@pytest.fixture
def flow_services(services_factory, httpserver):
    """Services with the datasets downloaded and a geocoder that knows Austin and Topeka."""
    serve_census(
        httpserver,
        {
            AUSTIN_LINE: census_answer("4837", matched="1100 CONGRESS AVE, AUSTIN, TX, 78701"),
            TOPEKA_LINE: census_answer("2002", matched="1600 SW WESTERN AVE, TOPEKA, KS, 66604"),
        },
    )
    services = services_factory()
    services.datasets.update_all()
    return services
