"""Core's messages in the window's language.

``core`` hands the window ``Message``s (core/messages/): English text that also carries a
code and its arguments. Here the code's English template is translated with Qt (context
``Message``; the Spanish is in resources/i18n/advocate_es.ts) and the arguments are put
in, themselves translated when they are messages too. Text that is not a ``Message`` is
shown as written, so nothing is ever hidden.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from advocate_app.core.messages import CATALOGUE, CONTEXT, Message, fill, message_of

log = logging.getLogger(__name__)


def localize(text: Any) -> str:
    """``text`` (a ``Message``, an error carrying one, or any text) in the window's language."""
    message = message_of(text)
    if message is None:
        return str(text)
    template = QCoreApplication.translate(CONTEXT, CATALOGUE[message.code])
    args = {k: localize(v) if isinstance(v, Message) else v for k, v in message.args.items()}
    try:
        return fill(template, args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        log.warning("the translation of message %s does not fit its arguments", message.code)
        return str(message)


def code_of(text: Any) -> str:
    """The code of a core message ("" for other text), for pages that treat one specially."""
    message = message_of(text)
    return message.code if message is not None else ""
