"""Finish: turn USB debugging off and revoke this computer's authorisation; check another phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.gui.pages.base import Page, guide_picture, set_text, wrapped_label


class FinishPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        self.step_titles: list[QLabel] = []
        self.step_texts: list[QLabel] = []
        for column, picture in enumerate(("revoke", "usb_debugging_off")):
            grid.addWidget(guide_picture(picture, 170), 0, column, Qt.AlignmentFlag.AlignHCenter)
            title = QLabel()
            title.setStyleSheet("font-weight: bold;")
            title.setWordWrap(True)
            text = wrapped_label()
            grid.addWidget(title, 1, column)
            grid.addWidget(text, 2, column, Qt.AlignmentFlag.AlignTop)
            self.step_titles.append(title)
            self.step_texts.append(text)
        self.body.addLayout(grid)
        self.unplug = wrapped_label()
        self.body.addWidget(self.unplug)
        self.body.addStretch(1)
        self.back_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Finished: tidy up your phone"))
        self.intro.setText(self.tr("Thank you. Two last steps put your phone back as it was before the check."))
        steps = (
            (
                self.tr("1. Forget this computer"),
                self.tr("Settings > System > Developer options: tap Revoke USB debugging authorisations."),
            ),
            (
                self.tr("2. Turn USB debugging off"),
                self.tr("In the same place, turn USB debugging off. You can also turn Developer options off."),
            ),
        )
        for (t, x), title, text in zip(steps, self.step_titles, self.step_texts, strict=True):
            title.setText(t)
            text.setText(x)
        self.unplug.setText(self.tr("You can now unplug your phone."))
        set_text(self.primary_button, self.tr("Check &another phone"))
