"""``advocate letters`` and ``advocate campaigns``/``campaign`` end to end, against local stand-ins
for the dataset host, the Census geocoder and Congress.gov."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from advocate_app.core.archive import Archive
from tests.conftest import FIXTURES, REPO_ROOT, serve_census, serve_datasets, service_env
from tests.support.packs import BODY, valid_entries, write_pack, write_zip

AUSTIN = "1100 Congress Ave, Austin, TX 78701"
HAGEMAN, BARRASSO = "H001096", "B001261"


def letters_json(run, *args: str) -> dict:
    code, out, err = run("letters", "--campaign", "stop-csam-2025", "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_letters_for_a_zip_code_write_one_file_per_member(run, tmp_path: Path) -> None:
    out_dir = tmp_path / "letters"
    data = letters_json(run, "--zip", "82001", "--name", "Jo Doe", "--street", "1 Capitol Ave",
                        "--city", "Cheyenne", "--email", "jo@example.org", "--story", "I teach fourth grade.",
                        "--points", "1,3", "--format", "txt", "--out", str(out_dir), "--no-bill-status")  # fmt: skip
    letters = data["letters"]
    assert [(x["member"]["name"], x["bill"]) for x in letters] == [
        ("Harriet M. Hageman", "H.R. 3921"),
        ("Cynthia M. Lummis", "S. 1829"),
        ("John Barrasso", "S. 1829"),
    ]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        Path(x["file"]).name for x in letters
    )
    assert letters[0]["member"] == {"bioguide": HAGEMAN, "name": "Harriet M. Hageman", "role": "representative",
                                    "chamber": "house", "state": "WY", "district": 0, "seat": "WY-AL",
                                    "title": "Representative"}  # fmt: skip
    assert letters[0]["cosponsor"] is None and 0 < letters[0]["personalization"] < 0.1
    house = Path(letters[0]["file"]).read_text(encoding="utf-8")
    assert "Dear Representative Hageman:" in house and "cosponsor H.R. 3921" in house
    assert "your constituent in Cheyenne, WY 82001" in house and "I teach fourth grade." in house
    assert house.endswith(
        "Sincerely,\n\nJo Doe\n1 Capitol Ave\nCheyenne, WY 82001\njo@example.org\n"
    )
    senate = Path(letters[2]["file"]).read_text(encoding="utf-8")
    assert "Dear Senator Barrasso:" in senate and "S. 1829" in senate and "H.R. 3921" not in senate
    assert (
        "Survivors deserve their day in court." in senate
        and "Reports to the CyberTipline" not in senate
    )
    assert any("Congress ends on January 3, 2027" in note for note in data["notes"])


def test_letters_for_an_address_use_the_persons_own_spelling(
    run, httpserver, tmp_path: Path
) -> None:
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
    code, out, err = run("letters", "--campaign", "stop-csam-2025", "--address", AUSTIN, "--name", "Maria Lopez",
                         "--out", str(tmp_path / "out"), "--no-bill-status")  # fmt: skip
    assert code == 0, err
    assert "Wrote 3 letters for STOP CSAM Act of 2025" in out
    assert (
        "Representative Lloyd Doggett (TX-37), H.R. 3921" in out
        and "Senator Ted Cruz (TX), S. 1829" in out
    )
    assert "add a few sentences with --story" in err
    text = next((tmp_path / "out").glob("Representative Doggett*.txt")).read_text()
    assert "Maria Lopez\n1100 Congress Ave\nAustin, TX 78701\n" in text


def test_a_cosponsor_is_thanked_and_a_busy_congress_gov_still_yields_letters(
    run, httpserver, tmp_path: Path
) -> None:
    detail = {
        "bill": {
            "title": "STOP CSAM Act of 2025",
            "latestAction": {"actionDate": "2025-06-26", "text": "Calendar."},
        }
    }
    httpserver.expect_request("/v3/bill/119/s/1829").respond_with_json(detail)
    httpserver.expect_request("/v3/bill/119/s/1829/cosponsors").respond_with_json(
        {"cosponsors": [{"bioguideId": BARRASSO}], "pagination": {"count": 1}}
    )
    httpserver.expect_request("/v3/bill/119/hr/3921").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "3600"}
    )
    data = letters_json(run, "--zip", "82001", "--name", "Jo Doe", "--allow-no-street", "--out",
                        str(tmp_path / "out"))  # fmt: skip
    by_name = {x["member"]["name"]: x for x in data["letters"]}
    assert (
        by_name["John Barrasso"]["cosponsor"] is True
        and by_name["Cynthia M. Lummis"]["cosponsor"] is False
    )
    assert by_name["Harriet M. Hageman"]["cosponsor"] is None
    assert (
        "thank you for cosponsoring S. 1829" in Path(by_name["John Barrasso"]["file"]).read_text()
    )
    assert "ask you to cosponsor S. 1829" in Path(by_name["Cynthia M. Lummis"]["file"]).read_text()
    assert (
        "ask you to cosponsor H.R. 3921" in Path(by_name["Harriet M. Hageman"]["file"]).read_text()
    )
    assert any(
        n.startswith("Could not check who already cosponsors H.R. 3921") for n in data["notes"]
    )
    assert any("no street address under your name (--allow-no-street)" in n for n in data["notes"])


def test_offline_the_packs_sponsors_and_original_cosponsors_are_shown_as_supporters(
    run, tmp_path: Path
) -> None:
    """Iowa: Grassley is an original cosponsor of S. 1829 (the pack says so, no Congress.gov
    needed); Ernst is not on the pack's lists and nobody could say more offline."""
    data = letters_json(run, "--zip", "50309", "--name", "Jo Doe", "--allow-no-street",
                        "--no-bill-status", "--out", str(tmp_path / "out"))  # fmt: skip
    by_name = {x["member"]["name"]: x for x in data["letters"]}
    assert by_name["Chuck Grassley"]["cosponsor"] is True
    assert by_name["Joni Ernst"]["cosponsor"] is None
    assert "ask you to cosponsor" not in Path(by_name["Chuck Grassley"]["file"]).read_text()
    code, out, _ = run("letters", "--campaign", "stop-csam-2025", "--zip", "50309", "--name",
                       "Jo Doe", "--allow-no-street", "--no-bill-status", "--out",
                       str(tmp_path / "again"))  # fmt: skip
    assert code == 0
    assert "Chuck Grassley (IA), S. 1829 (thank-you: already a supporter)" in out
    assert "Joni Ernst (IA), S. 1829\n" in out


