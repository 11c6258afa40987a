"""``advocate batch``: a participants CSV with good and bad rows, run as a real process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.export.conftest import pdf_info, pdf_text

CSV = """Name,Street,City,State,ZIP,Email,Story
Ana Zamora,1100 Congress Ave,Austin,TX,78701,ana@example.org,"My daughter's school had a case last year.
We need this law."
Bo Missing,,Austin,TX,78701,,
Cy Nowhere,1 Main St,Springfield,XX,78701,,
Di Unknown,2 Main St,Nowhere,TX,00000,,
Ed Wyoming,2001 Capitol Ave,Cheyenne,wy,82001-1234,,I coach youth hockey in Cheyenne.
Fay Chicago,2430 N Cannon Dr,Chicago,IL,60614,,

Gus Mismatch,3 Elm St,Austin,TX,82001,,
Ana Zamora,1100 Congress Ave,Austin,TX,78701,,
Hal Capital,1600 Pennsylvania Ave NW,Washington,DC,20500,hal@,
"""


def advocate(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "advocate_app", *args],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def participants(tmp_path: Path) -> Path:
    path = tmp_path / "participants.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_bad_rows_reported_by_line_good_rows_printed(env, participants, tmp_path) -> None:
    out_dir = tmp_path / "out"
    done = advocate(
        "batch", "--campaign", "stop-csam-2025", "--input", str(participants), "--out", str(out_dir),
        "--envelopes", "--labels", "--route", "district", "--event", "Austin writing night",
        "--event-date", "November 25, 2026", "--no-bill-status", env=env,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # some rows need attention; files still written
    assert "Traceback" not in done.stderr
    err = done.stderr
    assert "line 4 (Bo Missing): missing street" in err
    assert "line 5 (Cy Nowhere): 'XX' is not a US state" in err
    assert "line 6 (Di Unknown): ZIP code 00000 is not in our ZIP-to-district table" in err
    assert "line 8 (Fay Chicago): ZIP code 60614 is split between IL-03, IL-05, IL-07" in err
    assert "only the senators' letters were printed" in err
    assert "line 10 (Gus Mismatch): ZIP code 82001 is in Wyoming, not Texas." in err
    assert "line 11 (Ana Zamora): the same person as line 2; printed once" in err
    assert "line 12 (Hal Capital): 'hal@' is not an email address" in err
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [
        "Delivery list - stop-csam-2025.csv",
        "Envelopes - stop-csam-2025.pdf",
        "Labels (Avery 5160) - stop-csam-2025.pdf",
        "Letters - stop-csam-2025.pdf",
        "Rows not printed - stop-csam-2025.txt",
    ]
    assert "line 4 (Bo Missing)" in (out_dir / "Rows not printed - stop-csam-2025.txt").read_text()
    # Ana: TX-37 + 2 senators; Ed: WY-AL + 2 senators; Fay: 2 IL senators = 8 letters, 8 stacks.
    letters_pdf = out_dir / "Letters - stop-csam-2025.pdf"
    pages = [" ".join(p.split()) for p in pdf_text(letters_pdf).split("\f") if p.strip()]
    covers = [p for p in pages if p.startswith("Constituent letters for hand delivery")]
    assert len(covers) == 8
    assert pages[0] == covers[0]
    assert all("Event: Austin writing night" in c and "1 letter enclosed" in c for c in covers)
    assert [c.split("Stack ")[1].split(" in this")[0] for c in covers] == [
        f"{n} of 8" for n in range(1, 9)
    ]
    office_states = [
        c.split("Deliver to ")[1].split(" Phone")[0].split(", ")[-1][:2] for c in covers
    ]
    assert (
        office_states == sorted(office_states) == ["IL", "IL", "TX", "TX", "TX", "WY", "WY", "WY"]
    )
    letter_text = " ".join(pages)
    assert "My daughter's school had a case last year. We need this law." in letter_text
    assert "I coach youth hockey in Cheyenne." in letter_text
    assert "H.R. 3921" in letter_text and "S. 1829" in letter_text
    assert "Dear Representative Doggett:" in letter_text and "Dear Senator Durbin:" in letter_text
    assert "Cheyenne, WY 82001" in letter_text  # the state is normalized, ZIP+4 trimmed
    # District routing: Ana's letter to Doggett goes to his Austin office, not Washington.
    doggett = next(p for p in pages if "Dear Representative Doggett:" in p).split("Dear")[0]
    assert "Austin, TX 78701" in doggett and "Washington" not in doggett
    assert pdf_info(out_dir / "Envelopes - stop-csam-2025.pdf")["Pages"] == "8"
    assert pdf_info(out_dir / "Labels (Avery 5160) - stop-csam-2025.pdf")["Pages"] == "1"
    assert "Wrote 8 letters in 8 stacks for the district offices" in done.stdout


def test_json_report_and_dc_route(env, participants, tmp_path) -> None:
    done = advocate(
        "batch", "--campaign", "stop-csam-2025", "--input", str(participants), "--out", str(tmp_path / "o"),
        "--no-bill-status", "--offline", "--json", "--paper", "a4", env=env,
    )  # fmt: skip
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["letters"] == 8
    assert [p["line"] for p in data["problems"]] == [4, 5, 6, 8, 10, 11, 12]
    assert [p["partial"] for p in data["problems"]] == [
        False,
        False,
        False,
        True,
        False,
        False,
        False,
    ]
    assert "addresses are not looked up with --offline" in data["problems"][3]["message"]
    offices = [s["office"] for s in data["stacks"]]
    assert all(o[-1].startswith("Washington, DC 205") for o in offices)
    assert len(data["files"]) == 3  # letters, delivery list, rows not printed
    assert "(A4)" in pdf_info(Path(data["files"][0]))["Page size"]


def test_all_good_exit_0_and_district_column_resolves_split_zip(env, tmp_path) -> None:
    csv_path = tmp_path / "good.csv"
    csv_path.write_bytes(
        "name;street;city;state;zip;district\r\n"
        "José Peña;2430 N Cannon Dr;Chicago;IL;60614;IL-05\r\n".encode("cp1252")
    )  # a Windows spreadsheet export: cp1252, semicolons, CRLF
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path), "--out", str(tmp_path / "o"),
                    "--no-bill-status", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Wrote 3 letters in 3 stacks" in done.stdout
    text = pdf_text(tmp_path / "o" / "Letters - stop-csam-2025.pdf")
    assert "José Peña" in text and "Dear Representative Quigley:" in text


def test_file_problems_are_one_clear_message(env, tmp_path) -> None:
    missing = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(tmp_path / "nope.csv"),
                       "--out", str(tmp_path / "o"), env=env)  # fmt: skip
    assert (
        missing.returncode == 1
        and "does not exist" in missing.stderr
        and "Traceback" not in missing.stderr
    )
    bad_header = tmp_path / "bad.csv"
    bad_header.write_text("who,where\nAna,Austin\n")
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(bad_header), "--out", str(tmp_path / "o"),
                    "--no-bill-status", env=env)  # fmt: skip
    assert done.returncode == 1 and "has no name / street / zip column" in done.stderr
    all_bad = tmp_path / "all_bad.csv"
    all_bad.write_text("name,street,zip\nAna,,78701\n")
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(all_bad), "--out", str(tmp_path / "o"),
                    "--no-bill-status", env=env)  # fmt: skip
    assert (
        done.returncode == 1
        and "No letters could be made" in done.stderr
        and "line 2 (Ana): missing street" in done.stderr
    )
    assert not (tmp_path / "o").exists()
    unknown = advocate(
        "batch",
        "--campaign",
        "nope",
        "--input",
        str(all_bad),
        "--out",
        str(tmp_path / "o"),
        env=env,
    )
    assert unknown.returncode == 1 and "There is no campaign 'nope'" in unknown.stderr


def test_offline_batch_uses_no_network_at_all(env, participants, tmp_path, httpserver) -> None:
    """--offline: no address service and no Congress.gov, yet the good rows are printed."""
    # Datasets are cached first (a laptop prepared before the event), then the run is offline.
    assert advocate("data", "update", env=env).returncode == 0
    env = {**env, "ADVOCATE_CONGRESS_API_URL": httpserver.url_for("/v3")}
    seen_before = len(httpserver.log)
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(participants),
                    "--out", str(tmp_path / "out"), "--offline", env=env)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert (tmp_path / "out" / "Letters - stop-csam-2025.pdf").exists()
    paths = [request.path for request, _ in httpserver.log[seen_before:]]
    assert not any(p.startswith(("/v3", "/geocoder")) for p in paths), paths
    assert "Congress.gov" not in done.stdout + done.stderr


def test_district_route_offline_salem_and_atlanta_writes_every_file(env, tmp_path) -> None:
    """Issue 13 #1: offices on numbered and named streets in one city crashed the sort."""
    csv_path = tmp_path / "event.csv"
    csv_path.write_text(
        "name,street,city,state,zip,district\n"
        "Ada Salem,900 Court St NE,Salem,OR,97301,OR-06\n"
        "Ben Atlanta,55 Park Pl NE,Atlanta,GA,30303,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path), "--out", str(out),
                    "--route", "district", "--offline", "--envelopes", "--labels", env=env)  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "Delivery list - stop-csam-2025.csv",
        "Envelopes - stop-csam-2025.pdf",
        "Labels (Avery 5160) - stop-csam-2025.pdf",
        "Letters - stop-csam-2025.pdf",
    ]
    assert "Wrote 6 letters in 6 stacks for the district offices" in done.stdout
    text = " ".join(pdf_text(out / "Letters - stop-csam-2025.pdf").split())
    assert "Salem, OR 97301" in text and "Atlanta, GA 303" in text


