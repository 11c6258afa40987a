"""The command line follows the same session rules as the window: a damaged history never
undoes saved letters (a note says so), and an ambiguous ZIP writes no letter at all."""

from __future__ import annotations

import json
from pathlib import Path

from advocate_app.cli import main
from advocate_app.core.paths import AppPaths
from advocate_app.core.store import Store
from tests.conftest import serve_datasets, service_env


def _run(httpserver, monkeypatch, capsys, profile: Path, *args: str) -> tuple[int, str, str]:
    serve_datasets(httpserver)
    for name, value in service_env(httpserver).items():
        monkeypatch.setenv(name, value)
    code = main(["--profile", str(profile), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_letters_saved_with_a_damaged_history_count_as_saved(
    httpserver, monkeypatch, capsys, tmp_path
) -> None:
    profile = tmp_path / "profile"
    store = Store.open(AppPaths.for_profile(profile).database_file)
    store.query("DROP TABLE archive")  # a damaged database: the history cannot be written
    out_dir = tmp_path / "letters"
    code, out, err = _run(httpserver, monkeypatch, capsys, profile, "letters", "--campaign",
                          "stop-csam-2025", "--zip", "82001", "--name", "Jo Doe", "--format",
                          "txt", "--out", str(out_dir), "--no-bill-status", "--json",
                          "--allow-no-street")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert len(list(out_dir.glob("*.txt"))) == 3 == len(data["letters"])
    missed = [n for n in data["notes"] if "could not be added to your history" in n]
    assert len(missed) == 1  # said once, not once per letter


def test_a_split_zip_writes_no_letter(httpserver, monkeypatch, capsys, tmp_path) -> None:
    out_dir = tmp_path / "letters"
    code, _out, err = _run(httpserver, monkeypatch, capsys, tmp_path / "profile", "letters",
                           "--campaign", "stop-csam-2025", "--zip", "78704", "--name", "Jo Doe",
                           "--out", str(out_dir), "--no-bill-status")  # fmt: skip
    assert code == 1 and "more than one congressional district" in err
    assert not out_dir.exists() or not any(out_dir.iterdir())
