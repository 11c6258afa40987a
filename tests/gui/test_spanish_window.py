"""Spanish all the way: the window in Spanish, the pack's translation present, a writer goes
through the four steps and reads no English sentence; a pack without Spanish says so."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.conftest import serve_census
from tests.gui.conftest import AUSTIN, austin_answer

# Common English words that never appear in Spanish prose (nor in names): one of them in
# the visible text means an English sentence or label slipped through.
ENGLISH = frozenset(
    "the and your you letter letters please dear sincerely this that with from what which "
    "who will would should have has was were members member representative representatives "
    "senator senators story write send save print step next back find campaign points "
    "talking preview house senate bill bills cosponsor support thank thanks here there "
    "about into their they our we not only English Spanish".lower().split()
)
# What may stay English: the official bill labels and proper names (people, places, streets,
# the act's own short name, the app).
ALLOWED = (
    "H.R. 3921",
    "S. 1829",
    "STOP CSAM",
    "CyberTipline",
    "Advocate",
    "Congress Ave",
    "House Office Building",
    "Senate Office Building",
)  # postal names of the buildings
STORY_ES = "Entreno a niñas en Austin y he visto lo que estas aplicaciones les hacen."


@pytest.fixture
def spanish(qapp):
    from advocate_app.gui.i18n import install_translators

    assert install_translators("es") == "es"
    yield
    install_translators("en")


def spanish_services(gui_services):
    services = gui_services()
    services.settings.set("ui.language", "es")  # the window is built in Spanish
    return services


def visible_text(window: QWidget) -> str:
    parts: list[str] = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel):
            parts.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            parts.extend([w.toPlainText(), w.placeholderText()])
        elif isinstance(w, QTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QLineEdit):
            parts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            parts.append(w.currentText())
        elif isinstance(w, QGroupBox):
            parts.append(w.title())
        elif isinstance(w, QTabBar):
            parts.extend(w.tabText(i) for i in range(w.count()))
    for action in window.menuBar().actions():
        parts.append(action.text())
    return "\n".join(p for p in parts if p)


def english_words(text: str, names: tuple[str, ...] = ()) -> list[str]:
    for allowed in (*ALLOWED, *names):
        text = text.replace(allowed, " ")
    text = re.sub(r"\S+@\S+", " ", text)  # email addresses
    text = re.sub(r"(?m)(^|\s)/\S.*$", " ", text)  # file paths (the folder letters go to)
    words = re.findall(r"[A-Za-z]+", text.replace("&", ""))
    return sorted({w for w in words if w.lower() in ENGLISH})


def test_a_spanish_writer_reads_spanish_in_all_four_steps(
    spanish, qtbot, httpserver, gui_services, make_window
) -> None:
    serve_census(httpserver, {AUSTIN: austin_answer()})
    window = make_window(spanish_services(gui_services))
    names = ("Maria Lopez", "Lloyd Doggett", "John Cornyn", "Ted Cruz", "Doggett", "Cornyn",
             "Cruz", "Austin", "Texas", "TX")  # fmt: skip
    you = window.you
    for field, text in ((you.name, "Maria Lopez"), (you.street, "1100 Congress Ave"),
                        (you.city, "Austin"), (you.zip, "78701")):  # fmt: skip
        qtbot.keyClicks(field, text)
    you.state.setCurrentIndex(you.state.findData("TX"))
    assert you.find.text().replace("&", "").startswith("Buscar")  # the window is in Spanish
    assert english_words(visible_text(window), names) == []  # step 1
    qtbot.mouseClick(you.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_step() == 1)
    assert english_words(visible_text(window), names) == []  # step 2

    assert window.go_to(2)
    page = window.letter
    assert (
        page.spanish_letter.isVisibleTo(window) and page.spanish_letter.text() == "Carta en español"
    )
    assert not page.spanish_letter.isChecked()  # English is the default letter language
    assert "inglés" in page.language_note.text()
    assert page.summary.text().startswith("Pida a sus miembros del Congreso")
    page.story.insertPlainText(STORY_ES)  # keyClicks cannot type ñ
    page.spanish_letter.setChecked(True)
    qtbot.waitUntil(lambda: all(
        "Atentamente," in p.footer.text() and STORY_ES in p.body.toPlainText()
        for p in page.previews.values()
    ) and len(page.previews) == 3)  # fmt: skip
    texts = [p.header.text() for p in page.previews.values()]
    assert any("Estimado Representante Doggett:" in t for t in texts)
    assert any("Estimado Senador Cruz:" in t for t in texts)
    tabs = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert any("Senador Cruz" in t for t in tabs), tabs  # the data's gender, on screen too
    page.both_previews.setChecked(True)  # both versions on request
    qtbot.waitUntil(lambda: "Dear " in page.other_language.preview.toPlainText())
    assert page.other_language.caption.text() == "La misma carta en inglés:"
    page.both_previews.setChecked(False)
    assert english_words(visible_text(window), names) == []  # step 3, letters in Spanish

    assert window.go_to(3)
    assert english_words(visible_text(window), names) == []  # step 4
    assert window.ctx.session.letter_language == "es"
    assert {letter.language for letter in window.ctx.session.final_letters()} == {"es"}


def test_a_pack_without_spanish_says_so_in_the_spanish_window(
    spanish, qtbot, httpserver, gui_services, make_window, tmp_path
) -> None:
    from advocate_app.core.campaigns import load_campaign
    from tests.support.packs import write_pack

    window = make_window(spanish_services(gui_services))
    page = window.letter
    campaign = load_campaign(write_pack(tmp_path / "pack"))
    page._on_campaigns_loaded([campaign])
    assert page.language_note.text().startswith("Esta campaña solo está en inglés")
    assert not page.spanish_letter.isHidden() and not page.spanish_letter.isEnabled()
    assert page.summary.text().startswith("A campaign for tests.")  # the English content


def test_the_menus_are_spanish_too(spanish, gui_services, make_window) -> None:
    """The menus live in a mixin (``WindowMenus``): their strings must be found in Spanish at
    run time, where Qt asks in the final class's context."""
    window = make_window(spanish_services(gui_services))
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&File" not in titles and "&Help" not in titles, titles
    assert "&Archivo" in titles and "A&yuda" in titles, titles
