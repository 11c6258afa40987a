"""What goes into a frozen Advocate, decided in one place.

Both spec files (``advocate.spec`` and the benchmark's ``minimal.spec``) import this module,
so the app and the minimal PySide6 window it is measured against are pruned by the same
rules. Everything here is plain Python on PyInstaller's TOC tuples ``(dest, src, typecode)``;
PyInstaller itself is imported lazily, so the unit tests run without a build.

Why prune at all: PyInstaller's Qt hooks collect every plugin family a Qt module *might*
load (Wayland, EGLFS, VNC, network information, TLS, ...) and Qt's translations for ~50
languages. A letter-writing desktop app needs none of that, and each dropped plugin also
frees the system libraries only it pulled in.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence

APP_NAME = "Advocate"
EXE_NAME = "advocate"  # the command line and, on Linux, the desktop launcher
GUI_EXE_NAME = "advocate-gui"  # Windows only: the same program without a console window
# Reverse-DNS id for macOS (Info.plist, keychain prompts). A placeholder until the project
# owns a domain; changing it later moves macOS users' preferences, so settle it before 1.0.
BUNDLE_ID = "org.advocate-app.Advocate"
MACOS_MIN_VERSION = "12.0"  # Qt 6.8+ needs macOS 12

TocEntry = tuple[str, str, str]

# --- Python modules ----------------------------------------------------------------------
# The Qt modules the app imports (advocate_app/export: QtCore/QtGui/QtPrintSupport; gui/:
# QtWidgets, maybe QtSvg for icons). A test checks that advocate_app imports nothing else.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")

# fmt: off
QT_MODULES_EXCLUDED = (
    "QtNetwork", "QtDBus", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2",
    "QtQuickTest", "QtQmlFeatures", "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtXml",
    "QtHelp", "QtDesigner", "QtUiTools", "QtConcurrent", "QtSvgWidgets", "QtLabsStyleKit",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtWebView", "QtMultimedia", "QtMultimediaWidgets", "QtCharts",
    "QtDataVisualization", "QtGraphs", "QtPdf", "QtPdfWidgets", "QtBluetooth", "QtNfc",
    "QtPositioning", "QtLocation", "QtSerialPort", "QtSerialBus", "QtSensors",
    "QtStateMachine", "QtTextToSpeech", "QtRemoteObjects", "QtScxml", "QtSpatialAudio",
    "QtHttpServer", "QtAxContainer", "QtNetworkAuth",
)

PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "idlelib", "lib2to3", "pydoc_data", "test",
    "pytest", "_pytest", "pytest_qt", "hypothesis", "IPython", "numpy", "PyQt5", "PyQt6",
    "PySide2", "setuptools", "pkg_resources", "distutils", "pip", "werkzeug", "aiosmtpd",
    "tests", "benchmarks", "advocate_app._bundled",
    # python-docx needs only lxml.etree; lxml's hook would add objectify, html, schematron.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.cssselect",
    # lxml.doctestcompare -> doctest -> pdb -> readline would add libreadline + libtinfo.
    "lxml.doctestcompare", "lxml.usedoctest", "doctest", "pdb", "readline",
)
# fmt: on

# Strip symbols from the shared libraries on Linux (a pyenv-built libpython carries 18 MB
# of debug info). Not on Windows (PE files have no such symbols) nor macOS (breaks the
# code signatures of the wheels' libraries).
STRIP = sys.platform.startswith("linux")


def excludes() -> list[str]:
    return [*(f"PySide6.{name}" for name in QT_MODULES_EXCLUDED), *PYTHON_EXCLUDES]


def keyring_hiddenimports(platform: str = sys.platform) -> list[str]:
    """keyring finds its backends through entry points at run time; PyInstaller cannot see
    them. Its hook collects ``keyring.backends.*``; the libraries each OS backend needs are
    imported inside try-blocks, so they are named here."""
    names = ["keyring.backends.chainer", "keyring.backends.fail", "keyring.backends.null"]
    if platform.startswith("linux") or platform.startswith("freebsd"):
        names += [
            "keyring.backends.SecretService",
            "keyring.backends.kwallet",
            "keyring.backends.libsecret",
            "secretstorage",
            "jeepney",
            "jeepney.io.blocking",
            "cryptography.hazmat.primitives.ciphers",
        ]
    elif platform == "win32":
        names += [
            "keyring.backends.Windows",
            "win32ctypes.core",
            "win32ctypes.pywin32.win32cred",
            "win32ctypes.pywin32.pywintypes",
        ]
    elif platform == "darwin":
        names += ["keyring.backends.macOS", "keyring.backends.macOS.api"]
    return names


def metadata_distributions(platform: str = sys.platform) -> list[str]:
    """Distributions whose metadata must travel: keyring reads its entry points, and the
    backends' packages are looked up by name when present."""
    names = ["keyring"]
    if platform.startswith("linux") or platform.startswith("freebsd"):
        names += ["SecretStorage", "jeepney"]
    elif platform == "win32":
        names += ["pywin32-ctypes"]
    return names


