"""The window's language: the ``ui.language`` setting, else the system's.

Translations are Qt Linguist files compiled to ``resources/i18n/advocate_<lang>.qm`` by
``scripts/translations.py``; ``resource_path`` finds them in the source tree, an installed
wheel or a PyInstaller bundle. Qt's own strings (dialog buttons) come from the
``qtbase_<lang>.qm`` shipped with PySide6 when present. Letters are not translated: they
stay in their campaign's language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# code -> name in its own language (shown as is, so a person can find their language
# whatever the current one is).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language code to use: the setting when we have it, else the system's, else English."""
    wanted = (setting or "").strip().lower().replace("-", "_").split("_")[0]
    if wanted in LANGUAGES:
        return wanted
    locale = system or QLocale.system()
    for name in locale.uiLanguages():
        code = name.lower().replace("-", "_").split("_")[0]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def install_translators(language: str) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns the code used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(code))
    if code == DEFAULT_LANGUAGE:
        plurals = QTranslator(app)  # English needs only its plural forms ("1 letter", "2 letters")
        if plurals.load("advocate_en", str(_i18n_dir())):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return code
    ours = QTranslator(app)
    if ours.load(f"advocate_{code}", str(_i18n_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s; the window stays in English", code)
        return DEFAULT_LANGUAGE
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def _i18n_dir() -> str:
    from advocate_app.core.paths import resource_path

    return str(resource_path("i18n"))
