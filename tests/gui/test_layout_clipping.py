"""No text is cut off: every page, in every language and with text 30 % longer than English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.core.scope import Ownership
from tests.gui.conftest import wait_page


class Stretch(QTranslator):
    """A pseudo-language: every text 30 % longer, as German or French often are."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:  # type: ignore[override]
        if not source:
            return source
        return source + "·" * max(2, round(len(source) * 0.3))


def clipped(page: QWidget) -> list[str]:
    problems = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.width() < w.minimumSizeHint().width():
                problems.append(f"label {w.text()[:40]!r}: {w.width()} < {w.minimumSizeHint().width()}")
        elif isinstance(w, QLabel) and w.text() and w.wordWrap() and w.hasHeightForWidth():
            needed = w.heightForWidth(w.width())
            if w.height() + 2 < needed:
                problems.append(f"wrapped label {w.text()[:40]!r}: height {w.height()} < {needed}")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width():
            problems.append(f"button {w.text()[:40]!r}: {w.width()} < {w.sizeHint().width()}")
    return problems


def visit_every_page(qtbot: Any, w: Any) -> dict[str, list[str]]:
    from app.core.remediation import plan_removal

    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        qtbot.wait(30)
        found[name] = clipped(w.current_page())
        # Layouts grow the window instead of cutting text: it must still fit a small laptop screen.
        hint = w.minimumSizeHint()
        if hint.width() > 1024 or hint.height() > 740:
            found[name].append(f"window needs {hint.width()}x{hint.height()}, more than 1024x740")

    check("welcome")
    w.go(w.connect_page)
    check("connect_searching")
    qtbot.waitUntil(w.connect_page.primary_button.isEnabled, timeout=10000)
    check("connect_found")
    w.connect_page.show_prompt()
    check("connect_prompt")
    w.connect_page._retry()
    wait_page(qtbot, w, w.ownership)
    w.ownership.set_ownership(Ownership.PERSONAL)
    check("ownership_mismatch")
    w.ownership.set_ownership(Ownership.SERVICE)
    w._scan()
    check("scan")
    wait_page(qtbot, w, w.result)
    check("result")
    w.removal.set_plan(plan_removal(w.result.assessment))
    w.go(w.removal)
    w.removal.primary_button.click()
    check("removal_confirm")
    w.advisory.set_policy(w.result.assessment.policy, w.lang)
    w.go(w.advisory)
    check("advisory")
    w._open_receipt()
    check("receipt")
    w.go(w.finish)
    check("finish")
    return found


@pytest.mark.parametrize("lang", ["pseudo", "nl", "fr", "de"])
def test_no_text_is_clipped(qtbot: Any, make_window: Any, lang: str) -> None:
    translator = None
    if lang == "pseudo":
        translator = Stretch()
        QCoreApplication.instance().installTranslator(translator)
    try:
        w = make_window(demo="service_tiktok", lang="en" if lang == "pseudo" else lang)
        w.resize(980, 700)
        problems = {page: p for page, p in visit_every_page(qtbot, w).items() if p}
    finally:
        if translator is not None:
            QCoreApplication.instance().removeTranslator(translator)
    assert problems == {}


def test_stretched_texts_really_are_longer(qtbot: Any, make_window: Any) -> None:
    """The pseudo-language must reach the widgets, or the clipping test above proves nothing."""
    translator = Stretch()
    QCoreApplication.instance().installTranslator(translator)
    try:
        w = make_window(demo="service_tiktok", lang="en")
        assert w.welcome.primary_button.text().endswith("··")
        assert w.welcome.title.text().endswith("···")
    finally:
        QCoreApplication.instance().removeTranslator(translator)


def test_switching_language_retranslates_in_place(qtbot: Any, make_window: Any) -> None:
    w = make_window(demo="service_tiktok", lang="en")
    english = w.welcome.title.text()
    w.change_language("nl")
    try:
        qtbot.waitUntil(lambda: w.welcome.title.text() != english, timeout=3000)  # LanguageChange is posted
        assert w.welcome.title.text() == "Controleer uw telefoon op verboden apps"
        assert w.language_menu.title() != "&Language"
        w.change_language("en")
        qtbot.waitUntil(lambda: w.welcome.title.text() == english, timeout=3000)
    finally:
        w.change_language("en")


def test_focus_lands_on_the_main_button(qtbot: Any, make_window: Any) -> None:
    w = make_window(demo="service_tiktok")
    w.activateWindow()
    qtbot.waitUntil(lambda: w.focusWidget() is w.welcome.primary_button, timeout=5000)
    assert w.welcome.primary_button.isDefault()
    assert Qt.FocusPolicy.StrongFocus == w.welcome.primary_button.focusPolicy()
