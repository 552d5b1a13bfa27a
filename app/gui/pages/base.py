"""What every page has: a large title, a plain-words introduction, content, and Back / primary buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.resources import resource_path


def guide_picture(name: str, height: int = 150) -> QWidget:
    """An SVG guide picture from resources/guides, scaled crisply at any DPI."""
    from PySide6.QtSvgWidgets import QSvgWidget

    widget = QSvgWidget(str(resource_path("guides", f"{name}.svg")))
    renderer = widget.renderer()
    size = renderer.defaultSize()
    width = int(height * size.width() / size.height()) if size.height() else height
    widget.setFixedSize(width, height)
    widget.setAccessibleName(name.replace("_", " "))
    return widget


def set_text(widget: QWidget, text: str) -> None:
    """Set a control's visible text and, from the same translation, its accessible name.

    One translated string serves both, so translators see each label once and the two never
    drift apart; the name drops the mnemonic "&", a trailing "…" and a trailing colon.
    """
    widget.setText(text)  # type: ignore[attr-defined]
    widget.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…: \u00a0"))


def wrapped_label(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    # Plain text unless a page asks for rich text: phone-provided strings (a model name) must
    # never be read as markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Page(QWidget):
    """A step of the check. Subclasses fill ``self.body`` and implement ``retranslate``.

    Signals:
        back_requested(): the person pressed Back.
        primary_requested(): the person pressed the page's main button.
    """

    back_requested = Signal()
    primary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setAccessibleName("page title")
        self.intro = wrapped_label()
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.primary_button = QPushButton()
        self.primary_button.setDefault(True)
        self.primary_button.setAutoDefault(True)
        self.primary_button.clicked.connect(self.primary_requested)
        self.primary_button.setMinimumHeight(34)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.extra_buttons = QHBoxLayout()
        buttons.addLayout(self.extra_buttons)
        buttons.addWidget(self.primary_button)
        outer.addLayout(buttons)

    def retranslate(self) -> None:
        """Set every visible text; called at start and whenever the language changes."""
        # Not self.tr: PySide6 takes the context from the object's runtime class (WelcomePage...), while
        # lupdate files these strings under "Page", where they are written.
        set_text(self.back_button, QCoreApplication.translate("Page", "&Back"))
        if not self.primary_button.accessibleName():
            self.primary_button.setAccessibleName(QCoreApplication.translate("Page", "Continue"))

    def step_title(self) -> str:
        return self.title.text()

    def first_focus(self) -> QWidget:
        """Where the keyboard starts on this page: its main button, unless it needs input first."""
        if self.primary_button.isVisible() and self.primary_button.isEnabled():
            return self.primary_button
        return self

    def on_enter(self) -> None:
        """Called each time the page is shown."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
