"""The frozen app's entry point: ``advocate_app.cli.main``, plus one packaging diagnostic.

``advocate --bundle-report`` (frozen builds only) prints one JSON object about the bundle
itself: which keyring backend the OS offers, whether the DOCX template and the Qt platform
plugins made it in, where the baked-in datasets are. The smoke test reads it, and a
volunteer's bug report can include it: it holds no personal data and changes nothing.
"""

from __future__ import annotations

import json
import sys


def _keyring_facts() -> dict[str, object]:
    facts: dict[str, object] = {}
    try:
        import keyring
        from keyring.backend import get_all_keyring

        backend = keyring.get_keyring()
        facts["backend"] = f"{type(backend).__module__}.{type(backend).__qualname__}"
        facts["discovered"] = sorted(
            f"{type(b).__module__}.{type(b).__qualname__}" for b in get_all_keyring()
        )
        from advocate_app.core.secrets import SecretStore

        store = SecretStore()
        facts["app_store_available"] = bool(store.available)
        facts["app_store_backend"] = store.backend_name
    except Exception as exc:  # the report must say what broke, not crash
        facts["error"] = f"{type(exc).__name__}: {exc}"
    needed = {
        "win32": ("win32ctypes.pywin32.win32cred",),
        "darwin": ("keyring.backends.macOS.api",),
    }
    for name in needed.get(sys.platform, ("secretstorage", "jeepney.io.blocking")):
        try:
            __import__(name)
            facts[f"import {name}"] = "ok"
        except ImportError as exc:
            facts[f"import {name}"] = f"missing ({exc.name})"
    return facts


def _qt_facts() -> dict[str, object]:
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.name for p in (plugins / "platforms").glob("*") if p.is_file())
    families = sorted(p.name for p in plugins.iterdir() if p.is_dir()) if plugins.is_dir() else []
    return {"plugin_families": families, "platforms": platforms}


def _data_facts() -> dict[str, object]:
    from advocate_app.core import paths

    snapshot: dict[str, object] = {}
    for folder in paths.bundled_datasets_dirs():
        stamp = folder / "SNAPSHOT.json"
        snapshot = {
            "dir": str(folder),
            "files": sorted(p.name for p in folder.iterdir() if p.suffix in (".json", ".csv")),
            "stamp": json.loads(stamp.read_text(encoding="utf-8")) if stamp.is_file() else None,
        }
    return {
        "resources": str(paths.resources_dir()),
        "templates": str(paths.templates_dir()),
        "campaign_packs": sorted(p.name for p in paths.templates_dir().iterdir() if p.is_dir()),
        "datasets": snapshot,
    }


def _docx_facts() -> dict[str, object]:
    try:
        import docx

        # default.docx, then default-header.xml through a path relative to docx/parts/
        # (python-docx finds its templates via __file__, which must exist on disk).
        docx.Document().sections[0].header.paragraphs  # noqa: B018
        return {"default_template": "ok"}
    except Exception as exc:
        return {"default_template": f"{type(exc).__name__}: {exc}"}


def bundle_report() -> dict[str, object]:
    import importlib.util

    from advocate_app import __version__

    return {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": sys.platform,
        "python": sys.version.split()[0],
        "gui_available": importlib.util.find_spec("advocate_app.gui.main") is not None,
        "keyring": _keyring_facts(),
        "qt": _qt_facts(),
        "data": _data_facts(),
        "docx": _docx_facts(),
    }


def main() -> int:
    if sys.argv[1:] == ["--bundle-report"]:
        print(json.dumps(bundle_report(), indent=2, sort_keys=True))
        return 0
    from advocate_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
