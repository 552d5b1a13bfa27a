"""Find the phones this computer can reach: over USB directly, and through a running adb server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.device.errors import DeviceError


@dataclass(frozen=True)
class FoundDevice:
    device: str  # the --device value that reaches it
    transport: str  # usb | adb
    serial: str | None
    state: str  # device | unauthorized | no_permissions | offline | ...
    model: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "transport": self.transport,
            "serial": self.serial,
            "state": self.state,
            "model": self.model,
        }


def list_devices() -> list[FoundDevice]:
    """Every phone in sight. A transport that is unavailable here is skipped, not an error."""
    found: list[FoundDevice] = []
    try:
        from app.device.usb import list_usb_phones

        for phone in list_usb_phones():
            serial = phone.serial or None
            found.append(FoundDevice(f"usb:{serial}" if serial else "usb", "usb", serial, phone.state))
    except DeviceError:
        pass
    try:
        from app.device.adb_server import AdbServerClient

        client = AdbServerClient()
        if client.available():
            by_serial = {d.serial: n for n, d in enumerate(found) if d.serial}
            for serial, state in client.devices():
                via_server = FoundDevice(f"adb:{serial}", "adb", serial, state)
                n = by_serial.get(serial)
                if n is None:
                    found.append(via_server)
                elif found[n].state != "device" and state == "device":
                    # Google's adb server holds the USB interface (ours sees it busy): go through it.
                    found[n] = via_server
    except DeviceError:
        pass
    return found
