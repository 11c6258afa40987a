"""Sentences for a person, as codes with arguments (English by default).

Why codes: ``core`` speaks English (the command line prints its messages as they are), and
the window speaks the person's language. A ``Message`` is a ``str`` (its English text, so
``print``, ``join``, JSON and every existing comparison keep working) that also carries its
``code`` and its ``args``; the window looks the code up and says it in its own language
(gui/messages.py), so rewording an English sentence never silently breaks a translation.

Adding a message: add ``"area.what": QT_TRANSLATE_NOOP("Message", "English text with
{named} arguments")`` to ``CATALOGUE`` (Qt's ``lupdate`` reads this file, see
scripts/translations.py), raise or return ``Message("area.what", named=...)``, run
``python3 scripts/translations.py`` and translate the new entry in
``resources/i18n/advocate_es.ts``. A test walks every code in every window language.

Arguments are values (numbers, names, addresses, server replies) or other ``Message``s
(translated in turn). An ordinal congress comes twice, ``congress`` (119) and
``congress_ordinal`` ("119th"), so each language can write it its own way. The catalogue
is at the end of this file.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

CONTEXT = "Message"  # the Qt translation context of every template below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for Qt's ``lupdate`` (no Qt here); returns it unchanged."""
    return text


def placeholders(template: str) -> set[str]:
    """The argument names a template needs: those it uses, and ``x`` for each ``x_ordinal``
    (another language may write the bare number)."""
    used = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return used | {n.removesuffix("_ordinal") for n in used if n.endswith("_ordinal")}


def fill(template: str, args: Mapping[str, Any]) -> str:
    """``template`` with ``args`` put in (``str()`` of each: a nested Message in English)."""
    return template.format_map({k: str(v) for k, v in args.items()})


class Message(str):
    """One sentence for a person: ``str()`` is the English text; ``code`` and ``args`` let
    a front end say it in another language."""

    code: str
    args: dict[str, Any]

    def __new__(cls, code: str, /, **args: Any) -> Message:
        template = CATALOGUE[code]  # KeyError: a code nobody wrote down
        missing = placeholders(template) - set(args)
        if missing:
            raise TypeError(f"message {code!r} needs {sorted(missing)}")
        self = super().__new__(cls, fill(template, args))
        self.code = code
        self.args = dict(args)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickling and copying keep the code
        return (_rebuild, (self.code, self.args))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {super().__repr__()})"


def _rebuild(code: str, args: dict[str, Any]) -> Message:
    return Message(code, **args)


def message_of(value: object) -> Message | None:
    """The ``Message`` a value or an error carries (``AdvocateError.message``), if any."""
    if isinstance(value, Message):
        return value
    carried = getattr(value, "message", None)
    return carried if isinstance(carried, Message) else None