# --- Qt plugins and translations --------------------------------------------------------
# Plugin families kept (everything else is dropped: eglfs, generic input, wayland, vnc,
# network information, TLS, SQL drivers, QML tooling, designer...).
KEEP_PLUGIN_FAMILIES = frozenset(
    {
        "platforms",
        "platformthemes",
        "platforminputcontexts",
        "imageformats",
        "iconengines",
        "printsupport",
        "styles",
        "xcbglintegrations",
    }
)
# Window system back-ends kept: xcb (X11 and XWayland on Linux desktops), offscreen
# (headless self-check, CI), and the native ones on Windows and macOS.
KEEP_PLATFORMS = frozenset({"xcb", "offscreen", "windows", "cocoa"})
# gtk3 pulls in a partial GTK stack (cairo, pango, atk...) that then clashes with the
# system's GTK; the XDG desktop portal theme gives native file dialogs without it.
DROP_PLUGINS = frozenset({"gtk3", "tiff", "webp", "tga", "wbmp", "pdf", "direct2d"})

# Libraries that must come from the running system, not the bundle. CUPS (printing on
# Linux) speaks to the system's print daemon, and it would drag in GnuTLS, Kerberos and
# Avahi (~9 MB); every desktop distribution has libcups2. Without it Qt offers only
# "Print to PDF", which still works.
SYSTEM_LIBRARIES = ("libcups.so",) if sys.platform.startswith("linux") else ()

_PLUGIN_RE = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?q?([^/]+?)(?:\.so|\.dll|\.dylib)$")
_TRANSLATION_RE = re.compile(r"(?:^|/)translations/([a-z]+)_([A-Za-z_]+)\.qm$")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_kept(dest: str) -> bool | None:
    """True/False for a Qt plugin path (by family and name), None if ``dest`` is no plugin."""
    match = _PLUGIN_RE.search(_norm(dest))
    if not match or "PySide6/" not in _norm(dest):
        return None
    family, name = match.group(1), match.group(2)
    if family not in KEEP_PLUGIN_FAMILIES:
        return False
    if family == "platforms":
        return name in KEEP_PLATFORMS
    return name not in DROP_PLUGINS


def translation_kept(dest: str, languages: Iterable[str]) -> bool | None:
    """Keep Qt's own translations only for the languages the app itself ships (its dialogs'
    standard buttons must match), plus English (plural rules)."""
    norm = _norm(dest)
    match = _TRANSLATION_RE.search(norm)
    if not match or "PySide6/" not in norm:
        return None
    wanted = {"en", *languages}
    lang = match.group(2)
    return lang in wanted or lang.split("_")[0] in wanted


def system_library(dest: str, system_libraries: Iterable[str] = SYSTEM_LIBRARIES) -> bool:
    name = _norm(dest).rsplit("/", 1)[-1]
    return any(name.startswith(prefix) for prefix in system_libraries)


