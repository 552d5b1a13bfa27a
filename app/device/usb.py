"""USB discovery and opening of phones with adb-shell, using the libusb that ships with libusb-package."""

from __future__ import annotations

import ctypes
import logging
import platform
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.device import errors
from app.device.errors import DeviceError

_LOG = logging.getLogger(__name__)

# The ADB interface of an Android phone (adb's usb_vendors / adb-shell's usb_transport use the same).
ADB_CLASS = 0xFF
ADB_SUBCLASS = 0x42
ADB_PROTOCOL = 0x01

# USB vendor ids of companies that (almost) only make phones and tablets. Used for one hint only: a
# device from one of them that has no ADB interface is most likely a phone with USB debugging off.
PHONE_VENDORS: dict[int, str] = {
    0x04E8: "Samsung",
    0x0BB4: "HTC",
    0x0FCE: "Sony Mobile",
    0x1004: "LG",
    0x12D1: "Huawei",
    0x18D1: "Google",
    0x19D2: "ZTE",
    0x22B8: "Motorola",
    0x22D9: "OPPO / realme / OnePlus",
    0x2717: "Xiaomi",
    0x2A45: "Meizu",
    0x2A70: "OnePlus",
    0x2AE5: "Fairphone",
    0x2D95: "vivo",
    0x2E04: "HMD (Nokia)",
    0x2E17: "Essential",
}
# Interface classes a phone shows without debugging: still image (PTP/MTP) and vendor-specific MTP.
_PHONE_LIKE_INTERFACES = {(0x06, 0x01), (0xFF, 0xFF)}

_SYSFS_USB = Path("/sys/bus/usb/devices")

_lock = threading.Lock()
_libusb_state: str | None = None  # None: not tried, "ok", or the reason it failed


@dataclass(frozen=True)
class UsbPhone:
    """A phone seen on USB, found without claiming any interface (so nothing else is disturbed)."""

    serial: str | None
    vendor_id: int
    product_id: int
    port_path: str  # "BUS-PORT.PORT...", as Linux sysfs and Google adb ("usb:1-2.3") name it
    # "device": ADB interface present and openable (authorisation is only known after connecting);
    # "no_permissions": the OS does not let us open it (Linux udev rule missing);
    # "busy": another program holds it (Windows/macOS report that as access denied);
    # "no_driver": Windows has no WinUSB driver bound; "no_adb": a phone maker's device without an
    # ADB interface, most likely a phone with USB debugging off; "error": anything else.
    state: str
    manufacturer: str | None = None
    product: str | None = None

    @property
    def usb_id(self) -> str:
        return f"{self.vendor_id:04x}:{self.product_id:04x}"


def _bundled_library_path() -> Path | None:
    import libusb_package

    path = libusb_package.get_library_path()
    return Path(path) if path is not None else None


def _load_libusb() -> None:
    """Hand usb1 the libusb of libusb-package before anything makes usb1 search on its own.

    usb1 loads its C library on first use (``usb1.loadLibrary``, once per process, guarded by a lock);
    left alone it only looks next to itself and in the system paths, which on Windows and macOS
    usually hold nothing, and adb-shell swallows that as "USB not installed". ``loadLibrary(lib)``
    returns False when another libusb was loaded first (e.g. the system one, because something
    imported ``adb_shell.adb_device`` earlier); that one works as well, so it is not an error.
    """
    import usb1

    library: Any = None
    path = _bundled_library_path()
    if path is not None:
        loader: Any = ctypes.WinDLL if platform.system() == "Windows" else ctypes.CDLL  # type: ignore[attr-defined,unused-ignore]
        try:
            # Same flags as usb1's own loader: it reads errno / GetLastError after calls.
            library = loader(str(path), use_errno=True, use_last_error=True)
        except OSError as exc:
            _LOG.warning("bundled libusb %s does not load (%s); trying the system's", path, exc)
    if not usb1.loadLibrary(library):
        _LOG.info("usb1 already had another libusb loaded; using that one")


def ensure_libusb() -> None:
    """Make libusb usable once per process; ``UsbUnavailableError`` when no libusb loads at all."""
    global _libusb_state
    with _lock:
        if _libusb_state is None:
            try:
                _load_libusb()
                _libusb_state = "ok"
            except (OSError, ImportError, AttributeError) as exc:
                _libusb_state = f"{type(exc).__name__}: {exc}"
                _LOG.warning("libusb could not be loaded: %s", _libusb_state)
        state = _libusb_state
    if state != "ok":
        raise errors.UsbUnavailableError(detail=state)


