"""Test-wide guards and fixtures.

- No test reaches the internet: any connection to a non-loopback address is refused.
- No test touches the real home directory: HOME and XDG_* point into a temporary folder.
- Qt runs offscreen; the keyring is an in-memory backend.
- ``shared_data`` is ``../shared/data`` beside the checkout (``ADVOCATE_SHARED_DIR`` overrides).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")


def _shared_dir() -> Path:
    override = os.environ.get("ADVOCATE_SHARED_DIR")
    return Path(override) if override else REPO_ROOT.parent / "shared"


SHARED_DATA = _shared_dir() / "data"
LEGISLATORS_JSON = SHARED_DATA / "congress-legislators" / "legislators-current.json"
DISTRICT_OFFICES_JSON = SHARED_DATA / "congress-legislators" / "legislators-district-offices.json"
ZCCD_CSV = SHARED_DATA / "zip-to-district" / "zccd.csv"
FIXTURES = SHARED_DATA / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run long fuzz and soak tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long run: use --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise ConnectionRefusedError(f"tests may not reach the network ({address!r})")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise ConnectionRefusedError(f"tests may not reach the network ({address!r})")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    (home / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    for name in list(os.environ):
        if name.startswith("ADVOCATE_") and name != "ADVOCATE_SHARED_DIR":
            monkeypatch.delenv(name)
    return home


@pytest.fixture(autouse=True)
def memory_keyring():
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not LEGISLATORS_JSON.exists():
        pytest.fail(f"shared data not found at {SHARED_DATA}; set ADVOCATE_SHARED_DIR")
    return SHARED_DATA


@pytest.fixture(scope="session")
def legislator_index(shared_data: Path):
    from advocate_app.core.lookup.legislators import LegislatorIndex

    return LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON)
