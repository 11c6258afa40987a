"""The desktop window: widgets that arrange what ``core`` and ``export`` do.

Nothing here talks HTTP, SQL or Jinja directly: pages call the services built in
``advocate_app.app`` through the task runner (``tasks.py``), so the window never freezes
while the network works. ``advocate_app.gui.build.build_main_window()`` is the seam tests and
tools use to get exactly the window a person gets.
"""
