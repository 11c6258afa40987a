"""Where the app reads and writes files.

Writable files go under the platformdirs user folders (which honour ``XDG_*`` on Linux), or
all under one folder when a profile is given (``--profile`` / ``ADVOCATE_PROFILE``: tests,
portable installs, event laptops). Read-only resources (``resources/``, ``templates/``) are
found whether the app runs from the source tree, from an installed wheel, or from a
PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

APP_DIR_NAME = "advocate"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../advocate_app


class AppPaths(NamedTuple):
    """The four writable folders. A named tuple (immutable, compared by value), not a
    dataclass: the window reads it at start-up, where the dataclasses module costs ~6 ms."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def for_profile(cls, profile: Path) -> AppPaths:
        profile = Path(profile)
        return cls(profile / "config", profile / "data", profile / "cache", profile / "log")

    @classmethod
    def default(cls, env: Mapping[str, str] | None = None) -> AppPaths:
        env = os.environ if env is None else env
        if env.get("ADVOCATE_PROFILE"):
            return cls.for_profile(Path(env["ADVOCATE_PROFILE"]))
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_DIR_NAME, appauthor=False)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_cache_dir),
            Path(dirs.user_log_dir),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "advocate.sqlite3"

    @property
    def datasets_dir(self) -> Path:
        return self.cache_dir / "datasets"

    @property
    def indexes_dir(self) -> Path:
        """Derived lookup indexes (rebuildable from the datasets at any time)."""
        return self.cache_dir / "indexes"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.config_dir, self.data_dir, self.cache_dir, self.log_dir)


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle: data files sit under the bundle root
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_bundled")  # installed wheel (copied in by setup.py)
    roots.append(_PACKAGE_DIR.parent)  # source tree / editable install
    return roots


def bundled_dir(name: str) -> Path:
    """The first existing ``name`` folder ("resources" or "templates") among the roots."""
    for root in _candidate_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"The app's {name!r} folder is missing from this installation; reinstall Advocate."
    )


def resources_dir() -> Path:
    return bundled_dir("resources")


def templates_dir() -> Path:
    return bundled_dir("templates")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_datasets_dirs() -> list[Path]:
    """Dataset snapshots baked into a packaged build (``datasets/`` beside resources)."""
    return [root / "datasets" for root in _candidate_roots() if (root / "datasets").is_dir()]
