"""Issue 13, committee members: the committee-membership dataset (fetched, bounded, validated,
kept offline) and the letters that acknowledge a seat on the committee a pack names.

Everything runs on the real shared files, served by a local stand-in for the data host.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from werkzeug import Response

from advocate_app.core.bill_facts import bill_facts
from advocate_app.core.campaigns import find_campaign
from advocate_app.core.committees import (
    committee_ids,
    congress_of_date,
    load_seats,
    roster_problem,
    seats_for_congress,
)
from advocate_app.core.dataset_sources import MAX_BYTES, default_sources
from advocate_app.core.datasets import DatasetStore
from advocate_app.core.http import HttpClient, RetryPolicy
from advocate_app.core.letters import compose_letter
from advocate_app.core.lookup.legislators import LegislatorIndex
from advocate_app.core.messages import Message
from advocate_app.core.models import Address, Chamber, Constituent
from advocate_app.core.settings import Settings
from tests.conftest import (
    COMMITTEES_JSON,
    DATA_PREFIX,
    DISTRICT_OFFICES_JSON,
    LEGISLATORS_JSON,
    serve_datasets,
    service_env,
)

ROSTER_PATH = DATA_PREFIX + "committee-membership-current.json"
GRASSLEY, DURBIN, HAWLEY, SANDERS = "G000386", "D000563", "H001089", "S000033"
CRUZ = "C001098"  # on Senate Judiciary, and not one of S. 1829's original cosponsors
MOORE, GARCIA, HAGEMAN = "M001212", "G000587", "H001096"
TODAY = date(2026, 11, 20)
SENATE_NOTE = "As a member of the Judiciary Committee, which advanced S. 1829 by a vote of 22-0"
HOUSE_NOTE = "As a member of the Judiciary Committee, to which H.R. 3921 was referred in June 2025"
SPANISH_NOTE = "Como miembro del Comité Judicial, que lo aprobó 22 a 0 en junio de 2025"


def make_store(tmp_path: Path, httpserver, **kwargs) -> DatasetStore:
    settings = Settings(None, env=service_env(httpserver))
    http = HttpClient(timeout=2, retry=RetryPolicy(attempts=1, backoff=0.01))
    return DatasetStore(tmp_path / "cache", http, default_sources(settings), **kwargs)


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> LegislatorIndex:
    """The shared member data with the shared committee roster, as the app loads them."""
    folder = tmp_path_factory.mktemp("indexes")
    loaded = LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, index_dir=folder)
    loaded.use_committee_seats(load_seats(COMMITTEES_JSON, folder))
    return loaded


@pytest.fixture(scope="module")
def campaign():
    return find_campaign("stop-csam-2025")


def writer(state: str) -> Constituent:
    return Constituent("Ana Example", Address("1 Main St", "Springfield", state, "62701"))


def body(campaign, member, language: str = "en", story: str = "") -> str:
    return compose_letter(
        campaign, writer(member.state), member, story=story, today=TODAY, language=language
    ).body


# --- the dataset ------------------------------------------------------------------------------
def test_the_roster_is_fetched_from_the_legislators_host_and_used_offline(
    tmp_path, httpserver
) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=0)
    source = store.sources["committee_membership"]
    assert source.url == httpserver.url_for(ROSTER_PATH) and not source.required
    path = store.path("committee_membership")
    assert path.read_bytes() == COMMITTEES_JSON.read_bytes()
    assert path.parent == tmp_path / "cache"
    info = store.info("committee_membership")
    assert (info.origin, info.date, info.congress) == ("download", "2026-06-15", 119)
    httpserver.clear()  # the host now answers 500 to everything: the saved copy serves
    assert store.path("committee_membership") == path
    seats = seats_for_congress(store, 119, tmp_path / "idx")
    assert seats is not None and "SSJU" in seats[GRASSLEY] and "HSJU" in seats[MOORE]
    assert SANDERS in seats and "SSJU" not in seats[SANDERS]


@pytest.mark.parametrize(
    "payload",
    [
        b"<html>Rate limited</html>",
        b'{"SSJU": [{"bioguide": "G0003',  # truncated
        LEGISLATORS_JSON.read_bytes(),  # the member list under the roster's name
        json.dumps({"SSJU": [{"name": "no id"}]}).encode(),
        json.dumps({"SSJU": "Chuck Grassley"}).encode(),
        b"[" * 100_000 + b"]" * 100_000,  # absurd nesting
    ],
    ids=["html", "truncated", "members", "no-ids", "not-a-list", "nested"],
)
def test_a_bad_roster_never_replaces_the_good_copy(tmp_path, httpserver, payload) -> None:
    serve_datasets(httpserver)
    store = make_store(tmp_path, httpserver, revalidate_after_hours=0)
    good = store.path("committee_membership").read_bytes()
    httpserver.clear()
    httpserver.expect_request(ROSTER_PATH).respond_with_response(
        Response(payload, content_type="application/json")
    )
    outcome = store.update_all(force=True)["committee_membership"]
    assert isinstance(outcome, Message) and outcome.code == "data.update_failed"
    reason = outcome.args["reason"]
    assert reason.code in ("data.not_valid", "data.not_committee_data"), reason
    assert str(outcome).startswith("failed: The download of 'Committee members")
    assert store.path("committee_membership").read_bytes() == good
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_an_oversized_roster_is_cut_off_while_it_streams(tmp_path, httpserver) -> None:
    limit = MAX_BYTES["committee_membership"]
    huge = b'{"SSJU": [' + b'{"bioguide": "G000386"},' * (limit // 20) + b"{}]}"
    httpserver.expect_request(ROSTER_PATH).respond_with_data(huge)
    store = make_store(tmp_path, httpserver)
    outcome = store.update_all()["committee_membership"]
    assert outcome.args["reason"].code == "http.too_large"
    assert store.info("committee_membership").origin == "missing"
    assert store.path_if_available("committee_membership") is None


def test_roster_checks_on_the_real_file() -> None:
    parsed = json.loads(COMMITTEES_JSON.read_text(encoding="utf-8"))
    assert roster_problem(parsed) == ""
    assert {"SSJU", "HSJU", "SSJU22"} <= committee_ids(parsed)
    assert roster_problem([{"bioguide": GRASSLEY}])  # a list is not a roster
    assert roster_problem({})
    assert congress_of_date("2026-06-15") == 119
    assert congress_of_date("2025-01-03") == 118  # the 119th began at noon that day
    assert congress_of_date("2025-01-04") == 119
    assert congress_of_date("") is None


def test_a_roster_from_an_earlier_congress_is_not_used(tmp_path) -> None:
    """Committee seats are handed out anew each congress: a 2024 copy says nothing of 2026."""
    folder = tmp_path / "usb"
    folder.mkdir()
    copy = folder / COMMITTEES_JSON.name
    copy.write_bytes(COMMITTEES_JSON.read_bytes())
    old = 1_718_000_000  # 2024-06-10
    os.utime(copy, (old, old))
    settings = Settings(None, env={"ADVOCATE_LEGISLATORS_URL": f"{folder}/"})
    store = DatasetStore(tmp_path / "cache", HttpClient(), default_sources(settings))
    assert store.refresh("committee_membership") == "updated"
    assert store.info("committee_membership").congress == 118
    assert seats_for_congress(store, 119, tmp_path / "idx") is None
    later = 1_750_000_000  # 2025-06-15: the 119th Congress
    os.utime(copy, (later, later))
    assert store.refresh("committee_membership") == "updated"
    assert seats_for_congress(store, 119, tmp_path / "idx")[DURBIN][0].startswith("SS")


def test_no_roster_means_no_acknowledgement_and_no_error(services_factory, httpserver) -> None:
    services = services_factory()
    httpserver.clear()
    for path in (LEGISLATORS_JSON, DISTRICT_OFFICES_JSON):
        httpserver.expect_request(DATA_PREFIX + path.name).respond_with_data(path.read_bytes())
    httpserver.expect_request(ROSTER_PATH).respond_with_response(Response("gone", status=404))
    index = services.legislators
    cruz = index.by_bioguide(CRUZ)
    assert cruz.committees is None  # unknown, not "on no committee"
    text = body(find_campaign("stop-csam-2025"), cruz)
    assert "Judiciary Committee, which advanced" not in text
    assert "and to help bring it to a vote on the Senate floor" in text


def test_the_app_loads_the_roster_with_the_members(services_factory) -> None:
    services = services_factory()
    assert "SSJU" in services.legislators.by_bioguide(DURBIN).committees
    assert services.legislators.by_bioguide(SANDERS).committees  # on other committees
    statuses = {i.name: i for i in services.datasets.status()}
    assert statuses["committee_membership"].origin == "download"


# --- the letters ------------------------------------------------------------------------------
def test_a_judiciary_senator_is_acknowledged_and_others_are_not(index, campaign) -> None:
    cruz = body(campaign, index.by_bioguide(CRUZ))
    assert SENATE_NOTE in cruz
    assert cruz.count("Judiciary Committee, which advanced") == 1
    # The note takes the place of the floor-vote clause, which the last paragraph asks for.
    assert "I am writing to ask you to cosponsor S. 1829, the STOP CSAM Act of 2025. As a" in cruz
    assert "ask Senate leadership to schedule a floor vote" in cruz
    sanders = body(campaign, index.by_bioguide(SANDERS))
    assert "As a member of" not in sanders
    assert "and to help bring it to a vote on the Senate floor." in sanders


def test_a_sponsor_on_the_committee_is_thanked_then_acknowledged(index, campaign) -> None:
    durbin = body(campaign, index.by_bioguide(DURBIN))
    opening = durbin.split("\n\n")[0]
    assert "thank you for introducing S. 1829" in opening
    assert opening.endswith("you have seen how much support it has from both parties.")
    assert "add your name as a cosponsor" not in durbin
    hawley = body(campaign, index.by_bioguide(HAWLEY))
    assert SENATE_NOTE in hawley and "thank you for introducing" in hawley
    grassley = body(campaign, index.by_bioguide(GRASSLEY))  # an original cosponsor (the pack)
    opening = grassley.split("\n\n")[0]
    assert "thank you for cosponsoring S. 1829" in opening and SENATE_NOTE in opening
    assert "add your name as a cosponsor" not in grassley


def test_house_judiciary_members_are_asked_for_a_markup(index, campaign) -> None:
    moore = body(campaign, index.by_bioguide(MOORE))  # sponsor, on House Judiciary
    assert HOUSE_NOTE in moore and "ask the chair to schedule a markup" in moore
    assert "thank you for introducing H.R. 3921" in moore
    hageman = body(campaign, index.by_bioguide(HAGEMAN))  # on the committee, not a sponsor
    assert HOUSE_NOTE in hageman
    assert "urge the Judiciary Committee to act" not in hageman  # said once, as the note
    assert "Please add your name as a cosponsor and vote yes when it comes to the floor" in hageman
    garcia = body(campaign, index.by_bioguide(GARCIA))  # sponsor, not on the committee
    assert "As a member of" not in garcia
    # A House member's seat on Senate Judiciary would never count: each bill names its own.
    assert "SSJU" not in index.by_bioguide(HAGEMAN).committees


def test_spanish_letters_carry_the_spanish_sentence(index, campaign) -> None:
    durbin = body(campaign, index.by_bioguide(DURBIN), "es")
    assert SPANISH_NOTE in durbin and "Judiciary Committee, which" not in durbin
    moore = body(campaign, index.by_bioguide(MOORE), "es")
    assert "Como miembro del Comité Judicial, al que se remitió H.R. 3921" in moore
    sanders = body(campaign, index.by_bioguide(SANDERS), "es")
    assert "Como miembro" not in sanders and "votación en el pleno del Senado." in sanders


def test_a_translation_without_the_sentence_leaves_it_out(index, campaign) -> None:
    spanish = campaign.translations["es"]
    bare = replace(campaign, translations={"es": replace(spanish, committee_notes={})})
    text = body(bare, index.by_bioguide(CRUZ), "es")
    assert "Como miembro" not in text and "As a member" not in text
    assert "que ayude a llevarlo a votación en el pleno del Senado" in text


def test_the_template_context_says_who_is_on_the_committee(index, campaign) -> None:
    from advocate_app.core.letter_context import build_context

    def member_fields(bioguide: str, pack=campaign) -> dict:
        member = index.by_bioguide(bioguide)
        bill = pack.bill_for(member)
        fields = build_context(pack, writer(member.state), member, bill, today=TODAY)["member"]
        return {"on": fields["on_committee"], "note": fields["committee_note"]}

    assert member_fields(GRASSLEY)["on"] is True
    assert member_fields(GRASSLEY)["note"].startswith(SENATE_NOTE)
    assert member_fields(SANDERS) == {"on": False, "note": ""}
    no_committee = replace(campaign, facts={c: replace(f, committee="", committee_note="")
                                            for c, f in campaign.facts.items()})  # fmt: skip
    assert member_fields(GRASSLEY, no_committee) == {"on": None, "note": ""}


# --- the pack format ----------------------------------------------------------------------------
def test_pack_committee_fields_are_checked() -> None:
    facts, problems = bill_facts({"committee": "ssju", "committee_note": " As a  member. "})
    assert (facts.committee, facts.committee_note, problems) == ("SSJU", "As a member.", [])
    for spec, key in (
        ({"committee": "Judiciary"}, "committee"),
        ({"committee": 7}, "committee"),
        ({"committee_note": "As a member."}, "committee_note"),  # of which committee?
        ({"committee": "SSJU", "committee_note": "S. {bill}"}, "committee_note"),
        ({"committee": "SSJU", "committee_note": "x" * 401}, "committee_note"),
        ({"committee": "SSJU", "committee_note": ["a"]}, "committee_note"),
    ):
        facts, problems = bill_facts(spec)
        assert [k for k, _ in problems] == [key], spec
        assert not facts.committee_note


def test_the_built_in_pack_names_the_judiciary_committees(campaign) -> None:
    assert campaign.facts_for(Chamber.SENATE).committee == "SSJU"
    assert campaign.facts_for(Chamber.HOUSE).committee == "HSJU"
    spanish = campaign.in_language("es")
    assert spanish.facts_for(Chamber.SENATE).committee_note.startswith(SPANISH_NOTE)
    assert campaign.facts_for(Chamber.SENATE).committee_note.startswith(SENATE_NOTE)


def test_campaign_check_warns_when_a_translation_lacks_the_sentence(tmp_path) -> None:
    import shutil

    from advocate_app.core.campaigns import validate_pack

    pack = tmp_path / "pack"
    shutil.copytree(Path(find_campaign("stop-csam-2025").path), pack)
    spanish = pack / "campaign.es.toml"
    text = spanish.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("committee_note")]
    spanish.write_text("\n".join(lines) + "\n", encoding="utf-8")
    messages = [str(p) for p in validate_pack(pack, today=TODAY)]
    assert any("committee_note has no Spanish text" in m for m in messages), messages
    assert not [p for p in validate_pack(pack, today=TODAY) if p.is_error]


def test_campaign_check_renders_the_committee_branch(tmp_path) -> None:
    """A mistake only a committee member's letter would meet is found before the event."""
    from advocate_app.core.campaigns import validate_pack
    from tests.support.packs import BODY, MANIFEST, write_pack

    manifest = MANIFEST.replace(
        "number = 567\n",
        'number = 567\ncommittee = "SSJU"\ncommittee_note = "As a member of the committee."\n',
    )
    broken = BODY + "{% if member.on_committee %}{{ member.committee_seat }}{% endif %}\n"
    fine = BODY + "{% if member.committee_note %}{{ member.committee_note }}{% endif %}\n"
    for senate, ok in ((broken, False), (fine, True)):
        pack = write_pack(
            tmp_path / str(ok), manifest, {"house.txt.j2": BODY, "senate.txt.j2": senate}
        )
        errors = [str(p) for p in validate_pack(pack, today=TODAY) if p.is_error]
        assert (not errors) is ok, errors
        if not ok:
            assert any("senate.txt.j2" in e and "committee_seat" in e for e in errors), errors


def test_a_usb_stick_without_the_roster_is_not_a_failure(tmp_path) -> None:
    """A stick prepared before the roster existed: the rest loads, and nothing says 'failed'."""
    import shutil

    stick = tmp_path / "usb"
    stick.mkdir()
    for source in (LEGISLATORS_JSON, DISTRICT_OFFICES_JSON):
        shutil.copy(source, stick)
    settings = Settings(None, env={"ADVOCATE_LEGISLATORS_URL": f"{stick}/"})
    store = DatasetStore(tmp_path / "cache", HttpClient(), default_sources(settings))
    results = store.update_all()
    assert results["legislators"] == "updated"
    assert results["committee_membership"] == "not in the folder"
    gone = Settings(None, env={"ADVOCATE_LEGISLATORS_URL": f"{tmp_path / 'unplugged'}/"})
    other = DatasetStore(tmp_path / "c2", HttpClient(), default_sources(gone))
    assert str(other.update_all()["committee_membership"]).startswith("failed")
