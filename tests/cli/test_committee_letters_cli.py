"""Issue 13: ``advocate letters`` acknowledges a committee seat from the downloaded
committee-membership data (local stand-in for the data host, the real shared files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HOUSE_NOTE = "As a member of the Judiciary Committee, to which H.R. 3921 was referred in June 2025"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_wyoming_letters_acknowledge_only_the_judiciary_member(
    run, tmp_path: Path, language: str
) -> None:
    out_dir = tmp_path / language
    code, out, err = run("letters", "--campaign", "stop-csam-2025", "--json", "--zip", "82001",
                         "--name", "Jo Doe", "--street", "1 Capitol Ave", "--city", "Cheyenne",
                         "--letter-language", language, "--format", "txt", "--out", str(out_dir),
                         "--no-bill-status")  # fmt: skip
    assert code == 0, err
    texts = {x["member"]["name"]: Path(x["file"]).read_text(encoding="utf-8")
             for x in json.loads(out)["letters"]}  # fmt: skip
    assert set(texts) == {"Harriet M. Hageman", "Cynthia M. Lummis", "John Barrasso"}
    member_sentence = HOUSE_NOTE if language == "en" else "Como miembro del Comité Judicial"
    assert member_sentence in texts["Harriet M. Hageman"]  # she sits on House Judiciary
    for senator in ("Cynthia M. Lummis", "John Barrasso"):  # neither sits on Senate Judiciary
        assert "As a member of" not in texts[senator] and "Como miembro" not in texts[senator]


def test_campaign_check_flags_a_committee_the_data_does_not_know(run, tmp_path: Path) -> None:
    import shutil

    from advocate_app.core.campaigns import find_campaign

    pack = tmp_path / "pack"
    shutil.copytree(Path(find_campaign("stop-csam-2025").path), pack)
    manifest = pack / "campaign.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('committee = "HSJU"', 'committee = "HSJX"'),
        encoding="utf-8",
    )
    code, out, err = run("campaign", "check", str(pack))
    assert code == 0 and "HSJX" not in out, out  # no committee data yet: nothing to say
    assert run("data", "update")[0] == 0
    code, out, err = run("campaign", "check", str(pack))
    assert code == 0, err  # a warning: the pack still works, and no letter mentions HSJX
    assert 'committee = "HSJX" is not a committee in the committee-membership data' in out
    code, out, err = run("campaign", "check", str(find_campaign("stop-csam-2025").path))
    assert code == 0 and "committee-membership" not in out
