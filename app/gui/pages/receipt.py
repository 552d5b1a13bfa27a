"""Receipt: name, employee id, helpdesk agent and the receipt's language; save PDF and JSON; show the digest."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.gui.pages.base import Page, set_text, wrapped_label
from app.gui.pages.welcome import LANGUAGES


class ReceiptPage(Page):
    """Signals: save_requested(dict) with name, employee_id, agent, lang."""

    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: str | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.employee_id = QLineEdit()
        self.agent = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.labels = {}
        for field in (self.name, self.employee_id, self.agent, self.language):
            label = QLabel()
            label.setBuddy(field)
            self.labels[id(field)] = label
            form.addRow(label, field)
        self.body.addLayout(form)
        self.saved = wrapped_label(selectable=True)
        self.saved.setAccessibleName("receipt saved")
        self.body.addWidget(self.saved)
        self.body.addStretch(1)
        self.name.textChanged.connect(self._update)
        # Outside a dialog, Enter in a field does not press the default button: do it here.
        for field in (self.name, self.employee_id, self.agent):
            field.returnPressed.connect(self._save_if_allowed)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self._open_folder)
        self.finish_button = QPushButton()
        self.extra_buttons.addWidget(self.open_folder_button)
        self.extra_buttons.addWidget(self.finish_button)
        self.primary_requested.connect(self._save)
        self.retranslate()
        self.reset()

    def reset(self, *, name: str = "", agent: str = "", lang: str = "en") -> None:
        self.name.setText(name)
        self.employee_id.clear()
        self.agent.setText(agent)
        index = self.language.findData(lang)
        self.language.setCurrentIndex(max(index, 0))
        self.saved.clear()
        self.folder = None
        self.set_busy(False)
        self._update()

    def first_focus(self) -> QWidget:
        return self.name if not self.name.text().strip() else self.primary_button

    def set_busy(self, busy: bool) -> None:
        self.primary_button.setEnabled(not busy and bool(self.name.text().strip()) and self.folder is None)
        self.back_button.setEnabled(not busy)

    def show_saved(self, json_path: str, pdf_path: str, digest: str, headline: str) -> None:
        import os

        self.folder = os.path.dirname(pdf_path)
        self.saved.setText(
            self.tr("Saved. Result: {0}\nPDF: {1}\nJSON: {2}\nCheck code (SHA-256): {3}").format(
                headline, pdf_path, json_path, digest
            )
        )
        self._update()
        self.finish_button.setFocus()

    def show_error(self, message: str) -> None:
        self.saved.setText(message)
        self.set_busy(False)

    def _save_if_allowed(self) -> None:
        if self.primary_button.isEnabled():
            self._save()

    def _save(self) -> None:
        if not self.name.text().strip():
            return
        self.set_busy(True)
        self.save_requested.emit(
            {
                "name": self.name.text().strip(),
                "employee_id": self.employee_id.text().strip() or None,
                "agent": self.agent.text().strip() or None,
                "lang": self.language.currentData(),
            }
        )

    def _open_folder(self) -> None:
        if self.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))

    def _update(self) -> None:
        saved = self.folder is not None
        self.primary_button.setEnabled(bool(self.name.text().strip()) and not saved)
        self.open_folder_button.setVisible(saved)
        self.finish_button.setVisible(saved)
        self.finish_button.setDefault(saved)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Save your receipt"))
        self.intro.setText(
            self.tr(
                "The receipt shows the result of this check. Hand it in as your employer asks. It does not list "
                "your apps: only the banned ones that were found and what was done about them."
            )
        )
        labels = (
            (self.name, self.tr("Your &name:")),
            (self.employee_id, self.tr("&Employee number (optional):")),
            (self.agent, self.tr("Helpdesk &agent (optional):")),
            (self.language, self.tr("Receipt &language:")),
        )
        for field, text in labels:
            set_text(self.labels[id(field)], text)
            field.setAccessibleName(self.labels[id(field)].accessibleName())
        set_text(self.primary_button, self.tr("&Save receipt"))
        set_text(self.open_folder_button, self.tr("&Open folder"))
        set_text(self.finish_button, self.tr("&Finish"))
