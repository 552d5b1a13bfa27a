"""USB: libusb loading, error mapping with real usb1 exceptions, phone classification, the udev rule."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import usb1
from adb_shell import exceptions as adb_exc
from adb_shell.transport.usb_transport import UsbTransport

from app.device import errors, usb
from app.resources import resource_path

# -- error mapping -----------------------------------------------------------------------------------


def _raised(status: int) -> usb1.USBError:
    """A usb1 exception exactly as usb1 raises it for a libusb status code."""
    with pytest.raises(usb1.USBError) as info:
        usb1.raiseUSBError(status)
    return info.value


@pytest.mark.parametrize(
    ("exc", "system", "expected"),
    [
        (usb1.USBErrorAccess(usb1.ERROR_ACCESS), "Linux", errors.UsbPermissionError),
        (usb1.USBErrorAccess(usb1.ERROR_ACCESS), "Windows", errors.InterfaceBusyError),
        (usb1.USBErrorAccess(usb1.ERROR_ACCESS), "Darwin", errors.InterfaceBusyError),
        (usb1.USBErrorBusy(usb1.ERROR_BUSY), "Linux", errors.InterfaceBusyError),
        (usb1.USBErrorNotSupported(usb1.ERROR_NOT_SUPPORTED), "Windows", errors.UsbDriverError),
        (usb1.USBErrorNoDevice(usb1.ERROR_NO_DEVICE), "Linux", errors.DisconnectedError),
        (usb1.USBErrorNotFound(usb1.ERROR_NOT_FOUND), "Windows", errors.UsbDriverError),
        (usb1.USBErrorNotFound(usb1.ERROR_NOT_FOUND), "Linux", errors.DisconnectedError),
        (usb1.USBErrorIO(usb1.ERROR_IO), "Linux", errors.DisconnectedError),
        (usb1.USBErrorPipe(usb1.ERROR_PIPE), "Linux", errors.DisconnectedError),
        (usb1.USBErrorTimeout(usb1.ERROR_TIMEOUT), "Linux", errors.DeviceTimeoutError),
        (usb1.USBErrorOverflow(usb1.ERROR_OVERFLOW), "Linux", errors.GarbledOutputError),
        (None, "Linux", errors.DisconnectedError),
        (adb_exc.UsbDeviceNotFoundError("none"), "Linux", errors.NoDeviceError),
    ],
)
def test_map_usb_error(exc: BaseException | None, system: str, expected: type[errors.DeviceError]) -> None:
    mapped = usb.map_usb_error(exc, system=system)
    assert type(mapped) is expected
    if exc is not None:
        assert mapped.detail


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (usb1.ERROR_ACCESS, errors.UsbPermissionError),
        (usb1.ERROR_BUSY, errors.InterfaceBusyError),
        (usb1.ERROR_NOT_SUPPORTED, errors.UsbDriverError),
        (usb1.ERROR_NO_DEVICE, errors.DisconnectedError),
    ],
)
def test_map_usb_error_from_raised_status(status: int, expected: type[errors.DeviceError]) -> None:
    raised = _raised(status)
    assert type(usb.map_usb_error(raised, system="Linux")) is expected
    assert "LIBUSB_ERROR" in usb.map_usb_error(raised, system="Linux").detail


def test_map_usb_error_unwraps_adb_shell_read_and_write_failures() -> None:
    read = adb_exc.UsbReadFailedError("read failed", usb1.USBErrorBusy(usb1.ERROR_BUSY))
    write = adb_exc.UsbWriteFailedError("write failed", usb1.USBErrorNoDevice(usb1.ERROR_NO_DEVICE))
    closed = adb_exc.UsbReadFailedError("This transport has been closed", None)
    assert type(usb.map_usb_error(read, system="Linux")) is errors.InterfaceBusyError
    assert type(usb.map_usb_error(write, system="Linux")) is errors.DisconnectedError
    assert type(usb.map_usb_error(closed, system="Linux")) is errors.DisconnectedError
    assert "UsbReadFailedError" in usb.map_usb_error(read, system="Linux").detail


def test_map_usb_error_passes_device_errors_and_wraps_the_rest() -> None:
    original = errors.AuthWaitingError()
    assert usb.map_usb_error(original) is original
    other = usb.map_usb_error(usb1.USBErrorOther(usb1.ERROR_OTHER), system="Linux")
    assert type(other) is errors.DeviceError and "USBErrorOther" in other.detail
    odd = usb.map_usb_error(RuntimeError("boom"), system="Linux")
    assert type(odd) is errors.DeviceError and "boom" in odd.detail


# -- libusb loading ----------------------------------------------------------------------------------


def test_bundled_libusb_is_the_one_loaded_when_loaded_first() -> None:
    """In a fresh interpreter (usb1 loads once per process), ensure_libusb picks libusb-package's library."""
    code = (
        "import libusb_package, usb1._libusb1 as lib\n"
        "from app.device.usb import ensure_libusb\n"
        "ensure_libusb()\n"
        "print(lib.libusb._name)\n"
        "print(libusb_package.get_library_path())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60, cwd=_repo_root()
    ).stdout.split("\n")
    assert out[0] == out[1] and "libusb_package" in out[0]


