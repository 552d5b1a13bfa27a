"""Each path through the window, against the simulated phone over real TCP (pytest-qt, offscreen)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.core.receipt import verify_receipt_bytes
from app.core.scope import Ownership
from tests.gui.conftest import tcp_device, wait_page


def connect_to_ownership(qtbot: Any, w: Any) -> None:
    """Start, wait for the phone, Connect: the ownership page shows once the phone was probed."""
    qtbot.mouseClick(w.welcome.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.connect_page)
    qtbot.waitUntil(w.connect_page.primary_button.isEnabled, timeout=10000)
    qtbot.mouseClick(w.connect_page.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.ownership)


def connect_and_choose(qtbot: Any, w: Any, ownership: Ownership) -> None:
    connect_to_ownership(qtbot, w)
    assert w.ownership.signals is not None
    w.ownership.set_ownership(ownership)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.result)


def test_service_phone_remove_check_again_receipt(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(demo="service_tiktok")
    connect_and_choose(qtbot, w, Ownership.SERVICE)
    assert w.result.headline.text() == "A banned app must be removed"
    assert w.result.model.rowCount() == 1
    assert w.result.model.data(w.result.model.index(0, 0)) == "TikTok"
    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.removal)
    assert "TikTok" in w.removal.plan_label.text()
    # Nothing is removed before the explicit confirmation.
    qtbot.mouseClick(w.removal.primary_button, Qt.MouseButton.LeftButton)
    assert w.removal.confirm_box.isVisible() and w.controller.state.actions == []
    qtbot.mouseClick(w.removal.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: w.result.assessment is not None and w.result.assessment.status.value == "compliant", timeout=20000
    )
    wait_page(qtbot, w, w.result)
    assert w.result.headline.text() == "No banned app on this phone"
    assert [a.command for a in w.controller.state.actions] == ["pm uninstall --user 0 com.zhiliaoapp.musically"]

    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.receipt)
    w.receipt.name.setText("An Peeters")
    w.receipt.employee_id.setText("12345")
    with qtbot.waitSignal(w.receipt_saved, timeout=20000) as saved:
        qtbot.mouseClick(w.receipt.primary_button, Qt.MouseButton.LeftButton)
    receipt, json_path, pdf_path = saved.args[0]
    assert pdf_path.exists() and pdf_path.stat().st_size > 1000
    assert verify_receipt_bytes(json_path.read_bytes()).ok
    doc = json.loads(json_path.read_bytes())
    assert doc["status"] == "compliant"
    assert doc["person"]["name"] == "An Peeters"
    assert [a["command"] for a in doc["actions"]] == ["pm uninstall --user 0 com.zhiliaoapp.musically"]
    assert receipt["integrity"]["sha256"] in w.receipt.saved.text()
    qtbot.mouseClick(w.receipt.finish_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.finish)


def test_personal_phone_advisory_acknowledged_then_receipt(qtbot: Any, make_window: Any) -> None:
    w = make_window(demo="work_profile_lite")
    connect_and_choose(qtbot, w, Ownership.PERSONAL)
    assert w.result.assessment.status.value == "advisory"
    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.advisory)
    assert not w.advisory.primary_button.isEnabled()
    w.advisory.read.setChecked(True)
    w.advisory.name.setText("Jan Janssens")
    assert w.advisory.primary_button.isEnabled()
    qtbot.mouseClick(w.advisory.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.receipt)
    assert w.receipt.name.text() == "Jan Janssens"
    with qtbot.waitSignal(w.receipt_saved, timeout=20000) as saved:
        qtbot.mouseClick(w.receipt.primary_button, Qt.MouseButton.LeftButton)
    _receipt, json_path, _ = saved.args[0]
    doc = json.loads(json_path.read_bytes())
    assert doc["status"] == "advisory"
    assert doc["advisory"]["acknowledged"] is True
    assert doc["advisory"]["text"] == w.advisory.advisory_text() != ""
    assert doc["device"]["serial"] is None and len(doc["device"]["serial_sha256"]) == 64
    assert doc["actions"] == []


def test_prompt_ignored_then_allowed(qtbot: Any, make_window: Any, phones: Any) -> None:
    server = phones("auth_prompt", prompt_answer="ignore")
    w = make_window(device_source=lambda: [tcp_device(server, "Pixel 7")], auth_timeout_s=0.5)
    qtbot.mouseClick(w.welcome.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.connect_page.primary_button.isEnabled, timeout=10000)
    qtbot.mouseClick(w.connect_page.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.connect_page.prompt_box.isVisible() or w.connect_page.state == "error", timeout=10000)
    qtbot.waitUntil(lambda: w.connect_page.state == "error", timeout=10000)
    assert "did not answer" in w.connect_page.status.text()
    assert "tap Allow" in w.connect_page.detail.text()
    assert w.connect_page.retry_button.isVisible()
    server.prompt_answer = "accept"
    qtbot.mouseClick(w.connect_page.retry_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.ownership)
    qtbot.waitUntil(lambda: w.ownership.signals is not None, timeout=10000)
    w.ownership.set_ownership(Ownership.SERVICE)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.result)
    assert w.result.assessment.status.value == "non_compliant"


def test_unplugged_mid_scan_says_so_and_keeps_the_answer(qtbot: Any, make_window: Any, phones: Any) -> None:
    server = phones("service_tiktok", faults={"slow_ms": 250})
    w = make_window(device_source=lambda: [tcp_device(server)])
    connect_to_ownership(qtbot, w)
    qtbot.waitUntil(lambda: w.ownership.signals is not None, timeout=10000)
    w.ownership.set_ownership(Ownership.SERVICE)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    assert w.current_page() is w.scan_page
    qtbot.wait(100)
    server.stop()  # the cable comes out while the phone is answering
    wait_page(qtbot, w, w.connect_page)
    assert w.connect_page.state == "error"
    assert "lost" in w.connect_page.status.text() or "stopped answering" in w.connect_page.status.text()
    assert "Nothing was changed" in w.connect_page.detail.text() or "try again" in w.connect_page.detail.text()
    assert w.ownership.ownership() is Ownership.SERVICE  # the answer is kept for the retry
    assert not w.controller.has_session


def test_several_phones_get_a_picker(qtbot: Any, make_window: Any, phones: Any) -> None:
    pixel, samsung = phones("service_tiktok"), phones("clean_personal")
    w = make_window(device_source=lambda: [tcp_device(pixel, "Pixel 7"), tcp_device(samsung, "SM-A546B")])
    qtbot.mouseClick(w.welcome.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.connect_page.picker.count() == 2, timeout=10000)
    assert w.connect_page.picker.isVisible()
    assert "Several phones" in w.connect_page.status.text()
    w.connect_page.picker.setCurrentRow(1)
    qtbot.mouseClick(w.connect_page.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.ownership)
    assert w.controller.state.device.model == "SM-A546B"
    qtbot.waitUntil(lambda: w.ownership.signals is not None, timeout=10000)
    w.ownership.set_ownership(Ownership.PERSONAL)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.result)
    assert w.result.assessment.inventory.identity.model == "SM-A546B"
    assert w.result.assessment.status.value == "compliant"


def test_unreadable_secure_folder_is_explained(qtbot: Any, make_window: Any) -> None:
    w = make_window(demo="secure_folder")
    connect_and_choose(qtbot, w, Ownership.SERVICE)
    assert w.result.assessment.status.value == "incomplete"
    assert w.result.headline.text() == "Part of the phone could not be checked"
    assert w.result.unreadable.isVisible()
    assert "150" in w.result.unreadable.text() and "Secure Folder" in w.result.unreadable.text()


def test_keyboard_only_main_path(qtbot: Any, make_window: Any) -> None:
    w = make_window(demo="service_tiktok")
    enter = Qt.Key.Key_Return

    def press(key: Any = enter, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        # Through the QWindow, as a real keyboard does: that is the path on which Qt 6 handles mnemonics.
        qtbot.keyClick(w.windowHandle(), key, modifier)

    w.activateWindow()
    qtbot.waitUntil(lambda: w.focusWidget() is w.welcome.primary_button, timeout=5000)
    press()  # Start
    wait_page(qtbot, w, w.connect_page)
    qtbot.waitUntil(lambda: w.focusWidget() is w.connect_page.primary_button, timeout=10000)
    press()  # Connect
    wait_page(qtbot, w, w.ownership)
    qtbot.waitUntil(lambda: w.ownership.signals is not None, timeout=10000)
    qtbot.waitUntil(lambda: w.focusWidget() is not None, timeout=5000)
    for _ in range(8):  # Tab to the first answer, Space to choose it
        if w.focusWidget() is w.ownership.radios[Ownership.SERVICE]:
            break
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    assert w.ownership.ownership() is Ownership.SERVICE
    for _ in range(8):  # Tab on to "Check the phone"
        if w.focusWidget() is w.ownership.primary_button:
            break
        press(Qt.Key.Key_Tab)
    press()  # Check the phone
    wait_page(qtbot, w, w.result)
    press()  # Remove it…
    wait_page(qtbot, w, w.removal)
    press()  # Remove it for me…
    assert w.focusWidget() is w.removal.confirm_yes
    press()  # Yes, remove
    qtbot.waitUntil(lambda: w.result.assessment.status.value == "compliant", timeout=20000)
    wait_page(qtbot, w, w.result)
    press()  # Make a receipt
    wait_page(qtbot, w, w.receipt)
    assert w.focusWidget() is w.receipt.name  # the first thing to fill in has the focus
    qtbot.keyClicks(w.receipt.name, "An Peeters")
    with qtbot.waitSignal(w.receipt_saved, timeout=20000):
        press()  # Enter in the form saves (the default button)
    qtbot.waitUntil(lambda: w.focusWidget() is w.receipt.finish_button, timeout=5000)
    press()  # Finish
    wait_page(qtbot, w, w.finish)


def test_mnemonics_are_unique_on_each_page(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    w = make_window(demo="service_tiktok")
    for page in w.pages:
        keys = [
            QKeySequence.mnemonic(c.text()).toString()
            for c in page.findChildren(QAbstractButton) + page.findChildren(QLabel)
            if "&" in c.text() and (not isinstance(c, QLabel) or c.buddy() is not None)
        ]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (type(page).__name__, keys)


def test_every_control_has_an_accessible_name(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    w = make_window(demo="service_tiktok")
    missing = [
        f"{type(c).__name__} on {type(page).__name__}"
        for page in w.pages
        for c in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit) + page.findChildren(QComboBox)
        if not (c.accessibleName() or (isinstance(c, QAbstractButton) and c.text()))
        and not isinstance(c.parent(), QAbstractItemView)  # a table's own corner button
    ]
    assert missing == []


def test_closing_mid_scan_ends_cleanly(qtbot: Any, make_window: Any, phones: Any) -> None:
    server = phones("service_tiktok", faults={"slow_ms": 300})
    w = make_window(device_source=lambda: [tcp_device(server)])
    connect_to_ownership(qtbot, w)
    qtbot.waitUntil(lambda: w.ownership.signals is not None, timeout=10000)
    w.ownership.set_ownership(Ownership.SERVICE)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    w.close()
    assert not w.controller.runner.busy()
    assert not w.controller.has_session


def test_ill_do_it_on_the_phone_opens_the_apps_page_then_check_again(qtbot: Any, make_window: Any, phones: Any) -> None:
    server = phones("service_tiktok")
    w = make_window(device_source=lambda: [tcp_device(server)])
    connect_and_choose(qtbot, w, Ownership.SERVICE)
    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.removal)
    with qtbot.waitSignal(w.controller.settings_opened, timeout=10000):
        qtbot.mouseClick(w.removal.on_phone_button, Qt.MouseButton.LeftButton)
    assert any("com.zhiliaoapp.musically" in str(i) for i in server.phone.started_intents)
    assert w.controller.state.actions == []  # opening a settings page removes nothing
    server.phone.uninstall("com.zhiliaoapp.musically", 0)  # the person taps Uninstall on the phone
    qtbot.mouseClick(w.removal.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.result.assessment.status.value == "compliant", timeout=20000)
    wait_page(qtbot, w, w.result)


def test_cancel_during_the_scan_goes_back_and_ignores_the_late_answer(
    qtbot: Any, make_window: Any, phones: Any
) -> None:
    server = phones("service_tiktok", faults={"slow_ms": 200})
    w = make_window(device_source=lambda: [tcp_device(server)])
    connect_to_ownership(qtbot, w)
    w.ownership.set_ownership(Ownership.SERVICE)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    assert w.current_page() is w.scan_page
    qtbot.mouseClick(w.scan_page.back_button, Qt.MouseButton.LeftButton)  # Cancel
    assert w.current_page() is w.ownership
    qtbot.wait(1500)
    assert w.current_page() is w.ownership  # a scan that finishes late does not jump ahead
    assert w.ownership.ownership() is Ownership.SERVICE


def test_the_receipt_language_is_chosen_apart_from_the_window(qtbot: Any, make_window: Any) -> None:
    from pypdf import PdfReader

    w = make_window(demo="clean_personal", lang="en")
    connect_and_choose(qtbot, w, Ownership.PERSONAL)
    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.receipt)
    w.receipt.name.setText("Marie Dubois")
    w.receipt.language.setCurrentIndex(w.receipt.language.findData("fr"))
    with qtbot.waitSignal(w.receipt_saved, timeout=20000) as saved:
        qtbot.mouseClick(w.receipt.primary_button, Qt.MouseButton.LeftButton)
    _receipt, json_path, pdf_path = saved.args[0]
    assert json.loads(json_path.read_bytes())["lang"] == "fr"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf_path)).pages)
    assert "Conforme" in text
    assert w.welcome.title.text() == "Check your phone for banned apps"  # the window stays English


def test_qt_standard_buttons_follow_the_language(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    w = make_window(demo="service_tiktok", lang="fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    w.change_language("en")


def test_next_phone_drops_the_late_answer_of_the_last_phone(qtbot: Any, make_window: Any, phones: Any) -> None:
    server = phones("service_tiktok", faults={"slow_ms": 200})
    w = make_window(device_source=lambda: [tcp_device(server)], helpdesk=True)
    connect_to_ownership(qtbot, w)
    w.ownership.set_ownership(Ownership.SERVICE)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    w.next_phone()  # the agent moves on while the last phone is still answering
    qtbot.wait(1500)
    assert w.controller.state.assessment is None
    assert w.current_page() is w.connect_page


def test_closing_while_the_phone_asks_allow_does_not_hang(qtbot: Any, make_window: Any, phones: Any) -> None:
    import time

    server = phones("auth_prompt", prompt_answer="ignore")
    w = make_window(device_source=lambda: [tcp_device(server)], auth_timeout_s=45)
    qtbot.mouseClick(w.welcome.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(w.connect_page.primary_button.isEnabled, timeout=10000)
    qtbot.mouseClick(w.connect_page.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.connect_page.state == "prompt", timeout=10000)
    started = time.monotonic()
    w.close()
    assert time.monotonic() - started < 4


def test_a_hostile_phone_is_shown_safely(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """20,000 packages, odd names and a model that is markup: TikTok is found and the model shown as text."""
    profile = tmp_path / "hostile_markup.json"
    profile.write_text(
        json.dumps(
            {
                "schema": "phone-selfcheck/device-profile/1",
                "name": "hostile_markup",
                "extends": "hostile",
                "device": {"model": "<b>Bold</b><img src='x'>"},
            }
        ),
        encoding="utf-8",
    )
    w = make_window(demo=str(profile))
    connect_and_choose(qtbot, w, Ownership.SERVICE)
    assert w.result.assessment.status.value == "non_compliant"
    assert [f.package for f in w.result.assessment.findings] == ["com.zhiliaoapp.musically"]
    assert w.result.assessment.inventory.packages_scanned >= 19_900
    assert "<b>Bold</b>" in w.result.intro.text()
    assert w.result.intro.textFormat() == Qt.TextFormat.PlainText


def test_a_device_owner_name_that_is_markup_is_shown_as_text(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    profile = tmp_path / "owner_markup.json"
    profile.write_text(
        json.dumps(
            {
                "schema": "phone-selfcheck/device-profile/1",
                "name": "owner_markup",
                "extends": "service_tiktok",
                "owners": [{"user": 0, "component": "com.evil<i>x/.R", "type": "device_owner"}],
                "packages": [
                    {
                        "name": "com.evil<i>x",
                        "label": "Evil",
                        "version_code": 1,
                        "version_name": "1",
                        "installer": "com.android.vending",
                        "app_id": 10999,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    w = make_window(demo=str(profile))
    connect_and_choose(qtbot, w, Ownership.PERSONAL)  # declared personal on a managed phone: names the owner
    assert "com.evil&lt;i&gt;x" in w.result.details.text()
    assert "<i>" not in w.result.details.text()