# --- the catalogue, by area (English; Spanish in resources/i18n/advocate_es.ts) -------------
CATALOGUE: dict[str, str] = {
    # lists
    "list.and": QT_TRANSLATE_NOOP("Message", "{first} and {second}"),
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
    "deliver.history_missed": QT_TRANSLATE_NOOP(
        "Message", "The letters were saved, but could not be added to your history: {error}"
    ),
    "compose.no_district_office": QT_TRANSLATE_NOOP(
        "Message", "No district office is known for {name}; that letter is addressed to Washington."
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
        "{service} is receiving too many requests right now. "
        "Try again in about {minutes} minute(s).",
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
    # email (core/delivery/email.py); {field} is one of the email.field.* names
    "email.field.sender": QT_TRANSLATE_NOOP("Message", "The sender address (From)"),
    "email.field.sender_name": QT_TRANSLATE_NOOP("Message", "Your name"),
    "email.field.to": QT_TRANSLATE_NOOP("Message", "The recipient address"),
    "email.field.reply_to": QT_TRANSLATE_NOOP("Message", "The reply address"),
    "email.field.subject": QT_TRANSLATE_NOOP("Message", "The subject"),
    "email.field.attachment": QT_TRANSLATE_NOOP("Message", "The attachment name"),
    "email.no_recipient": QT_TRANSLATE_NOOP(
        "Message", "Choose who the letter should be emailed to."
    ),
    "email.control_character": QT_TRANSLATE_NOOP(
        "Message",
        "{field} contains a line break or another character that cannot go in an email "
        "header. Remove it and try again.",
    ),
    "email.not_an_address": QT_TRANSLATE_NOOP(
        "Message",
        "{field} {value} is not an email address (it should look like name@example.org).",
    ),
    "email.unusable_address": QT_TRANSLATE_NOOP(
        "Message",
        "{field} {value} is not an email address Advocate can use (it should look like "
        "name@example.org).",
    ),
    "email.one_mailbox": QT_TRANSLATE_NOOP(
        "Message",
        "{field} {value} must be one email address, like Jane Doe <jane@example.org>.",
    ),
    # mail server settings (core/delivery/smtp_config.py)
    "smtp.no_server": QT_TRANSLATE_NOOP(
        "Message",
        "No mail server is set up. Enter one in Settings (or set ADVOCATE_SMTP_HOST).",
    ),
    "smtp.bad_host": QT_TRANSLATE_NOOP("Message", "The mail server name {host} is not valid."),
    "smtp.bad_port": QT_TRANSLATE_NOOP("Message", "The mail server port {port} is not valid."),
    "smtp.unknown_security": QT_TRANSLATE_NOOP(
        "Message",
        "Unknown mail security setting {security}: choose 'ssl' (port 465) or 'starttls' "
        "(port 587).",
    ),
    "smtp.encrypted_only": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate only sends mail over an encrypted connection. Choose 'ssl' or 'starttls' "
        "for {host}.",
    ),
    "smtp.plain_loopback_off": QT_TRANSLATE_NOOP(
        "Message",
        "Unencrypted mail to this computer's own server is off. Turn on the setting "
        "smtp.allow_plain_loopback to use it.",
    ),
    "smtp.no_password": QT_TRANSLATE_NOOP(
        "Message",
        "No password is available for the mail account {user}. Enter it in Settings, or set "
        "ADVOCATE_SMTP_PASSWORD for the command line.",
    ),
    # talking to the mail server (core/delivery/smtp.py, smtp_errors.py)
    "smtp.no_starttls": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {server} does not offer an encrypted connection (STARTTLS). "
        "Advocate will not send your password or letter unencrypted; check the port and "
        "security settings (usually 465 with 'ssl' or 587 with 'starttls').",
    ),
    "smtp.no_auth": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {host} does not accept a user name and password here. Check the "
        "port and security settings.",
    ),
    "smtp.no_auth_plain": QT_TRANSLATE_NOOP(
        "Message",
        "Your mail password or user name has letters this server's login method cannot "
        "carry (it offers no AUTH PLAIN).",
    ),
    "smtp.server_says": QT_TRANSLATE_NOOP("Message", " (server: {code} {reply})"),
    "smtp.login_refused": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server did not accept the user name or password for {user}. Check them "
        "in Settings.{server_says}",
    ),
    "smtp.login_later": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server could not check your password just now; try again later.{server_says}",
    ),
    "smtp.recipient_refused": QT_TRANSLATE_NOOP(
        "Message", "The mail server refused the address {address}: {code} {reply}"
    ),
    "smtp.sender_refused": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server refused the sender address {address}: {code} {reply}. Check the "
        "From address in Settings.",
    ),
    "smtp.connect_refused": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {server} would not take mail from this computer: {code} {reply}",
    ),
    "smtp.letter_refused": QT_TRANSLATE_NOOP(
        "Message", "The mail server did not accept the letter: {code} {reply}"
    ),
    "smtp.not_supported": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {server} does not support what Advocate needs ({reason}). Check "
        "the security settings.",
    ),
    "smtp.certificate": QT_TRANSLATE_NOOP(
        "Message",
        "The certificate of the mail server {host} could not be verified ({reason}). "
        "Advocate does not send over a connection it cannot verify: check the server name, "
        "or this computer's certificates.",
    ),
    "smtp.tls_failed": QT_TRANSLATE_NOOP(
        "Message",
        "A secure connection to the mail server {server} could not be set up. Check the "
        "security setting: port 465 usually uses 'ssl', port 587 'starttls'.",
    ),
    "smtp.not_found": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {host} could not be found. Check the server name and this "
        "computer's internet connection.",
    ),
    "smtp.connection_refused": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {server} refused the connection (it may be down, or the port may "
        "be wrong). Advocate will try again later.",
    ),
    "smtp.uncertain": QT_TRANSLATE_NOOP(
        "Message",
        " It may or may not have received the letter; a second try uses the same message "
        "ID, so the copies can be recognised.",
    ),
    "smtp.timeout": QT_TRANSLATE_NOOP(
        "Message", "The mail server {server} did not answer in time.{uncertain}"
    ),
    "smtp.closed_before_accepted": QT_TRANSLATE_NOOP(
        "Message",
        "The mail server {server} closed the connection before the letter was accepted.{uncertain}",
    ),
    "smtp.closed_at_once": QT_TRANSLATE_NOOP(
        "Message", "The mail server {server} closed the connection at once.{uncertain}"
    ),
    "smtp.unreachable": QT_TRANSLATE_NOOP(
        "Message", "Could not reach the mail server {server} ({reason}).{uncertain}"
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
    # the system keyring (core/secrets.py)
    "secrets.no_keyring": QT_TRANSLATE_NOOP(
        "Message",
        "This computer has no password store (keyring) that Advocate can use, so the password "
        "cannot be saved. You can enter it for this session only; on the command line, set "
        "ADVOCATE_SMTP_PASSWORD instead.",
    ),
    "secrets.locked": QT_TRANSLATE_NOOP(
        "Message",
        "The system password store is locked. Unlock it (sign in to your desktop keyring) and "
        "try again, or enter the password for this session only.",
    ),
    "secrets.failed": QT_TRANSLATE_NOOP(
        "Message",
        "The system password store did not answer. Try again, or enter the password for this "
        "session only.",
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
    # the local database (core/store.py)
    "store.busy": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate's data file is busy (another Advocate window or command is using it). "
        "Try again in a moment.",
    ),
    "store.cannot_write": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate cannot open or write its data file. Check that the disk is not full and "
        "that the folder can be written.",
    ),
    "store.cannot_write_at": QT_TRANSLATE_NOOP(
        "Message",
        "Advocate cannot open or write its data file at {path}. Check that the disk is not "
        "full and that the folder can be written.",
    ),
    "store.cannot_create": QT_TRANSLATE_NOOP(
        "Message", "Advocate could not create a new data file."
    ),
    "store.too_new": QT_TRANSLATE_NOOP(
        "Message",
        "Your saved letters were written by a newer version of Advocate. Update Advocate to "
        "open them (nothing was changed).",
    ),
    # campaign packs (core/campaigns.py, core/campaign_model.py); problems stay as written
    "campaigns.unknown": QT_TRANSLATE_NOOP(
        "Message",
        "There is no campaign '{campaign}'. Available: {known}. See 'advocate campaigns list'.",
    ),
    "campaigns.none": QT_TRANSLATE_NOOP("Message", "none"),
    "campaigns.reserved_id": QT_TRANSLATE_NOOP(
        "Message",
        "The pack uses the id '{campaign}' of a campaign built into the app. Give it a "
        "different id in campaign.toml.",
    ),
    "campaigns.no_user_folder": QT_TRANSLATE_NOOP(
        "Message", "This profile has no folder for installed campaigns."
    ),
    "campaigns.no_folder": QT_TRANSLATE_NOOP(
        "Message", "The campaign '{campaign}' has no folder to export."
    ),
    "campaigns.unusable": QT_TRANSLATE_NOOP(
        "Message", "The campaign pack {source} cannot be used:\n{problems}"
    ),
    "campaigns.more_problems": QT_TRANSLATE_NOOP("Message", "\n  ... and {count} more"),
    # "Delete my data" (core/privacy.py)
    "privacy.sending_now": QT_TRANSLATE_NOOP(
        "Message",
        "Another Advocate window or command is sending letters right now. Try again when it "
        "has finished; nothing was deleted.",
    ),
    # added by k13c: committee membership (core/committees.py, core/dataset_sources.py)
    "data.committee_membership": QT_TRANSLATE_NOOP(
        "Message", "Committee members (congress-legislators)"
    ),
    "data.committee_membership_short": QT_TRANSLATE_NOOP("Message", "list of committee members"),
    "data.not_committee_data": QT_TRANSLATE_NOOP(
        "Message",
        "The download of '{name}' is not a list of committees and their members. The saved "
        "copy was kept.",
    ),
}


def and_list(items: Sequence[Any], code: str = "list.and") -> Any:
    """``A and B and C`` as nested ``list.and`` messages (one item: itself); ``list.or``
    for ``A or B``."""
    if not items:
        return ""
    joined = items[0]
    for item in items[1:]:
        joined = Message(code, first=joined, second=item)
    return joined
