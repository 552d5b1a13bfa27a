"""Discovery prefers the adb server's path when the server already holds the phone's USB interface."""

from __future__ import annotations

from typing import Any

import pytest

from app.device import discovery


class FakeUsbPhone:
    def __init__(self, serial: str, state: str) -> None:
        self.serial, self.state = serial, state


def test_a_phone_held_by_the_adb_server_is_reached_through_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.device.adb_server as adb_server
    import app.device.usb as usb

    monkeypatch.setattr(usb, "list_usb_phones", lambda: [FakeUsbPhone("AAA", "busy"), FakeUsbPhone("BBB", "device")])

    class Server:
        def __init__(self, *_: Any, **__: Any) -> None: ...

        def available(self) -> bool:
            return True

        def devices(self) -> list[tuple[str, str]]:
            return [("AAA", "device"), ("BBB", "device"), ("CCC", "unauthorized")]

    monkeypatch.setattr(adb_server, "AdbServerClient", Server)
    found = {d.serial: d.device for d in discovery.list_devices()}
    assert found == {"AAA": "adb:AAA", "BBB": "usb:BBB", "CCC": "adb:CCC"}
