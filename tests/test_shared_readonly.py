"""The session guard that keeps ``../shared`` read-only (tests/conftest.py) sees every kind
of change: a file added beside a source file, a file removed, a file rewritten."""

from __future__ import annotations

import os

from tests.conftest import _shared_dir, describe_tree_changes, shared_tree_snapshot


def test_the_guard_names_added_removed_and_changed_files(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "members.json").write_text("[]")
    (tmp_path / "data" / "old.csv").write_text("a,b\n")
    before = shared_tree_snapshot(tmp_path)

    (tmp_path / "data" / "members.json.idx").write_bytes(b"index")  # a cache beside its source
    (tmp_path / "data" / "old.csv").unlink()
    (tmp_path / "data" / "members.json").write_text("[1]")
    os.utime(tmp_path / "data" / "members.json", ns=(1, 1))

    assert describe_tree_changes(before, shared_tree_snapshot(tmp_path)) == [
        "added: data/members.json.idx",
        "removed: data/old.csv",
        "changed: data/members.json",
    ]


def test_an_untouched_tree_reports_nothing(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.txt").write_text("x")
    assert (
        describe_tree_changes(shared_tree_snapshot(tmp_path), shared_tree_snapshot(tmp_path)) == []
    )


def test_the_guard_watches_the_shared_folder_the_tests_read(shared_data) -> None:
    assert shared_data.parent == _shared_dir()
    assert "data/congress-legislators/legislators-current.json" in shared_tree_snapshot(
        _shared_dir()
    )
