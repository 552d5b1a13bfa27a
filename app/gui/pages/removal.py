"""Removal: say exactly what will be removed where, ask to confirm, or guide removal on the phone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.core.remediation import ActionRecord, PlannedRemoval
from app.gui.pages.base import Page, set_text, wrapped_label
from app.gui.texts import where_text


class RemovalPage(Page):
    """Signals: remove_confirmed(list), open_settings_requested(str), recheck_requested()."""

    remove_confirmed = Signal(list)
    open_settings_requested = Signal(str)
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: list[PlannedRemoval] = []
        self.list_title = QLabel()
        self.list_title.setStyleSheet("font-weight: bold;")
        self.plan_label = wrapped_label()
        self.body.addWidget(self.list_title)
        self.body.addWidget(self.plan_label)
        self.manual_title = QLabel()
        self.manual_title.setStyleSheet("font-weight: bold;")
        self.manual = wrapped_label()
        self.body.addWidget(self.manual_title)
        self.body.addWidget(self.manual)
        # The confirmation is part of the page, not a modal box: it lists exactly what goes, and
        # keyboard users reach "Yes, remove" with Enter as they reached the question.
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

        self.confirm_box = QFrame()
        self.confirm_box.setObjectName("confirm")
        self.confirm_box.setStyleSheet("QFrame#confirm { background: #FFEBEE; border-radius: 6px; }")
        confirm_layout = QVBoxLayout(self.confirm_box)
        self.confirm_text = wrapped_label()
        confirm_row = QHBoxLayout()
        self.confirm_yes = QPushButton()
        self.confirm_yes.setAutoDefault(True)
        self.confirm_no = QPushButton()
        self.confirm_no.setAutoDefault(True)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.confirm_no)
        confirm_row.addWidget(self.confirm_yes)
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addLayout(confirm_row)
        self.confirm_box.hide()
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self._cancel_confirm)
        self.body.addWidget(self.confirm_box)
        self.status = wrapped_label()
        self.status.setAccessibleName("removal status")
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.on_phone_button = QPushButton()
        self.on_phone_button.clicked.connect(self._on_phone)
        self.recheck_button = QPushButton()
        self.recheck_button.clicked.connect(self.recheck_requested)
        self.extra_buttons.addWidget(self.on_phone_button)
        self.extra_buttons.addWidget(self.recheck_button)
        self.primary_requested.connect(self._confirm)
        self.retranslate()

    def set_plan(self, plan: list[PlannedRemoval]) -> None:
        self.plan = list(plan)
        self.confirm_box.hide()
        self.status.setText("")
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        for b in (self.primary_button, self.on_phone_button, self.recheck_button, self.back_button):
            b.setEnabled(not busy)

    def show_actions(self, records: list[ActionRecord]) -> None:
        lines = []
        for r in records:
            mark = "✓" if r.ok else "✗"
            lines.append(f"{mark} {r.command}: {r.output}")
        self.status.setText("\n".join(lines))

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.set_busy(False)

    def _plan_lines(self) -> str:
        return "\n".join(
            "• "
            + self.tr("{0} — {1}").format(p.app, where_text(p.user, p.work_profile, p.system))
            + (self.tr(" (preinstalled: if it cannot be removed, it will be disabled)") if p.system else "")
            for p in self.plan
        )

    def _confirm(self) -> None:
        if not self.plan:
            return
        self.confirm_text.setText(
            self.tr("These apps will be removed from the phone:")
            + "\n"
            + self._plan_lines()
            + "\n\n"
            + self.tr("Nothing else on the phone is touched. Remove them now?")
        )
        self.confirm_box.show()
        self.primary_button.setEnabled(False)
        self.confirm_yes.setFocus()

    def _cancel_confirm(self) -> None:
        self.confirm_box.hide()
        self.primary_button.setEnabled(True)
        self.primary_button.setFocus()

    def _confirmed(self) -> None:
        self.confirm_box.hide()
        self.set_busy(True)
        self.status.setText(self.tr("Removing…"))
        self.remove_confirmed.emit(list(self.plan))

    def _on_phone(self) -> None:
        for package in sorted({p.package for p in self.plan}):
            self.open_settings_requested.emit(package)
        self.status.setText(
            self.tr(
                "The app's page is now open on your phone. Tap Uninstall (or Disable for a preinstalled app), "
                "confirm on the phone, then press Check again."
            )
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Remove the banned app"))
        self.intro.setText(self.tr("You can let this program remove it for you, or do it yourself on the phone."))
        self.list_title.setText(self.tr("What will be removed"))
        self.plan_label.setText(self._plan_lines())
        self.manual_title.setText(self.tr("If you prefer to do it yourself"))
        self.manual.setText(
            self.tr(
                "Press \"I'll do it on the phone\": the app's settings page opens on your phone. Tap Uninstall "
                "(for a preinstalled app: Disable), confirm, then press Check again."
            )
        )
        set_text(self.primary_button, self.tr("&Remove it for me…"))
        set_text(self.on_phone_button, self.tr("&I'll do it on the phone"))
        set_text(self.confirm_yes, self.tr("&Yes, remove"))
        set_text(self.confirm_no, self.tr("&No, keep it for now"))
        set_text(self.recheck_button, self.tr("Check &again"))
