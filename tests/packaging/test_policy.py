"""The bundle policy, snapshot, icons and platform files, without running PyInstaller."""

from __future__ import annotations

import ast
import configparser
import json
import re
import struct

import pytest

from tests.conftest import REPO_ROOT, SHARED_DATA
from tests.packaging.conftest import load

policy = load("policy")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", None),
    ],
)
def test_plugin_rules(dest: str, kept: bool | None) -> None:
    assert policy.plugin_kept(dest) is kept


def test_qt_translations_follow_the_app_languages() -> None:
    def kept(name: str, languages: tuple[str, ...]) -> bool | None:
        return policy.translation_kept(f"PySide6/Qt/translations/{name}", languages)

    assert kept("qtbase_en.qm", ())
    assert kept("qtbase_es.qm", ("es",)) and not kept("qtbase_es.qm", ())
    assert kept("qtbase_pt_BR.qm", ("pt",))
    assert not kept("qt_help_es.qm", ("es",))  # QtHelp is not shipped at all
    assert kept("qt_es.qm", ("es",))
    assert policy.translation_kept("resources/i18n/advocate_es.qm", ()) is None


def test_prune_drops_system_libraries_and_reports_them() -> None:
    toc = [
        ("libcups.so.2", "/lib/libcups.so.2", "BINARY"),
        ("libssl.so.3", "/lib/libssl.so.3", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/x/libqvnc.so", "BINARY"),
    ]
    kept, dropped = policy.prune(toc, (), system_libraries=("libcups.so",))
    assert [e[0] for e in kept] == ["libssl.so.3"]
    assert set(dropped) == {"libcups.so.2", "PySide6/Qt/plugins/platforms/libqvnc.so"}


def test_drop_orphans_keeps_what_a_root_still_needs() -> None:
    def entry(name: str, kind: str = "BINARY") -> tuple[str, str, str]:
        return (name, f"/src/{name.rsplit('/', 1)[-1]}", kind)

    original = [
        entry("PySide6/Qt/plugins/platforms/libqvnc.so"),  # pruned: needs net + shared
        entry("libnet.so"),
        entry("libshared.so"),
        entry("QtGui.abi3.so", "EXTENSION"),  # a root that needs shared
        entry("libdlopened.so"),  # nobody links it: a hook added it for dlopen, keep
        ("libnet.so.link", "libnet.so", "SYMLINK"),
    ]
    needed = {
        "/src/libqvnc.so": ["libnet.so", "libshared.so", "libc.so.6"],
        "/src/QtGui.abi3.so": ["libshared.so"],
        "/src/libnet.so": ["libshared.so"],
    }
    kept = [e for e in original if "libqvnc" not in e[0]]
    result, dropped = policy.drop_orphans(original, kept, lambda src: needed.get(src, []))
    names = [e[0] for e in result]
    assert names == ["libshared.so", "QtGui.abi3.so", "libdlopened.so"]
    assert set(dropped) == {"libnet.so", "libnet.so.link"}


def test_the_app_imports_only_the_qt_modules_the_bundle_keeps() -> None:
    used: set[str] = set()
    for path in (REPO_ROOT / "advocate_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([^\n(]+)", text):
            used |= {n.strip() for n in names.split(",") if n.strip().startswith("Qt")}
    assert used <= set(policy.QT_MODULES_USED), used - set(policy.QT_MODULES_USED)
    assert not used & set(policy.QT_MODULES_EXCLUDED)


@pytest.mark.parametrize(
    ("platform", "wanted"),
    [
        ("linux", {"keyring.backends.SecretService", "secretstorage", "jeepney.io.blocking"}),
        ("win32", {"keyring.backends.Windows", "win32ctypes.pywin32.win32cred"}),
        ("darwin", {"keyring.backends.macOS", "keyring.backends.macOS.api"}),
    ],
)
def test_each_os_gets_its_keyring_backend(platform: str, wanted: set[str]) -> None:
    names = set(policy.keyring_hiddenimports(platform))
    assert wanted <= names and "keyring.backends.chainer" in names
    assert "keyring" in policy.metadata_distributions(platform)


def test_windows_version_resource_is_a_valid_expression() -> None:
    text = policy.windows_version_info("0.1.0")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert "filevers=(0, 1, 0, 0)" in text and "'advocate.exe'" in text
    assert policy.version_tuple("1.2.3rc4") == (1, 2, 3, 4)


def test_macos_info_plist() -> None:
    plist = policy.macos_info_plist("0.1.0")
    assert plist["CFBundleIdentifier"] == policy.BUNDLE_ID
    assert plist["CFBundleShortVersionString"] == "0.1.0"
    assert plist["NSHighResolutionCapable"] is True


def test_desktop_file_and_icons() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(REPO_ROOT / "resources" / "advocate.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Advocate"
    assert entry["Exec"] == "advocate" and entry["Icon"] == "advocate"
    assert entry["Categories"].endswith(";") and entry["Terminal"] == "false"
    install = (REPO_ROOT / "packaging" / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "^Exec=advocate" in install  # the installer rewrites the line it expects
    png = (REPO_ROOT / "resources" / "icons" / "advocate.png").read_bytes()
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (256, 256)
    assert (REPO_ROOT / "resources" / "icons" / "advocate.svg").is_file()


def test_icons_render_and_read_back(tmp_path, qapp) -> None:
    from PySide6.QtGui import QImageReader

    make_icons = load("make_icons")
    written = make_icons.make_icons(tmp_path)
    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    reader = QImageReader(str(written["ico"]))
    sizes = set()
    for _ in range(reader.imageCount()):
        sizes.add(reader.read().width())
        reader.jumpToNextImage()
    assert {16, 32, 48, 256} <= sizes
    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns.count(make_icons.PNG_SIGNATURE) == len(make_icons.ICNS_TYPES)
    image = QImageReader(str(tmp_path / "advocate-512.png")).read()
    assert image.width() == 512 and image.pixelColor(256, 256).alpha() == 255


# --- the dataset snapshot ----------------------------------------------------------------
snapshot = load("snapshot")


def test_snapshot_from_a_local_folder(tmp_path) -> None:
    snap = snapshot.take(tmp_path / "datasets", SHARED_DATA)
    names = {p.name for p in (tmp_path / "datasets").iterdir()}
    assert names == {
        "legislators-current.json",
        "legislators-district-offices.json",
        "zccd.csv",
        "committee-membership-current.json",
        "SNAPSHOT.json",
    }
    stamp = json.loads((tmp_path / "datasets" / "SNAPSHOT.json").read_text(encoding="utf-8"))
    assert stamp["taken_at"] == snap.taken_at and stamp["source"].startswith("local copy")
    entry = stamp["files"]["zccd.csv"]
    assert entry["size"] == (tmp_path / "datasets" / "zccd.csv").stat().st_size
    assert len(entry["sha256"]) == 64 and entry["last_modified"].endswith("GMT")


def test_snapshot_is_read_by_the_app_as_bundled_data(tmp_path) -> None:
    from advocate_app.core.datasets import DatasetStore
    from advocate_app.core.http import HttpClient

    snapshot.take(tmp_path / "datasets", SHARED_DATA)
    store = DatasetStore(
        tmp_path / "cache",
        HttpClient(timeout=1),
        snapshot.sources({}),
        bundled_dirs=[tmp_path / "datasets"],
    )
    info = store.info("legislators")
    assert info.origin == "bundled" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", info.date)


def test_snapshot_refuses_a_bad_or_ambiguous_folder(tmp_path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "legislators-current.json").write_text("<html>Rate limited</html>")
    (bad / "zccd.csv").write_text("state_fips,state_abbr,zcta,cd\n")
    with pytest.raises(snapshot.SnapshotError, match="legislators-current.json"):
        snapshot.take(tmp_path / "out", bad)
    (bad / "legislators-current.json").write_bytes(
        (SHARED_DATA / "congress-legislators" / "legislators-current.json").read_bytes()
    )
    with pytest.raises(snapshot.SnapshotError, match="zccd.csv"):
        snapshot.take(tmp_path / "out", bad)
    (bad / "copy").mkdir()
    (bad / "copy" / "legislators-current.json").write_text("[]")
    with pytest.raises(snapshot.SnapshotError, match="2 files called legislators-current.json"):
        snapshot.take(tmp_path / "out", bad)
    with pytest.raises(snapshot.SnapshotError, match="no such folder"):
        snapshot.take(tmp_path / "out", tmp_path / "missing")


def test_snapshot_from_the_configured_urls(tmp_path, httpserver) -> None:
    from tests.conftest import serve_datasets, service_env

    serve_datasets(httpserver)
    snap = snapshot.take(tmp_path / "datasets", None, env=service_env(httpserver))
    assert set(snap.files) == {
        "legislators-current.json",
        "legislators-district-offices.json",
        "zccd.csv",
        "committee-membership-current.json",
    }
    assert snap.files["zccd.csv"]["last_modified"] == "Mon, 15 Jun 2026 19:26:56 GMT"
    assert snap.source.startswith("http://127.0.0.1:")


def test_snapshot_without_network_says_what_to_do(tmp_path) -> None:
    env = {
        "ADVOCATE_LEGISLATORS_URL": "http://127.0.0.1:9/",
        "ADVOCATE_ZIP_CROSSWALK_URL": "http://127.0.0.1:9/zccd.csv",
    }
    with pytest.raises(snapshot.SnapshotError, match="--data-from"):
        snapshot.take(tmp_path / "datasets", None, env=env)


# --- translations and the entry point ----------------------------------------------------
def test_translations_are_compiled_and_their_languages_kept(tmp_path) -> None:
    build = load("build")
    source = tmp_path / "src"
    (source / "i18n").mkdir(parents=True)
    (source / "i18n" / "advocate_es.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        "<context><name>MainWindow</name><message><source>Find</source>"
        "<translation>Buscar</translation></message></context></TS>",
        encoding="utf-8",
    )
    staged = tmp_path / "staged"
    assert build.compile_translations(staged, source) == ["es"]
    assert (staged / "i18n" / "advocate_es.qm").stat().st_size > 0


def test_bundle_report_from_source() -> None:
    entry = load("advocate_entry")
    report = entry.bundle_report()
    assert report["frozen"] is False
    assert report["docx"] == {"default_template": "ok"}
    assert "offscreen" in " ".join(report["qt"]["platforms"])
    assert "error" not in report["keyring"]
