"""Static US geography: state FIPS codes, names, and which places have no senators."""

from __future__ import annotations

# FIPS state code -> (USPS code, name). Standard ANSI codes; they do not change between
# congresses, unlike district maps.
STATES: dict[str, tuple[str, str]] = {
    "01": ("AL", "Alabama"),
    "02": ("AK", "Alaska"),
    "04": ("AZ", "Arizona"),
    "05": ("AR", "Arkansas"),
    "06": ("CA", "California"),
    "08": ("CO", "Colorado"),
    "09": ("CT", "Connecticut"),
    "10": ("DE", "Delaware"),
    "11": ("DC", "District of Columbia"),
    "12": ("FL", "Florida"),
    "13": ("GA", "Georgia"),
    "15": ("HI", "Hawaii"),
    "16": ("ID", "Idaho"),
    "17": ("IL", "Illinois"),
    "18": ("IN", "Indiana"),
    "19": ("IA", "Iowa"),
    "20": ("KS", "Kansas"),
    "21": ("KY", "Kentucky"),
    "22": ("LA", "Louisiana"),
    "23": ("ME", "Maine"),
    "24": ("MD", "Maryland"),
    "25": ("MA", "Massachusetts"),
    "26": ("MI", "Michigan"),
    "27": ("MN", "Minnesota"),
    "28": ("MS", "Mississippi"),
    "29": ("MO", "Missouri"),
    "30": ("MT", "Montana"),
    "31": ("NE", "Nebraska"),
    "32": ("NV", "Nevada"),
    "33": ("NH", "New Hampshire"),
    "34": ("NJ", "New Jersey"),
    "35": ("NM", "New Mexico"),
    "36": ("NY", "New York"),
    "37": ("NC", "North Carolina"),
    "38": ("ND", "North Dakota"),
    "39": ("OH", "Ohio"),
    "40": ("OK", "Oklahoma"),
    "41": ("OR", "Oregon"),
    "42": ("PA", "Pennsylvania"),
    "44": ("RI", "Rhode Island"),
    "45": ("SC", "South Carolina"),
    "46": ("SD", "South Dakota"),
    "47": ("TN", "Tennessee"),
    "48": ("TX", "Texas"),
    "49": ("UT", "Utah"),
    "50": ("VT", "Vermont"),
    "51": ("VA", "Virginia"),
    "53": ("WA", "Washington"),
    "54": ("WV", "West Virginia"),
    "55": ("WI", "Wisconsin"),
    "56": ("WY", "Wyoming"),
    "60": ("AS", "American Samoa"),
    "66": ("GU", "Guam"),
    "69": ("MP", "Northern Mariana Islands"),
    "72": ("PR", "Puerto Rico"),
    "78": ("VI", "U.S. Virgin Islands"),
}

USPS_TO_FIPS = {usps: fips for fips, (usps, _name) in STATES.items()}
STATE_NAMES = {usps: name for usps, name in STATES.values()}

# Places with a non-voting House member (delegate, or PR's resident commissioner) and no
# senators.
TERRITORIES = frozenset({"DC", "PR", "GU", "VI", "AS", "MP"})


def state_name(usps: str) -> str:
    return STATE_NAMES.get(usps, usps)


def normalize_state(text: str) -> str:
    """ "tx", "Texas", " TX " -> "TX"; "" when unknown."""
    cleaned = " ".join(text.split()).strip(" .")
    if not cleaned:
        return ""
    upper = cleaned.upper()
    if upper in STATE_NAMES:
        return upper
    for usps, name in STATE_NAMES.items():
        if name.upper() == upper:
            return usps
    return ""


# States whose congressional districts differ between one congress's map and the next
# (DOMAIN.md section 1: new maps for the 120th in TX, CA, MO, NC, OH, UT). A pair missing
# here is unknown: every state must be treated as changed.
MAP_CHANGES: dict[tuple[int, int], frozenset[str]] = {
    (119, 120): frozenset({"TX", "CA", "MO", "NC", "OH", "UT"}),
}


def states_with_new_maps(first: int, second: int) -> frozenset[str] | None:
    """States whose districts differ between two congresses' maps; None when unknown."""
    if first == second:
        return frozenset()
    low, high = sorted((first, second))
    return MAP_CHANGES.get((low, high))
