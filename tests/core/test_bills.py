"""Congress.gov bill status against a local stand-in that answers in the recorded shapes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from werkzeug import Request, Response

from advocate_app.core.bills import DEMO_KEY, BillStatusClient, congress_api_key
from advocate_app.core.campaigns import find_campaign
from advocate_app.core.errors import BadResponse, ServiceUnavailable
from advocate_app.core.http import HttpClient, RetryPolicy
from advocate_app.core.letters import compose_letter
from advocate_app.core.models import Address, Bill, Constituent
from tests.conftest import FIXTURES

HR21 = Bill(117, "hr", 21, "FedRAMP Authorization Act")
HR3921 = Bill(119, "hr", 3921, "STOP CSAM Act of 2025")
DETAIL = json.loads((FIXTURES / "congress_gov_bill_117_hr_21.json").read_text())
COSPONSORS = json.loads((FIXTURES / "congress_gov_bill_117_hr_21_cosponsors.json").read_text())


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(httpserver, tmp_path: Path, clock: Clock) -> BillStatusClient:
    http = HttpClient(timeout=5, retry=RetryPolicy(attempts=2, backoff=0.01), sleep=lambda s: None)
    return BillStatusClient(
        http, httpserver.url_for("/v3"), "test-key", tmp_path / "bills", clock=clock
    )


def as_json(payload: dict) -> Response:
    return Response(json.dumps(payload), content_type="application/json")


def serve_bill(httpserver, bill: Bill, detail: dict, pages: list[dict]) -> list[dict]:
    """Detail + cosponsor pages; returns the query parameters of every request seen."""
    seen: list[dict] = []
    base = f"/v3/bill/{bill.congress}/{bill.type}/{bill.number}"

    def detail_handler(request: Request) -> Response:
        seen.append(dict(request.args))
        return as_json(detail)

    def cosponsor_handler(request: Request) -> Response:
        seen.append(dict(request.args))
        page = int(request.args.get("page", request.args.get("offset", "0")))
        index = (
            page
            if "page" in request.args
            else min(page // max(1, len(pages[0]["cosponsors"])), len(pages) - 1)
        )
        return as_json(pages[index])

    httpserver.expect_request(base).respond_with_handler(detail_handler)
    httpserver.expect_request(base + "/cosponsors").respond_with_handler(cosponsor_handler)
    return seen


def test_status_from_the_recorded_shapes(httpserver, client) -> None:
    seen = serve_bill(httpserver, HR21, DETAIL, [COSPONSORS])
    status = client.status(HR21)
    assert status.title == "FedRAMP Authorization Act"
    assert status.latest_action.startswith("Received in the Senate")
    assert status.latest_action_date == date(2021, 1, 6)
    assert status.cosponsor_bioguides == {"C001108", "H001071"}
    assert status.sponsor_bioguides == {"C001078"}
    assert status.supports("C001078") and status.supports("H001071") and not status.supports("X")
    assert not status.stale
    assert all(args["api_key"] == "test-key" and args["format"] == "json" for args in seen)
    assert seen[1]["limit"] == "250"


def test_cosponsor_pages_are_followed_by_next_link(httpserver, client) -> None:
    first = {"cosponsors": [{"bioguideId": "A000001"}, {"bioguideId": "W000001", "sponsorshipWithdrawnDate": "2025-07-01"}],
             "pagination": {"count": 3, "next": httpserver.url_for("/v3/bill/119/hr/3921/cosponsors") + "?page=1&format=json"}}  # fmt: skip
    second = {"cosponsors": [{"bioguideId": "B000002"}], "pagination": {"count": 3}}
    seen = serve_bill(
        httpserver, HR3921, {"bill": {"title": "STOP CSAM Act of 2025"}}, [first, second]
    )
    status = client.status(HR3921)
    assert status.cosponsor_bioguides == {"A000001", "B000002"}  # the withdrawn one is left out
    assert seen[-1]["api_key"] == "test-key" and seen[-1]["page"] == "1"


def test_cosponsor_pages_are_followed_by_offset(httpserver, client) -> None:
    first = {
        "cosponsors": [{"bioguideId": "A000001"}, {"bioguideId": "A000002"}],
        "pagination": {"count": 3},
    }
    second = {"cosponsors": [{"bioguideId": "A000003"}], "pagination": {"count": 3}}
    seen = serve_bill(httpserver, HR3921, {"bill": {}}, [first, second])
    assert client.status(HR3921).cosponsor_bioguides == {"A000001", "A000002", "A000003"}
    assert [args.get("offset") for args in seen[1:]] == ["0", "2"]


def test_a_next_link_to_another_host_is_not_followed(httpserver, client) -> None:
    page = {
        "cosponsors": [],
        "pagination": {"count": 5, "next": "https://evil.example/steal?format=json"},
    }
    serve_bill(httpserver, HR3921, {"bill": {}}, [page])
    with pytest.raises(BadResponse, match="another site"):
        client.status(HR3921)


def test_answers_are_cached_for_their_lifetime(httpserver, client, clock: Clock) -> None:
    seen = serve_bill(httpserver, HR21, DETAIL, [COSPONSORS])
    client.status(HR21)
    assert len(seen) == 2
    clock.now += timedelta(hours=5)
    assert client.status(HR21).cosponsor_bioguides == {"C001108", "H001071"}
    assert len(seen) == 2  # from the cache
    cached = json.loads((client.cache_dir / "117-hr-21.json").read_text())
    assert "test-key" not in json.dumps(cached)
    clock.now += timedelta(hours=2)
    client.status(HR21)
    assert len(seen) == 4  # stale: asked again


@pytest.mark.parametrize("status_code", [429, 503])
def test_rate_limit_or_outage_gives_a_note_and_letters_still_render(
    httpserver, client, status_code, legislator_index
) -> None:
    httpserver.expect_request("/v3/bill/119/hr/3921").respond_with_data("busy", status=status_code)
    status, note = client.try_status(HR3921)
    assert status is None
    assert "Could not check who already cosponsors H.R. 3921" in note
    assert ("busy" in note) if status_code == 429 else ("error 503" in note)
    letter = compose_letter(find_campaign("stop-csam-2025"), Constituent("Jo Doe", Address("1 Main St", "Austin", "TX", "78701")),
                            legislator_index.representative("TX", 37), status=status)  # fmt: skip
    assert "ask you to cosponsor H.R. 3921" in letter.body


def test_a_failed_refresh_falls_back_to_the_saved_list(httpserver, client, clock: Clock) -> None:
    serve_bill(httpserver, HR21, DETAIL, [COSPONSORS])
    client.status(HR21)
    httpserver.clear()
    httpserver.expect_request("/v3/bill/117/hr/21").respond_with_data(
        "<html>oops</html>", content_type="text/html"
    )
    clock.now += timedelta(days=1)
    status, note = client.try_status(HR21)
    assert (
        status is not None and status.stale and status.cosponsor_bioguides == {"C001108", "H001071"}
    )
    assert (
        note.startswith("Could not update who cosponsors H.R. 21")
        and "using the list saved" in note
    )


def test_offline_is_a_service_problem(tmp_path: Path) -> None:
    http = HttpClient(timeout=1, retry=RetryPolicy(attempts=1), sleep=lambda s: None)
    client = BillStatusClient(
        http, "http://127.0.0.1:9", DEMO_KEY, tmp_path
    )  # nothing listens there
    with pytest.raises(ServiceUnavailable, match="Could not reach Congress.gov"):
        client.status(HR21)
    assert client.try_status(HR21)[0] is None


def test_a_cosponsor_gets_the_thank_you_wording(httpserver, client, legislator_index) -> None:
    cruz = legislator_index.senators("TX")[1]
    detail = {"bill": {"title": "STOP CSAM Act of 2025", "sponsors": [{"bioguideId": "H001089"}],
                       "latestAction": {"actionDate": "2025-06-26", "text": "Placed on the Senate calendar."}}}  # fmt: skip
    page = {
        "cosponsors": [{"bioguideId": cruz.bioguide, "isOriginalCosponsor": False}],
        "pagination": {"count": 1},
    }
    serve_bill(httpserver, Bill(119, "s", 1829), detail, [page])
    campaign = find_campaign("stop-csam-2025")
    status, note = client.try_status(campaign.bills[cruz.chamber])
    assert note == "" and status.latest_action_date == date(2025, 6, 26)
    maria = Constituent("Maria Lopez", Address("1100 Congress Ave", "Austin", "TX", "78701"))
    thanked = compose_letter(campaign, maria, cruz, status=status).body
    assert "thank you for cosponsoring S. 1829" in thanked
    asked = compose_letter(campaign, maria, legislator_index.senators("TX")[0], status=status).body
    assert "ask you to cosponsor S. 1829" in asked


def test_congress_gov_adds_to_the_packs_original_cosponsors(
    httpserver, client, legislator_index
) -> None:
    """A member on either list is thanked: the pack's original cosponsors (Grassley) and
    Congress.gov's (Cruz, who is not in the pack); a member on neither (Ernst) is asked."""
    cruz = legislator_index.by_bioguide("C001098")
    detail = {"bill": {"title": "STOP CSAM Act of 2025", "sponsors": [{"bioguideId": "H001089"}]}}
    page = {"cosponsors": [{"bioguideId": cruz.bioguide}], "pagination": {"count": 1}}
    serve_bill(httpserver, Bill(119, "s", 1829), detail, [page])
    campaign = find_campaign("stop-csam-2025")
    status, note = client.try_status(campaign.bills[cruz.chamber])
    assert note == "" and "G000386" not in status.cosponsor_bioguides
    writer = Constituent("Ann Berg", Address("500 Main St", "Ames", "IA", "50010"))
    ernst = next(m for m in legislator_index.senators("IA") if m.bioguide != "G000386")
    for member, thanked in ((legislator_index.by_bioguide("G000386"), True), (cruz, True),
                            (ernst, False)):  # fmt: skip
        body = compose_letter(campaign, writer, member, status=status).body
        assert ("thank you for cosponsoring S. 1829" in body) is thanked, member.name
        assert ("ask you to cosponsor S. 1829" in body) is not thanked, member.name


