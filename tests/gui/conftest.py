"""Fixtures for the window's tests: the real app against local stand-ins, driven by name.

Widgets are found by their accessible names, as a screen reader finds them. The task runner
is the inline one unless a test needs real threads; the URL opener and the clipboard are
recorders, so no browser opens.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import FIXTURES

AUSTIN = "1100 Congress Ave, Austin, TX 78701"
AUSTIN_FIXTURE = FIXTURES / "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"
STORY = "I coach girls' soccer in Austin and I have seen what these apps do to children."
CONGRESS_PREFIX = "/congress"


@dataclass
class Hooks:
    """What the window asked the desktop to do."""

    urls: list[str] = field(default_factory=list)
    clipboard: list[str] = field(default_factory=list)

    def open_url(self, url: str) -> bool:
        self.urls.append(url)
        return True

    def copy(self, text: str) -> None:
        self.clipboard.append(text)


def austin_answer() -> dict:
    return json.loads(AUSTIN_FIXTURE.read_text(encoding="utf-8"))


def serve_congress(httpserver) -> None:
    """Congress.gov stand-in: both bills exist, nobody cosponsors yet."""
    from werkzeug import Request, Response

    def handler(request: Request) -> Response:
        if request.path.endswith("/cosponsors"):
            body = {"cosponsors": [], "pagination": {"count": 0}}
        else:
            body = {
                "bill": {
                    "title": "STOP CSAM Act of 2025",
                    "sponsors": [],
                    "latestAction": {"actionDate": "2025-06-11", "text": "Referred."},
                }
            }
        return Response(json.dumps(body), content_type="application/json")

    for path in ("/bill/119/hr/3921", "/bill/119/s/1829"):
        httpserver.expect_request(CONGRESS_PREFIX + path).respond_with_handler(handler)
        httpserver.expect_request(CONGRESS_PREFIX + path + "/cosponsors").respond_with_handler(
            handler
        )


@pytest.fixture
def hooks() -> Hooks:
    return Hooks()


@pytest.fixture
def gui_services(services_factory, httpserver):
    """Real Services against local stand-ins, with the datasets already downloaded."""

    def build(download: bool = True, **env: str):
        serve_congress(httpserver)
        env.setdefault("ADVOCATE_CONGRESS_API_URL", httpserver.url_for(CONGRESS_PREFIX))
        services = services_factory(**env)
        if download:
            services.datasets.update_all()
        return services

    return build


@pytest.fixture
def make_window(qtbot, hooks):
    """``make_window(services, runner=None)``: the real window, shown, with recorders."""
    from advocate_app.gui.build import build_main_window
    from advocate_app.gui.tasks import InlineRunner

    def build(services, runner=None, show: bool = True):
        window = build_main_window(
            services,
            runner=runner or InlineRunner(),
            url_opener=hooks.open_url,
            clipboard=hooks.copy,
        )
        qtbot.addWidget(window)
        if show:
            window.resize(1000, 720)
            window.show()
            qtbot.waitExposed(window)
        return window

    return build


def by_name(root: QWidget, name: str, kind: type = QWidget, *, visible: bool = True) -> QWidget:
    """The one widget under ``root`` with this accessible name (visible ones, by default)."""
    found = [
        w
        for w in root.findChildren(kind)
        if w.accessibleName() == name and (not visible or w.isVisibleTo(root))
    ]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def all_named(root: QWidget, name: str, kind: type = QWidget) -> list[QWidget]:
    return [
        w for w in root.findChildren(kind) if w.accessibleName() == name and w.isVisibleTo(root)
    ]


def fill_you(
    qtbot,
    window,
    *,
    name: str = "Maria Lopez",
    street: str = "1100 Congress Ave",
    city: str = "Austin",
    state: str = "TX",
    zip_code: str = "78701",
    email: str = "maria@example.org",
) -> None:
    """Type the person's details the way a person does."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    for label, text in (
        ("Full name", name),
        ("Street address", street),
        ("City", city),
        ("ZIP code", zip_code),
        ("Email", email),
    ):
        field = by_name(window, label, QLineEdit)
        field.clear()
        if text:
            qtbot.keyClicks(field, text)
    combo = by_name(window, "State", QComboBox)
    combo.setCurrentIndex(max(0, combo.findData(state)))


def click(qtbot, window, name: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    button = by_name(window, name, QAbstractButton)
    assert button.isEnabled(), f"{name!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


Finder = Callable[..., QWidget]
