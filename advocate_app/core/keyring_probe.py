"""Is there no system keyring, for sure? Answered without loading the keyring library.

``import keyring`` and its choice of backend cost about 0.2 s (it imports every backend it
knows, and HTTP and e-mail modules along the way), a sixth of ``--self-check``. On a Linux
computer the answer is often certain beforehand: every backend keyring ships for Linux
(Secret Service, KWallet, libsecret, and the chainer over them) talks to the desktop's
D-Bus session, so with no session bus to reach and no other backend installed, keyring can
only fall back to its "no keyring" backend. This module says "none, for sure" in exactly
that case, and "ask keyring" in every other one:

- not Linux (Windows and macOS always have theirs: keyring says which);
- ``PYTHON_KEYRING_BACKEND`` or a ``keyringrc.cfg`` chooses a backend;
- a session bus may be there (``DBUS_SESSION_BUS_ADDRESS``, ``$XDG_RUNTIME_DIR/bus``, or a
  display, through which D-Bus can start one);
- an installed package adds a keyring backend keyring does not ship (``keyrings.alt``, a
  password-manager plugin): their ``entry_points.txt`` files are read as keyring reads them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# The backends keyring itself registers (its own entry points); none works on Linux
# without a D-Bus session.
SHIPPED_BACKENDS = frozenset(
    {"KWallet", "SecretService", "Windows", "chainer", "libsecret", "macOS"}
)
GROUP = "keyring.backends"


def certainly_no_keyring(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    search_path: Iterable[str] | None = None,
) -> bool:
    """True only when keyring would certainly find no usable backend (see the module doc)."""
    env = os.environ if env is None else env
    if platform != "linux" or env.get("PYTHON_KEYRING_BACKEND"):
        return False
    if env.get("DBUS_SESSION_BUS_ADDRESS") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return False
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return False
    home = env.get("HOME") or os.path.expanduser("~")
    config = env.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    if os.path.exists(os.path.join(config, "python_keyring", "keyringrc.cfg")):
        return False
    names = backend_entry_points(sys.path if search_path is None else search_path)
    return names is not None and names <= SHIPPED_BACKENDS


def backend_entry_points(search_path: Iterable[str]) -> set[str] | None:
    """The names of every installed ``keyring.backends`` entry point, read from the
    ``*.dist-info``/``*.egg-info`` folders on ``search_path`` (None: keyring is not there)."""
    names: set[str] = set()
    found_keyring = False
    for folder in search_path:
        try:
            entries = list(os.scandir(folder or "."))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith((".dist-info", ".egg-info")):
                continue
            found_keyring |= entry.name.lower().startswith("keyring-")
            try:
                text = Path(entry.path, "entry_points.txt").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            names |= _section(text, GROUP)
    return names if found_keyring else None


def _section(text: str, group: str) -> set[str]:
    """The entry names in ``[group]`` of an ``entry_points.txt``."""
    names: set[str] = set()
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].strip() == group
        elif inside and "=" in line and not line.startswith(("#", ";")):
            names.add(line.split("=", 1)[0].strip())
    return names
