"""Scope rules: declared ownership wins, the phone's signals decide `auto`, mismatches are said."""

from __future__ import annotations

import pytest

from app.core.inventory import (
    DeviceIdentity,
    Inventory,
    Management,
    Owner,
    OwnersInfo,
    PhoneUser,
)
from app.core.scope import Ownership, ScopeValue, decide_scope, signals_from

IDENT = DeviceIdentity("Google", "Pixel 7", "14", 34, "ABC123")
OWNER0 = PhoneUser(0, 0xC13, True)
WORK10 = PhoneUser(10, 0x1030, True)
SECURE150 = PhoneUser(150, 0x10061030, True)
DPC = "com.google.android.apps.work.clouddpc"


def inv(users: list[PhoneUser], owners: tuple[Owner, ...] = (), available: bool = True) -> Inventory:
    return Inventory(identity=IDENT, users=users, owners=OwnersInfo(owners, available))


def test_device_owner_means_fully_managed() -> None:
    s = signals_from(inv([OWNER0], (Owner(0, DPC, f"{DPC}/.R", device_owner=True),)))
    assert s.management is Management.FULLY_MANAGED
    assert s.device_owner == DPC
    assert s.work_profile_users == ()


def test_work_profile_alone_is_personal_with_work_profile() -> None:
    s = signals_from(inv([OWNER0, WORK10], (Owner(10, DPC, f"{DPC}/.R", profile_owner=True),)))
    assert s.management is Management.WORK_PROFILE
    assert s.work_profile_users == (10,)


def test_org_owned_work_profile() -> None:
    o = Owner(10, DPC, f"{DPC}/.R", profile_owner=True, organization_owned=True)
    assert signals_from(inv([OWNER0, WORK10], (o,))).management is Management.ORG_OWNED_WORK_PROFILE


def test_secure_folder_is_not_a_work_profile_when_owners_are_listed() -> None:
    s = signals_from(inv([OWNER0, SECURE150]))
    assert s.work_profile_users == ()
    assert s.management is Management.NONE


def test_flagged_profile_counts_when_the_phone_cannot_list_owners() -> None:
    s = signals_from(inv([OWNER0, WORK10], available=False))
    assert s.work_profile_users == (10,)


@pytest.mark.parametrize(
    ("management", "expected"),
    [
        (Management.FULLY_MANAGED, ScopeValue.IN_SCOPE),
        (Management.ORG_OWNED_WORK_PROFILE, ScopeValue.IN_SCOPE),
        (Management.WORK_PROFILE, ScopeValue.OUT_OF_SCOPE),
        (Management.NONE, ScopeValue.UNDETERMINED),
    ],
)
def test_auto_follows_the_design(management: Management, expected: ScopeValue) -> None:
    from app.core.scope import Signals

    scope = decide_scope(
        Ownership.AUTO, Signals("x.y" if management is Management.FULLY_MANAGED else None, (), management)
    )
    assert scope.value is expected
    assert scope.reasons


@pytest.mark.parametrize("own", [Ownership.SERVICE, Ownership.SHARED])
def test_declared_service_or_shared_is_in_scope(own: Ownership) -> None:
    from app.core.scope import Signals

    scope = decide_scope(own, Signals(None, (), Management.NONE))
    assert scope.value is ScopeValue.IN_SCOPE
    assert not scope.mismatch


def test_declared_personal_but_fully_managed_is_a_mismatch() -> None:
    from app.core.scope import Signals

    scope = decide_scope(Ownership.PERSONAL, Signals(DPC, (), Management.FULLY_MANAGED))
    assert scope.value is ScopeValue.OUT_OF_SCOPE
    assert scope.mismatch
    assert any(DPC in r.text for r in scope.reasons)
    assert any(r.code == "mismatch_managed" for r in scope.reasons)


def test_declared_service_but_personal_work_profile_is_a_mismatch() -> None:
    from app.core.scope import Signals

    scope = decide_scope(Ownership.SERVICE, Signals(None, (10,), Management.WORK_PROFILE))
    assert scope.value is ScopeValue.IN_SCOPE
    assert scope.mismatch
