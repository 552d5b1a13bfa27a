"""Ownership: who pays for the phone, beside what the phone itself says, with a warning when they disagree."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QFrame, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.core.inventory import Management
from app.core.scope import Ownership, Signals, decide_scope
from app.gui.pages.base import Page, set_text, wrapped_label


class OwnershipPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signals: Signals | None = None
        self.question = QGroupBox()
        layout = QVBoxLayout(self.question)
        self.group = QButtonGroup(self)
        self.radios: dict[Ownership, QRadioButton] = {}
        for own in (Ownership.SERVICE, Ownership.SHARED, Ownership.PERSONAL):
            radio = QRadioButton()
            self.radios[own] = radio
            self.group.addButton(radio)
            layout.addWidget(radio)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.body.addWidget(self.question)

        self.phone_box = QFrame()
        self.phone_box.setFrameShape(QFrame.Shape.StyledPanel)
        phone_layout = QVBoxLayout(self.phone_box)
        self.phone_title = QLabel()
        self.phone_title.setStyleSheet("font-weight: bold;")
        self.phone_says = wrapped_label()
        phone_layout.addWidget(self.phone_title)
        phone_layout.addWidget(self.phone_says)
        self.body.addWidget(self.phone_box)

        self.mismatch = wrapped_label()
        self.mismatch.setStyleSheet("QLabel { background: #FFF3E0; color: #8A3B00; padding: 8px; border-radius: 6px; }")
        self.mismatch.setAccessibleName("mismatch warning")
        self.body.addWidget(self.mismatch)
        self.body.addStretch(1)
        self.retranslate()

    def set_signals(self, signals: Signals | None) -> None:
        self.signals = signals
        self._update()

    def ownership(self) -> Ownership | None:
        return next((own for own, radio in self.radios.items() if radio.isChecked()), None)

    def set_ownership(self, own: Ownership) -> None:
        if own in self.radios:
            self.radios[own].setChecked(True)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for radio in self.radios.values():
            radio.setChecked(False)
        self.group.setExclusive(True)
        self.signals = None
        self._update()

    def _phone_text(self) -> str:
        s = self.signals
        if s is None:
            return self.tr("Reading what the phone says about itself…")
        if s.management is Management.FULLY_MANAGED:
            return self.tr(
                "This phone is managed by an organisation (device owner: {0}). Phones like this are usually "
                "paid for by the employer."
            ).format(s.device_owner)
        if s.management is Management.ORG_OWNED_WORK_PROFILE:
            return self.tr(
                "This phone has a work profile and says it is owned by an organisation. Phones like this are "
                "usually paid for by the employer."
            )
        if s.management is Management.WORK_PROFILE:
            return self.tr(
                "This phone has a work profile, but says it is not owned by an organisation. Phones like this "
                "are usually personal phones also used for work."
            )
        return self.tr(
            "This phone shows no management by an organisation. That is normal for personal phones, and for "
            "some service phones too."
        )

    def _update(self) -> None:
        self.phone_says.setText(self._phone_text())
        own = self.ownership()
        mismatch = own is not None and self.signals is not None and decide_scope(own, self.signals).mismatch
        if mismatch and own is Ownership.PERSONAL:
            self.mismatch.setText(
                self.tr(
                    "You said you pay for this phone yourself, but the phone says an organisation manages it. "
                    "Please check who pays for it: ask your helpdesk if you are not sure."
                )
            )
        elif mismatch:
            self.mismatch.setText(
                self.tr(
                    "You said the authority pays for this phone, but it looks like a personal phone with a work "
                    "profile. Please check who pays for it: ask your helpdesk if you are not sure."
                )
            )
        self.mismatch.setVisible(bool(mismatch))
        self.primary_button.setEnabled(own is not None and self.signals is not None)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Who pays for this phone?"))
        self.intro.setText(
            self.tr(
                "The ban covers phones whose purchase, subscription or use is paid, fully or partly, by your "
                "employer. Personal phones used for work are not covered."
            )
        )
        self.question.setTitle(self.tr("Who pays for the phone or its subscription?"))
        self.radios[Ownership.SERVICE].setText(self.tr("My &employer pays for all of it (a service phone)"))
        self.radios[Ownership.SHARED].setText(self.tr("My employer pays &part of it (for example the subscription)"))
        self.radios[Ownership.PERSONAL].setText(self.tr("I pay for all of it &myself (a personal phone)"))
        self.phone_title.setText(self.tr("What the phone says"))
        set_text(self.primary_button, self.tr("&Check the phone"))
        self._update()
