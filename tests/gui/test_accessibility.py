"""What a screen-reader or keyboard-only user relies on: names, labels, focus order, keys,
and the Spanish window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from tests.conftest import REPO_ROOT, serve_census
from tests.gui.conftest import AUSTIN, austin_answer, by_name, click, fill_you

CONTRACT = [
    "Full name",
    "Street address",
    "City",
    "State",
    "ZIP code",
    "Email",
    "Find my representatives",
    "Campaign",
    "Your story",
    "Save as PDF",
    "Print",
    "Email letters",
    "Open contact form",
]
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QPlainTextEdit,
    QListWidget,
    QTabWidget,
    QAbstractSpinBox,
)


def _unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in (
            "QComboBox",
            "QTabBar",
        ):
            continue
        if type(widget).__name__ in ("QToolButton",) and not widget.isVisible():
            continue
        if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _walk_steps(qtbot, httpserver, window) -> list[QWidget]:
    serve_census(httpserver, {AUSTIN: austin_answer()})
    fill_you(qtbot, window)
    pages = [window.stack.currentWidget()]
    click(qtbot, window, "Find my representatives")
    pages.append(window.stack.currentWidget())
    click(qtbot, window, "Next")
    pages.append(window.stack.currentWidget())
    click(qtbot, window, "Next")
    pages.append(window.stack.currentWidget())
    return pages


def test_every_control_has_a_name_and_the_contract_names_exist(
    qtbot, httpserver, gui_services, make_window
) -> None:
    window = make_window(gui_services())
    seen: set[str] = set()
    for step in range(4):
        if step:
            {
                1: lambda: click(qtbot, window, "Find my representatives"),
                2: lambda: click(qtbot, window, "Next"),
                3: lambda: click(qtbot, window, "Next"),
            }[step]()
        else:
            serve_census(httpserver, {AUSTIN: austin_answer()})
            fill_you(qtbot, window)
        assert window.current_step() == step
        assert _unnamed_controls(window) == [], f"step {step}"
        seen |= {w.accessibleName() for w in window.findChildren(QWidget) if w.isVisibleTo(window)}
    assert [name for name in CONTRACT if name not in seen] == []
    assert (
        by_name(window, "Letter to Senator Ted Cruz", QPlainTextEdit, visible=False).isReadOnly()
        is False
    )


def test_every_field_label_has_a_buddy(qtbot, gui_services, make_window) -> None:
    window = make_window(gui_services())
    window.open_settings("")
    for root in (window, window.settings_dialog):
        for label in root.findChildren(QLabel):
            if label.text().rstrip().endswith(":") and "&" in label.text():
                assert label.buddy() is not None, label.text()
    window.settings_dialog.reject()


def test_tab_order_on_the_first_step_follows_the_form(qtbot, gui_services, make_window) -> None:
    window = make_window(gui_services())
    order = []
    widget = by_name(window, "Full name")
    for _ in range(9):
        order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(
            window
        ):
            widget = widget.nextInFocusChain()
    assert order == [
        "Full name",
        "Street address",
        "City",
        "State",
        "ZIP code",
        "Email",
        "Phone",
        "Remember my details on this computer",
        "Find my representatives",
    ]


def test_keyboard_shortcuts_move_between_steps(
    qtbot, httpserver, gui_services, make_window
) -> None:
    window = make_window(gui_services())
    _walk_steps(qtbot, httpserver, window)
    assert window.current_step() == 3
    qtbot.waitUntil(lambda: not window._shortcuts)  # keys are given just after the first paint
    for step, keys in ((0, "Ctrl+1"), (2, "Ctrl+3")):
        action = next(
            a
            for a in window.findChildren(type(window.new_action))
            if a.shortcut().toString() == keys
        )
        action.trigger()
        assert window.current_step() == step
    window.go_back()
    assert window.current_step() == 1


def test_the_window_in_spanish(qtbot, httpserver, gui_services, make_window) -> None:
    services = gui_services()
    services.settings.set("ui.language", "es")
    window = make_window(services)
    try:
        assert window.steps.text(0) == "1. Usted"
        assert by_name(window, "Nombre completo", QLineEdit)
        assert (
            by_name(window, "Buscar a mis representantes").text().replace("&", "")
            == "Buscar a mis representantes"
        )
        serve_census(httpserver, {AUSTIN: austin_answer()})
        fill_you_es(qtbot, window)
        click(qtbot, window, "Buscar a mis representantes")
        assert window.current_step() == 1
        click(qtbot, window, "Siguiente")
        body = by_name(
            window, "Carta para Senador Ted Cruz", QPlainTextEdit, visible=False
        )  # the data gives his gender
        assert body.toPlainText().startswith("My name is")  # letters keep the campaign's language
    finally:
        from advocate_app.gui.i18n import install_translators

        install_translators("en")


def fill_you_es(qtbot, window) -> None:
    for label, text in (
        ("Nombre completo", "Maria Lopez"),
        ("Dirección", "1100 Congress Ave"),
        ("Ciudad", "Austin"),
        ("Código postal (ZIP)", "78701"),
    ):
        qtbot.keyClicks(by_name(window, label, QLineEdit), text)
    combo = by_name(window, "Estado", QComboBox)
    combo.setCurrentIndex(combo.findData("TX"))


def test_spanish_translation_is_complete() -> None:
    ts = ET.parse(REPO_ROOT / "resources" / "i18n" / "advocate_es.ts")
    unfinished = [
        m.findtext("source")
        for m in ts.iter("message")
        if (m.find("translation").get("type") or "") in ("unfinished",)
        or not (
            (m.findtext("translation") or "").strip()
            or all((f.text or "").strip() for f in m.find("translation").findall("numerusform"))
            and m.find("translation").findall("numerusform")
        )
    ]
    assert unfinished == []
    for message in ts.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if message.findtext("comment") == "ordinal":  # may write a congress as 119th or 119
            continue
        forms = [f.text or "" for f in message.iter("numerusform")] or [translation]
        for form in forms:  # each plural form keeps the placeholders
            assert set(re.findall(r"\{\d\}", source)) == set(re.findall(r"\{\d\}", form)), source
    assert (REPO_ROOT / "resources" / "i18n" / "advocate_es.qm").stat().st_size > 1000
