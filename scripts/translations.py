#!/usr/bin/env python3
"""Update the window's translations and compile them.

    python3 scripts/translations.py            # lupdate the .ts files, then lrelease to .qm
    python3 scripts/translations.py --compile  # only .ts -> .qm (what a build needs)
    python3 scripts/translations.py --check    # exit 1 if a .ts is stale, unfinished or
                                               # its .qm is older than the .ts (CI)
    python3 scripts/translations.py --untracked  # include files git does not track yet

Sources: every ``tr()`` / ``translate()`` string in ``advocate_app/gui``, and the catalogue
of core's messages in ``advocate_app/core/messages/`` (context ``Message``). Files:
``resources/i18n/advocate_en.ts`` is the English base (the template a new translator
copies); ``advocate_<lang>.ts`` hold the translations, edited with Qt Linguist or any text
editor; ``advocate_<lang>.qm`` are what the app loads. The tools are Qt's own ``lupdate``
and ``lrelease``, which ship inside PySide6-Essentials (``pyside6-lupdate``,
``pyside6-lrelease``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "advocate_app" / "gui"
MESSAGES = REPO / "advocate_app" / "core" / "messages"  # core's messages, by code and area
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("es",)


def _tool(name: str) -> list[str]:
    """``pyside6-<name>``, or the binary inside the PySide6 package when no wrapper is on PATH."""
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return [wrapper]
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return [str(candidate)]
    raise SystemExit(f"Qt's {name} was not found; install PySide6-Essentials.")


def sources(include_untracked: bool = False) -> list[str]:
    """The window's Python files: those git tracks (so work in progress elsewhere in the tree
    does not leak half-finished strings into the translations), or every file on disk."""
    files = sorted(str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py"))
    files += sorted(str(p.relative_to(REPO)) for p in MESSAGES.rglob("*.py"))
    if include_untracked or not (REPO / ".git").exists():
        return files
    listed = subprocess.run(
        ["git", "ls-files", "--", str(SOURCES.relative_to(REPO)), str(MESSAGES.relative_to(REPO))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    tracked = set(listed.stdout.split()) if listed.returncode == 0 else set(files)
    return [f for f in files if f in tracked]


def update(include_untracked: bool = False) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    base = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
    subprocess.run(
        [
            *_tool("lupdate"),
            *sources(),
            *base,
            "-target-language",
            "en",
            "-ts",
            str(I18N / "advocate_en.ts"),
        ],
        cwd=REPO,
        check=True,
    )
    for lang in LANGUAGES:
        subprocess.run(
            [
                *_tool("lupdate"),
                *sources(),
                *base,
                "-target-language",
                lang,
                "-ts",
                str(I18N / f"advocate_{lang}.ts"),
            ],
            cwd=REPO,
            check=True,
        )


def compile_all() -> None:
    for lang in ("en", *LANGUAGES):  # English: only its plural forms (%n) are "translated"
        ts = I18N / f"advocate_{lang}.ts"
        subprocess.run(
            [*_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        m.findtext("source") or ""
        for m in tree.iter("message")
        if (m.find("translation").get("type") == "unfinished")
        or not (
            (m.findtext("translation") or "").strip()
            or m.find("translation").findall("numerusform")
        )
    ]


def check() -> int:
    """Stale or unfinished translations fail, so a new string cannot ship untranslated."""
    import tempfile

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = I18N / f"advocate_{lang}.ts"
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            subprocess.run(
                [
                    *_tool("lupdate"),
                    *sources(),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-silent",
                    "-ts",
                    str(copy),
                ],
                cwd=REPO,
                check=True,
            )
            missing = unfinished(copy)
            if missing:
                problems.append(f"{ts.name}: {len(missing)} untranslated, e.g. {missing[0]!r}")
            qm = ts.with_suffix(".qm")
            if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
                problems.append(f"{qm.name} is older than {ts.name}: run scripts/translations.py")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--check", action="store_true", help="fail if translations are stale")
    parser.add_argument(
        "--untracked", action="store_true", help="also read .py files git does not track yet"
    )
    args = parser.parse_args()
    if args.check:
        return check()
    if not args.compile:
        update(args.untracked)
    compile_all()
    for lang in LANGUAGES:
        missing = unfinished(I18N / f"advocate_{lang}.ts")
        if missing:
            print(f"advocate_{lang}.ts: {len(missing)} strings still to translate", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
