"""Translated sentences for what core and device report by code (errors, statuses, scope reasons).

Core and device speak English and stable codes; the window shows these, in the person's language.
Every string is a literal inside ``translate`` so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.assessment import Status
from app.core.scope import Reason
from app.device.errors import DeviceError


def error_texts(exc: object) -> tuple[str, str]:
    """(what happened, what to do next) for any failure, in the person's language."""
    code = exc.code if isinstance(exc, DeviceError) else "internal"
    texts = {
        "no_device": (
            QCoreApplication.translate("Texts", "No phone was found."),
            QCoreApplication.translate(
                "Texts", "Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging."
            ),
        ),
        "several_devices": (
            QCoreApplication.translate("Texts", "More than one phone is connected."),
            QCoreApplication.translate("Texts", "Choose the phone to check in the list."),
        ),
        "auth_waiting": (
            QCoreApplication.translate(
                "Texts", "The phone is asking whether to allow USB debugging from this computer."
            ),
            QCoreApplication.translate("Texts", "Unlock the phone and tap Allow on the prompt, then try again."),
        ),
        "auth_ignored": (
            QCoreApplication.translate("Texts", "The phone did not answer the request to allow USB debugging."),
            QCoreApplication.translate(
                "Texts", "Unlock the phone, look for the 'Allow USB debugging?' prompt and tap Allow, then try again."
            ),
        ),
        "auth_refused": (
            QCoreApplication.translate("Texts", "The phone refused USB debugging from this computer."),
            QCoreApplication.translate(
                "Texts",
                "Unplug the phone, plug it in again and tap Allow when it asks. If it never asks, use "
                "Developer options > Revoke USB debugging authorisations, then try again.",
            ),
        ),
        "interface_busy": (
            QCoreApplication.translate(
                "Texts", "Another program on this computer is already using the phone's USB connection."
            ),
            QCoreApplication.translate("Texts", "Close Android Studio or other phone tools, then try again."),
        ),
        "usb_permission": (
            QCoreApplication.translate(
                "Texts", "This computer does not allow this program to open the phone's USB connection."
            ),
            QCoreApplication.translate(
                "Texts",
                "Ask your helpdesk to install the Android USB rule on this computer, then plug the phone in again.",
            ),
        ),
        "usb_driver": (
            QCoreApplication.translate("Texts", "Windows has no usable USB driver for this phone."),
            QCoreApplication.translate(
                "Texts",
                "Install the phone maker's USB driver (or Google's USB driver for Pixel phones), then try again.",
            ),
        ),
        "usb_unavailable": (
            QCoreApplication.translate("Texts", "USB access is not available on this computer."),
            QCoreApplication.translate("Texts", "Ask your helpdesk to reinstall Phone Self-Check."),
        ),
        "disconnected": (
            QCoreApplication.translate("Texts", "The connection to the phone was lost."),
            QCoreApplication.translate(
                "Texts", "Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed."
            ),
        ),
        "timeout": (
            QCoreApplication.translate("Texts", "The phone stopped answering."),
            QCoreApplication.translate("Texts", "Unlock the phone, check the cable, and try again."),
        ),
        "refused": (
            QCoreApplication.translate("Texts", "The phone refused the connection."),
            QCoreApplication.translate("Texts", "Check that USB debugging is on, then try again."),
        ),
        "garbled_output": (
            QCoreApplication.translate(
                "Texts", "The phone gave an answer that could not be read completely, so it cannot be called clean."
            ),
            QCoreApplication.translate(
                "Texts", "Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk."
            ),
        ),
        "cancelled": (
            QCoreApplication.translate("Texts", "The check was stopped before it finished."),
            QCoreApplication.translate(
                "Texts", "Nothing was changed on the phone. Start the check again when you are ready."
            ),
        ),
        "adb_server_unavailable": (
            QCoreApplication.translate("Texts", "The phone tools' adb server is not running on this computer."),
            QCoreApplication.translate("Texts", "Choose the phone again from the list, or ask your helpdesk."),
        ),
        "bad_device": (
            QCoreApplication.translate("Texts", "That phone could not be found any more."),
            QCoreApplication.translate("Texts", "Unplug the phone, plug it in again and choose it from the list."),
        ),
        "command_not_allowed": (
            QCoreApplication.translate("Texts", "The check stopped itself before sending something it does not allow."),
            QCoreApplication.translate("Texts", "Nothing was sent to the phone. Please tell your helpdesk."),
        ),
        "key_file": (
            QCoreApplication.translate(
                "Texts", "This computer's connection key for the phone could not be read or created."
            ),
            QCoreApplication.translate("Texts", "Check that your user folder is not full, then try again."),
        ),
    }
    return texts.get(
        code,
        (
            QCoreApplication.translate("Texts", "Something unexpected went wrong."),
            QCoreApplication.translate(
                "Texts", "Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk."
            ),
        ),
    )


def status_headline(status: Status) -> str:
    return {
        Status.COMPLIANT: QCoreApplication.translate("Texts", "No banned app on this phone"),
        Status.NON_COMPLIANT: QCoreApplication.translate("Texts", "A banned app must be removed"),
        Status.ADVISORY: QCoreApplication.translate("Texts", "A banned app is on this phone: removal advised"),
        Status.UNDETERMINED: QCoreApplication.translate("Texts", "A banned app is on this phone: who pays for it?"),
        Status.INCOMPLETE: QCoreApplication.translate("Texts", "Part of the phone could not be checked"),
    }[status]


def status_explanation(status: Status) -> str:
    return {
        Status.COMPLIANT: QCoreApplication.translate(
            "Texts", "We looked at every user and profile on this phone and found none of the banned apps."
        ),
        Status.NON_COMPLIANT: QCoreApplication.translate(
            "Texts",
            "This phone is covered by the decision, and a banned app is installed. You can remove it now: "
            "nothing else on your phone is touched.",
        ),
        Status.ADVISORY: QCoreApplication.translate(
            "Texts",
            "This phone is not covered by the decision, so you do not have to remove the app. "
            "You are advised not to keep it.",
        ),
        Status.UNDETERMINED: QCoreApplication.translate(
            "Texts", "Whether you must remove the app depends on who pays for this phone. Go back and say who pays."
        ),
        Status.INCOMPLETE: QCoreApplication.translate(
            "Texts",
            "No banned app was found where we could look, but part of the phone could not be read. "
            "Check that part by hand, as explained below.",
        ),
    }[status]


def scope_reason(reason: Reason) -> str:
    """A scope reason in the person's language (the templates live in core, context "Scope")."""
    return QCoreApplication.translate("Scope", reason.template).format(*reason.args)


def where_text(user: int, work_profile: bool, system: bool) -> str:
    if work_profile:
        side = QCoreApplication.translate("Texts", "Work profile")
    elif user == 0:
        side = QCoreApplication.translate("Texts", "Personal side (main user)")
    else:
        side = QCoreApplication.translate("Texts", "Other user or profile ({0})").format(user)
    return side + (QCoreApplication.translate("Texts", ", preinstalled") if system else "")
