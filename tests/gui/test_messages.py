"""Core's messages in the window: every code in Spanish, with its arguments filled in."""

from __future__ import annotations

import re

import pytest

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import CATALOGUE, Message, placeholders
from tests.core.test_messages import sample_args

# Codes whose Spanish is, by nature, the same text as the English (none yet).
SAME_IN_SPANISH: frozenset[str] = frozenset()


@pytest.fixture
def spanish(qapp):
    from advocate_app.gui.i18n import install_translators

    assert install_translators("es") == "es"
    yield
    install_translators("en")


def test_every_code_has_spanish_with_its_arguments_filled(spanish) -> None:
    from advocate_app.gui.messages import localize

    for code in CATALOGUE:
        args = sample_args(code)
        english = Message(code, **args)
        shown = localize(english)
        assert shown.strip(), code
        assert code in SAME_IN_SPANISH or shown != str(english), f"{code} has no Spanish"
        assert not re.search(r"\{\w+\}", shown), (code, shown)
        for name in args:
            # An ordinal congress comes as "x" (119) and "x_ordinal" ("119th"): either will do.
            base = name.removesuffix("_ordinal")
            pair = {args[n] for n in (base, f"{base}_ordinal") if n in args}
            assert any(value in shown for value in pair), (code, name, shown)


def test_the_window_says_a_core_error_and_a_nested_message_in_spanish(spanish) -> None:
    from advocate_app.gui.context import error_text
    from advocate_app.gui.messages import localize

    for code in CATALOGUE:
        names = sorted(placeholders(CATALOGUE[code]))
        if names:
            break
    else:  # pragma: no cover - the catalogue has messages with arguments
        pytest.fail("no message with arguments")
    inner_code = next(c for c in CATALOGUE if not placeholders(CATALOGUE[c]))
    inner = Message(inner_code)
    outer = Message(code, **{n: inner for n in names})
    assert str(inner) in outer  # English all through
    shown = localize(outer)
    assert localize(inner) in shown and str(inner) not in shown
    assert error_text(InputProblem(outer)) == shown
    assert localize("plain words") == "plain words"


def test_the_spanish_window_says_lookup_failures_and_notes_in_spanish(
    qtbot, httpserver, gui_services, make_window
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit
    from werkzeug import Response

    from tests.conftest import serve_census
    from tests.gui.conftest import AUSTIN, by_name, click
    from tests.gui.test_accessibility import fill_you_es

    serve_census(httpserver, {AUSTIN: Response("busy", status=503, headers={"Retry-After": "0"})})
    services = gui_services()
    services.settings.set("ui.language", "es")
    window = make_window(services)
    try:
        fill_you_es(qtbot, window)
        click(qtbot, window, "Buscar a mis representantes")
        assert window.banner.kind == "error"
        assert window.banner.text.startswith("El servicio de direcciones del Censo tiene problemas")
        assert "(error 503)" in window.banner.text

        for label in ("Dirección", "Ciudad"):  # a ZIP alone, split between two districts
            by_name(window, label, QLineEdit).clear()
        zip_field = by_name(window, "Código postal (ZIP)", QLineEdit)
        zip_field.clear()
        qtbot.keyClicks(zip_field, "78704")
        click(qtbot, window, "Buscar a mis representantes")
        notes = [w.text() for w in window.members.notes_area.findChildren(QLabel)]
        assert any("El código postal 78704 se reparte entre 2 distritos" in t for t in notes), notes
        assert "tabla de códigos postales" in window.members.data_line.text()
        assert not any("ZIP code" in t for t in notes)
    finally:
        from advocate_app.gui.i18n import install_translators

        install_translators("en")
