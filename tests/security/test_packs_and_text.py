"""Findings 8, 9 and 10 of issue 16: linear regexes over a pack's manifest, absurd nesting
refused with a message, participant fields without terminal escapes."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from advocate_app.core.campaign_manifest_fields import fields_from_toml
from advocate_app.core.campaigns import CampaignError, import_pack_zip, validate_pack
from advocate_app.core.errors import InputProblem
from advocate_app.core.participants import RowProblem, parse_participants
from tests.support.packs import MANIFEST, write_pack

# One long line of a *valid* manifest: a story prompt of words and spaces, no '='.
LONG_LINE = MANIFEST.replace(
    'story_prompts = ["Why does this matter to you?"]',
    'story_prompts = [\n"Why ' + "a " * 150_000 + '?",\n]',
)
DEEP = "deep = " + "[" * 5000 + "]" * 5000 + "\n" + MANIFEST


def test_one_long_manifest_line_is_checked_in_linear_time(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "long", manifest=LONG_LINE)
    started = time.monotonic()
    problems = validate_pack(folder)
    assert time.monotonic() - started < 3
    assert not [p for p in problems if p.is_error]


@pytest.mark.parametrize(
    "email",
    ["a@" + "a." * 50_000 + "@", "x" * 100_000 + "@", "@" * 100_000],
    ids=["dots", "no_domain", "ats"],
)
def test_the_organizer_email_check_is_linear(tmp_path: Path, email: str) -> None:
    manifest = MANIFEST.replace("congress = 119", f'congress = 119\norganizer_email = "{email}"')
    folder = write_pack(tmp_path / "mail", manifest=manifest)
    started = time.monotonic()
    problems = validate_pack(folder)
    assert time.monotonic() - started < 3
    assert any("does not look like an email address" in p.message for p in problems)


@pytest.mark.parametrize(
    ("email", "ok"),
    [("jo@example.org", True), ("jo@example", False), ("jo@.org", False), ("jo@org.", False),
     ("jo @example.org", False), ("jo@ex@ample.org", False), ("@example.org", False)],
)  # fmt: skip
def test_one_email_shape_for_packs_events_and_participants(email: str, ok: bool) -> None:
    """The organizer's address in a pack, an event's collection address and a participant's
    address in a CSV are all judged by ``core/text.looks_like_email``."""
    from advocate_app.core.event_config import check_event
    from advocate_app.core.participants import parse_participants
    from advocate_app.core.text import looks_like_email

    assert looks_like_email(email) is ok
    problems = check_event(
        name="Night", idle_minutes=5, routes={"email_organizer"}, collection_email=email
    )
    assert any("does not look like an email address" in p for p in problems) is not ok
    csv = f"name,zip,street,city,email\nJo Doe,82001,1 Main St,Cheyenne,{email}\n"
    _, rows = parse_participants(csv)
    assert any("is not an email address" in r.message for r in rows) is not ok


def test_a_manifest_nested_5000_deep_is_refused_with_a_message(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "deep", manifest=DEEP)
    problems = validate_pack(folder)
    assert [p.file for p in problems] == ["campaign.toml"]
    assert "nested more than 16 levels deep" in problems[0].message
    archive = tmp_path / "deep.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in folder.iterdir():
            zf.write(path, path.name)
    with pytest.raises(CampaignError, match="nested more than 16 levels"):
        import_pack_zip(archive, tmp_path / "installed")
    with pytest.raises(InputProblem, match="nested more than 16 levels"):
        fields_from_toml(DEEP)


def test_moderate_but_absurd_nesting_is_refused_too(tmp_path: Path) -> None:
    manifest = "deep = " + "[" * 40 + "1" + "]" * 40 + "\n" + MANIFEST
    problems = validate_pack(write_pack(tmp_path / "forty", manifest=manifest))
    assert "nested more than 16 levels deep" in problems[0].message


ESCAPES = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2K\x1b]0;pwned\x07\x9b31m"


def test_participant_fields_lose_terminal_escapes() -> None:
    text = (
        "name,street,city,state,zip,story\n"
        f'"Eve{ESCAPES} Mallory",1 Main St,Austin,TX,78701,"My{ESCAPES} story"\n'
        f'"Bob{ESCAPES}",,Austin,TX,78701,\n'
    )
    people, problems = parse_participants(text)
    assert people[0].constituent.name.startswith("Eve") and people[0].constituent.name.endswith(
        "Mallory"
    )
    for value in (people[0].constituent.name, people[0].story, *map(str, problems)):
        assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in value), repr(
            value
        )
    assert problems and problems[0].name.startswith("Bob")


def test_a_report_line_never_carries_control_characters() -> None:
    line = str(RowProblem(3, f"no such ZIP{ESCAPES}", f"Eve{ESCAPES}"))
    assert "\x1b" not in line and "\x07" not in line and "\x9b" not in line
    assert line.startswith("line 3 (Eve")


def test_tally_output_carries_no_terminal_escapes(tmp_path, capsys) -> None:
    from advocate_app.app import Services
    from advocate_app.cli import main
    from advocate_app.core.paths import AppPaths
    from advocate_app.core.tallies import insert_tally

    folder = tmp_path / "profile"
    services = Services(AppPaths.for_profile(folder), env={})
    with services.store.transaction() as conn:  # a member name as a hostile dataset gives it
        insert_tally(conn, route="print", campaign_id="c", member_bioguide="X000001",
                     member_name=f"Rep{ESCAPES} Mallory", member_seat="TX-18",
                     event_name=f"Night{ESCAPES}")  # fmt: skip
    services.store.close()
    assert main(["--profile", str(folder), "tally"]) == 0
    assert main(["--profile", str(folder), "tally", "--events"]) == 0
    out = capsys.readouterr().out
    assert "Mallory" in out and "Night" in out
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in out)
