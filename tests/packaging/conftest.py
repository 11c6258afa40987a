"""Load the packaging scripts (plain files under packaging/, not a package) for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"


def load(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module, with packaging/ importable for its siblings."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    key = f"advocate_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def packaging_path(*parts: str) -> Path:
    return PACKAGING.joinpath(*parts)