def _usb_context() -> Any:
    """adb-shell's process-wide usb1 context (devices found in it stay usable by its UsbTransport).

    Importing ``usb_transport`` opens that context (libusb_init) as a side effect, so it must come
    after ``ensure_libusb``. A failed import is not cached by Python, so a later call retries.
    """
    ensure_libusb()
    try:
        from adb_shell.transport.usb_transport import UsbTransport
    except Exception as exc:  # libusb_init can fail in odd ways (USBErrorOther, OSError) without USB
        raise errors.UsbUnavailableError(detail=f"libusb_init: {type(exc).__name__}: {exc}") from exc
    return UsbTransport.USB1_CTX


def map_usb_error(exc: BaseException | None, *, system: str | None = None) -> DeviceError:
    """The plain-words error for a libusb failure (pure: no I/O, ``system`` defaults to this OS).

    ``exc`` may be a usb1 ``USBError``, adb-shell's ``UsbReadFailedError``/``UsbWriteFailedError``
    (whose ``usb_error`` is unwrapped; ``None`` there means the handle was already closed),
    ``UsbDeviceNotFoundError``, a ``DeviceError`` (returned as is) or anything else.

    LIBUSB_ERROR_ACCESS means "no permission on the device node" on Linux, but on Windows (WinUSB
    lets one process open a device) and macOS (exclusive interface claim) it means another program,
    usually an adb server, holds the phone; the sentence differs accordingly. LIBUSB_ERROR_NOT_FOUND
    on Windows is what claiming gives when the interface has no WinUSB driver.
    """
    import usb1
    from adb_shell import exceptions as adb_exc

    system = system or platform.system()
    if isinstance(exc, DeviceError):
        return exc
    if exc is None:
        return errors.DisconnectedError(detail="USB handle already closed")
    if isinstance(exc, adb_exc.UsbReadFailedError | adb_exc.UsbWriteFailedError):
        inner = getattr(exc, "usb_error", None)
        mapped = map_usb_error(inner, system=system)
        mapped.detail = f"{type(exc).__name__}: {exc}"
        return mapped
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, adb_exc.UsbDeviceNotFoundError):
        return errors.NoDeviceError(detail=detail)
    if not isinstance(exc, usb1.USBError):
        return DeviceError(detail=detail)
    value = getattr(exc, "value", None)
    if value is None and exc.args and isinstance(exc.args[0], int):
        value = exc.args[0]
    if value == usb1.ERROR_ACCESS:
        if system in ("Windows", "Darwin"):
            return errors.InterfaceBusyError(detail=detail)
        return errors.UsbPermissionError(detail=detail)
    if value == usb1.ERROR_BUSY:
        return errors.InterfaceBusyError(detail=detail)
    if value == usb1.ERROR_NOT_SUPPORTED:
        return errors.UsbDriverError(detail=detail)
    if value == usb1.ERROR_NOT_FOUND:
        if system == "Windows":
            return errors.UsbDriverError(detail=detail)
        return errors.DisconnectedError(detail=detail)
    if value in (usb1.ERROR_NO_DEVICE, usb1.ERROR_IO, usb1.ERROR_PIPE):
        return errors.DisconnectedError(detail=detail)
    if value == usb1.ERROR_TIMEOUT:
        return errors.DeviceTimeoutError(detail=detail)
    if value == usb1.ERROR_OVERFLOW:
        return errors.GarbledOutputError(detail=detail)
    return DeviceError(detail=detail)


_STATE_FOR_ERROR: dict[type[DeviceError], str] = {
    errors.UsbPermissionError: "no_permissions",
    errors.InterfaceBusyError: "busy",
    errors.UsbDriverError: "no_driver",
}


def _adb_setting(device: Any) -> Any:
    """The ADB interface setting of ``device``, or None (reading descriptors needs no open handle)."""
    for setting in device.iterSettings():
        if (setting.getClass(), setting.getSubClass(), setting.getProtocol()) == (
            ADB_CLASS,
            ADB_SUBCLASS,
            ADB_PROTOCOL,
        ):
            return setting
    return None


def _looks_like_phone_without_adb(device: Any) -> bool:
    if device.getVendorID() not in PHONE_VENDORS:
        return False
    return any(
        (setting.getClass(), setting.getSubClass()) in _PHONE_LIKE_INTERFACES for setting in device.iterSettings()
    )


def _port_path(device: Any) -> str:
    ports = device.getPortNumberList()
    bus = device.getBusNumber()
    return f"{bus}-{'.'.join(str(p) for p in ports)}" if ports else f"{bus}-0"


def _sysfs_serial(port_path: str) -> str | None:
    """Linux exposes the serial world-readable in sysfs, so it is known even without permission."""
    try:
        text = (_SYSFS_USB / port_path / "serial").read_text("utf-8", "replace").strip()
    except OSError:
        return None
    return text or None


@dataclass
class _Candidate:
    device: Any
    setting: Any
    phone: UsbPhone
    error: DeviceError | None