def prune(
    toc: Sequence[TocEntry],
    languages: Iterable[str] = (),
    system_libraries: Iterable[str] = SYSTEM_LIBRARIES,
) -> tuple[list[TocEntry], list[str]]:
    """``toc`` without the Qt plugins, translations and system libraries we do not ship;
    also the dropped names."""
    languages = tuple(languages)
    system_libraries = tuple(system_libraries)
    kept: list[TocEntry] = []
    dropped: list[str] = []
    for entry in toc:
        dest = entry[0]
        verdict = plugin_kept(dest)
        if verdict is None:
            verdict = translation_kept(dest, languages)
        if verdict is None and system_library(dest, system_libraries):
            verdict = False
        if verdict is False:
            dropped.append(_norm(dest))
        else:
            kept.append(entry)
    return kept, dropped


def drop_orphans(
    original: Sequence[TocEntry],
    kept: Sequence[TocEntry],
    needed_of: Callable[[str], Iterable[str]],
) -> tuple[list[TocEntry], list[str]]:
    """Remove libraries that only the pruned plugins (or system libraries) needed.

    ``needed_of(src)`` gives the library names a binary links to *directly* (ELF NEEDED),
    matched against the bundle's file names. The roots are the binaries nothing else in
    ``original`` links to (extension modules, plugins, libraries a hook added for
    ``dlopen``); a library stays if a root still in ``kept`` reaches it.
    """

    def base(entry: TocEntry) -> str:
        return _norm(entry[0]).rsplit("/", 1)[-1]

    binaries = [e for e in original if e[2] in ("BINARY", "EXTENSION")]
    names = {base(e) for e in binaries}
    links = {base(e): {n for n in needed_of(e[1]) if n in names} for e in binaries}
    linked_to = set().union(*links.values()) if links else set()
    kept_names = {base(e) for e in kept if e[2] in ("BINARY", "EXTENSION")}
    reachable: set[str] = set()
    stack = [n for n in kept_names if n not in linked_to]
    while stack:
        node = stack.pop()
        if node not in reachable:
            reachable.add(node)
            stack.extend(links.get(node, set()) & kept_names)
    result: list[TocEntry] = []
    dropped: list[str] = []
    for entry in kept:
        if entry[2] in ("BINARY", "EXTENSION") and base(entry) not in reachable:
            dropped.append(_norm(entry[0]))
        else:
            result.append(entry)
    present = {_norm(e[0]) for e in result}
    final = []
    for entry in result:  # a symlink to a dropped library goes too
        if entry[2] == "SYMLINK" and _norm(entry[1]) not in present:
            dropped.append(_norm(entry[0]))
            continue
        final.append(entry)
    return final, dropped


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file names in its NEEDED entries (``objdump -p``, which
    PyInstaller already requires on Linux). PyInstaller's own ``get_imports`` runs ``ldd``,
    which answers with the whole transitive closure: no use for finding orphans."""
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return re.findall(r"^\s*NEEDED\s+(\S+)", out.stdout, flags=re.MULTILINE)


# --- platform files ----------------------------------------------------------------------
def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(version: str, description: str = "Advocate") -> str:
    """The text of a PyInstaller version resource (``EXE(version=...)``); Windows reads it
    for the file's Properties and for SmartScreen's publisher line."""
    v = version_tuple(version)
    strings = {
        "CompanyName": "The Advocate contributors",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "LegalCopyright": "GPL-3.0-or-later, The Advocate contributors",
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n          ".join(
        f"StringStruct({k!r}, {val!r})" for k, val in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {string_structs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def macos_info_plist(version: str) -> dict[str, object]:
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "LSMinimumSystemVersion": MACOS_MIN_VERSION,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow dark mode
        "NSHumanReadableCopyright": "GPL-3.0-or-later, The Advocate contributors",
    }
