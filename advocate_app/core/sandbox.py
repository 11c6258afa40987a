"""A Jinja2 sandbox for letter templates from campaign packs (untrusted input).

Organizers write and share packs, so a template is treated like code from a stranger:

- ``ImmutableSandboxedEnvironment``: no private or internal attributes (``__class__``,
  ``__globals__``, ``mro``, frames, ...), no mutation of lists or dicts, no ``str.format``.
- A static check of every template when it is compiled, so an escape attempt is refused when
  the pack is checked or loaded, not only if a branch happens to run.
- Only the templates of the pack itself can be included, imported or extended.
- ``StrictUndefined``: a misspelt variable is an error with its line, not a silent blank.
- A render budget (``sandbox_budget.RenderBudget``): wall time, steps, output, everything
  the template builds, include depth and count, integer size, enforced where the work
  happens (``sandbox_guards``: includes, filters, ``map``/``join``/``*``, numbers) and, for
  operations that could be huge in one go, before they run. A breach reads
  ``file:line: the template does more work than a letter needs``.
- ``render_abandonable`` runs a render on a worker thread and stops waiting for it after
  its deadline, so a caller is never held by a template.

Every failure becomes a ``TemplateError`` (or its subclass ``SecurityError``), an
``InputProblem`` whose message reads ``file:line: message``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.filters import FILTERS
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

from advocate_app.core import sandbox_guards as guards
from advocate_app.core.errors import InputProblem
from advocate_app.core.sandbox_budget import (
    DEFAULT_BUDGET,
    MAX_TEMPLATE_CHARS,
    WORK_MESSAGE,
    OverBudget,
    Refused,
    RenderBudget,
    charge,
    end_render,
    start_render,
    tick,
)
from advocate_app.core.sandbox_guards import ALLOWED_FILTERS, UNSAFE_ATTRIBUTES

log = logging.getLogger(__name__)


class TemplateError(InputProblem):
    """A template that cannot be used; ``str()`` is ``file:line: message``."""

    def __init__(self, template: str, line: int, reason: str, *, detail: str = "") -> None:
        self.template = template
        self.line = line
        self.reason = reason
        where = f"{template}:{line}" if line else template
        super().__init__(f"{where}: {reason}", detail=detail)


class SecurityError(TemplateError):
    """The template tried to leave the sandbox or to exhaust the computer."""


class LetterUndefined(jinja2.StrictUndefined):
    """StrictUndefined with messages an organizer can act on."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        name = self._undefined_name
        obj = self._undefined_obj
        if obj is missing:
            return (
                f"'{name}' is not defined (a letter template can use: {', '.join(CONTEXT_NAMES)})"
            )
        if isinstance(obj, Fields):
            return f"{obj._label} has no field '{name}' (it has: {', '.join(obj)})"
        return f"a {type(obj).__name__} value has no '{name}'"


CONTEXT_NAMES = ("constituent", "member", "bill", "campaign", "talking_points", "story", "today")


class Fields(dict):  # type: ignore[type-arg]
    """A read-only record for templates; its label names it in error messages."""

    __slots__ = ("_label",)  # private: a template's ``bill.label`` must reach the key, not this

    def __init__(self, label: str, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self._label = label


class _PackLoader(jinja2.BaseLoader):
    """Templates come from the pack's own files (already read into memory), nowhere else."""

    def __init__(self, sources: Mapping[str, str]) -> None:
        self.sources = dict(sources)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if template not in self.sources:
            raise jinja2.TemplateNotFound(template)
        return self.sources[template], template, lambda: True

    def list_templates(self) -> list[str]:
        return sorted(self.sources)


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The environment for one pack's templates."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, sources: Mapping[str, str], budget: RenderBudget = DEFAULT_BUDGET) -> None:
        super().__init__(
            loader=_PackLoader(sources),
            undefined=LetterUndefined,
            autoescape=False,  # plain-text letters; exporters escape for their own formats
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
            cache_size=64,
            optimized=False,  # no constant folding: every filter and guard runs at render time
            finalize=guards.finalize,
        )
        self.budget = budget
        self.globals.clear()
        self.globals["range"] = guards.guarded_range
        self.filters = {name: guards.guard_filter(FILTERS[name]) for name in ALLOWED_FILTERS}
        self.filters[guards.LOOP_FILTER] = guards.loop_guard
        self.filters[guards.SIZE_FILTER] = guards.check_size
        self.filters[guards.WEIGH_FILTER] = guards.weigh

    # --- runtime checks ----------------------------------------------------------------
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return attr not in UNSAFE_ATTRIBUTES and super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if getattr(value, "__name__", None) in ("format", "format_map") and isinstance(
            getattr(value, "__self__", None), str
        ):

            def refused(*args: Any, **kwargs: Any) -> str:
                raise Refused("str.format is not available in letter templates; use ~ to join text")

            return refused
        return None

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str):
            raise Refused("'%' formatting of text is not available in letter templates")
        guards.check_binop(operator, left, right)
        return charge(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        tick()
        guards.check_numbers(args)
        guards.check_numbers(kwargs.values())
        guards.check_method(__obj, args, kwargs)
        return charge(super().call(__context, __obj, *args, **kwargs))

    # --- includes, imports and extends: counted and their nesting measured ---------------
    def get_template(self, name: Any, parent: str | None = None, globals: Any = None) -> Any:  # noqa: A002
        if parent is not None:
            guards.check_include(self._names())
        return super().get_template(name, parent, globals)

    def select_template(self, names: Any, parent: str | None = None, globals: Any = None) -> Any:  # noqa: A002
        if parent is not None:
            guards.check_include(self._names())
        return super().select_template(names, parent, globals)

    def _names(self) -> Iterable[str]:
        return self.loader.sources if isinstance(self.loader, _PackLoader) else ()

    # --- compile-time: static check, then loop and size guards woven into the tree -------
    def _generate(
        self,
        source: nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        _static_check(source, name or "<template>", self)
        guards.weave_guards(source, self)
        return super()._generate(source, name, filename, defer_init=defer_init)


def _unsafe_name(attr: str) -> bool:
    return attr.startswith("_") or attr in UNSAFE_ATTRIBUTES


def _static_check(tree: nodes.Template, name: str, env: LetterSandbox) -> None:
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Test)):
        if isinstance(node, nodes.Getattr):
            attr = node.attr
        elif isinstance(node, nodes.Getitem):
            attr = node.arg.value if isinstance(node.arg, nodes.Const) else None
            attr = attr if isinstance(attr, str) else None
        else:
            table = env.filters if isinstance(node, nodes.Filter) else env.tests
            if node.name not in table:
                kind = "filter" if isinstance(node, nodes.Filter) else "test"
                if node.name in FILTERS:
                    raise SecurityError(
                        name,
                        node.lineno,
                        f"the filter '{node.name}' is not available in letter templates",
                    )
                raise TemplateError(name, node.lineno, f"there is no {kind} named '{node.name}'")
            continue
        if attr is not None and _unsafe_name(attr):
            raise SecurityError(
                name,
                node.lineno,
                f"access to '{attr}' is not allowed in letter templates (blocked for safety)",
            )
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        target = node.template
        if isinstance(target, nodes.Const) and isinstance(env.loader, _PackLoader):
            if target.value not in env.loader.sources:
                raise TemplateError(
                    name, node.lineno, f"'{target.value}' is not a template in this campaign pack"
                )


