"""The render budget and its accounting: what one letter template may spend.

Why its own module: the sandbox (``sandbox.py``) stops templates reaching Python internals;
the budget stops the other kind of abuse: endless loops, exponential includes and macros,
gigabyte strings, huge integers. Every render has a ``RenderBudget``: wall time, steps
(loop iterations, calls, filters, operators, includes), output, *allocation* (every string,
list or number a template builds is charged by its weight), include depth and include
count. This module keeps the count for the render running on this thread; the guards that
price each operation where it happens are in ``sandbox_guards``.

A breach raises ``Refused`` (``OverBudget`` for the budget), which ``sandbox.render``
reports as ``file:line: the template does more work than a letter needs``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

MAX_TEMPLATE_CHARS = 64 * 1024


@dataclass(frozen=True)
class RenderBudget:
    """Limits for one render of one letter (a real letter uses well under 1% of each)."""

    seconds: float = 1.0  # wall time (a letter takes about a millisecond)
    steps: int = 20_000  # loop iterations + calls + filters + operators + includes
    output_chars: int = 100_000  # the letter itself
    allocation: int = 4_000_000  # characters (and items) of everything built in one render
    value_length: int = 200_000  # any one string or list
    include_depth: int = 8
    includes: int = 200
    int_bits: int = 4096  # any integer (a letter's numbers are dates and counts)


DEFAULT_BUDGET = RenderBudget()

WORK_MESSAGE = "the template does more work than a letter needs"


class Refused(Exception):
    """Raised inside a render; turned into ``SecurityError`` with the template's line."""


class OverBudget(Refused):
    """The render used up its budget; ``str()`` says which part (for the log and detail)."""


# Each thread renders at most one letter at a time, so the count is per thread.
class _State(threading.local):
    budget = DEFAULT_BUDGET
    steps = 0
    allocated = 0
    includes = 0
    deadline = float("inf")
    active = False


_state = _State()


def start_render(budget: RenderBudget = DEFAULT_BUDGET) -> None:
    """A fresh budget for the render about to start on this thread."""
    _state.budget = budget
    _state.steps = 0
    _state.allocated = 0
    _state.includes = 0
    _state.deadline = time.monotonic() + budget.seconds
    _state.active = True


def end_render() -> None:
    _state.deadline = float("inf")
    _state.active = False


def rendering() -> bool:
    """Whether a budgeted render is running on this thread (outside one nothing is counted)."""
    return _state.active


def current_budget() -> RenderBudget:
    return _state.budget


def tick(cost: int = 1) -> None:
    """One step of work; also where the wall-clock deadline is checked."""
    if not _state.active:
        return  # outside ``sandbox.render`` there is no budget to count against
    _state.steps += cost
    if _state.steps > _state.budget.steps:
        raise OverBudget(f"more than {_state.budget.steps:,} steps (loops, calls, filters)")
    if time.monotonic() > _state.deadline:
        raise OverBudget(f"longer than {_state.budget.seconds:g} s")


def count_include() -> None:
    """One more include, import or extends in this render."""
    _state.includes += 1
    if _state.includes > _state.budget.includes:
        raise OverBudget(f"more than {_state.budget.includes} includes")


def weight(value: Any, cap: int | None = None) -> int:
    """Characters and items in ``value`` (shared references counted each time they appear),
    counted only up to a little past ``cap``, so weighing a huge structure stays cheap."""
    cap = _state.budget.allocation if cap is None else cap
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (str, bytes)):
            total += len(item)
        elif isinstance(item, bool) or item is None:
            total += 1
        elif isinstance(item, int):
            total += 1 + item.bit_length() // 3
        elif isinstance(item, dict):
            total += 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 1
            stack.extend(item)
        else:
            total += 1
        if total > cap:
            return total
    return total


def afford(size: int, what: str) -> None:
    """Refuse, before building it, a value of ``size`` that would break the budget."""
    if not _state.active:
        return
    budget = _state.budget
    if size > budget.allocation - _state.allocated:
        raise OverBudget(f"{what} would build {size:,} characters")


def spend(size: int) -> None:
    """Count ``size`` characters as built (after ``afford`` said they fit)."""
    _state.allocated += size


def charge(value: Any) -> Any:
    """Count a value just built against the allocation budget; returns it."""
    if not _state.active:
        return value
    if isinstance(value, (str, list, tuple)) and len(value) > _state.budget.value_length:
        raise OverBudget(f"a value longer than {_state.budget.value_length:,}")
    if isinstance(value, int) and not isinstance(value, bool):
        check_int(value)
    _state.allocated += weight(value, _state.budget.allocation - _state.allocated)
    if _state.allocated > _state.budget.allocation:
        raise OverBudget(f"more than {_state.budget.allocation:,} characters built")
    return value


def check_int(value: int) -> None:
    if value.bit_length() > _state.budget.int_bits:
        raise OverBudget(f"a number over {_state.budget.int_bits} bits")