def test_api_key_from_env_then_keyring_then_demo(memory_keyring) -> None:
    assert congress_api_key({}) == DEMO_KEY
    memory_keyring.set_password("advocate", "congress-api-key", "from-keyring")
    assert congress_api_key({}) == "from-keyring"
    assert congress_api_key({"ADVOCATE_CONGRESS_API_KEY": " from-env "}) == "from-env"


def test_api_key_through_the_apps_secret_store(memory_keyring) -> None:
    from advocate_app.core.secrets import SecretStore

    store = SecretStore()
    assert congress_api_key({}, store) == DEMO_KEY
    store.set("congress-api-key", "stored-key")
    assert congress_api_key({}, store) == "stored-key"

    class Locked:
        def get(self, key: str) -> str:
            from advocate_app.core.secrets import SecretStoreUnavailable

            raise SecretStoreUnavailable("locked")

    assert congress_api_key({}, Locked()) == DEMO_KEY


def test_a_broken_keyring_falls_back_to_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    def broken(*args: object) -> str:
        raise RuntimeError("dbus down")

    monkeypatch.setattr(keyring, "get_password", broken)
    assert congress_api_key({}) == DEMO_KEY


def test_services_wire_the_client(services_factory, httpserver) -> None:
    services = services_factory(
        ADVOCATE_CONGRESS_API_URL=httpserver.url_for("/v3"), ADVOCATE_CONGRESS_API_KEY="k1"
    )
    seen = serve_bill(httpserver, HR21, DETAIL, [COSPONSORS])
    assert services.bill_status.status(HR21).title == "FedRAMP Authorization Act"
    assert seen[0]["api_key"] == "k1"
    assert services.bill_status.cache_dir == services.paths.cache_dir / "bills"
    assert [c.id for c in services.campaigns.all()] == ["stop-csam-2025"]
