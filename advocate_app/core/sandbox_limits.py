"""The render budget: what keeps an untrusted letter template from exhausting the computer.

The sandbox (``sandbox.py``) stops templates reaching Python internals; this module stops the
other kind of abuse: endless loops, exponential includes and macros, gigabyte strings, huge
integers. Every render has a ``RenderBudget``: wall time, steps (loop iterations, calls,
filters, operators, includes), output, *allocation* (every string, list or number a template
builds is charged by its weight), include depth and include count.

The budget is enforced where the work happens, and before it happens whenever one C-level
operation could be large: ``*`` and ``**`` are priced from their operands before Python
computes them (``str * int``, ``list * int``, integer sizes by bit length), as are ``join``,
``replace``, ``indent``, ``wordwrap`` and ``expandtabs``; a value is weighed before it is
turned into text (``{{ x }}``, ``~``, filters), so a list of a million references to one
string cannot be printed. Everything else is charged right after it is built, and built
values stay small because every builder is charged. Lazy results (``map``, ``select``) are
charged item by item.

A breach raises ``Refused`` (``OverBudget`` for the budget), which ``sandbox.render``
reports as ``file:line: the template does more work than a letter needs``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import wraps
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.filters import FILTERS

MAX_TEMPLATE_CHARS = 64 * 1024
MAX_NUMBER_ARG = 10_000  # widths, counts, repeats passed to methods and filters
MAX_RANGE = 10_000


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
# Kept for readers of the old names.
MAX_OUTPUT_CHARS = DEFAULT_BUDGET.output_chars
MAX_VALUE_LENGTH = DEFAULT_BUDGET.value_length
MAX_STEPS = DEFAULT_BUDGET.steps
MAX_SECONDS = DEFAULT_BUDGET.seconds

WORK_MESSAGE = "the template does more work than a letter needs"

# Attributes that lead to interpreter internals even without a leading underscore, and
# string methods a letter never needs whose output a template could blow up.
UNSAFE_ATTRIBUTES = frozenset(
    "mro format format_map func_globals func_code func_closure gi_frame gi_code gi_yieldfrom "
    "cr_frame cr_code cr_await ag_frame ag_code ag_await f_globals f_locals f_builtins f_code "
    "f_back tb_frame tb_next co_code im_func im_self im_class translate maketrans".split()
)
# Filters a letter needs; the rest (attr, format, pprint, random, tojson, ...) are left out.
ALLOWED_FILTERS = tuple(
    "abs batch capitalize center count d default dictsort first float groupby indent int items "
    "join last length list lower map max min reject rejectattr replace reverse round select "
    "selectattr slice sort string striptags sum title trim truncate unique upper wordcount "
    "wordwrap".split()
)
LOOP_FILTER = "advocate_loop_guard"
SIZE_FILTER = "advocate_size_guard"
WEIGH_FILTER = "advocate_weigh_guard"


class Refused(Exception):
    """Raised inside a render; turned into ``SecurityError`` with the template's line."""


class OverBudget(Refused):
    """The render used up its budget; ``str()`` says which part (for the log and detail)."""


# --- per-render budget -------------------------------------------------------------------
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


def check_size(value: Any) -> Any:
    """The SIZE filter: what ``~`` and list/dict literals built."""
    tick()
    return charge(value)


def weigh(value: Any) -> Any:
    """The WEIGH filter: ``value`` is about to be turned into text; price it first."""
    if _state.active and not isinstance(value, str):
        afford(weight(value), "turning a value into text")
    return value


