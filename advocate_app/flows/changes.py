"""The names of what changed in a ``LetterSession`` (flows/session.py).

Listeners (``LetterSession.subscribe``) get a frozenset of these, so each page of the
window re-renders only its part. A module of its own because both halves of the session
(``session.py`` and ``letter_choices.py``) tell them.
"""

# What changed (listeners get a frozenset of these).
WRITER = "writer"  # any of the writer's fields
LOOKUP = "lookup"  # the lookup (found, refined, voided or failed)
INCLUSION = "inclusion"  # a member ticked or unticked
CAMPAIGN = "campaign"
STORY = "story"
POINTS = "points"
LETTERS = "letters"  # composed letters arrived or were voided
LANGUAGE = "language"  # the letter language ("en", "es"), separate from the window's
EDITS = "edits"  # the person's own text of a letter
