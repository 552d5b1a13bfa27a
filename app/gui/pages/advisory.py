"""Advisory: a personal phone with a banned app. The risks in the policy's words; remove anyway or acknowledge."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.policy import Policy
from app.gui.pages.base import Page, set_text, wrapped_label


class AdvisoryPage(Page):
    """Signals: remove_anyway_requested(), acknowledged(str name)."""

    remove_anyway_requested = Signal()
    acknowledged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: Policy | None = None
        self.lang = "en"
        self.advice = wrapped_label(selectable=True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.advice)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.textChanged.connect(self._update)
        self.name.returnPressed.connect(self._enter_in_name)
        self.read = QCheckBox()
        self.read.toggled.connect(self._update)
        form.addRow(self.read)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_anyway_requested)
        self.extra_buttons.addWidget(self.remove_button)
        self.primary_requested.connect(lambda: self.acknowledged.emit(self.name.text().strip()))
        self.retranslate()

    def set_policy(self, policy: Policy, lang: str) -> None:
        self.policy = policy
        self.lang = lang
        self.retranslate()

    def _enter_in_name(self) -> None:
        # Outside a dialog, Enter in a field does not press the default button.
        if self.primary_button.isEnabled():
            self.primary_button.click()

    def advisory_text(self) -> str:
        """The advice exactly as shown, in the language shown: recorded on the receipt."""
        return self.policy.text("advisory", self.lang) if self.policy else ""

    def _update(self) -> None:
        self.primary_button.setEnabled(self.read.isChecked() and bool(self.name.text().strip()))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Advice for your personal phone"))
        self.intro.setText(
            self.tr(
                "The ban does not cover this phone, so you do not have to remove the app. "
                "Your employer advises you not to keep it, for these reasons."
            )
        )
        if self.policy is not None:
            why = self.tr("Why:")
            self.advice.setText(
                f"<p>{html.escape(self.policy.text('advisory', self.lang))}</p>"
                f"<p><b>{html.escape(why)}</b> {html.escape(self.policy.text('reasons', self.lang))}</p>"
            )
        self.read.setText(self.tr("I have &read this advice"))
        self.name.setPlaceholderText(self.tr("Your full name"))
        self.name.setAccessibleName(self.tr("Your full name"))
        self.name_label.setText(self.tr("&Name:"))
        set_text(self.remove_button, self.tr("Remove it &anyway…"))
        set_text(self.primary_button, self.tr("Ac&knowledge and continue"))
        self._update()
