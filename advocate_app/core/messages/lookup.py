"""Message catalogue, lookup: finding a writer's members.

The codes of the lookup (core/lookup/finder.py, zipcodes.py), ended terms (core/terms.py),
the address as typed (flows/writer.py), each row of a participants file (flows/lookup.py)
and the Census geocoder (core/lookup/census.py).

English templates by code; ``advocate_app/core/messages/__init__.py`` merges every area into
``CATALOGUE``. Add a code to the area it belongs to (Qt's ``lupdate`` reads these files).
"""

from __future__ import annotations

from advocate_app.core.messages.translate_noop import QT_TRANSLATE_NOOP

LOOKUP: dict[str, str] = {
    # looking up members (core/lookup/finder.py)
    "lookup.address_needed": QT_TRANSLATE_NOOP(
        "Message",
        "Enter a street address with a house number, city and state or ZIP "
        "(for example: 1100 Congress Ave, Austin, TX 78701).",
    ),
    "lookup.address_too_long": QT_TRANSLATE_NOOP(
        "Message", "That address is too long. Enter just the street, city, state and ZIP."
    ),
    "lookup.address_not_found": QT_TRANSLATE_NOOP(
        "Message",
        "The Census address service found no address like that. Check the house number "
        "and street, add the city and state or ZIP, or use your ZIP code alone.",
    ),
    "lookup.map_census": QT_TRANSLATE_NOOP(
        "Message", "{congress_ordinal} Congress districts (Census {vintage})"
    ),
    "lookup.map_census_plain": QT_TRANSLATE_NOOP(
        "Message", "{congress_ordinal} Congress districts (Census)"
    ),
    "lookup.map_zip_table": QT_TRANSLATE_NOOP(
        "Message", "{congress_ordinal} Congress districts (ZIP code table)"
    ),
    "lookup.same_district_matches": QT_TRANSLATE_NOOP(
        "Message",
        "The address service found {count} addresses like the one entered. "
        "They are all in the same district; check that one of them is yours.",
    ),
    "lookup.different_district_matches": QT_TRANSLATE_NOOP(
        "Message",
        "The address service found {count} different addresses like the one entered, "
        "in different districts. Pick yours, or enter the full address with the ZIP code.",
    ),
    "lookup.zip_unknown": QT_TRANSLATE_NOOP(
        "Message",
        "ZIP code {zip} is not in our ZIP-to-district table. Check it, or enter your "
        "street address instead.",
    ),
    "lookup.zip_not_in_district": QT_TRANSLATE_NOOP(
        "Message", "ZIP code {zip} is not in {district}. It lies in: {options}."
    ),
    "lookup.zip_code": QT_TRANSLATE_NOOP("Message", "ZIP code {zip}"),
    "lookup.zip_split": QT_TRANSLATE_NOOP(
        "Message",
        "ZIP code {zip} is split between {count} congressional districts. "
        "Enter your street address to find your one Representative.",
    ),
    "lookup.zip_map_differs": QT_TRANSLATE_NOOP(
        "Message",
        "The ZIP code table uses the {zip_congress_ordinal} Congress map; the "
        "member data is for the {congress_ordinal}. Use a street address to be sure.",
    ),
    "lookup.house_vacant": QT_TRANSLATE_NOOP(
        "Message",
        "The House seat for {seat} is vacant in our data. "
        "Write to your senators, or update the data to see if it has been filled.",
    ),
    "term.appointment_ended": QT_TRANSLATE_NOOP(
        "Message",
        "{who}'s appointment ended with the special election on {date}; update the data to "
        "write to the current {holder}",
    ),
    "term.holder_senator": QT_TRANSLATE_NOOP("Message", "senator"),
    "term.holder_representative": QT_TRANSLATE_NOOP("Message", "representative"),
    "term.holder_delegate": QT_TRANSLATE_NOOP("Message", "delegate"),
    "term.holder_resident_commissioner": QT_TRANSLATE_NOOP("Message", "resident commissioner"),
    "term.ended": QT_TRANSLATE_NOOP(
        "Message", "{who}'s term ended on {date}; update the data to write to the current {holder}"
    ),
    "query.need_house_number": QT_TRANSLATE_NOOP(
        "Message", "Add the house number to your street address (for example 1100 Congress Ave)."
    ),
    "query.need_city_or_zip": QT_TRANSLATE_NOOP(
        "Message", "Add your city and state, or your ZIP code, after the street address."
    ),
    "query.zip_digits": QT_TRANSLATE_NOOP("Message", "A ZIP code has five digits."),
    "query.need_address": QT_TRANSLATE_NOOP(
        "Message", "Enter your street address, city and state, or at least your ZIP code."
    ),
    "query.matches_differ": QT_TRANSLATE_NOOP(
        "Message",
        "That address matched several places in different districts: {options}. Enter the "
        "full address, with the ZIP code, exactly as your mail shows it.",
    ),
    "query.split_cli": QT_TRANSLATE_NOOP(
        "Message",
        "{how} lies in more than one congressional district ({labels}), so your Representative "
        "is not certain. Use --address with your street address, or pick one with --district "
        "(for example --district {example}).",
    ),
    # each row of a participants file (flows/lookup.py row_finder)
    "batch.wrong_state": QT_TRANSLATE_NOOP("Message", "ZIP code {zip} is in {where}, not {state}."),
    "batch.split_senators_only": QT_TRANSLATE_NOOP(
        "Message",
        "ZIP code {zip} is split between {labels} and {reason}: only the senators' letters "
        "were printed; add the district (for example {example}) in a 'district' column to "
        "print the Representative's.",
    ),
    "batch.split_no_letters": QT_TRANSLATE_NOOP(
        "Message",
        "ZIP code {zip} is split between {labels} and {reason}; add the district (for "
        "example {example}) in a 'district' column.",
    ),
    "batch.reason_offline": QT_TRANSLATE_NOOP(
        "Message", "addresses are not looked up with --offline"
    ),
    "batch.reason_several": QT_TRANSLATE_NOOP(
        "Message", "the street address matched places in several districts"
    ),
    "batch.reason_unreachable": QT_TRANSLATE_NOOP(
        "Message", "the Census address service could not be reached"
    ),
    "batch.reason_not_found": QT_TRANSLATE_NOOP(
        "Message", "the Census address service did not find the street address"
    ),
    "lookup.military_zip": QT_TRANSLATE_NOOP(
        "Message",
        "ZIP code {zip} is a military (APO/FPO/DPO) address, which has no congressional "
        "district. Service members write from their home-of-record address: enter the street "
        "address or ZIP code where you are registered to vote.",
    ),
    "lookup.no_dc_office": QT_TRANSLATE_NOOP(
        "Message",
        "{name} has no Washington office in our data yet (new members' offices are published "
        "weeks after they are seated). Letters go to {address}.",
    ),
    "lookup.zip_map_stale": QT_TRANSLATE_NOOP(
        "Message",
        "The ZIP code table is from the {zip_congress_ordinal} Congress's map; the member data "
        "is for the {congress_ordinal} Congress, and district lines in {states} changed between "
        "the two. Give your street address to find your Representative.",
    ),
    "lookup.unreachable_fallback": QT_TRANSLATE_NOOP(
        "Message",
        "The address service is unreachable; these members are found from your ZIP code. "
        "Check them, or look up the street address again when you are online.",
    ),
    "lookup.po_box_fallback": QT_TRANSLATE_NOOP(
        "Message",
        "A PO Box cannot be placed on the district map; these members are found from your ZIP "
        "code. Enter your home street address to be sure.",
    ),
    "lookup.zip_share_most": QT_TRANSLATE_NOOP(
        "Message",
        "Most of {zip} ({share}) lies in {seat}; the rest in {rest}. That is land area, not "
        "where you live: your street address decides.",
    ),
    "lookup.zip_share_divided": QT_TRANSLATE_NOOP(
        "Message", "{zip} is divided by land area: {parts}. Your street address decides."
    ),
    "lookup.share_under_one": QT_TRANSLATE_NOOP("Message", "under 1 %"),
    "lookup.several_states": QT_TRANSLATE_NOOP(
        "Message",
        "This area lies in {states}. Your senators depend on which state you live in: "
        "enter your street address.",
    ),
    "lookup.no_senators": QT_TRANSLATE_NOOP(
        "Message",
        "{state} has no senators. Its member of the House is a non-voting delegate who can "
        "still cosponsor bills and speak for you.",
    ),
    "lookup.no_senators_resident_commissioner": QT_TRANSLATE_NOOP(
        "Message",
        "{state} has no senators. Its member of the House is a non-voting delegate (the "
        "Resident Commissioner) who can still cosponsor bills and speak for you.",
    ),
    "lookup.congress_ended": QT_TRANSLATE_NOOP(
        "Message",
        "The member data is for the {congress_ordinal} Congress, which ended on "
        "January 3, {year}. Update the data.",
    ),
    "lookup.term_ended": QT_TRANSLATE_NOOP(
        "Message",
        "{name}'s term in our data ended on {date}. Update the data to see who holds the seat now.",
    ),
    "lookup.term_ended_appointed": QT_TRANSLATE_NOOP(
        "Message",
        "{name}'s term in our data ended on {date} (appointed until a special election). "
        "Update the data to see who holds the seat now.",
    ),
    "lookup.not_a_district": QT_TRANSLATE_NOOP(
        "Message", "'{label}' is not a district. Write it like TX-37, or WY-AL for at-large."
    ),
    "lookup.not_a_zip": QT_TRANSLATE_NOOP(
        "Message", "'{text}' is not a ZIP code. Enter the five digits (for example 78701)."
    ),
    # the Census geocoder (core/lookup/census.py)
    "census.service": QT_TRANSLATE_NOOP("Message", "The Census address service"),
    "census.service_mid": QT_TRANSLATE_NOOP("Message", "the Census address service"),
    "census.unknown_state": QT_TRANSLATE_NOOP(
        "Message", "The Census address service returned an unknown state code."
    ),
    "census.unknown_district": QT_TRANSLATE_NOOP(
        "Message", "The Census address service returned an unknown district code."
    ),
    "census.unexpected_format": QT_TRANSLATE_NOOP(
        "Message", "The Census address service sent an answer in an unexpected format."
    ),
    "census.other_map": QT_TRANSLATE_NOOP(
        "Message",
        "The Census address service answered with the {answer_congress_ordinal} Congress "
        "district map, but the member data in use is for the {congress_ordinal} Congress. "
        "Update the data ('advocate data update') or check the Census vintage in settings.",
    ),
    "census.no_districts": QT_TRANSLATE_NOOP(
        "Message",
        "The Census address service did not return congressional districts for this address.",
    ),
    "census.layer_failed": QT_TRANSLATE_NOOP(
        "Message",
        "The Census address service could not look up congressional districts just now. "
        "Try again later.",
    ),
    "census.unreadable_address": QT_TRANSLATE_NOOP(
        "Message",
        "The Census address service could not read that address. Check it and try again.",
    ),
}
