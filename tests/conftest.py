"""Test-wide guards and fixtures.

- No test reaches the internet: any connection to a non-loopback address is refused.
- No test touches the real home directory: HOME and XDG_* point into a temporary folder.
- Qt runs offscreen; the keyring is an in-memory backend.
- ``shared_data`` is ``../shared/data`` beside the checkout (``ADVOCATE_SHARED_DIR`` overrides).
- ``../shared`` is read-only to the suite: the session fails if any file in it was added,
  removed or changed (names, sizes and modification times are compared before and after).
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
COMMITTEES_JSON = SHARED_DATA / "congress-legislators" / "committee-membership-current.json"
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
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
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


def shared_tree_snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` (relative name -> size, modification time in ns)."""
    snapshot: dict[str, tuple[int, int]] = {}
    for path in sorted(root.rglob("*")) if root.is_dir() else ():
        try:
            stat = path.lstat()
        except OSError:  # vanished while walking: the comparison will name it
            continue
        name = path.relative_to(root).as_posix() + ("/" if path.is_dir() else "")
        snapshot[name] = (0 if path.is_dir() else stat.st_size, stat.st_mtime_ns)
    return snapshot


def describe_tree_changes(before: dict, after: dict) -> list[str]:
    """Plain lines naming what was added, removed or changed between two snapshots."""
    lines = [f"added: {name}" for name in sorted(after.keys() - before.keys())]
    lines += [f"removed: {name}" for name in sorted(before.keys() - after.keys())]
    lines += [
        f"changed: {name}"
        for name in sorted(before.keys() & after.keys())
        if before[name] != after[name] and not name.endswith("/")
    ]
    return lines


@pytest.fixture(scope="session", autouse=True)
def shared_folder_untouched():
    """The shared folder (../shared, or ADVOCATE_SHARED_DIR) is read-only to every test.

    Checked once for the whole run: a test that writes beside a shared file (a cache, an
    index, a temporary file) fails the run here, with the files it left named."""
    root = _shared_dir()
    before = shared_tree_snapshot(root)
    yield root
    changes = describe_tree_changes(before, shared_tree_snapshot(root))
    if changes:
        pytest.fail(
            f"the tests changed the shared folder {root} (it must stay read-only; write into "
            "tmp_path instead):\n  " + "\n  ".join(changes),
            pytrace=False,
        )


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not LEGISLATORS_JSON.exists():
        pytest.fail(f"shared data not found at {SHARED_DATA}; set ADVOCATE_SHARED_DIR")
    return SHARED_DATA


@pytest.fixture(scope="session")
def legislator_index(shared_data: Path, tmp_path_factory: pytest.TempPathFactory):
    from advocate_app.core.lookup.legislators import LegislatorIndex

    # An index folder of its own: a session fixture runs before the per-test home exists.
    index_dir = tmp_path_factory.mktemp("indexes")
    return LegislatorIndex.load(LEGISLATORS_JSON, DISTRICT_OFFICES_JSON, index_dir=index_dir)


# --- local stand-ins for the public services ----------------------------------------------
CENSUS_PREFIX = "/geocoder"
DATA_PREFIX = "/congress-legislators/"
ZIP_PATH = "/zccd.csv"


def serve_datasets(httpserver, *, legislators: Path = LEGISLATORS_JSON) -> None:
    """Serve the shared datasets like GitHub Pages does (ETag, Last-Modified, 304)."""
    from werkzeug import Request, Response

    files = {
        DATA_PREFIX + "legislators-current.json": (legislators, "application/json"),
        DATA_PREFIX + "legislators-district-offices.json": (
            DISTRICT_OFFICES_JSON,
            "application/json",
        ),
        ZIP_PATH: (ZCCD_CSV, "text/csv"),
        DATA_PREFIX + "committee-membership-current.json": (COMMITTEES_JSON, "application/json"),
    }
    for url, (path, ctype) in files.items():
        body = path.read_bytes()
        etag = f'"{len(body):x}-{hash(body) & 0xFFFFFF:x}"'

        def handler(request: Request, body=body, etag=etag, ctype=ctype) -> Response:
            if request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers={"ETag": etag})
            return Response(
                body,
                content_type=ctype,
                headers={"ETag": etag, "Last-Modified": "Mon, 15 Jun 2026 19:26:56 GMT"},
            )

        httpserver.expect_request(url).respond_with_handler(handler)


