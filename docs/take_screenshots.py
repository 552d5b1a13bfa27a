"""Walk the window through every page on the simulated phone and save a PNG of each (run under Xvfb).

    xvfb-run -a -s "-screen 0 1280x900x24" python docs/take_screenshots.py [--lang en] [--out docs/screenshots]

A real window on a real (virtual) X display, grabbed with QScreen.grabWindow, so what you see is
what a person sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PHONE_SELFCHECK_DATA_DIR", tempfile.mkdtemp(prefix="psc-shots-"))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(predicate, timeout_ms: int = 15000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not predicate() and waited < timeout_ms:
        wait(50)
        waited += 50
    if not predicate():
        raise RuntimeError("timed out")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--pages", default="all")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv[:1])  # noqa: F841 (kept alive for the whole walk)
    from app.core.scope import Ownership
    from app.gui.application import build_window

    window = build_window(demo="service_tiktok", lang=args.lang, helpdesk=False, receipt_dir=Path(tempfile.mkdtemp()))
    window.resize(1000, 720)
    window.show()
    wait(400)

    def shot(name: str) -> None:
        wait(250)
        path = out / f"{name}_{args.lang}.png"
        window.screen().grabWindow(window.winId()).save(str(path))
        print(path)

    shot("01_welcome")
    window.go(window.connect_page)
    wait_for(lambda: window.connect_page.primary_button.isEnabled())
    shot("02_connect")
    window.connect_page.show_prompt()
    shot("03_connect_prompt")
    window.connect_page._retry()
    wait_for(lambda: window.current_page() is window.ownership)
    window.ownership.set_ownership(Ownership.SERVICE)
    shot("04_ownership")
    window.ownership.set_ownership(Ownership.PERSONAL)
    shot("05_ownership_mismatch")
    window.ownership.set_ownership(Ownership.SERVICE)
    # The simulated phone answers too fast to catch the progress page: show it as it looks mid-scan.
    window.scan_page.start()
    window.go(window.scan_page)
    window.scan_page.set_step("packages", 0.45)
    shot("06_scan")
    window._scan()
    wait_for(lambda: window.current_page() is window.result)
    shot("07_result_non_compliant")
    window.result.primary_button.click()
    shot("08_removal")
    window.controller.remove(window.removal.plan, confirmed=True)
    wait_for(lambda: window.current_page() is window.result and window.result.assessment.status.value == "compliant")
    shot("09_result_compliant_after_removal")
    window.result.primary_button.click()
    window.receipt.name.setText("An Peeters")
    window.receipt.employee_id.setText("12345")
    window.receipt.primary_button.click()
    wait_for(lambda: window.receipt.folder is not None)
    shot("10_receipt_saved")
    window.go(window.finish)
    shot("11_finish")
    window.set_helpdesk(True)
    window.helpdesk_panel.setCurrentIndex(1)
    window.next_phone()  # the agent's "Next phone": back to connecting, the register below
    wait_for(lambda: window.connect_page.primary_button.isEnabled())
    shot("12_helpdesk")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