def test_unloadable_libusb_raises_usb_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail() -> None:
        raise OSError(2, "cannot find a suitable libusb-1.0")

    monkeypatch.setattr(usb, "_libusb_state", None)
    monkeypatch.setattr(usb, "_load_libusb", fail)
    with pytest.raises(errors.UsbUnavailableError) as info:
        usb.list_usb_phones()
    assert "libusb" in info.value.detail
    with pytest.raises(errors.UsbUnavailableError):
        usb.open_usb(None)


def test_list_is_quiet_without_usb() -> None:
    phones = usb.list_usb_phones()
    assert isinstance(phones, list)
    assert all(isinstance(p, usb.UsbPhone) for p in phones)
    if not Path("/dev/bus/usb").exists() and sys.platform.startswith("linux"):
        assert phones == []


def test_open_without_any_phone_is_no_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(usb, "_candidates", lambda: [])
    with pytest.raises(errors.NoDeviceError):
        usb.open_usb(None)
    with pytest.raises(errors.NoDeviceError):
        usb.open_usb("R58M12345")


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


# -- classification and opening, with stand-ins for the hardware -------------------------------------


class FakeEndpoint:
    def __init__(self, address: int) -> None:
        self._address = address

    def getAddress(self) -> int:
        return self._address

    def getMaxPacketSize(self) -> int:
        return 512


class FakeSetting:
    def __init__(self, triple: tuple[int, int, int], number: int = 0) -> None:
        self._triple = triple
        self._number = number

    def getClass(self) -> int:
        return self._triple[0]

    def getSubClass(self) -> int:
        return self._triple[1]

    def getProtocol(self) -> int:
        return self._triple[2]

    def getNumber(self) -> int:
        return self._number

    def iterEndpoints(self) -> list[FakeEndpoint]:
        return [FakeEndpoint(0x81), FakeEndpoint(0x01)]


class FakeHandle:
    def __init__(self, serial: str | None, claim_error: int | None = None) -> None:
        self.serial = serial
        self.claim_error = claim_error
        self.claimed = False
        self.closed = False

    def getSerialNumber(self) -> str | None:
        return self.serial

    def getManufacturer(self) -> str:
        return "Google"

    def getProduct(self) -> str:
        return "Pixel 7"

    def kernelDriverActive(self, _number: int) -> bool:
        return False

    def claimInterface(self, _number: int) -> None:
        if self.claim_error is not None:
            usb1.raiseUSBError(self.claim_error)
        self.claimed = True

    def releaseInterface(self, _number: int) -> None:
        self.claimed = False

    def close(self) -> None:
        self.closed = True


class FakeDevice:
    def __init__(
        self,
        vendor: int = 0x18D1,
        product: int = 0x4EE7,
        settings: tuple[tuple[int, int, int], ...] = ((0xFF, 0x42, 0x01),),
        serial: str | None = "SERIAL1",
        open_error: int | None = None,
        claim_error: int | None = None,
        ports: tuple[int, ...] = (2, 3),
    ) -> None:
        self.vendor, self.product = vendor, product
        self.settings = [FakeSetting(t, i) for i, t in enumerate(settings)]
        self.serial, self.open_error, self.claim_error, self.ports = serial, open_error, claim_error, ports
        self.handles: list[FakeHandle] = []

    def getVendorID(self) -> int:
        return self.vendor

    def getProductID(self) -> int:
        return self.product

    def getBusNumber(self) -> int:
        return 1

    def getPortNumberList(self) -> list[int]:
        return list(self.ports)

    def iterSettings(self) -> list[FakeSetting]:
        return self.settings

    def open(self) -> FakeHandle:
        if self.open_error is not None:
            usb1.raiseUSBError(self.open_error)
        handle = FakeHandle(self.serial, self.claim_error)
        self.handles.append(handle)
        return handle

    def getSerialNumber(self) -> str | None:
        return self.serial

    def close(self) -> None:
        pass


def _use_devices(monkeypatch: pytest.MonkeyPatch, devices: list[Any], system: str = "Linux") -> None:
    monkeypatch.setattr(usb, "_SYSFS_USB", Path("/nonexistent-sysfs"))
    monkeypatch.setattr(
        usb,
        "_candidates",
        lambda: [c for c in (usb._describe(d, system=system) for d in devices) if c is not None],
    )


def test_adb_phone_is_listed_with_serial_and_names(monkeypatch: pytest.MonkeyPatch) -> None:
    device = FakeDevice()
    _use_devices(monkeypatch, [device, FakeDevice(vendor=0x046D, settings=((0x03, 0x01, 0x02),))])
    phones = usb.list_usb_phones()
    assert phones == [usb.UsbPhone("SERIAL1", 0x18D1, 0x4EE7, "1-2.3", "device", "Google", "Pixel 7")]
    assert phones[0].usb_id == "18d1:4ee7"
    assert all(h.closed and not h.claimed for h in device.handles), "listing must not keep or claim anything"


