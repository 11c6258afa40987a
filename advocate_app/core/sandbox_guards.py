"""The guards that price each thing a letter template does, where it happens.

Why its own module: the budget (``sandbox_budget``) only counts; these functions decide what
each operation costs and refuse it before it runs whenever one C-level operation could be
large. ``*`` and ``**`` are priced from their operands before Python computes them
(``str * int``, ``list * int``, integer sizes by bit length), as are ``join``, ``replace``,
``indent``, ``wordwrap`` and ``expandtabs``; a value is weighed before it is turned into text
(``{{ x }}``, ``~``, filters), so a list of a million references to one string cannot be
printed. Everything else is charged right after it is built, and built values stay small
because every builder is charged. Lazy results (``map``, ``select``) are charged item by
item. ``weave_guards`` puts the loop, size and weigh guards into a compiled template's tree;
``sandbox.LetterSandbox`` calls the others from its hooks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.filters import FILTERS

from advocate_app.core.sandbox_budget import (
    OverBudget,
    Refused,
    afford,
    charge,
    count_include,
    current_budget,
    rendering,
    spend,
    tick,
    weight,
)

MAX_NUMBER_ARG = 10_000  # widths, counts, repeats passed to methods and filters
MAX_RANGE = 10_000

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


def check_size(value: Any) -> Any:
    """The SIZE filter: what ``~`` and list/dict literals built."""
    tick()
    return charge(value)


def weigh(value: Any) -> Any:
    """The WEIGH filter: ``value`` is about to be turned into text; price it first."""
    if rendering() and not isinstance(value, str):
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
            spend(literal)
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
        if plain and rendering():
            cap = current_budget().allocation
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
        _check_power(left, right)
    elif operator == "*":
        _check_product(left, right)
    elif operator == "+" and isinstance(left, (str, list, tuple)):
        _check_concatenation(left, right)


def _check_power(left: Any, right: Any) -> None:
    if abs(number(right)) > 64 or abs(number(left)) > 10**6:
        raise Refused("the power is too large")
    int_bits = current_budget().int_bits
    if isinstance(left, int) and isinstance(right, int) and right > 0:
        if max(1, abs(left).bit_length()) * right > int_bits:
            raise OverBudget(f"a power over {int_bits} bits")


def _check_product(left: Any, right: Any) -> None:
    """Two integers by their bit lengths; a repeated string or list by its length and weight."""
    budget = current_budget()
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > budget.int_bits:
            raise OverBudget(f"a product over {budget.int_bits} bits")
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
            if len(seq) * times > budget.value_length:
                raise Refused("repeating this would build a value that is too long")
            afford(weight(seq) * max(0, times), "repeating a value")


def _check_concatenation(left: str | list[Any] | tuple[Any, ...], right: Any) -> None:
    if hasattr(right, "__len__") and len(left) + len(right) > current_budget().value_length:
        raise Refused("joining these values would build a value that is too long")
    afford(weight(left) + weight(right), "joining values")


def check_include(sources: Iterable[str]) -> None:
    """An include, import or extends: counted, and its nesting measured."""
    if not rendering():
        return
    tick()
    budget = current_budget()
    count_include()
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
    if rendering():
        tick()
        if not isinstance(value, str):
            afford(weight(value), "printing a value")
        spend(_text_len(value))
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
