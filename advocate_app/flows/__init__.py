"""The main job, once, without widgets: who writes, their members, their letters, delivery.

Both front ends drive the same objects, so the window and the command line cannot disagree
about who gets which letter:

- ``session.LetterSession``: the writer's details, the lookup they came from, the chosen
  campaign, story, points (set through ``letter_choices``) and per-member edits; it says
  what changed (``changes``). Any change to the street, city, state or ZIP voids the
  lookup and every letter built on it.
- ``lookup``: turn the session's address into members (``look_up``), or leave none.
- ``compose``: the letters for the session's members (a request built on the GUI thread,
  composed anywhere, accepted only if the lookup it was built on still holds).
- ``deliver``: save (PDF/ODT/DOCX/TXT), print, email through the outbox, contact form; each
  recorded in the history under one rule (a history that cannot be written never undoes a
  letter already saved or sent, and a retry never writes or sends a second copy).
- ``participant``: next participant (event mode) and "Delete my data".

No QtWidgets here (``tests/flows`` asserts it); ``core`` never imports this package.
"""
