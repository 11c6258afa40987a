"""Copies the top-level resources/ and templates/ into the wheel.

The design keeps them at the top of the repository; an installed app finds them under
``advocate_app/_bundled/`` (see ``advocate_app/core/paths.py``). All other metadata is in
pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("resources", "templates")


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


setup(cmdclass={"build_py": BuildPyWithBundled})
