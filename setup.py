"""Copies the top-level resources/ and templates/ into the wheel, and the dataset snapshot.

The design keeps them at the top of the repository; an installed app finds them under
``advocate_app/_bundled/`` (see ``advocate_app/core/paths.py``). The public datasets'
snapshot (members, district offices, ZIP table; gzipped, with ``SNAPSHOT.json``) is kept in
``packaging/wheel-data/`` (made by ``packaging/wheel_snapshot.py``) and goes to
``_bundled/datasets/``, so a fresh ``pip install .`` works offline from its first launch. All
other metadata is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("resources", "templates")
WHEEL_DATA = HERE / "packaging" / "wheel-data"


class BuildPyWithBundled(build_py):
    def run(self) -> None:
        super().run()
        target_root = Path(self.build_lib) / "advocate_app" / "_bundled"
        for name in BUNDLED:
            source = HERE / name
            if source.is_dir():
                target = target_root / name
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        if (WHEEL_DATA / "SNAPSHOT.json").is_file():
            target = target_root / "datasets"
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(WHEEL_DATA, target, ignore=shutil.ignore_patterns("*.idx", "*.meta.json"))


setup(cmdclass={"build_py": BuildPyWithBundled})