# --- compile and render with errors mapped to file:line ------------------------------------
def compile_template(env: LetterSandbox, name: str) -> jinja2.Template:
    """Compile (cached by the environment); raises ``TemplateError``/``SecurityError``."""
    source = env.loader.sources.get(name) if isinstance(env.loader, _PackLoader) else None
    if source is not None and len(source) > MAX_TEMPLATE_CHARS:
        raise TemplateError(name, 0, f"the template is larger than {MAX_TEMPLATE_CHARS // 1024} KB")
    try:
        return env.get_template(name)
    except TemplateError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            exc.filename or exc.name or name, exc.lineno, _syntax_message(exc)
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            name, 0, f"'{exc.name}' is not a template in this campaign pack"
        ) from None
    except RecursionError:
        raise SecurityError(
            name, 0, "the template is nested too deeply (blocked for safety)"
        ) from None
    except Exception as exc:  # a hostile template must never crash the app
        raise TemplateError(
            name, 0, f"the template cannot be compiled: {type(exc).__name__}: {exc}"
        ) from None


def render(
    env: LetterSandbox, name: str, context: Mapping[str, Any], *, budget: RenderBudget | None = None
) -> str:
    """Render ``name`` with ``context`` within the budget (the environment's unless one is
    given); errors name the template and line."""
    template = compile_template(env, name)
    budget = budget or getattr(env, "budget", DEFAULT_BUDGET)
    start_render(budget)
    parts: list[str] = []
    size = 0
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > budget.output_chars:
                raise SecurityError(
                    name, 0, f"the letter would be longer than {budget.output_chars:,} characters"
                )
            parts.append(chunk)
    except TemplateError:
        raise
    except Exception as exc:  # template code can raise anything; never crash the app
        raise _runtime_error(exc, name, env) from None
    finally:
        end_render()
    return "".join(parts)


def render_abandonable(
    env: LetterSandbox,
    name: str,
    context: Mapping[str, Any],
    *,
    budget: RenderBudget | None = None,
    grace: float = 1.0,
) -> str:
    """``render`` on a worker thread; the caller waits at most the budget's time plus
    ``grace`` seconds, then gets the budget error and the worker is left behind (it stops
    itself at its next step, the budget being checked inside the render)."""
    budget = budget or getattr(env, "budget", DEFAULT_BUDGET)
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["text"] = render(env, name, context, budget=budget)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="advocate-render", daemon=True)
    worker.start()
    worker.join(budget.seconds + grace)
    if worker.is_alive():
        log.warning("a template render was abandoned after %.1f s", budget.seconds + grace)
        raise SecurityError(name, 0, WORK_MESSAGE, detail="render abandoned")
    if "error" in outcome:
        raise outcome["error"]
    return str(outcome["text"])


def _runtime_error(exc: BaseException, name: str, env: LetterSandbox) -> TemplateError:
    known = set(env.loader.sources) if isinstance(env.loader, _PackLoader) else {name}
    where, line = name, 0
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in known:
            where, line = filename, tb.tb_lineno
        tb = tb.tb_next
    if isinstance(exc, OverBudget):
        return SecurityError(where, line, WORK_MESSAGE, detail=str(exc))
    if isinstance(exc, MemoryError):
        return SecurityError(where, line, WORK_MESSAGE, detail="out of memory")
    if isinstance(exc, (Refused, jinja2.sandbox.SecurityError)):
        return SecurityError(where, line, f"{str(exc).rstrip('.')} (blocked for safety)")
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(where, line, str(exc))
    if isinstance(exc, RecursionError):
        return SecurityError(
            where, line, "the template calls itself too deeply (blocked for safety)"
        )
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(where, line, f"'{exc.name}' is not a template in this campaign pack")
    log.info("template raised %s", type(exc).__name__)
    return TemplateError(where, line, f"the template failed: {type(exc).__name__}: {exc}")


def _syntax_message(exc: jinja2.TemplateSyntaxError) -> str:
    message = exc.message or "syntax error"
    return message.replace("No filter named", "there is no filter named").rstrip(".")
