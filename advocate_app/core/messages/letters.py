"""Message catalogue, letters: lists, composing and delivering, the letters, export.

The codes of lists (``list.and``/``list.or``), composing and delivering (flows/compose.py,
flows/deliver.py), the letters themselves (core/letters.py, core/campaign_model.py) and
export (advocate_app/export).

English templates by code; ``advocate_app/core/messages/__init__.py`` merges every area into
``CATALOGUE``. Add a code to the area it belongs to (Qt's ``lupdate`` reads these files).
"""

from __future__ import annotations

from advocate_app.core.messages.translate_noop import QT_TRANSLATE_NOOP

LETTERS: dict[str, str] = {
    # lists
    "list.and": QT_TRANSLATE_NOOP("Message", "{first} and {second}"),
    # composing and delivering (flows/compose.py, flows/deliver.py)
    "deliver.history_missed": QT_TRANSLATE_NOOP(
        "Message", "The letters were saved, but could not be added to your history: {error}"
    ),
    "compose.no_district_office": QT_TRANSLATE_NOOP(
        "Message", "No district office is known for {name}; that letter is addressed to Washington."
    ),
    "deliver.history_missed_email": QT_TRANSLATE_NOOP(
        "Message", "The emails were sent, but could not be added to your history: {error}"
    ),
    # letters (core/letters.py, core/campaign_model.py)
    "role.representative": QT_TRANSLATE_NOOP("Message", "representative"),
    "role.senator": QT_TRANSLATE_NOOP("Message", "senator"),
    "role.delegate": QT_TRANSLATE_NOOP("Message", "delegate"),
    "role.resident_commissioner": QT_TRANSLATE_NOOP("Message", "commissioner"),
    "letters.no_template": QT_TRANSLATE_NOOP(
        "Message", "The campaign '{campaign}' has no letter for a {role}."
    ),
    "letters.no_bill_senate": QT_TRANSLATE_NOOP(
        "Message", "The campaign '{campaign}' has no bill for senators."
    ),
    "letters.no_bill_house": QT_TRANSLATE_NOOP(
        "Message", "The campaign '{campaign}' has no bill for House members."
    ),
    "letters.story_too_long": QT_TRANSLATE_NOOP(
        "Message",
        "Your story is {length} characters long; letters work best at about one page. "
        "Please shorten it to under {limit} characters.",
    ),
    "letters.no_such_point": QT_TRANSLATE_NOOP(
        "Message",
        "There is no talking point {number}; this campaign has {count} (numbered 1 to {count}).",
    ),
    "letters.name_needed": QT_TRANSLATE_NOOP(
        "Message", "A letter needs your full name; offices answer only named constituents."
    ),
    "letters.name_one_line": QT_TRANSLATE_NOOP(
        "Message",
        "Your name contains a line break. Write it on one line, as it should appear under "
        "your letter.",
    ),
    # export (advocate_app/export)
    "export.unknown_paper": QT_TRANSLATE_NOOP(
        "Message", "Unknown paper size {paper}: choose {choices}."
    ),
    "export.unknown_route": QT_TRANSLATE_NOOP(
        "Message", "Unknown route {route}: choose 'dc' or 'district'."
    ),
    "list.or": QT_TRANSLATE_NOOP("Message", "{first} or {second}"),
}
