"""Scan: a progress bar with the current step in words, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from app.device.reader import STEP_DETAILS, STEP_DONE, STEP_IDENTITY, STEP_PACKAGES
from app.gui.pages.base import Page, wrapped_label


class ScanPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = wrapped_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMinimumHeight(24)
        self.reassure = wrapped_label()
        self.body.addSpacing(12)
        self.body.addWidget(self.step)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.reassure)
        self.body.addStretch(1)
        self.primary_button.hide()
        self.rechecking = False
        self.retranslate()

    def start(self, *, rechecking: bool = False) -> None:
        self.rechecking = rechecking
        self.progress.setValue(0)
        self.set_step(STEP_IDENTITY, 0.0)
        self.retranslate()

    def set_step(self, step: str, fraction: float) -> None:
        words = {
            STEP_IDENTITY: self.tr("Reading which phone this is and who manages it…"),
            STEP_PACKAGES: self.tr("Looking through the apps of every user and profile…"),
            STEP_DETAILS: self.tr("Looking closer at what was found…"),
            STEP_DONE: self.tr("Done."),
        }
        self.step.setText(words.get(step, ""))
        self.progress.setValue(int(fraction * 100))

    def retranslate(self) -> None:
        super().retranslate()
        self.back_button.setText(self.tr("&Cancel"))
        self.back_button.setAccessibleName(self.tr("Cancel the check"))
        self.title.setText(self.tr("Checking again…") if self.rechecking else self.tr("Checking your phone…"))
        self.intro.setText(self.tr("This usually takes a few seconds. Keep the phone plugged in and unlocked."))
        self.reassure.setText(
            self.tr("Only the names of the apps are read, to look for banned ones. They are not stored.")
        )
        self.progress.setAccessibleName(self.tr("Progress of the check"))
