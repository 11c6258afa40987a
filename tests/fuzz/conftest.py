"""Hypothesis profiles and shared helpers for the fuzz tests.

- ``ci`` (default): a few dozen examples per property, a few seconds each, derandomized so
  CI runs are repeatable; ``long`` (with ``--run-slow``): thousands, random each run.
- ``within(seconds)``: fails the example if it runs longer (a hang is a failure, not a
  stuck CI job); SIGALRM, so POSIX and the main thread only (pytest runs tests there).
- ``outcome(call)``: the property all fuzz tests share: a result or an ``AdvocateError``
  with a message a person can read; anything else fails the test with the input shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from advocate_app.core.errors import AdvocateError
from tests.support.hang import Hang, within

__all__ = ["Hang", "LONG_TEXT", "TEXT", "examples", "outcome", "within"]

T = TypeVar("T")

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("ADVOCATE_FUZZ_EXAMPLES", "40")),
    deadline=None,  # ``within`` bounds each example instead (first calls warm caches)
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],  # fmt: skip
    print_blob=True,
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],  # fmt: skip
    print_blob=True,
)


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("long" if config.getoption("--run-slow") else "ci")


def examples(n: int) -> int:
    """``n`` examples for a slow property in CI, fifty times more in the long profile."""
    return n * 50 if settings.default.max_examples > 100 else n


def outcome(call: Callable[[], T], seconds: float = 10.0) -> T | AdvocateError:
    """``call()``'s result, or the ``AdvocateError`` it raised (checked to be readable)."""
    with within(seconds):
        try:
            return call()
        except AdvocateError as error:
            message = str(error)
            assert message.strip(), "an AdvocateError without a message"
            assert "Traceback" not in message
            assert error.exit_code in (1, 2, 3)
            return error


# Text a person (or a broken program) might type: every plane, controls, NUL, RTL marks,
# emoji with joiners, lone surrogates (argv bytes that are not UTF-8 arrive as these).
NASTY_CHARS = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u202e",
     "\u200f", "\u0645", "\u05d0", "\U0001f469\u200d\U0001f467", "\ud800", "\udcff", "\ufffe",
     "\r", "\r\n", "\t", "{{", "{%", "}}", "%", "'", '"', "<", "&", "\\"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(NASTY_CHARS, st.text(max_size=5)), max_size=30).map("".join),
)
LONG_TEXT = st.one_of(
    TEXT,
    st.builds(lambda t, n: (t or "x") * n, st.text(min_size=1, max_size=10), st.integers(1, 3000)),
)
