"""The window's fixtures (tests/gui) for the security tests that drive it."""

from tests.gui.conftest import gui_services, hooks, make_window  # noqa: F401
from tests.gui.test_event_mode import event_window  # noqa: F401
