"""Architecture rules that keep the layers apart."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import advocate_app.core
from tests.conftest import REPO_ROOT


def test_core_imports_no_pyside6_in_a_fresh_interpreter() -> None:
    modules = [m.name for m in pkgutil.walk_packages(advocate_app.core.__path__, "advocate_app.core.")]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "", f"core pulled in {out.stdout}"


def test_export_never_imports_qtwidgets() -> None:
    code = (
        "import importlib, pkgutil, sys, advocate_app.export as e\n"
        "for m in pkgutil.walk_packages(e.__path__, 'advocate_app.export.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


def test_version_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\nfrom advocate_app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('requests', 'keyring', 'jinja2', 'PySide6') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip().endswith("[]"), out.stdout
