"""``QT_TRANSLATE_NOOP``: how the catalogue modules mark their English text for Qt.

A module of its own so each area of the catalogue can import it without importing the
package that merges them (no import circle); core has no Qt.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for Qt's ``lupdate`` (no Qt here); returns it unchanged."""
    return text