def _describe(device: Any, *, system: str | None = None) -> _Candidate | None:
    """Look at one USB device: ADB phone, phone without debugging, or not ours (None)."""
    import usb1

    try:
        vendor_id, product_id = device.getVendorID(), device.getProductID()
        port_path = _port_path(device)
        setting = _adb_setting(device)
        if setting is None:
            if not _looks_like_phone_without_adb(device):
                return None
            phone = UsbPhone(_sysfs_serial(port_path), vendor_id, product_id, port_path, "no_adb")
            return _Candidate(device, None, phone, None)
    except usb1.USBError as exc:
        _LOG.debug("skipping a USB device whose descriptors cannot be read: %s", exc)
        return None

    serial = manufacturer = product = None
    error: DeviceError | None = None
    try:
        handle = device.open()
        try:
            serial = _read_string(handle.getSerialNumber)
            manufacturer = _read_string(handle.getManufacturer)
            product = _read_string(handle.getProduct)
        finally:
            handle.close()
        state = "device"
    except usb1.USBError as exc:
        error = map_usb_error(exc, system=system)
        if isinstance(error, errors.DisconnectedError):
            return None  # unplugged while we looked
        state = _STATE_FOR_ERROR.get(type(error), "error")
    if serial is None:
        serial = _sysfs_serial(port_path)
    phone = UsbPhone(serial, vendor_id, product_id, port_path, state, manufacturer, product)
    return _Candidate(device, setting, phone, error)


def _read_string(getter: Any) -> str | None:
    """One string descriptor; phones without one (or with a broken one) just have none."""
    import usb1

    try:
        value = getter()
    except usb1.USBError:
        return None
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _candidates() -> list[_Candidate]:
    import usb1

    context = _usb_context()
    found: list[_Candidate] = []
    try:
        for device in context.getDeviceIterator(skip_on_error=True):
            candidate = _describe(device)
            if candidate is not None:
                found.append(candidate)
            else:
                device.close()
    except usb1.USBError as exc:  # the bus itself failed: report what we have
        _LOG.info("USB enumeration stopped: %s", exc)
    return found


def list_usb_phones() -> list[UsbPhone]:
    """Phones on USB with their state; [] quietly when this computer has no USB to look at.

    ``UsbUnavailableError`` only when no libusb loads at all (a broken install), because then the
    person needs different advice than "plug the phone in".
    """
    try:
        candidates = _candidates()
    except errors.UsbUnavailableError as exc:
        if _libusb_state != "ok":
            raise
        _LOG.info("no USB here: %s", exc.detail)  # libusb loads but cannot start: no USB bus
        return []
    return [candidate.phone for candidate in candidates]


def _choose(candidates: list[_Candidate], serial: str | None) -> _Candidate:
    """The one phone to open, or the error that explains why there is not exactly one."""
    adb = [c for c in candidates if c.setting is not None]
    if serial is not None:
        matching = [c for c in adb if c.phone.serial == serial]
        if matching:
            return matching[0]
        unreadable = [c for c in adb if c.phone.serial is None and c.error is not None]
        if len(unreadable) == 1 and unreadable[0].error is not None:
            raise unreadable[0].error  # it may well be that phone; its error says what to fix
        raise errors.NoDeviceError(detail=f"no USB phone with serial {serial!r}")
    if not adb:
        if any(c.phone.state == "no_adb" for c in candidates):
            raise errors.NoDeviceError(
                "A phone is connected, but USB debugging is not turned on.",
                detail="phone maker's USB device without an ADB interface",
            )
        raise errors.NoDeviceError()
    if len(adb) > 1:
        serials = ", ".join(c.phone.serial or c.phone.port_path for c in adb)
        raise errors.SeveralDevicesError(detail=f"USB phones: {serials}")
    return adb[0]


def open_usb(serial: str | None, *, timeout_s: float | None = None) -> Any:
    """Find the phone and claim its ADB interface; returns adb-shell's ``UsbTransport``, connected.

    Claiming here (not only inside ``AdbDevice.connect``) makes "busy", "no permission" and "no
    driver" surface with the right sentence before any ADB traffic. ``AdbDevice.connect`` closes and
    re-claims the transport itself, which is harmless.
    """
    import usb1

    candidates = _candidates()
    chosen = _choose(candidates, serial)
    if chosen.error is not None:
        raise chosen.error
    from adb_shell.transport.usb_transport import UsbTransport

    transport = UsbTransport(
        chosen.device,
        chosen.setting,
        usb_info=chosen.phone.serial or chosen.phone.port_path,
        default_transport_timeout_s=timeout_s,
    )
    try:
        transport.connect(timeout_s)
    except usb1.USBError as exc:
        transport.close()
        raise map_usb_error(exc) from exc
    except AssertionError as exc:  # adb-shell asserts both bulk endpoints exist
        transport.close()
        raise errors.UsbDriverError(detail=f"ADB interface without bulk endpoints: {exc}") from exc
    return transport
