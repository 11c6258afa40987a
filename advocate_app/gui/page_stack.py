"""The main window's pages, one per step, each built the first time it is needed.

Why: start-up builds only step 1 ("You"). Steps 2-4 (members, letter, send) and what they
import (letters, exporters, the keyring, jinja2) wait until the person gets there or the
session needs them; until then a step holds an empty placeholder. Issue 15 measures this
against a bare Qt window (benchmarks/bench_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget

# A step's builder: returns (the page, the widget the stack shows: the page or its scroller).
Builder = Callable[[], tuple[Any, QWidget]]


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[Any] = []  # None until built
        self._builders: list[Builder | None] = []

    def add_page(self, page: QWidget, shown: QWidget) -> None:
        """A step built now (``shown``: ``page`` or the scroll area holding it)."""
        self._pages.append(page)
        self._builders.append(None)
        self.addWidget(shown)

    def add_later(self, builder: Builder) -> None:
        """A step built by ``builder`` when first needed."""
        self._pages.append(None)
        self._builders.append(builder)
        self.addWidget(QWidget())

    def built(self, index: int) -> Any:
        """The page of step ``index`` if it was built, else None."""
        return self._pages[index]

    def page(self, index: int) -> Any:
        """The page of step ``index``, built now if it was not yet."""
        if self._pages[index] is None:
            builder = self._builders[index]
            assert builder is not None
            page, shown = builder()
            self._pages[index], self._builders[index] = page, None
            current = self.currentIndex()
            placeholder = self.widget(index)
            self.insertWidget(index, shown)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            self.setCurrentIndex(current)
        return self._pages[index]