def _cheyenne(tmp_path: Path, rows: list[str], header: str = "name,street,city,state,zip") -> Path:
    path = tmp_path / "cheyenne.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _letters_to(out: Path, salutation: str) -> list[str]:
    pages = [
        " ".join(p.split()) for p in pdf_text(out / "Letters - stop-csam-2025.pdf").split("\f")
    ]
    return [p for p in pages if salutation in p]


def test_batch_letters_vary_and_the_summary_says_how_personal(env, tmp_path) -> None:
    """Issue 13 #5: every letter carried the same three points; offices log that as one campaign."""
    rows = [f"Writer {c},{100 + i} Main St,Cheyenne,WY,82001" for i, c in enumerate("ABCDEF")]
    out = tmp_path / "varied"
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(_cheyenne(tmp_path, rows)),
                    "--out", str(out), "--offline", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    to_lummis = _letters_to(out, "Dear Senator Lummis:")
    assert len(to_lummis) == 6
    bodies = {p.split("Dear Senator Lummis:")[1].split("Sincerely,")[0] for p in to_lummis}
    stripped = {re.sub(r"Writer \w|\d+ Main St", "", b) for b in bodies}
    assert len(stripped) == 6  # six different letters, not one letter signed six times
    assert "0% of the letters carry the writer's own words" in done.stdout
    assert "identical apart from the writers' names" not in done.stderr
    same = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(_cheyenne(tmp_path, rows)),
                    "--out", str(tmp_path / "same"), "--offline", "--points", "1,2", env=env)  # fmt: skip
    assert "holds 6 letters that are identical apart from the writers' names" in same.stderr


