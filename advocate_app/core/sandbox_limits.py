"""Limits that keep an untrusted letter template from exhausting the computer.

The sandbox (``sandbox.py``) stops templates reaching Python internals; these guards stop
the other kind of abuse: endless loops, exponential macros, gigabyte strings. Each render
gets a step and time budget (loop iterations and calls, macros included); every string or
list a template builds, every number it passes to a method or filter, and the output are
capped. A breach raises ``Refused``, which ``sandbox.render`` reports as a ``SecurityError``
with the template's line.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.filters import FILTERS

MAX_TEMPLATE_CHARS = 64 * 1024
MAX_OUTPUT_CHARS = 100_000
MAX_VALUE_LENGTH = 200_000  # any string or list a template builds
MAX_NUMBER_ARG = 10_000  # widths, counts, repeats passed to methods and filters
MAX_RANGE = 10_000
MAX_STEPS = 20_000  # loop iterations + calls in one render (a letter needs a few dozen)
MAX_SECONDS = 1.0  # one render (a letter takes about a millisecond)

# Attributes that lead to interpreter internals even without a leading underscore.
UNSAFE_ATTRIBUTES = frozenset(
    "mro format format_map func_globals func_code func_closure gi_frame gi_code gi_yieldfrom "
    "cr_frame cr_code cr_await ag_frame ag_code ag_await f_globals f_locals f_builtins f_code "
    "f_back tb_frame tb_next co_code im_func im_self im_class".split()
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


class Refused(Exception):
    """Raised inside a render; turned into ``SecurityError`` with the template's line."""


# --- per-render budget -------------------------------------------------------------------
class _Budget(threading.local):
    steps = 0
    deadline = float("inf")


_budget = _Budget()


def start_render() -> None:
    """A fresh budget for the render about to start on this thread."""
    _budget.steps = 0
    _budget.deadline = time.monotonic() + MAX_SECONDS


def end_render() -> None:
    _budget.deadline = float("inf")


def tick() -> None:
    _budget.steps += 1
    if _budget.steps > MAX_STEPS:
        raise Refused("the template loops or calls too often (limit reached)")
    if _budget.steps % 256 == 0 and time.monotonic() > _budget.deadline:
        raise Refused(f"the template took longer than {MAX_SECONDS:g} s to render")


def check_size(value: Any) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_VALUE_LENGTH:
        raise Refused(f"the template built a value longer than {MAX_VALUE_LENGTH:,} characters")
    return value


def check_numbers(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_NUMBER_ARG:
            raise Refused(f"the number {arg} is too large (limit {MAX_NUMBER_ARG:,})")


def loop_guard(value: Any) -> Any:
    if isinstance(value, jinja2.Undefined):
        return value  # StrictUndefined raises its own, clearer error when iterated

    def guarded() -> Iterator[Any]:
        for item in value:
            tick()
            yield item

    return guarded()


def guarded_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise Refused(f"range() may give at most {MAX_RANGE:,} numbers")
    return result


def guard_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)  # keeps jinja's pass_context/pass_eval_ctx markers
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check_numbers(args)
        check_numbers(kwargs.values())
        if func is FILTERS["replace"]:
            check_replace(*[a for a in args if not isinstance(a, jinja2.nodes.EvalContext)])
        return check_size(func(*args, **kwargs))

    return wrapper


def check_replace(text: Any = "", old: Any = "", new: Any = "", *_: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        grows = (len(text) + 1 if not old else text.count(old)) * max(0, len(new) - len(old))
        if len(text) + grows > MAX_VALUE_LENGTH:
            raise Refused("replace() would build a value that is too long")


def finalize(value: Any) -> Any:
    """Printing a list must not hide an undefined or blocked item inside it."""
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            if isinstance(item, jinja2.Undefined):
                str(item)  # LetterUndefined raises its error (or the sandbox's SecurityError)
    return value


def number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def weave_guards(node: nodes.Node, env: jinja2.Environment) -> None:
    """Wrap every loop's iterable in the step guard and every ``~`` in the size guard.

    One pass over the tree, children first; jinja has no public hook for this, but
    ``_generate`` is documented as the place to change what gets generated.
    """
    for field, value in node.iter_fields():
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, nodes.Node):
                    weave_guards(item, env)
                    if isinstance(item, nodes.Concat):
                        value[index] = _filter(item, SIZE_FILTER, env)
        elif isinstance(value, nodes.Node):
            weave_guards(value, env)
            if isinstance(value, nodes.Concat):
                setattr(node, field, _filter(value, SIZE_FILTER, env))
    if isinstance(node, nodes.For):
        node.iter = _filter(node.iter, LOOP_FILTER, env)


def _filter(node: nodes.Expr, filter_name: str, env: jinja2.Environment) -> nodes.Filter:
    wrapped = nodes.Filter(node, filter_name, [], [], None, None, lineno=node.lineno)
    wrapped.set_environment(env)
    return wrapped
