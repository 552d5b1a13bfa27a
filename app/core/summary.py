"""The verdict in plain sentences for the terminal (the GUI has its own, translated, pages)."""

from __future__ import annotations

from app.core.assessment import ACTION_NONE, Assessment, Status

HEADLINES = {
    Status.COMPLIANT: "No banned app was found on this phone.",
    Status.NON_COMPLIANT: "A banned app is on this phone, and the ban covers this phone: it must be removed.",
    Status.ADVISORY: (
        "A banned app is on this phone. The ban does not cover this phone, but you are advised to remove it."
    ),
    Status.UNDETERMINED: "A banned app is on this phone. Whether the ban covers this phone depends on who pays for it.",
    Status.INCOMPLETE: "No banned app was found, but part of the phone could not be read, so the check is incomplete.",
}


def _where(f_user: int, work_profile: bool, system: bool) -> str:
    side = "work profile" if work_profile else ("main user" if f_user == 0 else f"user {f_user}")
    return side + (", preinstalled" if system else "")


def describe(a: Assessment) -> str:
    ident = a.inventory.identity
    lines = [
        HEADLINES[a.status],
        f"Phone: {ident.manufacturer} {ident.model}, Android {ident.android_release}.",
        f"Policy: {a.policy.id} (version {a.policy.version}).",
    ]
    lines += [f"Scope: {r.text}" for r in a.scope.reasons]
    for f in a.findings:
        version = f" {f.version_name}" if f.version_name else ""
        state = (
            "disabled, counts as removed"
            if f.action == ACTION_NONE
            else ("must be removed" if f.required else "removal advised")
        )
        lines.append(f"- {f.app}{version} ({f.package}) on the {_where(f.user, f.work_profile, f.system)}: {state}.")
    if a.inventory.users_unreadable:
        users = ", ".join(str(u) for u in a.inventory.users_unreadable)
        lines.append(
            f"Could not read user(s) {users} (for example a Samsung Secure Folder): open it on the phone and "
            "check its apps by hand."
        )
    lines.append(
        f"{a.inventory.packages_scanned} apps checked in users {', '.join(map(str, a.inventory.users_scanned))}."
    )
    return "\n".join(lines)