def test_points_and_story_columns_are_the_writers_own(env, tmp_path) -> None:
    rows = [
        'Ana One,1 Main St,Cheyenne,WY,82001,3,"I coach hockey, and I worry."',
        "Bo Two,2 Main St,Cheyenne,WY,82001,1 2,",
    ]
    csv_path = _cheyenne(tmp_path, rows, "name,street,city,state,zip,points,story")
    out = tmp_path / "own"
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path),
                    "--out", str(out), "--offline", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    ana = next(p for p in _letters_to(out, "Dear Senator Lummis:") if "Ana One" in p)
    assert "I coach hockey, and I worry." in ana and "REPORT Act" in ana
    assert "Survivors deserve their day in court" not in ana  # only the point she chose
    bo = next(p for p in _letters_to(out, "Dear Senator Lummis:") if "Bo Two" in p)
    assert "Survivors deserve their day in court" in bo and "CyberTipline" in bo
    assert "50% of the letters carry the writer's own words" in done.stdout


def test_zip_only_rows_need_allow_no_street(env, tmp_path) -> None:
    """Issue 13 #12: a letter signed "WY 82001" cannot be verified or answered."""
    rows = ["Ana Street,1 Main St,Cheyenne,WY,82001", "Bo Zip,,,WY,82001"]
    csv_path = _cheyenne(tmp_path, rows)
    done = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path),
                    "--out", str(tmp_path / "a"), "--offline", env=env)  # fmt: skip
    assert done.returncode == 1
    assert (
        "line 3 (Bo Zip): missing street (offices need a street address to verify that the "
        "writer lives in the district and to reply by mail)" in done.stderr
    )
    assert "--allow-no-street" in done.stderr
    assert "Bo Zip" not in pdf_text(tmp_path / "a" / "Letters - stop-csam-2025.pdf")
    allowed = advocate("batch", "--campaign", "stop-csam-2025", "--input", str(csv_path),
                       "--out", str(tmp_path / "b"), "--offline", "--allow-no-street", env=env)  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    assert "Bo Zip" in pdf_text(tmp_path / "b" / "Letters - stop-csam-2025.pdf")
    assert "Some letters have no street address" in allowed.stderr
