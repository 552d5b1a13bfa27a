"""Translations for the parts without Qt (command line, errors, summaries), from the same .ts files.

The window uses Qt's translators; the command line must not load Qt, so it reads the Qt Linguist
.ts files (XML, the translators' source of truth) directly. Strings are marked with the names
pyside6-lupdate looks for: ``QT_TRANSLATE_NOOP(context, text)`` where the English text must stay
(class attributes, templates kept for later), ``translate(context, text)`` where it is shown.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache

from app.resources import resource_path

LANGS = ("nl", "fr", "de", "en")
_state = threading.local()
_default = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (English)."""
    return text


def language_from_environment() -> str:
    """The language of the person's locale: nl_BE, fr_BE, de_BE and their other forms; else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        code = value[:2].lower()
        if code in LANGS:
            return code
    return "en"


def set_language(lang: str) -> None:
    """Set the language of this thread's messages (the CLI sets it once, per run)."""
    global _default
    _default = lang if lang in LANGS else "en"
    _state.lang = _default


def current_language() -> str:
    return str(getattr(_state, "lang", _default))


@lru_cache(maxsize=8)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, finished messages only."""
    import xml.etree.ElementTree as ET  # only when a language other than English is used

    path = resource_path("i18n", f"phone-selfcheck_{lang}.ts")
    table: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return table
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source is None
                or translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
            ):
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


def translate(context: str, text: str) -> str:
    """``text`` in the current language, or the English text when there is no finished translation."""
    lang = current_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
