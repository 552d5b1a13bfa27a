"""Translated sentences for what core and device report by code (errors, statuses, scope reasons).

Core and device speak English and stable codes; the window shows these, in the person's language.
Every string is a literal inside ``translate`` so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.assessment import Status
from app.device.errors import DeviceError


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def error_texts(exc: object) -> tuple[str, str]:
    """(what happened, what to do next) for any failure, in the person's language."""
    code = exc.code if isinstance(exc, DeviceError) else "internal"
    texts = {
        "no_device": (
            _t("No phone was found."),
            _t("Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging."),
        ),
        "several_devices": (_t("More than one phone is connected."), _t("Choose the phone to check in the list.")),
        "auth_waiting": (
            _t("The phone is asking whether to allow USB debugging from this computer."),
            _t("Unlock the phone and tap Allow on the prompt, then try again."),
        ),
        "auth_ignored": (
            _t("The phone did not answer the request to allow USB debugging."),
            _t("Unlock the phone, look for the 'Allow USB debugging?' prompt and tap Allow, then try again."),
        ),
        "auth_refused": (
            _t("The phone refused USB debugging from this computer."),
            _t(
                "Unplug the phone, plug it in again and tap Allow when it asks. If it never asks, use "
                "Developer options > Revoke USB debugging authorisations, then try again."
            ),
        ),
        "interface_busy": (
            _t("Another program on this computer is already using the phone's USB connection."),
            _t("Close Android Studio or other phone tools, then try again."),
        ),
        "usb_permission": (
            _t("This computer does not allow this program to open the phone's USB connection."),
            _t("Ask your helpdesk to install the Android USB rule on this computer, then plug the phone in again."),
        ),
        "usb_driver": (
            _t("Windows has no usable USB driver for this phone."),
            _t("Install the phone maker's USB driver (or Google's USB driver for Pixel phones), then try again."),
        ),
        "usb_unavailable": (
            _t("USB access is not available on this computer."),
            _t("Ask your helpdesk to reinstall Phone Self-Check."),
        ),
        "disconnected": (
            _t("The connection to the phone was lost."),
            _t("Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed."),
        ),
        "timeout": (_t("The phone stopped answering."), _t("Unlock the phone, check the cable, and try again.")),
        "refused": (
            _t("The phone refused the connection."),
            _t("Check that USB debugging is on, then try again."),
        ),
        "garbled_output": (
            _t("The phone gave an answer that could not be read completely, so it cannot be called clean."),
            _t("Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk."),
        ),
        "cancelled": (
            _t("The check was stopped before it finished."),
            _t("Nothing was changed on the phone. Start the check again when you are ready."),
        ),
        "key_file": (
            _t("This computer's connection key for the phone could not be read or created."),
            _t("Check that your user folder is not full, then try again."),
        ),
    }
    return texts.get(
        code,
        (
            _t("Something unexpected went wrong."),
            _t("Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk."),
        ),
    )


def status_headline(status: Status) -> str:
    return {
        Status.COMPLIANT: _t("No banned app on this phone"),
        Status.NON_COMPLIANT: _t("A banned app must be removed"),
        Status.ADVISORY: _t("A banned app is on this phone: removal advised"),
        Status.UNDETERMINED: _t("A banned app is on this phone: who pays for it?"),
        Status.INCOMPLETE: _t("Part of the phone could not be checked"),
    }[status]


def status_explanation(status: Status) -> str:
    return {
        Status.COMPLIANT: _t("We looked at every user and profile on this phone and found none of the banned apps."),
        Status.NON_COMPLIANT: _t(
            "This phone is covered by the decision, and a banned app is installed. You can remove it now: "
            "nothing else on your phone is touched."
        ),
        Status.ADVISORY: _t(
            "This phone is not covered by the decision, so you do not have to remove the app. "
            "You are advised not to keep it."
        ),
        Status.UNDETERMINED: _t(
            "Whether you must remove the app depends on who pays for this phone. Go back and say who pays."
        ),
        Status.INCOMPLETE: _t(
            "No banned app was found where we could look, but part of the phone could not be read. "
            "Check that part by hand, as explained below."
        ),
    }[status]


def scope_reason(code: str, english: str) -> str:
    """A scope reason by its code; unknown codes fall back to the English sentence from core."""
    texts = {
        "declared_service": _t(
            "You said the authority pays fully for this phone or its subscription: the decision covers it."
        ),
        "declared_shared": _t(
            "You said the authority pays partly for this phone or its subscription: the decision covers it."
        ),
        "declared_personal": _t(
            "You said you pay for this phone yourself: the decision does not cover it, "
            "but you are advised not to install the app."
        ),
        "mismatch_managed": _t("The phone says it is managed by an organisation; please check who pays for it."),
        "mismatch_personal_with_work_profile": _t(
            "The phone looks like a personal phone with a work profile; please check who pays for it."
        ),
        "auto_device_owner": _t("The phone is fully managed by a device owner: it is treated as a service phone."),
        "auto_org_owned": _t(
            "The phone has a work profile on an organisation-owned device: it is treated as a service phone."
        ),
        "auto_work_profile": _t(
            "The phone has a work profile but is not owned by an organisation: it is treated as a personal phone."
        ),
        "auto_unmanaged": _t("The phone shows no management, so it cannot tell who pays for it: please say who does."),
        "policy_covers_work_profile": _t(
            "This policy also covers work profiles: the apps in the work profile must go, "
            "the personal side stays personal."
        ),
    }
    return texts.get(code, english)


def where_text(user: int, work_profile: bool, system: bool) -> str:
    if work_profile:
        side = _t("Work profile")
    elif user == 0:
        side = _t("Personal side (main user)")
    else:
        side = _t("Other user or profile ({0})").format(user)
    return side + (_t(", preinstalled") if system else "")
