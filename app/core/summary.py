"""The verdict in plain sentences for the terminal (the window has its own pages), in the current language."""

from __future__ import annotations

from app.core.assessment import ACTION_NONE, Assessment, Status
from app.i18n import QT_TRANSLATE_NOOP, translate

HEADLINES = {
    Status.COMPLIANT: QT_TRANSLATE_NOOP("Summary", "No banned app was found on this phone."),
    Status.NON_COMPLIANT: QT_TRANSLATE_NOOP(
        "Summary", "A banned app is on this phone, and the ban covers this phone: it must be removed."
    ),
    Status.ADVISORY: QT_TRANSLATE_NOOP(
        "Summary",
        "A banned app is on this phone. The ban does not cover this phone, but you are advised to remove it.",
    ),
    Status.UNDETERMINED: QT_TRANSLATE_NOOP(
        "Summary",
        "A banned app is on this phone. Whether the ban covers this phone depends on who pays for it.",
    ),
    Status.INCOMPLETE: QT_TRANSLATE_NOOP(
        "Summary",
        "No banned app was found, but part of the phone could not be read, so the check is incomplete.",
    ),
}


def _where(user: int, work_profile: bool, system: bool) -> str:
    if work_profile:
        side = translate("Summary", "the work profile")
    elif user == 0:
        side = translate("Summary", "the main user")
    else:
        side = translate("Summary", "user {0}").format(user)
    return side + (translate("Summary", ", preinstalled") if system else "")


def _state(action: str, required: bool) -> str:
    if action == ACTION_NONE:
        return translate("Summary", "disabled, counts as removed")
    if required:
        return translate("Summary", "must be removed")
    return translate("Summary", "removal advised")


def describe(a: Assessment) -> str:
    ident = a.inventory.identity
    lines = [
        translate("Summary", HEADLINES[a.status]),
        translate("Summary", "Phone: {0} {1}, Android {2}.").format(
            ident.manufacturer, ident.model, ident.android_release
        ),
        translate("Summary", "Policy: {0} (version {1}).").format(a.policy.id, a.policy.version),
    ]
    lines += [translate("Summary", "Scope: {0}").format(r.translated()) for r in a.scope.reasons]
    for f in a.findings:
        version = f" {f.version_name}" if f.version_name else ""
        lines.append(
            translate("Summary", "- {0} ({1}) on {2}: {3}.").format(
                f.app + version, f.package, _where(f.user, f.work_profile, f.system), _state(f.action, f.required)
            )
        )
    if a.inventory.users_unreadable:
        users = ", ".join(str(u) for u in a.inventory.users_unreadable)
        lines.append(
            translate(
                "Summary",
                "Could not read user(s) {0} (for example a Samsung Secure Folder): open it on the phone and "
                "check its apps by hand.",
            ).format(users)
        )
    scanned = ", ".join(map(str, a.inventory.users_scanned))
    lines.append(translate("Summary", "{0} apps checked in users {1}.").format(a.inventory.packages_scanned, scanned))
    return "\n".join(lines)
