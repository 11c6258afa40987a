"""US Census Geocoder client: an address -> its congressional district.

The geocoder says "no" with HTTP 200 (empty ``addressMatches``, empty ``geographies``), may
answer with a different map than asked for (a vintage lacking the layer silently returns
the default layers, which today carry the *next* congress's map), and reports a failing
layer as ``[{"status": "Layer query encountered an error..."}]``. The parser turns each of
these into a plain result or a clear error.

The map is chosen from the congress of the member data in use, never hard-coded: the
layer is "<N>th Congressional Districts" and the vintage comes from settings
(``sources.census_vintages``), falling back to "Current_Current" for an unknown congress.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from advocate_app.core.errors import BadResponse, InputProblem, ServiceUnavailable
from advocate_app.core.lookup.geography import STATES
from advocate_app.core.messages import Message

if TYPE_CHECKING:
    from advocate_app.core.http import HttpClient

_LAYER = re.compile(r"^(\d+)(?:st|nd|rd|th) Congressional Districts$")
WHAT = Message("census.service")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def layer_name(congress: int) -> str:
    return f"{ordinal(congress)} Congressional Districts"


@dataclass(frozen=True)
class AddressMatch:
    matched_address: str
    state: str  # USPS
    district: int  # 0 = at-large or delegate
    congress: int
    longitude: float | None = None
    latitude: float | None = None
    zip: str = ""


@dataclass(frozen=True)
class GeocodeAnswer:
    matches: tuple[AddressMatch, ...]
    vintage: str
    congress: int


class MapMismatch(ServiceUnavailable):
    """The geocoder answered with another congress's district map than the member data."""


def _district_from_record(record: Mapping[str, Any]) -> tuple[str, int] | None:
    """(state, district) from one layer record; None for a place with no district (``ZZ``)."""
    geoid = str(record.get("GEOID", ""))
    fips = str(record.get("STATE") or geoid[:2])
    code = geoid[len(fips) :] if geoid.startswith(fips) else geoid[2:]
    if fips not in STATES:
        raise BadResponse(Message("census.unknown_state"), detail=f"GEOID {geoid!r}")
    state = STATES[fips][0]
    if code.upper() == "ZZ" or not code:
        return None
    if code in ("00", "98"):  # at-large state, or DC / a territory's delegate
        return state, 0
    if not code.isdigit():
        raise BadResponse(Message("census.unknown_district"), detail=f"GEOID {geoid!r}")
    return state, int(code)


def parse_geographies(geographies: Any, congress: int) -> list[tuple[str, int]] | None:
    """Districts in one ``geographies`` object. None when the point lies in no district."""
    if not isinstance(geographies, Mapping):
        raise BadResponse(Message("census.unexpected_format"), detail="geographies")
    if not geographies:
        return None
    wanted = layer_name(congress)
    records = geographies.get(wanted)
    if records is None:
        others = sorted(int(m.group(1)) for key in geographies if (m := _LAYER.match(str(key))))
        if others:
            raise MapMismatch(
                Message(
                    "census.other_map",
                    answer_congress=others[-1],
                    answer_congress_ordinal=ordinal(others[-1]),
                    congress=congress,
                    congress_ordinal=ordinal(congress),
                ),
                detail=f"layers {sorted(geographies)}",
            )
        raise BadResponse(
            Message("census.no_districts"),
            detail=f"layers {sorted(geographies)}",
        )
    if not isinstance(records, list):
        raise BadResponse(Message("census.unexpected_format"), detail="layer")
    districts: list[tuple[str, int]] = []
    for record in records:
        if not isinstance(record, Mapping):
            raise BadResponse(Message("census.unexpected_format"), detail="record")
        if "GEOID" not in record and record.get("status"):
            raise ServiceUnavailable(
                Message("census.layer_failed"),
                detail=str(record.get("status"))[:120],
            )
        found = _district_from_record(record)
        if found:
            districts.append(found)
    return districts or None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def parse_address_response(payload: Any, congress: int) -> list[AddressMatch]:
    """All matches in a ``/geographies/(onelineaddress|address)`` answer (may be empty)."""
    result = payload.get("result") if isinstance(payload, Mapping) else None
    if not isinstance(result, Mapping):
        errors = payload.get("errors") if isinstance(payload, Mapping) else None
        if errors:
            raise InputProblem(
                Message("census.unreadable_address"),
                detail=str(errors)[:200],
            )
        raise BadResponse(Message("census.unexpected_format"), detail="no result")
    raw_matches = result.get("addressMatches", [])
    if not isinstance(raw_matches, list):
        raise BadResponse(Message("census.unexpected_format"), detail="addressMatches")
    matches: list[AddressMatch] = []
    for raw in raw_matches:
        if not isinstance(raw, Mapping):
            continue
        districts = parse_geographies(raw.get("geographies", {}), congress)
        if not districts:
            continue  # an address in no district (water): not a usable match
        coords = raw.get("coordinates") or {}
        components = raw.get("addressComponents") or {}
        for state, district in districts:
            matches.append(
                AddressMatch(
                    matched_address=str(raw.get("matchedAddress", "")),
                    state=state,
                    district=district,
                    congress=congress,
                    longitude=_float(coords.get("x")),
                    latitude=_float(coords.get("y")),
                    zip=str(components.get("zip", "")),
                )
            )
    return matches


def parse_coordinates_response(payload: Any, congress: int) -> list[tuple[str, int]] | None:
    result = payload.get("result") if isinstance(payload, Mapping) else None
    if not isinstance(result, Mapping):
        raise BadResponse(Message("census.unexpected_format"), detail="no result")
    return parse_geographies(result.get("geographies", {}), congress)


class CensusGeocoder:
    def __init__(
        self,
        http: HttpClient,
        *,
        base_url: str = "https://geocoding.geo.census.gov/geocoder",
        benchmark: str = "Public_AR_Current",
        vintages: Mapping[str, str] | None = None,
    ) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.benchmark = benchmark
        self.vintages = dict(vintages or {})

    def vintage_for(self, congress: int) -> str:
        return self.vintages.get(str(congress), "Current_Current")

    def _params(self, congress: int) -> dict[str, str]:
        return {
            "benchmark": self.benchmark,
            "vintage": self.vintage_for(congress),
            "layers": layer_name(congress),
            "format": "json",
        }

    def geocode(self, address: str, congress: int) -> GeocodeAnswer:
        """One-line address ("1100 Congress Ave, Austin, TX 78701")."""
        params = {"address": address, **self._params(congress)}
        payload = self.http.get_json(
            f"{self.base_url}/geographies/onelineaddress", params=params, what=WHAT
        )
        matches = parse_address_response(payload, congress)
        return GeocodeAnswer(tuple(matches), params["vintage"], congress)

    def geocode_parts(
        self, street: str, city: str, state: str, zip_code: str, congress: int
    ) -> GeocodeAnswer:
        params = {
            "street": street,
            "city": city,
            "state": state,
            "zip": zip_code,
            **self._params(congress),
        }
        payload = self.http.get_json(
            f"{self.base_url}/geographies/address", params=params, what=WHAT
        )
        return GeocodeAnswer(
            tuple(parse_address_response(payload, congress)), params["vintage"], congress
        )

    def districts_at(
        self, longitude: float, latitude: float, congress: int
    ) -> list[tuple[str, int]] | None:
        params = {"x": str(longitude), "y": str(latitude), **self._params(congress)}
        payload = self.http.get_json(
            f"{self.base_url}/geographies/coordinates", params=params, what=WHAT
        )
        return parse_coordinates_response(payload, congress)
