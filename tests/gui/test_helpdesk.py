"""Helpdesk mode: the agent is remembered, the log never holds the app list, the register is browsable."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.core.scope import Ownership
from tests.gui.conftest import wait_page
from tests.gui.test_window_paths import connect_and_choose


def save_receipt(qtbot: Any, w: Any, name: str, agent: str) -> None:
    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.receipt)
    w.receipt.name.setText(name)
    w.receipt.agent.setText(agent)
    with qtbot.waitSignal(w.receipt_saved, timeout=20000):
        qtbot.mouseClick(w.receipt.primary_button, Qt.MouseButton.LeftButton)


def test_two_phones_in_a_row_with_the_agent_kept(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(demo="clean_personal", helpdesk=True)
    assert w.dock.isVisible() and w.next_phone_action.isVisible()
    connect_and_choose(qtbot, w, Ownership.PERSONAL)
    save_receipt(qtbot, w, "An Peeters", "Agent Smet")

    w.next_phone()
    wait_page(qtbot, w, w.connect_page)  # helpdesk: straight back to connecting the next phone
    assert w.controller.state.assessment is None and w.result.assessment is None
    assert w.ownership.ownership() is None
    qtbot.waitUntil(w.connect_page.primary_button.isEnabled, timeout=10000)
    qtbot.mouseClick(w.connect_page.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.ownership)
    w.ownership.set_ownership(Ownership.PERSONAL)
    qtbot.mouseClick(w.ownership.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.result)
    qtbot.mouseClick(w.result.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.receipt)
    assert w.receipt.agent.text() == "Agent Smet"  # kept between checks
    assert w.receipt.name.text() == ""  # the person is not

    # the register, with a filter and a CSV export
    panel = w.helpdesk_panel
    panel.refresh()
    assert panel.proxy.rowCount() >= 1
    panel.filter.setText("peeters")
    assert panel.proxy.rowCount() >= 1
    panel.filter.setText("nobody-by-this-name")
    assert panel.proxy.rowCount() == 0
    out = tmp_path / "register.csv"
    assert panel.export_csv(str(out)) >= 1
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert any("An Peeters" in r for r in rows)


def test_the_log_shows_commands_and_timings_but_never_the_app_list(qtbot: Any, make_window: Any) -> None:
    w = make_window(demo="clean_personal", helpdesk=True)
    connect_and_choose(qtbot, w, Ownership.PERSONAL)
    log = w.helpdesk_panel.log_view.toPlainText()
    assert "send: pm list packages --user 0" in log or "pm list packages --user 0" in log
    assert " s, " in log  # timings
    for private in ("com.lemon.lvoverseas", "com.bd.nproject", "com.android.chrome", "An Peeters"):
        assert private not in log


def test_a_phone_plugged_in_later_is_picked_up_within_two_seconds(qtbot: Any, make_window: Any) -> None:
    from app.device.discovery import FoundDevice

    plugged: list[FoundDevice] = []
    w = make_window(device_source=lambda: list(plugged))
    qtbot.mouseClick(w.welcome.primary_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, w, w.connect_page)
    qtbot.wait(300)
    assert not w.connect_page.primary_button.isEnabled()
    assert "Looking for your phone" in w.connect_page.status.text()
    plugged.append(FoundDevice("demo:service_tiktok", "demo", None, "device", None))
    started = time.monotonic()
    qtbot.waitUntil(w.connect_page.primary_button.isEnabled, timeout=2500)
    assert time.monotonic() - started < 2.5
