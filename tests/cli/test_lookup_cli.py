"""The ``advocate lookup`` / ``advocate data`` contract, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from werkzeug import Response

from advocate_app import __version__
from tests.conftest import FIXTURES, REPO_ROOT, serve_census, serve_datasets, service_env

AUSTIN = "1100 Congress Ave, Austin, TX 78701"


def advocate(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "advocate_app", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def env(httpserver, tmp_path) -> dict[str, str]:
    serve_datasets(httpserver)
    return {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}


def test_version(env) -> None:
    out = advocate("--version", env=env)
    assert out.returncode == 0 and out.stdout.strip() == f"advocate {__version__}"


def test_lookup_address_json_contract(env, httpserver) -> None:
    serve_census(
        httpserver,
        {
            AUSTIN: json.loads(
                (
                    FIXTURES / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
                ).read_text()
            )
        },
    )
    out = advocate("lookup", "--address", AUSTIN, "--json", env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["match"] == {
        "matched_address": "1100 CONGRESS AVE, AUSTIN, TX, 78701",
        "state": "TX",
        "district": 37,
        "congress": 119,
        "source": "census",
        "confidence": "exact",
    }
    assert [(m["name"], m["chamber"], m["role"]) for m in data["members"]] == [
        ("Lloyd Doggett", "house", "representative"),
        ("John Cornyn", "senate", "senator"),
        ("Ted Cruz", "senate", "senator"),
    ]
    assert set(data["members"][0]) == {
        "bioguide",
        "name",
        "chamber",
        "role",
        "party",
        "state",
        "district",
        "phone",
        "url",
        "contact_form",
        "office_address",
    }
    assert data["candidates"] == [] and data["matches"] == [] and data["vacancies"] == []
    assert data["data"]["legislators_date"] == "2026-06-15"
    assert "119th" in data["data"]["map"]


def test_lookup_zip_human_readable(env) -> None:
    out = advocate("lookup", "--zip", "82001", env=env)
    assert out.returncode == 0, out.stderr
    assert "Representative: Harriet M. Hageman" in out.stdout or "WY-AL" in out.stdout
    assert out.stdout.count("Senator:") == 2


def test_split_zip_is_a_success_listing_candidates(env) -> None:
    out = advocate("lookup", "--zip", "60614", "--json", env=env)  # IL-03, IL-05, IL-07
    data = json.loads(out.stdout)
    assert out.returncode == 0
    assert data["match"]["confidence"] == "ambiguous" and data["match"]["district"] is None
    assert [(c["state"], c["district"]) for c in data["candidates"]] == [
        ("IL", 3),
        ("IL", 5),
        ("IL", 7),
    ]
    assert all(c["member"]["chamber"] == "house" for c in data["candidates"])
    assert [m["role"] for m in data["members"]] == ["senator", "senator"]
    out = advocate("lookup", "--zip", "60614", "--district", "IL-05", "--json", env=env)
    assert json.loads(out.stdout)["match"]["confidence"] == "zip"


def test_exit_1_for_what_the_person_must_fix(env, httpserver) -> None:
    serve_census(httpserver, {})
    out = advocate("lookup", "--zip", "00000", env=env)
    assert out.returncode == 1 and "not in our ZIP-to-district table" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    out = advocate("lookup", "--address", "9 Nowhere Rd, Faketown 00000", env=env)
    assert out.returncode == 1 and "found no address" in out.stderr


def test_exit_2_for_usage_errors(env) -> None:
    assert advocate("lookup", env=env).returncode == 2
    assert advocate("lookup", "--zip", "1", "--address", "x", env=env).returncode == 2
    assert advocate("lookup", "--zip", "82001", "--bogus", env=env).returncode == 2


def test_exit_3_when_the_geocoder_fails(env, httpserver) -> None:
    serve_census(
        httpserver, {AUSTIN: Response("<html>down</html>", status=503, content_type="text/html")}
    )
    out = advocate("lookup", "--address", AUSTIN, env={**env}, timeout=90)
    assert out.returncode == 3, out.stderr
    assert "error 503" in out.stderr and "Traceback" not in out.stderr


def test_exit_3_without_data_or_network(tmp_path) -> None:
    env = {
        **os.environ,
        "ADVOCATE_PROFILE": str(tmp_path / "p"),
        "ADVOCATE_LEGISLATORS_URL": "http://127.0.0.1:9/",
        "ADVOCATE_ZIP_CROSSWALK_URL": "http://127.0.0.1:9/z.csv",
    }
    out = advocate("lookup", "--zip", "82001", env=env)
    assert out.returncode == 3
    assert "has not been downloaded yet" in out.stderr and "Traceback" not in out.stderr


def test_data_update_and_status(env, tmp_path) -> None:
    out = advocate("data", "update", env=env)
    assert out.returncode == 0 and out.stdout.count("updated") == 4
    assert "Committee members (congress-legislators): updated (119th Congress)" in out.stdout
    out = advocate("data", "status", "--json", env=env)
    status = json.loads(out.stdout)
    assert [s["origin"] for s in status] == ["download"] * 4
    assert status[-1]["name"] == "committee_membership" and status[-1]["congress"] == 119
    assert all(s["path"].startswith(str(tmp_path / "p")) for s in status)
    # The files live only under the profile: nothing in the home directory.
    assert not any((tmp_path / "p").glob("*.json"))


# --- issue 14: folders, the help, offline address lookups, ZIPs that are not places -------
def test_data_update_help_names_every_source_variable(env) -> None:
    from advocate_app.core.settings import ENV_OVERRIDES

    out = advocate("data", "update", "--help", env=env)
    assert out.returncode == 0
    for variable, key in ENV_OVERRIDES.items():
        if key.startswith("sources."):
            assert variable in out.stdout
    assert "--from" in out.stdout


def test_data_from_a_folder_then_export_for_the_next_laptop(tmp_path, shared_data) -> None:
    stick = tmp_path / "usb"
    (stick / "members").mkdir(parents=True)
    (stick / "zip").mkdir()
    for name in (
        "legislators-current.json",
        "legislators-district-offices.json",
        "committee-membership-current.json",
    ):
        (stick / "members" / name).write_bytes(
            (shared_data / "congress-legislators" / name).read_bytes()
        )
    (stick / "zip" / "zccd.csv").write_bytes(
        (shared_data / "zip-to-district" / "zccd.csv").read_bytes()
    )
    dead = "http://127.0.0.1:9"
    offline = {
        **os.environ,
        "ADVOCATE_PROFILE": str(tmp_path / "p"),
        "ADVOCATE_CENSUS_URL": dead + "/geocoder",
        "ADVOCATE_LEGISLATORS_URL": dead + "/l/",
        "ADVOCATE_ZIP_CROSSWALK_URL": dead + "/zccd.csv",
    }
    out = advocate("data", "update", "--from", str(stick), env=offline)
    assert out.returncode == 0, out.stderr
    assert "(119th Congress)" in out.stdout
    status = json.loads(advocate("data", "status", "--json", env=offline).stdout)
    assert [s["congress"] for s in status] == [119, 119, 119, 119]
    assert "for the 119th Congress" in advocate("data", "status", env=offline).stdout

    started = time.monotonic()
    out = advocate("lookup", "--zip", "82001", env=offline)
    assert out.returncode == 0 and "WY-AL" in out.stdout
    assert time.monotonic() - started < 10

    out = advocate("data", "export", str(tmp_path / "next"), env=offline)
    assert out.returncode == 0, out.stderr
    other = {**offline, "ADVOCATE_PROFILE": str(tmp_path / "q")}
    assert advocate("data", "update", "--from", str(tmp_path / "next"), env=other).returncode == 0
    assert "WY-AL" in advocate("lookup", "--zip", "82001", env=other).stdout


def test_address_offline_falls_back_to_the_zip(env, tmp_path) -> None:
    assert advocate("data", "update", env=env).returncode == 0
    offline = {**env, "ADVOCATE_CENSUS_URL": "http://127.0.0.1:9/geocoder"}
    out = advocate(
        "lookup", "--address", "1100 Congress Ave, Austin, TX 78701", "--json", env=offline
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["match"]["source"] == "zip"
    assert result["notes"][0].startswith("The address service is unreachable")
    human = advocate("lookup", "--address", "1100 Congress Ave, Austin, TX 78701", env=offline)
    assert human.returncode == 0 and "The address service is unreachable" in human.stdout


def test_military_zip_is_a_plain_message_and_exit_1(env) -> None:
    out = advocate("lookup", "--zip", "09012", env=env)
    assert out.returncode == 1
    assert "home-of-record" in out.stderr and "Traceback" not in out.stderr
    dc = advocate("lookup", "--zip", "20500", env=env)
    assert dc.returncode == 0 and "DC-AL" in dc.stdout


def test_new_congress_members_with_an_old_zip_map(tmp_path, shared_data) -> None:
    """The issue's case: 120th members and the 119th ZIP table. 78701 lies in TX-10 on the
    new map: the ZIP answer must not name the TX-37 member with confidence."""
    from tests.support.census_zip import pairs_from_zccd, write_relationship_file
    from tests.support.congress120 import write_120

    world = write_120(
        tmp_path / "members120",
        shared_data / "congress-legislators" / "legislators-current.json",
        shared_data / "congress-legislators" / "legislators-district-offices.json",
    )
    table = write_relationship_file(
        tmp_path, pairs_from_zccd(shared_data / "zip-to-district" / "zccd.csv"), 119
    )
    env = {
        **os.environ,
        "ADVOCATE_PROFILE": str(tmp_path / "p"),
        "ADVOCATE_LEGISLATORS_URL": f"{world}/",
        "ADVOCATE_ZIP_CROSSWALK_URL": str(table),
        "ADVOCATE_CENSUS_URL": "http://127.0.0.1:9/geocoder",
    }
    assert advocate("data", "update", env=env).returncode == 0
    status = {
        s["name"]: s["congress"]
        for s in json.loads(advocate("data", "status", "--json", env=env).stdout)
    }
    assert status == {
        "legislators": 120,
        "district_offices": 120,
        "zip_crosswalk": 119,
        "committee_membership": None,  # that folder has no committee data: optional
    }
    out = advocate("lookup", "--zip", "78701", "--json", env=env)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["match"]["confidence"] == "ambiguous" and result["match"]["congress"] == 120
    assert result["notes"][0].startswith("The ZIP code table is from the 119th Congress's map")
    assert all(m["chamber"] == "senate" for m in result["members"])
    wy = json.loads(advocate("lookup", "--zip", "82001", "--json", env=env).stdout)
    assert wy["match"]["confidence"] == "zip"  # one seat: no lines to move
