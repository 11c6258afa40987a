"""Message catalogue, services: the web services Advocate asks.

The codes of any web service (core/http.py), the public datasets (core/datasets.py,
core/lookup/legislators.py, zipcodes.py) and bill status from Congress.gov (core/bills.py).

English templates by code; ``advocate_app/core/messages/__init__.py`` merges every area into
``CATALOGUE``. Add a code to the area it belongs to (Qt's ``lupdate`` reads these files).
"""

from __future__ import annotations

from advocate_app.core.messages.translate_noop import QT_TRANSLATE_NOOP

SERVICES: dict[str, str] = {
    # any web service (core/http.py); {service} names it
    "http.too_many_redirects": QT_TRANSLATE_NOOP(
        "Message", "{service} redirected more than {count} times."
    ),
    "http.too_large": QT_TRANSLATE_NOOP(
        "Message", "{service} sent more than {size}; that is not what was expected."
    ),
    "http.timeout": QT_TRANSLATE_NOOP(
        "Message",
        "{service} did not answer in time. Check the internet connection and try again.",
    ),
    "http.unreachable": QT_TRANSLATE_NOOP(
        "Message", "Could not reach {service}. Check the internet connection and try again."
    ),
    "http.no_answer": QT_TRANSLATE_NOOP("Message", "Could not get an answer from {service}."),
    "http.rate_limited": QT_TRANSLATE_NOOP(
        "Message", "{service} is receiving too many requests right now. Try again later."
    ),
    "http.rate_limited_minutes": QT_TRANSLATE_NOOP(
        "Message",
        "{service} is receiving too many requests right now. Try again in about {minutes} minutes.",
    ),
    "http.rate_limited_one_minute": QT_TRANSLATE_NOOP(
        "Message",
        "{service} is receiving too many requests right now. Try again in about a minute.",
    ),
    "http.server_trouble": QT_TRANSLATE_NOOP(
        "Message",
        "{service} is having trouble right now (error {status}). Try again in a few minutes.",
    ),
    "http.refused": QT_TRANSLATE_NOOP("Message", "{service} refused the request (error {status})."),
    "http.web_page": QT_TRANSLATE_NOOP(
        "Message",
        "{service} sent a web page instead of data; the service may be down or changed. "
        "Try again later.",
    ),
    "http.unreadable": QT_TRANSLATE_NOOP(
        "Message", "{service} sent an incomplete or unreadable answer. Try again later."
    ),
    # the public datasets (core/datasets.py, core/lookup/legislators.py, zipcodes.py)
    "data.legislators": QT_TRANSLATE_NOOP("Message", "Members of Congress (congress-legislators)"),
    "data.district_offices": QT_TRANSLATE_NOOP(
        "Message", "District offices (congress-legislators)"
    ),
    "data.zip_crosswalk": QT_TRANSLATE_NOOP("Message", "ZIP code to congressional district table"),
    "data.committee_membership": QT_TRANSLATE_NOOP(
        "Message", "Committee members (congress-legislators)"
    ),
    "data.committee_membership_short": QT_TRANSLATE_NOOP("Message", "list of committee members"),
    "data.not_committee_data": QT_TRANSLATE_NOOP(
        "Message",
        "The download of '{name}' is not a list of committees and their members. The saved "
        "copy was kept.",
    ),
    "data.legislators_short": QT_TRANSLATE_NOOP("Message", "list of members of Congress"),
    "data.district_offices_short": QT_TRANSLATE_NOOP("Message", "list of district offices"),
    "data.zip_crosswalk_short": QT_TRANSLATE_NOOP("Message", "ZIP code table"),
    "data.source": QT_TRANSLATE_NOOP("Message", "the '{name}' source"),
    "data.not_valid": QT_TRANSLATE_NOOP(
        "Message",
        "The download of '{name}' was not valid data (a web page or an incomplete "
        "file). The saved copy was kept.",
    ),
    "data.not_that_dataset": QT_TRANSLATE_NOOP(
        "Message", "The download of '{name}' does not look like that dataset."
    ),
    "data.not_that_table": QT_TRANSLATE_NOOP(
        "Message",
        "The download of '{name}' does not look like that table. The saved copy was kept.",
    ),
    "data.all_sources_failed": QT_TRANSLATE_NOOP(
        "Message", "None of the {count} sources of '{name}' gave usable data (first: {first})"
    ),
    "data.not_a_folder": QT_TRANSLATE_NOOP(
        "Message", "{folder} is not a folder. Choose the folder that holds the data."
    ),
    "data.none_in_folder": QT_TRANSLATE_NOOP(
        "Message", "No Advocate data was found in {folder}. Expected files: {names}."
    ),
    "data.nothing_to_export": QT_TRANSLATE_NOOP(
        "Message", "There is no data to export yet. Run 'advocate data update' first."
    ),
    "data.file_too_large": QT_TRANSLATE_NOOP(
        "Message",
        "The file for '{name}' is larger than {megabytes} MB; that is not this dataset. The "
        "saved copy was kept.",
    ),
    "data.not_downloaded": QT_TRANSLATE_NOOP(
        "Message",
        "The {name} has not been downloaded yet, and its source cannot be reached. "
        "Connect to the internet and run 'advocate data update' (in the app: Settings > "
        "Update data now), or load the data from a folder: 'advocate data update --from FOLDER'.",
    ),
    "data.unreadable_file": QT_TRANSLATE_NOOP("Message", "Could not read '{name}' from {path}."),
    "data.update_failed": QT_TRANSLATE_NOOP("Message", "failed: {reason}"),
    "data.zip_table_damaged": QT_TRANSLATE_NOOP(
        "Message",
        "The saved ZIP code table is damaged. Run 'advocate data update' to download it again.",
    ),
    "data.members_damaged": QT_TRANSLATE_NOOP(
        "Message",
        "The saved member data is damaged. Run 'advocate data update' to download it again.",
    ),
    "data.no_house_members": QT_TRANSLATE_NOOP(
        "Message", "The member data has no House members; it cannot be used."
    ),
    "data.members_not_a_list": QT_TRANSLATE_NOOP(
        "Message", "The member data is not in the expected format (a list of people)."
    ),
    # bill status (core/bills.py)
    "bills.unexpected_format": QT_TRANSLATE_NOOP(
        "Message", "Congress.gov sent an answer in an unexpected format."
    ),
    "bills.no_details": QT_TRANSLATE_NOOP("Message", "Congress.gov sent no details for {bill}."),
    "bills.cosponsors_format": QT_TRANSLATE_NOOP(
        "Message", "Congress.gov sent a cosponsor list in an unexpected format."
    ),
    "bills.other_site": QT_TRANSLATE_NOOP(
        "Message", "Congress.gov pointed to another site for the next page; stopped there."
    ),
}
