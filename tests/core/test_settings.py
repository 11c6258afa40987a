"""Settings: defaults merged, environment wins, bad files kept aside, atomic writes."""

from __future__ import annotations

import json

import pytest

from advocate_app.core.settings import DEFAULTS, Settings


def test_defaults_then_file_then_environment(tmp_path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path, env={})
    assert settings.get("sources.census_url") == DEFAULTS["sources.census_url"]
    settings.set("sources.census_url", "https://example.test/geocoder")
    settings.set("smtp.port", "465")
    settings.save()
    again = Settings.load(path, env={"ADVOCATE_CENSUS_URL": "http://127.0.0.1:1/g"})
    assert again.get("smtp.port") == 465
    assert again.get("sources.census_url") == "http://127.0.0.1:1/g"
    assert again.overridden_by_env("sources.census_url") == "ADVOCATE_CENSUS_URL"
    assert again.stored("sources.census_url") == "https://example.test/geocoder"
    assert json.loads(path.read_text())["schema"] == 1


def test_corrupt_file_is_kept_aside_and_defaults_used(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"values": {"smtp.host": "mail.exa')
    settings = Settings.load(path, env={})
    assert settings.recovered_from is not None and settings.recovered_from.exists()
    assert settings.recovered_from.read_text().startswith('{"values"')
    assert not path.exists()
    assert settings.get("smtp.host") == ""


@pytest.mark.parametrize("content", ["[1, 2]", '"text"', '{"values": []}'])
def test_wrong_shape_is_recovered(tmp_path, content) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    assert Settings.load(path, env={}).recovered_from is not None


def test_wrong_types_fall_back_to_defaults(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "values": {
                    "smtp.port": "many",
                    "network.timeout_seconds": [1],
                    "smtp.allow_plain_loopback": "yes",
                }
            }
        )
    )
    settings = Settings.load(path, env={"ADVOCATE_SMTP_PORT": "not-a-number"})
    assert settings.get("smtp.port") == 587
    assert settings.get("network.timeout_seconds") == 15.0
    assert settings.get("smtp.allow_plain_loopback") is True


def test_unknown_keys_are_refused(tmp_path) -> None:
    with pytest.raises(KeyError):
        Settings.load(tmp_path / "s.json", env={}).set("smtp.password", "secret")


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings.load(path, env={})
    for port in range(20):
        settings.set("smtp.port", port)
        settings.save()
    assert Settings.load(path, env={}).get("smtp.port") == 19
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]