def test_an_outage_still_yields_letters(run, httpserver, tmp_path: Path) -> None:
    for path in ("/v3/bill/119/hr/3921", "/v3/bill/119/s/1829"):
        httpserver.expect_request(path).respond_with_data(
            "down", status=503, headers={"Retry-After": "3600"}
        )
    data = letters_json(run, "--zip", "82001", "--name", "Jo Doe", "--allow-no-street", "--out",
                        str(tmp_path / "out"))  # fmt: skip
    assert len(data["letters"]) == 3 and all(x["cosponsor"] is None for x in data["letters"])
    assert sum("error 503" in n for n in data["notes"]) == 2


def test_pdf_letters_with_a_story_fit_on_one_page(run, tmp_path: Path) -> None:
    story = ("I am a middle-school counselor in Cheyenne. Every year I sit with students who were "
             "pressured into sending images by someone they met on a game or an app, and every year I "
             "watch those images keep circulating after the account that asked for them is gone. "
             "The families I work with have nowhere to turn, and they deserve better.")  # fmt: skip
    data = letters_json(run, "--zip", "82001", "--name", "Maria Lopez", "--street", "2120 Capitol Avenue",
                        "--city", "Cheyenne", "--email", "maria@example.org", "--story", story,
                        "--format", "pdf", "--format", "txt", "--out", str(tmp_path / "o"), "--no-bill-status")  # fmt: skip
    for item in data["letters"]:
        pdf, txt = item["files"]
        assert pdf.endswith(".pdf") and txt.endswith(".txt")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        assert "Pages:           1" in info, item["member"]["name"]
        text = subprocess.run(
            ["pdftotext", pdf, "-"], capture_output=True, text=True, check=True
        ).stdout
        assert f"Dear {item['member']['title']}" in text and "deserve better." in text


def test_split_zip_needs_a_district(run, tmp_path: Path) -> None:
    code, out, err = run("letters", "--campaign", "stop-csam-2025", "--zip", "78705", "--name", "Jo", "--allow-no-street",
                         "--out", str(tmp_path / "out"), "--no-bill-status")  # fmt: skip
    assert code == 1 and out == ""
    assert "ZIP code 78705 lies in more than one congressional district (TX-35, TX-37)" in err
    assert "--district TX-35" in err
    assert not (tmp_path / "out").exists()
    data = letters_json(run, "--zip", "78705", "--district", "TX-37", "--name", "Jo", "--allow-no-street", "--out",
                        str(tmp_path / "out"), "--no-bill-status")  # fmt: skip
    assert [x["member"]["seat"] for x in data["letters"]] == ["TX-37", "TX", "TX"]


