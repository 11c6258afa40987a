"""The little Qt the exporters need: a GUI application object and the shipped fonts.

QTextDocument, QPdfWriter and fonts need a ``QGuiApplication``; the CLI and the tests have
none, so ``ensure_gui_app()`` makes an offscreen one (never a ``QApplication``: this layer
must not pull in QtWidgets). Letters are set in fonts shipped in ``resources/fonts`` so that
a machine without fonts prints words, not empty boxes, and every PDF looks the same.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from advocate_app.core.paths import resource_path
from advocate_app.qt_refcount import guard_none_refcount

log = logging.getLogger(__name__)

SERIF_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
FALLBACK_FILES = ("DejaVuSans.ttf",)

_app: QGuiApplication | None = None  # keeps the app we made alive for the process
_guard_checked = False


def ensure_gui_app() -> QGuiApplication:
    """Return the running ``QGuiApplication`` (a ``QApplication`` is one), or start one.

    Call it (or ``letter_fonts()``) once on the main thread before exporting from worker
    threads: the application object and the font registration belong to the main thread.
    Without a display (CLI on a server, CI) the ``offscreen`` platform is chosen, so export
    works with no X server. Raises ``RuntimeError`` if a plain ``QCoreApplication`` already
    runs, because Qt cannot then create fonts or paint.
    """
    global _app, _guard_checked
    if not _guard_checked:  # once per process: each export calls this, hundreds per batch
        guard_none_refcount()
        _guard_checked = True
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("Export needs a QGuiApplication, but a QCoreApplication is running.")
        return existing
    if not os.environ.get("QT_QPA_PLATFORM") and _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A process that already loaded QtWidgets (the desktop app, a pytest-qt session) will
    # want widgets later, which needs a QApplication: make that one. We never import
    # QtWidgets ourselves, so the CLI stays free of it.
    widgets = sys.modules.get("PySide6.QtWidgets")
    app_class = getattr(widgets, "QApplication", QGuiApplication)
    _app = app_class(sys.argv[:1] or ["advocate"])
    return _app


def _headless() -> bool:
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@dataclass(frozen=True)
class LetterFonts:
    """The family names to ask Qt for: the letter face, then the fallback ("" = none)."""

    serif: str
    fallback: str

    @property
    def families(self) -> list[str]:
        return [self.serif, self.fallback] if self.fallback else [self.serif]

    def for_text(self, text: str) -> LetterFonts:
        """Without the fallback face when the serif has every glyph of ``text`` (the usual
        case): Qt then embeds one font family instead of preparing two, ~25% faster PDFs."""
        if not self.fallback or serif_covers(text):
            return LetterFonts(self.serif, "")
        return self

    def font(self, point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(point_size)
        font.setBold(bold)
        font.setItalic(italic)
        # Kerning on, hinting off: the PDF is vector, and screen hinting distorts its spacing.
        font.setKerning(True)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font


@lru_cache(maxsize=1)
def letter_fonts() -> LetterFonts:
    """Register the shipped fonts once (after ``ensure_gui_app``) and return their families.

    A missing or unreadable font file is an installation problem: it raises
    ``FileNotFoundError`` with a message saying to reinstall, rather than silently printing
    with whatever font the system happens to have (or boxes when it has none).
    """
    ensure_gui_app()
    # Qt fills its font database lazily. Filled after our fonts were added, it let an
    # installed font of the same family and style (Debian's Liberation Serif 1.07) replace
    # ours, and PDFs embedded whatever the system had. Filled first (~30 ms, once; a window
    # has filled it already), ours are added last and win.
    QFontDatabase.families()
    serif = _register(SERIF_FILES)
    fallback = _register(FALLBACK_FILES)
    log.debug("letter fonts registered: %s, fallback %s", serif, fallback)
    return LetterFonts(serif=serif, fallback=fallback)


def _register(files: tuple[str, ...]) -> str:
    family = ""
    for name in files:
        path = resource_path("fonts", name)
        if not path.is_file():
            raise FileNotFoundError(f"The font file {name} is missing; reinstall Advocate.")
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FileNotFoundError(f"The font file {name} could not be read; reinstall Advocate.")
        family = family or families[0]
    return family


@lru_cache(maxsize=1)
def _raw_fonts() -> tuple[QRawFont, ...]:
    letter_fonts()
    paths = (SERIF_FILES[0], *FALLBACK_FILES)
    return tuple(QRawFont(str(resource_path("fonts", name)), 12.0) for name in paths)


_serif_has: dict[str, bool] = {}


def serif_covers(text: str) -> bool:
    """True when the letter face alone can draw every character of ``text``."""
    raw = None
    for char in set(text):
        known = _serif_has.get(char)
        if known is None:
            if char.isspace() or not char.isprintable():
                known = True
            else:
                raw = raw or _raw_fonts()[0]
                known = _has_glyph(raw, char)
            _serif_has[char] = known
        if not known:
            return False
    return True


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that no shipped font can draw (they would print as boxes).

    The GUI can warn before printing (an emoji or a CJK name); whitespace and control
    characters are ignored.
    """
    raws = _raw_fonts()
    missing: set[str] = set()
    for char in set(text):
        if char.isspace() or not char.isprintable():
            continue
        # Glyph index 0 is "missing glyph"; this also handles characters beyond U+FFFF.
        if not any(_has_glyph(raw, char) for raw in raws):
            missing.add(char)
    return missing


def _has_glyph(raw: QRawFont, char: str) -> bool:
    indexes = raw.glyphIndexesForString(char)
    return bool(indexes) and all(index != 0 for index in indexes)
