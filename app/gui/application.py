"""The composition root of the window: build the policy, controller and window, wire them, run."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def build_window(
    *,
    demo: str | None = None,
    helpdesk: bool = False,
    lang: str | None = None,
    device_source: Any = None,
    auth_timeout_s: float = 45.0,
    receipt_dir: Any = None,
) -> Any:
    """Make the window (an application object must exist). Tests call this with their own devices."""
    from app.gui.i18n import set_language, system_language
    from app.gui.main_window import MainWindow
    from app.gui.settings import load_settings

    code = lang or str(load_settings().get("lang") or "") or system_language()
    set_language(code)

    def make_controller() -> Any:
        # Called just after the window is first painted (or when first needed): the policy and
        # the device layer are not needed to show the Welcome page.
        from app.core.policy import default_policy
        from app.device.discovery import list_devices
        from app.gui.controller import CheckController, demo_devices

        source = device_source or (demo_devices(demo) if demo else list_devices)
        return CheckController(default_policy(), device_source=source, auth_timeout_s=auth_timeout_s)

    window = MainWindow(make_controller, helpdesk=helpdesk, lang=code, receipt_dir=receipt_dir, load_fingerprint=True)
    return window


def run_gui(
    *, demo: str | None = None, helpdesk: bool = False, lang: str | None = None, quit_after_shown: bool = False
) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Phone Self-Check")
    app.setOrganizationName("phone-selfcheck")
    app.setDesktopFileName("phone-selfcheck")
    window = build_window(demo=demo, helpdesk=helpdesk, lang=lang)
    window.show()
    if quit_after_shown:
        QTimer.singleShot(200, window.close)
    code: int = app.exec()
    return code
