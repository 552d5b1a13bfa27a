"""Connect: find the phone, guide USB debugging and the "Allow USB debugging?" prompt, explain failures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.device.discovery import FoundDevice
from app.gui.pages.base import Page, guide_picture, set_text, wrapped_label
from app.gui.texts import error_texts

STATE_SEARCHING = "searching"
STATE_FOUND = "found"
STATE_CONNECTING = "connecting"
STATE_PROMPT = "prompt"
STATE_ERROR = "error"


class ConnectPage(Page):
    """Signals: connect_requested(object FoundDevice), retry_requested()."""

    connect_requested = Signal(object)

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fingerprint = fingerprint
        self.state = STATE_SEARCHING
        self._devices: list[FoundDevice] = []

        self.status = wrapped_label()
        font = QFont(self.status.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.status.setFont(font)
        self.status.setAccessibleName("connection status")
        self.detail = wrapped_label()
        self.body.addWidget(self.status)
        self.body.addWidget(self.detail)

        # several phones: a picker
        self.picker_label = QLabel()
        self.picker = QListWidget()
        self.picker.setMaximumHeight(90)
        self.picker_label.setBuddy(self.picker)
        self.picker.itemActivated.connect(lambda _item: self.primary_requested.emit())
        self.body.addWidget(self.picker_label)
        self.body.addWidget(self.picker)

        # the prompt, with the fingerprint shown large for comparison with the phone
        self.prompt_box = QFrame()
        self.prompt_box.setStyleSheet("QFrame#prompt { background: #E3F2FD; border-radius: 6px; }")
        self.prompt_box.setObjectName("prompt")
        prompt_layout = QHBoxLayout(self.prompt_box)
        prompt_layout.addWidget(guide_picture("allow_prompt", 170))
        texts = QVBoxLayout()
        self.prompt_text = wrapped_label()
        self.fingerprint_label = QLabel()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.25)
        mono.setBold(True)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setWordWrap(True)
        texts.addWidget(self.prompt_text)
        texts.addWidget(self.fingerprint_label)
        texts.addStretch(1)
        prompt_layout.addLayout(texts, 1)
        self.body.addWidget(self.prompt_box)

        # the step-by-step guide: two by two, picture beside its words, so it fits narrow windows
        self.guide = QFrame()
        grid = QGridLayout(self.guide)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.guide_titles: list[QLabel] = []
        self.guide_texts: list[QLabel] = []
        for n, picture in enumerate(("plug_in", "developer_options", "usb_debugging", "usb_mode")):
            cell = QHBoxLayout()
            cell.addWidget(guide_picture(picture, 96), 0, Qt.AlignmentFlag.AlignTop)
            words = QVBoxLayout()
            title = QLabel()
            title.setStyleSheet("font-weight: bold;")
            title.setWordWrap(True)
            text = wrapped_label()
            words.addWidget(title)
            words.addWidget(text)
            words.addStretch(1)
            cell.addLayout(words, 1)
            grid.addLayout(cell, n // 2, n % 2)
            self.guide_titles.append(title)
            self.guide_texts.append(text)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addWidget(self.guide)
        self.body.addStretch(1)

        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self._retry)
        self.extra_buttons.addWidget(self.retry_button)
        self.retranslate()
        self._apply_state()

    # --- state ---------------------------------------------------------------------------

    def set_devices(self, devices: list[FoundDevice]) -> None:
        self._devices = [d for d in devices]
        current = self.selected_device()
        self.picker.clear()
        for d in self._devices:
            item = QListWidgetItem(self._device_text(d))
            item.setData(Qt.ItemDataRole.UserRole, d)
            self.picker.addItem(item)
            if current is not None and d.device == current.device:
                self.picker.setCurrentItem(item)
        if self.picker.currentItem() is None and self.picker.count():
            self.picker.setCurrentRow(0)
        if self.state in (STATE_SEARCHING, STATE_FOUND):
            self.state = STATE_FOUND if self.ready_devices() else STATE_SEARCHING
        self._apply_state()

    def ready_devices(self) -> list[FoundDevice]:
        return [d for d in self._devices if d.state == "device"]

    def selected_device(self) -> FoundDevice | None:
        item = self.picker.currentItem()
        if item is not None:
            device: FoundDevice = item.data(Qt.ItemDataRole.UserRole)
            return device
        ready = self.ready_devices()
        return ready[0] if len(ready) == 1 else None

    def set_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.fingerprint_label.setText(fingerprint)

    def show_connecting(self) -> None:
        self.state = STATE_CONNECTING
        self._apply_state()

    def show_prompt(self) -> None:
        self.state = STATE_PROMPT
        self._apply_state()

    def show_error(self, exc: object) -> None:
        self.state = STATE_ERROR
        self._error = error_texts(exc)
        self._error_code = getattr(exc, "code", "internal")
        self._apply_state()

    def _retry(self) -> None:
        self.state = STATE_FOUND if self.ready_devices() else STATE_SEARCHING
        self._apply_state()
        if self.state == STATE_FOUND:
            self.primary_requested.emit()

    def _device_text(self, d: FoundDevice) -> str:
        if d.transport == "demo":
            return self.tr("Simulated phone ({0})").format(d.device.partition(":")[2])
        states = {
            "device": self.tr("ready"),
            "unauthorized": self.tr("waiting for you to tap Allow"),
            "no_permissions": self.tr("this computer may not open it"),
            "no_adb": self.tr("USB debugging is off"),
            "busy": self.tr("used by another program"),
            "offline": self.tr("not answering"),
        }
        name = d.model or d.serial or d.device
        return f"{name} — {states.get(d.state, d.state)}"

    def _apply_state(self) -> None:
        several = len(self._devices) > 1
        self.picker_label.setVisible(several)
        self.picker.setVisible(several)
        self.prompt_box.setVisible(self.state == STATE_PROMPT)
        self.guide.setVisible(self.state in (STATE_SEARCHING, STATE_ERROR))
        self.retry_button.setVisible(self.state == STATE_ERROR)
        self.primary_button.setEnabled(self.state == STATE_FOUND and self.selected_device() is not None)
        if self.state == STATE_SEARCHING:
            if self._devices:
                self.status.setText(self.tr("A phone is connected, but it is not ready yet."))
                self.detail.setText(
                    self.tr("Follow the steps below. The phone is picked up by itself as soon as it is ready.")
                )
            else:
                self.status.setText(self.tr("Looking for your phone…"))
                self.detail.setText(
                    self.tr("Follow the steps below. The phone is picked up by itself within a second or two.")
                )
        elif self.state == STATE_FOUND:
            if several:
                self.status.setText(self.tr("Several phones are connected."))
                self.detail.setText(self.tr("Choose the phone to check, then press Connect."))
            else:
                d = self.selected_device()
                self.status.setText(self.tr("Phone found: {0}").format(self._device_text(d) if d else ""))
                self.detail.setText(self.tr("Press Connect. Keep the phone unlocked."))
        elif self.state == STATE_CONNECTING:
            self.status.setText(self.tr("Connecting to the phone…"))
            self.detail.setText(self.tr("Keep the phone unlocked. This takes a few seconds."))
        elif self.state == STATE_PROMPT:
            self.status.setText(self.tr("Look at your phone and tap Allow"))
            self.detail.setText("")
        else:
            message, next_step = getattr(self, "_error", ("", ""))
            self.status.setText(message)
            self.detail.setText(next_step)
        self.fingerprint_label.setText(self.fingerprint)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Connect your phone"))
        self.intro.setText(
            self.tr(
                "Plug your Android phone into this computer with a USB cable. The first time, the phone must "
                "allow this computer to read it (this is called USB debugging)."
            )
        )
        self.picker_label.setText(self.tr("&Phones:"))
        self.picker.setAccessibleName(self.tr("Connected phones"))
        self.prompt_text.setText(
            self.tr(
                'Your phone asks "Allow USB debugging?". Check that the code it shows is the same as this '
                'one, tick "Always allow from this computer" if you like, and tap Allow.'
            )
        )
        self.fingerprint_label.setAccessibleName(self.tr("This computer's key fingerprint"))
        steps = [
            (self.tr("1. Plug in and unlock"), self.tr("Use a cable that carries data. Unlock the phone.")),
            (
                self.tr("2. Developer options"),
                self.tr(
                    "Settings > About phone: tap Build number seven times. Samsung: About phone > Software "
                    "information. Xiaomi: About phone > MIUI version. Pixel: About phone > Build number."
                ),
            ),
            (
                self.tr("3. USB debugging"),
                self.tr("Settings > System > Developer options: turn on USB debugging."),
            ),
            (
                self.tr("4. Cable mode"),
                self.tr("If nothing happens, pull down the notification and choose File transfer."),
            ),
        ]
        for (t, x), title, text in zip(steps, self.guide_titles, self.guide_texts, strict=True):
            title.setText(t)
            text.setText(x)
        set_text(self.retry_button, self.tr("&Try again"))
        self.primary_button.setText(self.tr("&Connect"))
        self.primary_button.setAccessibleName(self.tr("Connect to the phone"))
        if hasattr(self, "state"):
            self.set_devices(self._devices)