def check_numbers(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_NUMBER_ARG:
            raise Refused(f"the number {arg} is too large (limit {MAX_NUMBER_ARG:,})")


def _lazy_items(value: Iterable[Any]) -> Iterator[Any]:
    """Items a lazy filter (``map``, ``select``) makes: each one a step, charged as built."""
    for item in value:
        tick()
        yield charge(item)


def _loop_items(value: Iterable[Any], literal: int) -> Iterator[Any]:
    for item in value:
        tick()
        if literal:
            afford(literal, "the loop's text")
            _state.allocated += literal
        yield item


def loop_guard(value: Any, literal: int = 0) -> Any:
    """Every loop iteration is a step, and pays for the fixed text its body writes."""
    if isinstance(value, jinja2.Undefined):
        return value  # StrictUndefined raises its own, clearer error when iterated
    return _loop_items(value, literal)


def guarded_range(*args: int) -> range:
    tick()
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise Refused(f"range() may give at most {MAX_RANGE:,} numbers")
    return result


def _text_len(value: Any) -> int:
    return len(value) if isinstance(value, str) else weight(value)


def _predict_filter(func: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> None:
    """Price the filters whose result can be far larger than their input, before running."""
    value = args[0] if args else None
    if func is FILTERS["join"]:
        items = value if isinstance(value, (list, tuple)) else []
        sep = args[1] if len(args) > 1 else kwargs.get("d", "")
        afford(weight(items) + len(items) * _text_len(sep), "join")
    elif func is FILTERS["replace"]:
        check_replace(*args[:3])
    elif func is FILTERS["indent"] and isinstance(value, str):
        width = args[1] if len(args) > 1 else kwargs.get("width", 4)
        per_line = _text_len(width) if isinstance(width, str) else abs(int(width or 0))
        afford(len(value) + (value.count("\n") + 1) * per_line, "indent")
    elif func is FILTERS["wordwrap"] and isinstance(value, str):
        wrap = args[3] if len(args) > 3 else kwargs.get("wrapstring", "\n")
        afford(len(value) * (1 + _text_len(wrap or "")), "wordwrap")
    elif func is FILTERS["sum"]:
        start = args[2] if len(args) > 2 else kwargs.get("start", 0)
        if not isinstance(start, (int, float)):
            raise Refused("sum() adds numbers only")


_PASSED = (nodes.EvalContext, jinja2.runtime.Context, jinja2.Environment)


def guard_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)  # keeps jinja's pass_context/pass_eval_ctx markers
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        tick()
        check_numbers(args)
        check_numbers(kwargs.values())
        plain = [a for a in args if not isinstance(a, _PASSED)]
        if plain and _state.active:
            cap = _state.budget.allocation
            if weight(plain[0], cap) > cap:
                raise OverBudget(
                    f"the filter '{func.__name__.removeprefix('do_')}' on a huge value"
                )
            _predict_filter(func, plain, kwargs)
        result = func(*args, **kwargs)
        if isinstance(result, Iterator) and not isinstance(result, (str, list, tuple, dict)):
            return _lazy_items(result)  # map, select, ...: lazy, charged item by item
        return charge(result)

    return wrapper


def check_replace(text: Any = "", old: Any = "", new: Any = "", *_: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        grows = (len(text) + 1 if not old else text.count(old)) * max(0, len(new) - len(old))
        afford(len(text) + grows, "replace()")


def check_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Price a string method call before it runs."""
    owner = getattr(method, "__self__", None)
    if not isinstance(owner, str):
        return
    name = getattr(method, "__name__", "")
    if name == "replace":
        check_replace(owner, *args)
    elif name == "join" and args:
        items = args[0] if isinstance(args[0], (list, tuple)) else []
        afford(weight(items) + len(items) * len(owner), "join()")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        afford(len(owner) + owner.count("\t") * abs(int(size)), "expandtabs()")


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Price ``*``, ``**`` and ``+`` from their operands, before Python computes them."""
    tick()
    if operator == "**":
        if abs(number(right)) > 64 or abs(number(left)) > 10**6:
            raise Refused("the power is too large")
        if isinstance(left, int) and isinstance(right, int) and right > 0:
            if max(1, abs(left).bit_length()) * right > _state.budget.int_bits:
                raise OverBudget(f"a power over {_state.budget.int_bits} bits")
    elif operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > _state.budget.int_bits:
                raise OverBudget(f"a product over {_state.budget.int_bits} bits")
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                if len(seq) * times > _state.budget.value_length:
                    raise Refused("repeating this would build a value that is too long")
                afford(weight(seq) * max(0, times), "repeating a value")
    elif operator == "+" and isinstance(left, (str, list, tuple)):
        if hasattr(right, "__len__") and len(left) + len(right) > _state.budget.value_length:
            raise Refused("joining these values would build a value that is too long")
        afford(weight(left) + weight(right), "joining values")


def check_include(sources: Iterable[str]) -> None:
    """An include, import or extends: counted, and its nesting measured."""
    if not _state.active:
        return
    tick()
    budget = _state.budget
    _state.includes += 1
    if _state.includes > budget.includes:
        raise OverBudget(f"more than {budget.includes} includes")
    known = set(sources)
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "root" and code.co_filename in known:
            depth += 1
        frame = frame.f_back
    if depth > budget.include_depth:
        raise OverBudget(f"includes nested more than {budget.include_depth} deep")


def finalize(value: Any) -> Any:
    """Every ``{{ value }}``: a step, weighed before it becomes text, then charged.

    Printing a list must not hide an undefined or blocked item inside it either.
    """
    if _state.active:
        tick()
        if not isinstance(value, str):
            afford(weight(value), "printing a value")
        _state.allocated += _text_len(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            if isinstance(item, jinja2.Undefined):
                str(item)  # LetterUndefined raises its error (or the sandbox's SecurityError)
    return value


def number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def weave_guards(node: nodes.Node, env: jinja2.Environment) -> None:
    """Wrap every loop's iterable in the step guard, every ``~`` and list/dict literal in
    the size guard and every ``~`` operand in the weigh guard.

    One pass over the tree, children first; jinja has no public hook for this, but
    ``_generate`` is documented as the place to change what gets generated.
    """
    for field, value in node.iter_fields():
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, nodes.Node):
                    weave_guards(item, env)
                    if _built(item):
                        value[index] = _filter(item, SIZE_FILTER, env)
        elif isinstance(value, nodes.Node):
            weave_guards(value, env)
            if _built(value):
                setattr(node, field, _filter(value, SIZE_FILTER, env))
    if isinstance(node, nodes.Concat):
        node.nodes = [_filter(n, WEIGH_FILTER, env) for n in node.nodes]
    if isinstance(node, nodes.For):
        literal = sum(len(d.data) for d in node.find_all(nodes.TemplateData))
        node.iter = _filter(node.iter, LOOP_FILTER, env, [nodes.Const(literal)])


def _built(node: nodes.Node) -> bool:
    if isinstance(node, nodes.Concat):
        return True
    if isinstance(node, (nodes.List, nodes.Dict)):
        return True
    return isinstance(node, nodes.Tuple) and node.ctx == "load"


def _filter(
    node: nodes.Expr,
    filter_name: str,
    env: jinja2.Environment,
    args: list[nodes.Expr] | None = None,
) -> nodes.Filter:
    wrapped = nodes.Filter(node, filter_name, args or [], [], None, None, lineno=node.lineno)
    wrapped.set_environment(env)
    return wrapped