@pytest.mark.parametrize(
    ("status", "system", "state"),
    [
        (usb1.ERROR_ACCESS, "Linux", "no_permissions"),
        (usb1.ERROR_ACCESS, "Windows", "busy"),
        (usb1.ERROR_NOT_SUPPORTED, "Windows", "no_driver"),
    ],
)
def test_phone_that_cannot_be_opened_gets_a_state(
    monkeypatch: pytest.MonkeyPatch, status: int, system: str, state: str
) -> None:
    _use_devices(monkeypatch, [FakeDevice(open_error=status)], system=system)
    [phone] = usb.list_usb_phones()
    assert phone.state == state
    assert phone.serial is None


def test_unplugged_while_looking_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    _use_devices(monkeypatch, [FakeDevice(open_error=usb1.ERROR_NO_DEVICE)])
    assert usb.list_usb_phones() == []


def test_phone_without_debugging_is_hinted_but_not_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    mtp_phone = FakeDevice(vendor=0x04E8, product=0x6860, settings=((0xFF, 0xFF, 0x00),))
    samsung_disk = FakeDevice(vendor=0x04E8, product=0x61F5, settings=((0x08, 0x06, 0x50),))
    _use_devices(monkeypatch, [mtp_phone, samsung_disk])
    [phone] = usb.list_usb_phones()
    assert (phone.vendor_id, phone.state) == (0x04E8, "no_adb")
    assert mtp_phone.handles == []
    with pytest.raises(errors.NoDeviceError) as info:
        usb.open_usb(None)
    assert "USB debugging is not turned on" in info.value.message


def test_sysfs_serial_is_used_when_the_device_cannot_be_opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "1-2.3").mkdir()
    (tmp_path / "1-2.3" / "serial").write_text("R58M12345\n")
    device = FakeDevice(open_error=usb1.ERROR_ACCESS)
    monkeypatch.setattr(usb, "_SYSFS_USB", tmp_path)
    monkeypatch.setattr(usb, "_candidates", lambda: [usb._describe(device, system="Linux")])
    [phone] = usb.list_usb_phones()
    assert (phone.serial, phone.state) == ("R58M12345", "no_permissions")
    with pytest.raises(errors.UsbPermissionError):
        usb.open_usb("R58M12345")


def test_open_claims_the_adb_interface_of_the_one_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    device = FakeDevice()
    _use_devices(monkeypatch, [device])
    transport = usb.open_usb(None)
    assert isinstance(transport, UsbTransport)
    assert device.handles[-1].claimed
    transport.close()
    assert device.handles[-1].closed


def test_open_by_serial_picks_that_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = FakeDevice(serial="AAA", ports=(1,)), FakeDevice(serial="BBB", ports=(2,))
    _use_devices(monkeypatch, [first, second])
    with pytest.raises(errors.SeveralDevicesError) as info:
        usb.open_usb(None)
    assert "AAA" in info.value.detail and "BBB" in info.value.detail
    transport = usb.open_usb("BBB")
    assert second.handles[-1].claimed and not any(h.claimed for h in first.handles)
    transport.close()
    with pytest.raises(errors.NoDeviceError):
        usb.open_usb("CCC")


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (usb1.ERROR_BUSY, errors.InterfaceBusyError),
        (usb1.ERROR_NO_DEVICE, errors.DisconnectedError),
    ],
)
def test_claim_failure_is_mapped_and_released(
    monkeypatch: pytest.MonkeyPatch, status: int, expected: type[errors.DeviceError]
) -> None:
    device = FakeDevice(claim_error=status)
    _use_devices(monkeypatch, [device])
    with pytest.raises(expected):
        usb.open_usb(None)
    assert device.handles[-1].closed


def test_open_failure_is_mapped(monkeypatch: pytest.MonkeyPatch) -> None:
    _use_devices(monkeypatch, [FakeDevice(open_error=usb1.ERROR_NOT_SUPPORTED)], system="Windows")
    with pytest.raises(errors.UsbDriverError):
        usb.open_usb(None)


# -- udev rule -----------------------------------------------------------------------------------------

_UDEV_TOKEN = re.compile(r'^\s*[A-Z_]+(\{[A-Za-z_]+\})?\s*(==|!=|=|\+=|:=)\s*"[^"]*"\s*$')


def test_udev_rule_file() -> None:
    text = resource_path("udev", "51-android.rules").read_text("utf-8")
    assert "udevadm control --reload-rules" in text  # says how to install it
    assert 'ENV{ID_USB_INTERFACES}=="*:ff4201:*"' in text
    assert 'TAG+="uaccess"' in text
    rules = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert rules
    for line in rules:
        for token in line.split(", "):
            assert _UDEV_TOKEN.match(token), f"not a udev key/value: {token!r} in {line!r}"
    labels = set(re.findall(r'LABEL="([^"]+)"', text))
    assert set(re.findall(r'GOTO="([^"]+)"', text)) <= labels
    for vendor in usb.PHONE_VENDORS:
        assert f'ATTR{{idVendor}}=="{vendor:04x}"' in text
