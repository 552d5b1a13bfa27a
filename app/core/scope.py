"""Is this phone covered by the ban? Ownership as declared, checked against what the phone says.

The decision covers devices whose purchase, subscription or use the authority pays for, fully or
partly. Only the person knows who pays; the phone only hints (a device owner means an
organisation runs it). So a declared answer wins, and a disagreement is said out loud.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.core.inventory import Inventory, Management
from app.i18n import QT_TRANSLATE_NOOP, translate


class Ownership(StrEnum):
    SERVICE = "service"  # the authority pays fully
    SHARED = "shared"  # the authority pays partly
    PERSONAL = "personal"
    AUTO = "auto"  # decide from the phone's own signals


class ScopeValue(StrEnum):
    IN_SCOPE = "in_scope"
    OUT_OF_SCOPE = "out_of_scope"
    UNDETERMINED = "undetermined"


@dataclass(frozen=True)
class Signals:
    """What the phone itself says about who manages it (the contract's ``signals``)."""

    device_owner: str | None
    work_profile_users: tuple[int, ...]
    management: Management
    organization_owned: bool = False
    profile_owners: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "device_owner": self.device_owner,
            "work_profile_users": list(self.work_profile_users),
            "management": self.management.value,
        }


@dataclass(frozen=True)
class Reason:
    """One reason for the scope: a stable code, and an English template with its values.

    The template is what translators translate (context "Scope"); values such as a device owner's
    package name are filled in after translation.
    """

    code: str
    template: str
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(*self.args)

    def translated(self) -> str:
        return translate("Scope", self.template).format(*self.args)


# Every reason the check can give: code -> English template (translated in context "Scope").
# One table, so a stored receipt's reason can be shown again in another language (``reason_for``).
TEMPLATES: dict[str, str] = {
    "declared_service": QT_TRANSLATE_NOOP(
        "Scope", "You said the authority pays fully for this phone or its subscription: the decision covers it."
    ),
    "declared_shared": QT_TRANSLATE_NOOP(
        "Scope", "You said the authority pays partly for this phone or its subscription: the decision covers it."
    ),
    "mismatch_personal_with_work_profile": QT_TRANSLATE_NOOP(
        "Scope", "The phone looks like a personal phone with a work profile; please check who pays for it."
    ),
    "declared_personal": QT_TRANSLATE_NOOP(
        "Scope",
        "You said you pay for this phone yourself: the decision does not cover it, "
        "but you are advised not to install the app.",
    ),
    "mismatch_managed": QT_TRANSLATE_NOOP(
        "Scope", "The phone says it is managed by an organisation ({0}); please check who pays for it."
    ),
    "auto_device_owner": QT_TRANSLATE_NOOP(
        "Scope", "The phone is fully managed by a device owner ({0}): it is treated as a service phone."
    ),
    "auto_org_owned": QT_TRANSLATE_NOOP(
        "Scope", "The phone has a work profile on an organisation-owned device: it is treated as a service phone."
    ),
    "auto_work_profile": QT_TRANSLATE_NOOP(
        "Scope",
        "The phone has a work profile but is not owned by an organisation: it is treated as a personal phone.",
    ),
    "auto_unmanaged": QT_TRANSLATE_NOOP(
        "Scope", "The phone shows no management, so it cannot tell who pays for it: please say who does."
    ),
    "policy_covers_work_profile": QT_TRANSLATE_NOOP(
        "Scope",
        "This policy also covers work profiles: the apps in the work profile must go, "
        "the personal side stays personal.",
    ),
}


def reason(code: str, *args: str) -> Reason:
    """The reason ``code`` with its values (e.g. the device owner's package name)."""
    return Reason(code, TEMPLATES[code], args)


def reason_for(code: str, stored_text: str, device_owner: str | None) -> Reason | None:
    """Rebuild a stored reason from its code and English text; None when it cannot be matched."""
    template = TEMPLATES.get(code)
    if template is None:
        return None
    args: tuple[str, ...] = (device_owner or "?",) if "{0}" in template else ()
    for owner_guess in (args, ("?",) if args else ()):
        candidate = Reason(code, template, owner_guess)
        if candidate.text == stored_text:
            return candidate
    return None


@dataclass(frozen=True)
class Scope:
    value: ScopeValue
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    mismatch: bool = False

    def to_json(self) -> dict[str, object]:
        return {"value": self.value.value, "reasons": [r.text for r in self.reasons]}


def signals_from(inventory: Inventory) -> Signals:
    """Derive the management signals from the owners and the users' profile flags.

    A work profile is a managed-profile user; where the phone lists its owners, only a managed
    profile that has a profile owner counts (Samsung's Secure Folder carries the same flag but is
    the owner's own space, not an employer's).
    """
    owners = inventory.owners
    device_owner = owners.device_owner
    profile_owner_users = {o.user for o in owners.owners if o.profile_owner}
    flagged = [u.id for u in inventory.users if u.is_work_profile and u.id != 0]
    if owners.available or owners.owners:
        work_users = tuple(sorted(u for u in flagged if u in profile_owner_users))
    else:
        work_users = tuple(sorted(flagged))
    org_owned = owners.organization_owned
    if device_owner is not None:
        management = Management.FULLY_MANAGED
    elif work_users and org_owned:
        management = Management.ORG_OWNED_WORK_PROFILE
    elif work_users:
        management = Management.WORK_PROFILE
    else:
        management = Management.NONE
    return Signals(
        device_owner=device_owner.package if device_owner else None,
        work_profile_users=work_users,
        management=management,
        organization_owned=org_owned,
        profile_owners=tuple(sorted({o.package for o in owners.owners if o.profile_owner})),
    )


def _managed_by_organisation(signals: Signals) -> bool:
    return signals.management in (Management.FULLY_MANAGED, Management.ORG_OWNED_WORK_PROFILE)


def decide_scope(ownership: Ownership, signals: Signals) -> Scope:
    """The scope and its reasons, as DESIGN.md section 4 defines ``auto``."""
    if ownership in (Ownership.SERVICE, Ownership.SHARED):
        reasons = [reason(f"declared_{ownership.value}")]
        mismatch = signals.management is Management.WORK_PROFILE
        if mismatch:
            reasons.append(reason("mismatch_personal_with_work_profile"))
        return Scope(ScopeValue.IN_SCOPE, tuple(reasons), mismatch)

    if ownership is Ownership.PERSONAL:
        reasons = [reason("declared_personal")]
        mismatch = _managed_by_organisation(signals)
        if mismatch:
            owner = signals.device_owner or ", ".join(signals.profile_owners) or "?"
            reasons.append(reason("mismatch_managed", owner))
        return Scope(ScopeValue.OUT_OF_SCOPE, tuple(reasons), mismatch)

    # auto: decide from the phone's own signals
    if signals.management is Management.FULLY_MANAGED:
        return Scope(ScopeValue.IN_SCOPE, (reason("auto_device_owner", signals.device_owner or "?"),))
    if signals.management is Management.ORG_OWNED_WORK_PROFILE:
        return Scope(ScopeValue.IN_SCOPE, (reason("auto_org_owned"),))
    if signals.management is Management.WORK_PROFILE:
        return Scope(ScopeValue.OUT_OF_SCOPE, (reason("auto_work_profile"),))
    return Scope(ScopeValue.UNDETERMINED, (reason("auto_unmanaged"),))