def service_env(httpserver) -> dict[str, str]:
    base = httpserver.url_for("")
    return {
        "ADVOCATE_CENSUS_URL": base.rstrip("/") + CENSUS_PREFIX,
        "ADVOCATE_LEGISLATORS_URL": base.rstrip("/") + DATA_PREFIX,
        "ADVOCATE_ZIP_CROSSWALK_URL": base.rstrip("/") + ZIP_PATH,
    }


def census_answer(
    geoid: str | None, matched: str = "1 MAIN ST, SOMEWHERE, XX, 00000", congress: int = 119
) -> dict:
    """A geocoder answer in the real format (see shared fixtures) for one match."""
    from advocate_app.core.lookup.census import layer_name

    if geoid is None:
        return {"result": {"input": {}, "addressMatches": []}}
    record = {
        "GEOID": geoid,
        "STATE": geoid[:2],
        "BASENAME": geoid[2:],
        "CDSESSN": str(congress),
        "NAME": f"Congressional District {geoid[2:]}",
    }
    return {
        "result": {
            "input": {},
            "addressMatches": [
                {
                    "matchedAddress": matched,
                    "coordinates": {"x": -90.0, "y": 35.0},
                    "addressComponents": {"zip": matched.rsplit(", ", 1)[-1]},
                    "geographies": {layer_name(congress): [record]},
                }
            ],
        }
    }


@pytest.fixture
def services_factory(httpserver, tmp_path):
    """Build the real ``Services`` against local stand-ins, in a temporary profile."""
    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths

    serve_datasets(httpserver)

    def build(profile: Path | None = None, **extra_env: str):
        env = {**os.environ, **service_env(httpserver), **extra_env}
        return Services(AppPaths.for_profile(profile or tmp_path / "profile"), env=env)

    return build


def serve_census(httpserver, answers: dict) -> list:
    """Answer geocoder requests by their ``address`` parameter.

    A value is a JSON-able payload, or a ``werkzeug.Response`` for faults (HTML, 503...).
    Returns the list of requests' parameters seen, for assertions.
    """
    import json as _json

    from werkzeug import Request, Response

    seen: list = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.args))
        answer = answers.get(request.args.get("address", ""), census_answer(None))
        if isinstance(answer, Response):
            return answer
        return Response(_json.dumps(answer), content_type="application/json")

    httpserver.expect_request(CENSUS_PREFIX + "/geographies/onelineaddress").respond_with_handler(
        handler
    )
    return seen


@pytest.fixture
def store(tmp_path: Path):
    """An empty database where the app keeps its own (``data/advocate.sqlite3``)."""
    from advocate_app.core.store import Store

    opened = Store.open(tmp_path / "data" / "advocate.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory):
    """A certificate authority and a server certificate for 127.0.0.1, made once."""
    from tests.support.smtpd import make_tls_files

    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(tls_files):
    """A real STARTTLS + AUTH mail server on loopback."""
    from tests.support.smtpd import SmtpServer

    with SmtpServer(tls_files, "starttls") as running:
        yield running


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Our wheel installed into a new venv: (its scripts folder, the wheel); built once."""
    from tests.support.wheel_install import build_and_install

    return build_and_install(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session", autouse=True)
def one_qt_application():
    """One ``QApplication`` for the whole run, made before any test needs Qt.

    Export code makes a bare ``QGuiApplication`` when none exists (the CLI needs no widgets);
    if an export test ran first, a later widget test would abort the process, because Qt
    allows one application object per process and widgets need a ``QApplication``.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["advocate-tests"])
    yield app