def test_district_office_addresses_for_paper(run, tmp_path: Path) -> None:
    data = letters_json(run, "--zip", "82001", "--name", "Jo", "--allow-no-street", "--office", "district", "--out",
                        str(tmp_path / "o"), "--no-bill-status")  # fmt: skip
    house = Path(data["letters"][0]["file"]).read_text()
    assert (
        "The Honorable Harriet M. Hageman\nMember of Congress\n2120 Capitol Avenue, Suite 8005\nCheyenne, WY 82001\n"
        in house
    )
    assert "Washington" not in house


def test_dc_gets_one_letter_to_the_delegate(run, tmp_path: Path) -> None:
    data = letters_json(
        run,
        "--zip",
        "20001",
        "--name",
        "Ann Lee",
        "--allow-no-street",
        "--out",
        str(tmp_path / "o"),
        "--no-bill-status",
    )
    assert [(x["member"]["title"], x["bill"]) for x in data["letters"]] == [
        ("Delegate", "H.R. 3921")
    ]
    assert any("has no senators" in n for n in data["notes"])
    assert "Dear Delegate Norton:" in Path(data["letters"][0]["file"]).read_text()


def test_story_file_and_mistakes_the_person_must_fix(run, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("\ufeffMy own words, from a file.\n", encoding="utf-8")
    data = letters_json(run, "--zip", "82001", "--name", "Jo", "--allow-no-street", "--story-file",
                        str(story), "--out", str(tmp_path / "o"), "--no-bill-status")  # fmt: skip
    assert "My own words, from a file." in Path(data["letters"][0]["file"]).read_text()
    base = (
        "letters",
        "--zip",
        "82001",
        "--name",
        "Jo",
        "--out",
        str(tmp_path / "x"),
        "--no-bill-status",
    )
    for args, message in (
        (("--campaign", "nope"), "no campaign 'nope'"),
        (
            ("--campaign", "stop-csam-2025", "--points", "9"),
            "no talking point 9; this campaign has 6",
        ),
        (("--campaign", "stop-csam-2025", "--points", "a,b"), "--points takes numbers"),
        (
            ("--campaign", "stop-csam-2025", "--story-file", str(tmp_path / "none.txt")),
            "does not exist",
        ),
    ):
        code, out, err = run(*base, *args)
        assert code == 1 and message in err, err
    code, _, err = run(
        "letters", "--campaign", "stop-csam-2025", "--zip", "82001", "--out", str(tmp_path / "x")
    )
    assert code == 1 and "--name" in err
    code, _, err = run("letters", "--campaign", "stop-csam-2025", "--zip", "82001", "--name", "Jo",
                       "--out", str(tmp_path / "x"), "--format", "rtf")  # fmt: skip
    assert code == 2 and "invalid choice: 'rtf'" in err


def test_a_pack_folder_can_be_used_directly_and_an_expired_one_is_refused(
    run, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "pack")
    data = json.loads(run("letters", "--campaign", str(pack), "--zip", "82001", "--name", "Jo", "--out",
                          str(tmp_path / "o"), "--no-bill-status", "--json", "--allow-no-street")[1])  # fmt: skip
    assert [x["bill"] for x in data["letters"]] == ["H.R. 1234", "S. 567", "S. 567"]
    old = write_pack(
        tmp_path / "old",
        (pack / "campaign.toml").read_text().replace("congress = 119", "congress = 118"),
    )
    code, _, err = run(
        "letters",
        "--campaign",
        str(old),
        "--zip",
        "82001",
        "--name",
        "Jo",
        "--out",
        str(tmp_path / "o"),
    )
    assert code == 1 and "118th Congress ended on January 3, 2025" in err


# --- campaigns list / campaign check, import, export ---------------------------------------------------
def test_campaigns_list(run) -> None:
    code, out, _ = run("campaigns", "list", "--json")
    (campaign,) = json.loads(out)["campaigns"]
    assert campaign["id"] == "stop-csam-2025" and campaign["expired"] is False
    assert (
        campaign["bills"]["house"]["label"] == "H.R. 3921"
        and campaign["bills"]["senate"]["label"] == "S. 1829"
    )
    code, out, _ = run("campaigns")
    assert code == 0 and "stop-csam-2025: STOP CSAM Act of 2025  [until January 3, 2027]" in out
    assert (
        "  * 1. Survivors deserve their day in court." in out and "    6. This is a national" in out
    )


def test_campaign_check_reports_file_line_and_exits_1(run, tmp_path: Path) -> None:
    code, out, err = run("campaign", "check", str(REPO_ROOT / "templates" / "stop-csam-2025"))
    assert code == 0 and "OK: 'stop-csam-2025'" in out
    bad = write_pack(
        tmp_path / "bad",
        templates={"house.txt.j2": BODY + "{{ bil }}\n", "senate.txt.j2": BODY + "{% if %}"},
    )
    code, out, err = run("campaign", "check", str(bad))
    assert code == 1
    assert "house.txt.j2:10: 'bil' is not defined" in err
    assert "senate.txt.j2:10: a {% %} tag or {{ }} field on this line is empty" in err
    assert "2 problems; the pack cannot be used." in err
    code, out, _ = run("campaign", "check", "--json", str(bad))
    assert code == 1 and json.loads(out)["ok"] is False
    code, _, err = run("campaign", "check", str(tmp_path / "missing"))
    assert code == 1 and "no folder or .zip" in err


def test_campaign_import_and_export(run, tmp_path: Path) -> None:
    code, out, _ = run("campaign", "import", str(write_zip(tmp_path / "p.zip", valid_entries())))
    assert code == 0 and "Installed the campaign 'test-pack'" in out
    code, out, _ = run("campaigns", "list", "--json")
    assert [c["id"] for c in json.loads(out)["campaigns"]] == ["stop-csam-2025", "test-pack"]
    code, _, err = run(
        "campaign",
        "import",
        str(write_zip(tmp_path / "e.zip", {**valid_entries(), "../x.txt": "x"})),
    )
    assert (
        code == 1
        and "'../x.txt' points outside the pack" in err
        and not (tmp_path / "x.txt").exists()
    )
    code, out, _ = run("campaign", "export", "test-pack", str(tmp_path / "shared.zip"))
    assert code == 0 and (tmp_path / "shared.zip").exists()


def test_as_a_real_process(httpserver, tmp_path: Path) -> None:
    serve_datasets(httpserver)
    env = {**os.environ, **service_env(httpserver), "ADVOCATE_PROFILE": str(tmp_path / "p")}
    out = subprocess.run(
        [sys.executable, "-m", "advocate_app", "letters", "--campaign", "stop-csam-2025", "--zip", "82001",
         "--name", "Jo Doe", "--allow-no-street", "--out", str(tmp_path / "o"), "--no-bill-status", "--json"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["letters"]) == 3


def test_saved_letters_are_in_the_history(run, tmp_path: Path) -> None:
    from advocate_app.core.paths import AppPaths
    from advocate_app.core.store import Store

    data = letters_json(run, "--zip", "82001", "--name", "Jo Doe", "--format", "txt", "--format",
                        "pdf", "--out", str(tmp_path / "out"), "--no-bill-status",
                        "--allow-no-street")  # fmt: skip
    store = Store.open(AppPaths.for_profile(tmp_path / "profile").database_file)
    entries = Archive(store).entries()
    assert len(entries) == 6  # three members, two formats each
    assert {e.channel for e in entries} == {"txt", "pdf"}
    assert {e.member_bioguide for e in entries} == {
        x["member"]["bioguide"] for x in data["letters"]
    }
    assert {e.recipient for e in entries} == {f for x in data["letters"] for f in x["files"]}


def test_zip_only_letters_need_the_writers_confirmation(run, tmp_path: Path) -> None:
    """Issue 13: without a street address offices can neither verify residence nor reply;
    like the window's checkbox and the batch, --allow-no-street is the writer's yes."""
    out_dir = tmp_path / "o"
    args = ("letters", "--campaign", "stop-csam-2025", "--zip", "82001", "--name", "Jo Doe",
            "--city", "Cheyenne", "--out", str(out_dir), "--no-bill-status", "--json")  # fmt: skip
    code, out, err = run(*args)
    assert code == 1 and out == ""
    assert "verify that the writer lives in the district and to reply by mail" in err
    assert "--allow-no-street" in err and "--street" in err
    assert not out_dir.exists() or not any(out_dir.iterdir())
    code, out, err = run(*args, "--allow-no-street")
    assert code == 0, err
    data = json.loads(out)
    assert len(data["letters"]) == 3
    assert any("(--allow-no-street): offices need a street address" in n for n in data["notes"])
    code, out, err = run(*args, "--street", "2001 Capitol Ave")
    assert code == 0, err
    assert not any("street address" in n for n in json.loads(out)["notes"])
