"""Where the person's data goes: the address only to the geocoder named in settings, the
letters only to the mail server, the Congress.gov key only to Congress.gov, and nothing to
any other host (no telemetry, no update check, no font or map download)."""

from __future__ import annotations

from urllib.parse import unquote_plus

from tests.privacy.conftest import ADDRESS, API_KEY, EMAIL, NAME, PERSONAL, STORY, World


def _requests(server) -> list[str]:
    """Every request a stand-in received: line, headers and body, decoded."""
    seen = []
    for request, _response in server.log:
        head = f"{request.method} {request.full_path}\n" + "\n".join(
            f"{k}: {v}" for k, v in request.headers.items()
        )
        seen.append(unquote_plus(head) + "\n" + request.get_data(as_text=True))
    return seen


def test_the_address_goes_only_to_the_configured_geocoder(world: World, capsys) -> None:
    for code, _, err in world.day(capsys):
        assert code == 0, err
    geocoder, data_host = _requests(world.geocoder), _requests(world.data_host)
    assert geocoder and all(
        r.startswith("GET /geocoder/geographies/onelineaddress?") for r in geocoder
    )
    assert all(f"address={ADDRESS}" in r for r in geocoder)
    # The geocoder gets the address and nothing else about the person.
    for other in (NAME, EMAIL, STORY, API_KEY):
        assert not any(other in r for r in geocoder)
    # The dataset host and Congress.gov never see anything personal.
    for needle in PERSONAL:
        assert not any(needle in r for r in data_host), needle
    assert all(API_KEY not in r for r in data_host if "/v3/" not in r)
    # The letters went to the mail server, to the person's own address.
    assert {rcpt for m in world.smtp.messages for rcpt in m.rcpt_tos} == {EMAIL}


def test_no_other_host_is_contacted(world: World, capsys) -> None:
    for code, _, err in world.day(capsys):
        assert code == 0, err
    allowed = {
        ("127.0.0.1", world.data_host.port),
        ("127.0.0.1", world.geocoder.port),
        (world.smtp.host, world.smtp.port),
    }
    contacted = {tuple(a[:2]) for a in world.connects if isinstance(a, tuple)}
    assert contacted <= allowed, contacted - allowed
    # Counted: the two member datasets and the committee seats (an address needs no ZIP
    # table), bill status once per chamber (then cached), and the geocoder once per command
    # that takes an address (lookup, letters, send); nothing else.
    paths = sorted(r.split(" ")[1].split("?")[0] for r in _requests(world.data_host))
    assert paths == sorted([
        "/congress-legislators/legislators-current.json",
        "/congress-legislators/legislators-district-offices.json",
        "/congress-legislators/committee-membership-current.json",
        "/v3/bill/119/hr/3921", "/v3/bill/119/hr/3921/cosponsors",
        "/v3/bill/119/s/1829", "/v3/bill/119/s/1829/cosponsors",
    ])  # fmt: skip
    assert len(world.census_seen) == 3
