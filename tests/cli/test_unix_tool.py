"""``advocate`` behaves like a Unix tool: ``--help`` lists what the README documents, a
closed pipe ends quietly, messages go to stderr with the documented exit codes, in plain,
correctly capitalised English. Run as real processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from werkzeug import Response

from tests.conftest import REPO_ROOT, serve_datasets, service_env

ADVOCATE = [sys.executable, "-m", "advocate_app"]


def advocate(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*ADVOCATE, *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=90
    )


@pytest.fixture
def env(httpserver, tmp_path) -> dict[str, str]:
    serve_datasets(httpserver)
    return {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}


def test_help_lists_every_option_the_readme_gives_for_advocate_itself(env) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"advocate (--[a-z][a-z-]+)", readme))
    assert {"--self-check", "--profile"} <= documented  # the README still names them
    out = advocate("--help", env=env)
    assert out.returncode == 0 and out.stderr == ""
    listed = set(re.findall(r"(--[a-z][a-z-]+)", out.stdout))
    assert documented <= listed, documented - listed
    for code, words in (
        ("0", "done"),
        ("1", "you must fix"),
        ("2", "not typed right"),
        ("3", "cannot be reached"),
    ):
        assert re.search(rf"^\s+{code}\s+.*{words}", out.stdout, re.M), code


def test_a_reader_that_stops_early_ends_the_command_quietly(env) -> None:
    """``advocate lookup --zip 82001 | head -2``: no BrokenPipeError, no traceback."""
    done = subprocess.run(
        f"{' '.join(ADVOCATE)} lookup --zip 82001 | head -2",
        shell=True,
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 2
    assert done.stderr == ""
    # The same, with the reader gone before the first line is written: EPIPE for sure.
    process = subprocess.Popen(
        [*ADVOCATE, "lookup", "--zip", "82001"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=90) == 141, stderr  # 128 + SIGPIPE, as a shell reports it
    assert stderr == ""


def test_problems_go_to_stderr_and_stdout_stays_clean(env) -> None:
    unknown = advocate("lookup", "--zip", "00000", env=env)
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert unknown.stderr.startswith("advocate: ")
    usage = advocate("lookup", "--zip", "82001", "--bogus", env=env)
    assert usage.returncode == 2 and usage.stdout == "" and "--bogus" in usage.stderr


def test_missing_data_is_named_in_plain_words(tmp_path) -> None:
    env = {
        **os.environ,
        "ADVOCATE_PROFILE": str(tmp_path / "p"),
        "ADVOCATE_LEGISLATORS_URL": "http://127.0.0.1:9/",
        "ADVOCATE_ZIP_CROSSWALK_URL": "http://127.0.0.1:9/z.csv",
    }
    out = advocate("lookup", "--zip", "82001", env=env)
    assert out.returncode == 3 and out.stdout == ""
    assert re.search(
        r"^advocate: The (list of members of Congress|ZIP code table) has not been "
        r"downloaded yet, and its source cannot be reached\.",
        out.stderr,
    ), out.stderr
    assert "table list" not in out.stderr and "congress list" not in out.stderr.lower()


def test_an_unreachable_address_service_is_named_mid_sentence(env) -> None:
    env = {**env, "ADVOCATE_CENSUS_URL": "http://127.0.0.1:9/geocoder"}
    out = advocate("lookup", "--address", "1100 Congress Ave, Austin, TX 78701", env=env)
    assert out.returncode == 3 and out.stdout == ""
    assert "Could not reach the Census address service. Check the internet connection" in out.stderr


def test_the_command_table_says_what_each_module_registers() -> None:
    """``advocate --help`` lists commands from cli.COMMANDS without importing them all."""
    import argparse
    import importlib

    from advocate_app import cli

    subparsers = argparse.ArgumentParser().add_subparsers()
    for module in cli.COMMAND_MODULES:
        importlib.import_module(f"advocate_app.cli.{module}").register(subparsers)
    registered = {action.dest: action.help for action in subparsers._choices_actions}
    assert registered == {name: text for name, (_module, text) in cli.COMMANDS.items()}


def test_a_command_loads_only_its_own_module(env) -> None:
    code = (
        "import sys; from advocate_app.cli import build_parser; build_parser('lookup'); "
        "print(sorted(m for m in sys.modules if m.startswith('advocate_app.cli.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "['advocate_app.cli.lookup']"


def test_an_update_that_keeps_the_saved_copies_says_so_on_stderr(env, httpserver) -> None:
    assert advocate("data", "update", env=env).returncode == 0
    httpserver.clear()  # the data host moved away; the saved copies stay in use
    httpserver.expect_request(re.compile(".*")).respond_with_response(Response(status=404))
    out = advocate("data", "update", "--force", env=env)
    assert out.returncode == 0
    assert "the saved copies are still in use" in out.stderr
    assert "saved copies" not in out.stdout
