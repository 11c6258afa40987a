"""Message catalogue, mail: sending letters by email.

The codes of the message (core/delivery/email.py), the mail server settings
(core/delivery/smtp_config.py) and talking to the server (core/delivery/smtp.py,
smtp_errors.py).

English templates by code; ``advocate_app/core/messages/__init__.py`` merges every area into
``CATALOGUE``. Add a code to the area it belongs to (Qt's ``lupdate`` reads these files).
"""

from __future__ import annotations

from advocate_app.core.messages.translate_noop import QT_TRANSLATE_NOOP

MAIL: dict[str, str] = {
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
}
