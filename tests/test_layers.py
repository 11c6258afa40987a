"""Architecture rules that keep the layers apart."""

from __future__ import annotations

import ast
import functools
import pkgutil
import subprocess
import sys
from pathlib import Path

import advocate_app.core
from tests.conftest import REPO_ROOT


def test_core_imports_no_pyside6_in_a_fresh_interpreter() -> None:
    modules = [
        m.name for m in pkgutil.walk_packages(advocate_app.core.__path__, "advocate_app.core.")
    ]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "", f"core pulled in {out.stdout}"


def test_export_never_imports_qtwidgets() -> None:
    code = (
        "import importlib, pkgutil, sys, advocate_app.export as e\n"
        "for m in pkgutil.walk_packages(e.__path__, 'advocate_app.export.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_version_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\nfrom advocate_app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('requests', 'keyring', 'jinja2', 'PySide6') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().endswith("[]"), out.stdout


# --- the module graph, read from the source -------------------------------------------------
# Every ``import`` counts, wherever it is written: at the top, inside a function, in a
# ``try``. Imports under ``if TYPE_CHECKING:`` never run, so the runtime graph leaves them
# out; but outside the window (gui/) a type-only import must not close a circle either, and
# ``core`` may not even name ``app``/``flows`` for its types, nor ``app`` the window.
PACKAGE = REPO_ROOT / "advocate_app"


def _module_files() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(module: str, path: Path, known: set[str]) -> tuple[set[str], set[str]]:
    """(modules imported at run time, modules imported only under TYPE_CHECKING).

    Names are full dotted names, also outside the package (``PySide6.QtWidgets``).
    ``from package import name`` counts ``package.name`` when that is a module, else
    ``package``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            type_only.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    run, typing_only = set(), set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".") if is_package else module.split(".")[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            subs = [f"{base}.{alias.name}" for alias in node.names]
            names = [s for s in subs if s in known]
            if len(names) < len(subs):
                names.append(base)
        else:
            continue
        (typing_only if id(node) in type_only else run).update(n for n in names if n != module)
    return run, typing_only - run


@functools.cache
def _graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    files = _module_files()
    known = set(files)
    run, typing_only = {}, {}
    for name, path in files.items():
        run[name], typing_only[name] = _imported(name, path, known)
    return run, typing_only


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), i.e. the circles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in edges:
                continue  # outside the package
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _within(edges: dict[str, set[str]], prefix: str) -> dict[str, set[str]]:
    return {m: out for m, out in edges.items() if m == prefix or m.startswith(prefix + ".")}


def _reaching(edges: dict[str, set[str]], targets: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{m} -> {t}"
        for m, out in edges.items()
        for t in out
        if any(t == x or t.startswith(x + ".") for x in targets)
    )


def test_the_graph_reader_sees_imports_inside_functions() -> None:
    run, typing_only = _graph()
    assert len(run) >= 100
    # gui/main.py imports the self-check inside main(), and core.store under TYPE_CHECKING
    # only in core.archive: both kinds must be seen, each where it belongs.
    assert "advocate_app.gui.selfcheck" in run["advocate_app.gui.main"]
    assert "advocate_app.core.store" in typing_only["advocate_app.core.archive"]
    assert "advocate_app.core.store" not in run["advocate_app.core.archive"]


def test_no_import_circles_not_even_inside_functions() -> None:
    run, _ = _graph()
    assert _cycles(run) == []


def test_no_import_circles_outside_the_window_counting_type_only_imports() -> None:
    run, typing_only = _graph()
    both = {
        m: run[m] | typing_only[m]
        for m in run
        if not m.startswith("advocate_app.gui")  # the window's type-only circles are its own
    }
    assert _cycles(both) == []


def test_core_imports_neither_app_nor_flows_nor_front_ends() -> None:
    run, typing_only = _graph()
    core = {m: run[m] | typing_only[m] for m in _within(run, "advocate_app.core")}
    banned = (
        "advocate_app.app",
        "advocate_app.flows",
        "advocate_app.export",
        "advocate_app.gui",
        "advocate_app.cli",
        "PySide6",
    )
    assert _reaching(core, banned) == []


def test_app_imports_no_gui() -> None:
    run, typing_only = _graph()
    both = {"advocate_app.app": run["advocate_app.app"] | typing_only["advocate_app.app"]}
    assert _reaching(both, ("advocate_app.gui", "advocate_app.cli", "advocate_app.flows")) == []
    assert _reaching(both, ("PySide6",)) == []


def test_flows_import_no_qtwidgets() -> None:
    """``flows`` drives the window and the CLI alike, so it never needs a widget."""
    run, typing_only = _graph()
    flows = {m: run[m] | typing_only[m] for m in _within(run, "advocate_app.flows")}
    # flows/ is new: while it does not exist there is nothing to check here
    assert _reaching(flows, ("PySide6.QtWidgets", "advocate_app.gui", "advocate_app.cli")) == []
    if flows:
        code = (
            "import importlib, pkgutil, sys, advocate_app.flows as f\n"
            "for m in pkgutil.walk_packages(f.__path__, 'advocate_app.flows.'):\n"
            "    importlib.import_module(m.name)\n"
            "print('PySide6.QtWidgets' in sys.modules)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"


def test_forgetting_asks_each_table_owner() -> None:
    """core/privacy.py gets the store, settings and secrets (not ``app.Services``) and empties
    no table itself: the outbox, archive and drafts modules delete their own rows."""
    source = (PACKAGE / "core" / "privacy.py").read_text(encoding="utf-8")
    assert not any(word in source.upper() for word in ("DELETE FROM", "SELECT ", "UPDATE "))
    run, typing_only = _graph()
    assert (
        "advocate_app.app"
        not in run["advocate_app.core.privacy"] | typing_only["advocate_app.core.privacy"]
    )


def test_export_imports_no_front_end_nor_composition_root() -> None:
    """Paper and files only: no widgets, no window, no command line, no ``Services``."""
    run, typing_only = _graph()
    export = {m: run[m] | typing_only[m] for m in _within(run, "advocate_app.export")}
    banned = (
        "advocate_app.app",
        "advocate_app.flows",
        "advocate_app.gui",
        "advocate_app.cli",
        "PySide6.QtWidgets",
    )
    assert _reaching(export, banned) == []
