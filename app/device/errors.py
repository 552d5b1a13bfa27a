"""Typed device errors, each with one plain sentence and what to do next.

Library code raises these and never exits; the CLI turns them into exit code 4 and the GUI
into its guidance. ``code`` is the stable machine name used in ``{"error": {"code": ...}}``.
Sentences are English here; the GUI translates by ``code``.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate


class DeviceError(Exception):
    """Base of every failure to reach or read the phone (CLI exit code 4)."""

    code = "device_error"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "The phone could not be read.")
    next_step = QT_TRANSLATE_NOOP("DeviceErrors", "Unplug the phone, plug it in again and retry.")

    def __init__(self, message: str | None = None, *, next_step: str | None = None, detail: str = "") -> None:
        self.message = message or type(self).message
        self.next_step = next_step or type(self).next_step
        self.detail = detail  # technical detail for --debug and the helpdesk log, never shown alone
        super().__init__(self.message)

    def sentence(self) -> str:
        """The message and the next step as one line for a person, in the current language."""
        return f"{translate('DeviceErrors', self.message)} {translate('DeviceErrors', self.next_step)}"


class NoDeviceError(DeviceError):
    code = "no_device"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "No phone was found.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors",
        "Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging "
        "in Developer options.",
    )


class SeveralDevicesError(DeviceError):
    code = "several_devices"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "More than one phone is connected.")
    next_step = QT_TRANSLATE_NOOP("DeviceErrors", "Unplug the other phones, or name one with --device usb:SERIAL.")


class AuthWaitingError(DeviceError):
    code = "auth_waiting"
    message = QT_TRANSLATE_NOOP(
        "DeviceErrors", "The phone is asking whether to allow USB debugging from this computer."
    )
    next_step = QT_TRANSLATE_NOOP("DeviceErrors", "Unlock the phone and tap Allow on the prompt, then try again.")


class AuthIgnoredError(DeviceError):
    code = "auth_ignored"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "The phone did not answer the request to allow USB debugging.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Unlock the phone, look for the 'Allow USB debugging?' prompt and tap Allow, then try again."
    )


class AuthRefusedError(DeviceError):
    code = "auth_refused"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "The phone refused USB debugging from this computer.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors",
        "Unplug and plug the phone in again and tap Allow when it asks. If it never asks, use "
        "Developer options > Revoke USB debugging authorisations, then try again.",
    )


class InterfaceBusyError(DeviceError):
    code = "interface_busy"
    message = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Another program on this computer is already using the phone's USB connection."
    )
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors",
        "Close Android Studio or other phone tools, or run 'adb kill-server', or use --device adb:SERIAL "
        "to go through the running adb server.",
    )


class UsbPermissionError(DeviceError):
    code = "usb_permission"
    message = QT_TRANSLATE_NOOP(
        "DeviceErrors", "This computer does not allow this program to open the phone's USB connection."
    )
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors",
        "On Linux, install the Android udev rule (resources/udev/51-android.rules) into /etc/udev/rules.d/, "
        "run 'sudo udevadm control --reload-rules', then unplug and plug the phone in again.",
    )


class UsbDriverError(DeviceError):
    code = "usb_driver"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "Windows has no usable USB driver for this phone.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors",
        "Install the phone maker's USB driver (or Google's USB driver for Pixel phones), then try again.",
    )


class UsbUnavailableError(DeviceError):
    code = "usb_unavailable"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "USB access is not available on this computer.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Reinstall Phone Self-Check, or connect through the adb server with --device adb:SERIAL."
    )


class DisconnectedError(DeviceError):
    code = "disconnected"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "The connection to the phone was lost.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed."
    )


class DeviceTimeoutError(DeviceError):
    code = "timeout"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "The phone stopped answering.")
    next_step = QT_TRANSLATE_NOOP("DeviceErrors", "Unlock the phone, check the cable, and try again.")


class ConnectionRefusedError_(DeviceError):
    code = "refused"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "The phone refused the connection.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Check that USB (or wireless) debugging is on and the address is right, then try again."
    )


class GarbledOutputError(DeviceError):
    code = "garbled_output"
    message = QT_TRANSLATE_NOOP(
        "DeviceErrors", "The phone gave an answer that could not be read completely, so it cannot be called clean."
    )
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk."
    )


class CommandNotAllowedError(DeviceError):
    """Raised before anything is sent: a bug or a hostile value, never the phone's fault."""

    code = "command_not_allowed"
    message = QT_TRANSLATE_NOOP(
        "DeviceErrors", "A command outside the allowed list was stopped before it reached the phone."
    )
    next_step = QT_TRANSLATE_NOOP("DeviceErrors", "Nothing was sent. Please report this to your helpdesk.")


class BadDeviceSpecError(DeviceError):
    code = "bad_device"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "That device name is not understood.")
    next_step = QT_TRANSLATE_NOOP("DeviceErrors", "Use usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL or demo[:PROFILE].")


class KeyFileError(DeviceError):
    """This computer's ADB key (the one the phone is asked to trust) cannot be read or written."""

    code = "key_file"
    message = QT_TRANSLATE_NOOP(
        "DeviceErrors", "This computer's connection key for the phone could not be read or created."
    )
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors",
        "Check that your user folder is not full or read-only (or set PHONE_SELFCHECK_DATA_DIR to a "
        "writable folder), then try again.",
    )


class AdbServerUnavailableError(DeviceError):
    """Nothing answers as Google's adb server on its port (usually 5037)."""

    code = "adb_server_unavailable"
    message = QT_TRANSLATE_NOOP("DeviceErrors", "No adb server is running on this computer.")
    next_step = QT_TRANSLATE_NOOP(
        "DeviceErrors", "Start it with 'adb start-server', or connect the phone directly with --device usb."
    )
