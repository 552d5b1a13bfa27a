"""Welcome: what the check does and does not do, the privacy promise, and the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QWidget

from app.gui.pages.base import Page, wrapped_label

LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("de", "Deutsch"), ("en", "English"))


class WelcomePage(Page):
    """Signals: language_chosen(str) when the person picks another language."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = wrapped_label()
        self.privacy_title = QLabel()
        self.privacy_title.setStyleSheet("font-weight: bold;")
        self.privacy = wrapped_label()
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("QFrame { background: #E3F2FD; border-radius: 6px; }")
        from PySide6.QtWidgets import QVBoxLayout

        inner = QVBoxLayout(box)
        inner.addWidget(self.privacy_title)
        inner.addWidget(self.privacy)
        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)  # each language in its own words: never translated
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(lambda i: self.language_chosen.emit(self.language.itemData(i)))
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        self.body.addWidget(self.what)
        self.body.addWidget(box)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.back_button.hide()
        self.retranslate()

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Check your phone for banned apps"))
        self.intro.setText(
            self.tr(
                "Your employer has banned some apps (such as TikTok) from phones it pays for. "
                "This program looks at your Android phone, tells you whether a banned app is on it, "
                "and helps you remove it if needed."
            )
        )
        self.what.setText(
            self.tr(
                "It does not change anything without asking you first, it does not look at your messages, "
                "photos or accounts, and it does not judge you: many phones came with these apps preinstalled."
            )
        )
        self.privacy_title.setText(self.tr("Your privacy"))
        self.privacy.setText(
            self.tr(
                "Nothing leaves this computer. The list of your apps is read only to look for banned ones "
                "and is never stored. You decide whether to save a receipt."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.primary_button.setText(self.tr("&Start"))
        self.primary_button.setAccessibleName(self.tr("Start the check"))
