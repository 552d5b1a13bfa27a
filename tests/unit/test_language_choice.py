"""The language follows the person's locale (Belgian and other forms), else English."""

from __future__ import annotations

import pytest

from app.i18n import language_from_environment


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl_BE.UTF-8", "nl"),
        ("fr_BE.UTF-8", "fr"),
        ("de_BE.UTF-8", "de"),
        ("nl_NL.UTF-8", "nl"),
        ("fr_FR", "fr"),
        ("de_DE@euro", "de"),
        ("en_GB.UTF-8", "en"),
        ("es_ES.UTF-8", "en"),
        ("C", "en"),
        ("", "en"),
    ],
)
def test_language_from_locale(monkeypatch: pytest.MonkeyPatch, lang: str, expected: str) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert language_from_environment() == expected
