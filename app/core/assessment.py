"""From an inventory, a policy and a scope to findings and a status: the verdict of the check.

The worst thing this product can do is call a phone clean that is not. So ``compliant`` needs
both no active banned app and every user read; anything unread makes the result ``incomplete``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app import TOOL_NAME, __version__
from app.core.inventory import InstalledApp, Inventory
from app.core.scope import Ownership, Scope, ScopeValue, Signals, decide_scope, reason, signals_from

if TYPE_CHECKING:
    from app.core.policy import Policy

SCAN_SCHEMA = "phone-selfcheck/scan/1"


class Status(StrEnum):
    COMPLIANT = "compliant"
    NON_COMPLIANT = "non_compliant"
    ADVISORY = "advisory"
    UNDETERMINED = "undetermined"
    INCOMPLETE = "incomplete"

    @property
    def exit_code(self) -> int:
        return _EXIT_CODES[self]


_EXIT_CODES = {
    Status.COMPLIANT: 0,
    Status.NON_COMPLIANT: 1,
    Status.ADVISORY: 2,
    Status.UNDETERMINED: 3,
    Status.INCOMPLETE: 6,
}

ACTION_UNINSTALL = "uninstall_for_user"  # must go: remove it for this user (preinstalled: disable as fallback)
ACTION_NONE = "none"  # a preinstalled app already disabled, which the policy counts as removed
ACTION_ADVISORY = "advisory"  # not covered by the decision: removal advised, not required
ACTION_CONFIRM = "confirm_ownership"  # cannot tell until the person says who pays for the phone


@dataclass(frozen=True)
class Finding:
    """One banned app for one user, with the contract's fields."""

    package: str
    app: str
    rule: str
    user: int
    work_profile: bool
    system: bool
    enabled: bool
    version_code: int | None
    version_name: str | None
    installer: str | None
    required: bool
    action: str

    @property
    def active(self) -> bool:
        """Still counts against the phone (everything except a disabled preinstalled app set aside)."""
        return self.action != ACTION_NONE

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Assessment:
    """The whole verdict, ready to print as the contract's scan JSON."""

    checked_at: datetime
    inventory: Inventory
    policy: Policy
    ownership: Ownership
    signals: Signals
    scope: Scope
    findings: tuple[Finding, ...]
    status: Status

    def to_json(self) -> dict[str, Any]:
        ident = self.inventory.identity
        return {
            "schema": SCAN_SCHEMA,
            "tool": {"name": TOOL_NAME, "version": __version__},
            "checked_at": self.checked_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "device": {
                "manufacturer": ident.manufacturer,
                "model": ident.model,
                "android_release": ident.android_release,
                "sdk": ident.sdk,
                "serial": ident.serial,
                "serial_sha256": serial_sha256(ident.serial),
            },
            "policy": {
                "id": self.policy.id,
                "version": self.policy.version,
                "effective_from": self.policy.effective_from.isoformat(),
                "review_by": self.policy.review_by.isoformat() if self.policy.review_by else None,
                "review_overdue": self.policy.review_overdue(self.checked_at.date()),
            },
            "ownership": self.ownership.value,
            "signals": self.signals.to_json(),
            "scope": self.scope.to_json(),
            "users_scanned": sorted(self.inventory.users_scanned),
            "users_unreadable": sorted(self.inventory.users_unreadable),
            "packages_scanned": self.inventory.packages_scanned,
            "findings": [f.to_json() for f in self.findings],
            "status": self.status.value,
        }


def serial_sha256(serial: str | None) -> str | None:
    """The serial's SHA-256 (hex): lets a register match phones without keeping the serial."""
    if not serial:
        return None
    return hashlib.sha256(serial.encode("utf-8")).hexdigest()


def _finding(app: InstalledApp, policy: Policy, scope: Scope, work_users: set[int]) -> Finding:
    banned = policy.app_for(app.package)
    assert banned is not None  # the reader keeps only the policy's packages
    in_work_profile = app.user in work_users
    covered = scope.value is ScopeValue.IN_SCOPE
    if scope.value is ScopeValue.IN_SCOPE and not in_work_profile and _only_work_profile_covered(scope):
        covered = False
    if app.system and not app.enabled and policy.disabled_preinstalled_counts_as_removed:
        required, action = False, ACTION_NONE
    elif covered:
        required, action = True, ACTION_UNINSTALL
    elif scope.value is ScopeValue.UNDETERMINED:
        required, action = False, ACTION_CONFIRM
    else:
        required, action = False, ACTION_ADVISORY
    return Finding(
        package=app.package,
        app=banned.app,
        rule=banned.rule,
        user=app.user,
        work_profile=in_work_profile,
        system=app.system,
        enabled=app.enabled,
        version_code=app.version_code,
        version_name=app.version_name,
        installer=app.installer,
        required=required,
        action=action,
    )


_WORK_PROFILE_REASON = "policy_covers_work_profile"
_WORK_PROFILE_REASON_TEXT = reason(_WORK_PROFILE_REASON)


def _only_work_profile_covered(scope: Scope) -> bool:
    return any(r.code == _WORK_PROFILE_REASON for r in scope.reasons)


def _apply_work_profile_rule(scope: Scope, signals: Signals, policy: Policy) -> Scope:
    """A policy may cover work profiles even on a personal phone (``work_profile_in_scope``)."""
    if policy.work_profile_in_scope and signals.work_profile_users and scope.value is ScopeValue.OUT_OF_SCOPE:
        return Scope(ScopeValue.IN_SCOPE, (*scope.reasons, _WORK_PROFILE_REASON_TEXT), scope.mismatch)
    return scope


def decide_status(findings: tuple[Finding, ...], inventory: Inventory, scope: Scope) -> Status:
    active = [f for f in findings if f.active]
    if any(f.required for f in active):
        return Status.NON_COMPLIANT
    if active and scope.value is ScopeValue.UNDETERMINED:
        return Status.UNDETERMINED
    if active:
        return Status.ADVISORY
    if inventory.users_unreadable:
        return Status.INCOMPLETE
    return Status.COMPLIANT


def assess(
    inventory: Inventory,
    policy: Policy,
    ownership: Ownership,
    *,
    checked_at: datetime | None = None,
) -> Assessment:
    """The verdict for one scan. Pure: the same inputs always give the same verdict."""
    signals = signals_from(inventory)
    scope = _apply_work_profile_rule(decide_scope(ownership, signals), signals, policy)
    work_users = set(signals.work_profile_users)
    findings = tuple(
        sorted(
            (_finding(app, policy, scope, work_users) for app in inventory.matches),
            key=lambda f: (f.user, f.package),
        )
    )
    status = decide_status(findings, inventory, scope)
    return Assessment(
        checked_at=checked_at or datetime.now(UTC),
        inventory=inventory,
        policy=policy,
        ownership=ownership,
        signals=signals,
        scope=scope,
        findings=findings,
        status=status,
    )


def today_utc() -> date:
    return datetime.now(UTC).date()
