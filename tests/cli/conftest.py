"""The command line run in-process, as a person runs it, against local stand-ins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from advocate_app.cli import main
from tests.conftest import serve_census, serve_datasets, service_env


@pytest.fixture
def run(httpserver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    """``run(*args)`` runs ``advocate`` with a temporary profile (``run.profile``) and the
    datasets and Congress.gov served locally; returns (exit code, stdout, stderr)."""
    serve_datasets(httpserver)
    for name, value in service_env(httpserver).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ADVOCATE_CONGRESS_API_URL", httpserver.url_for("/v3"))
    profile = tmp_path / "profile"

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--profile", str(profile), *args])
        out, err = capsys.readouterr()
        return code, out, err

    invoke.profile = profile  # type: ignore[attr-defined]
    return invoke


@pytest.fixture
def env(httpserver, tmp_path: Path) -> dict[str, str]:
    """The environment for ``advocate`` run as a child process: datasets served locally, an
    address service that finds nothing (so split ZIP codes stay split), a temporary profile."""
    serve_datasets(httpserver)
    serve_census(httpserver, {})
    return {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}
