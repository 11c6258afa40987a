"""Where each paper letter goes: the member's office nearest the writer (no Qt).

Advocacy guides advise paper to the district office (DC mail is screened off-site for
weeks), so ``route="district"`` picks the member's district office nearest the writer:

1. The district office nearest the writer by great-circle distance, from the centroid of the
   writer's ZIP code to the office's coordinates in the data (or its ZIP's centroid). ZIP
   centroids come from the ``zipcodes`` package (offline; see docs/data-sources.md).
2. When the writer's ZIP has no known centroid: an office in the writer's city and state
   (the one in the writer's ZIP first).
3. Otherwise the DC office (ZIP codes are never compared as numbers: 87402 is not "nearer"
   87501 than 87102 is).

``route="dc"`` always uses the DC office. A member with no district office on file gets
the DC office.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from functools import lru_cache

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message
from advocate_app.core.models import Constituent, Member, Office

log = logging.getLogger(__name__)

ROUTES = ("dc", "district")
Point = tuple[float, float]
Locate = Callable[[Constituent], "Point | None"]


def check_route(route: str) -> str:
    route = (route or "dc").strip().lower()
    if route not in ROUTES:
        raise InputProblem(Message("export.unknown_route", route=repr(route)))
    return route


@lru_cache(maxsize=4096)
def zip_centroid(zip_code: str) -> Point | None:
    """Latitude and longitude of a 5-digit ZIP's centre, or None (unknown ZIP, no data)."""
    zip5 = zip5_of(zip_code)
    if not zip5:
        return None
    try:
        import zipcodes  # the dataset loads on first use (~0.2-1 s), so only when routing
    except ImportError:  # pragma: no cover - a dependency; the city rule still works
        log.warning("the zipcodes package is missing: district routing uses the city rule")
        return None
    try:
        found = zipcodes.matching(zip5)
    except (ValueError, TypeError):
        return None
    for row in found:
        try:
            return float(row["lat"]), float(row["long"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def locate_by_zip(constituent: Constituent) -> Point | None:
    """The default ``locate``: the centroid of the writer's ZIP code."""
    return zip_centroid(constituent.address.zip)


def office_point(office: Office) -> Point | None:
    if office.latitude is not None and office.longitude is not None:
        return (office.latitude, office.longitude)
    return zip_centroid(office.zip)


def choose_office(
    member: Member,
    constituent: Constituent,
    route: str = "dc",
    *,
    locate: Locate | None = locate_by_zip,
) -> Office | None:
    """The office this member's paper letter from ``constituent`` should go to (module doc)."""
    if check_route(route) == "dc" or not member.district_offices:
        return member.dc_office
    offices = member.district_offices
    here = locate(constituent) if locate else None
    if here is not None:
        placed = [(o, p) for o in offices if (p := office_point(o)) is not None]
        if placed:
            return min(placed, key=lambda pair: distance_km(here, pair[1]))[0]
    address = constituent.address
    zip5 = zip5_of(address.zip)
    city, state = norm_place(address.city), address.state.strip().upper()
    same_city = [
        o for o in offices if city and norm_place(o.city) == city and o.state.upper() == state
    ]
    if same_city:
        return next((o for o in same_city if zip5_of(o.zip) == zip5), same_city[0])
    return member.dc_office or offices[0]


def zip5_of(value: str) -> str:
    digits = (value or "").strip()[:5]
    return digits if len(digits) == 5 and digits.isdigit() else ""


def norm_place(value: str) -> str:
    value = re.sub(r"[.\s]+", " ", (value or "").casefold()).strip()
    return re.sub(r"^(st|saint) ", "saint ", value)


def distance_km(a: Point, b: Point) -> float:
    """Great-circle (haversine) distance on a 6,371 km sphere."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
