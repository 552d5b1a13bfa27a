"""Load the program's and Qt's own translations, and switch language while running."""

from __future__ import annotations

import locale
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

LANG_CODES = ("nl", "fr", "de", "en")

_installed: list[QTranslator] = []


def system_language() -> str:
    """nl_BE, fr_BE, de_BE (and their non-Belgian forms) pick that language; anything else English."""
    for candidate in (os.environ.get("LC_ALL"), os.environ.get("LANG"), QLocale.system().name(), locale.getlocale()[0]):
        if candidate:
            code = candidate[:2].lower()
            if code in LANG_CODES:
                return code
    return "en"


def set_language(code: str) -> str:
    """Install the translators for ``code`` (the window retranslates on LanguageChange). Returns the code."""
    app = QCoreApplication.instance()
    if app is None:
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("i18n", f"phone-selfcheck_{code}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    return code
