"""The data a scan reads from a phone, as plain typed values (parsers fill them, assessment reads them).

Nothing here is ever written to disk whole: the full package list lives only in memory for the
length of one scan. Phone user names are parsed away and never kept (they are often the owner's
real name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

# Android's UserInfo flags (frameworks/base core/java/android/content/pm/UserInfo.java).
FLAG_MANAGED_PROFILE = 0x00000020
FLAG_PROFILE = 0x00001000


@dataclass(frozen=True)
class PhoneUser:
    """One Android user or profile, from ``pm list users``. The name is deliberately absent."""

    id: int
    flags: int
    running: bool

    @property
    def is_work_profile(self) -> bool:
        return bool(self.flags & FLAG_MANAGED_PROFILE)


class PackageLine(NamedTuple):
    """One ``package:`` line of ``pm list packages``; fields are None when the flag was not given.

    A NamedTuple rather than a frozen dataclass: a phone can list 20,000 of these and a frozen
    dataclass costs several times more to build.
    """

    name: str
    path: str | None = None
    version_code: int | None = None
    installer: str | None = None
    uids: tuple[int, ...] = ()


@dataclass(frozen=True)
class PackageListing:
    """A parsed ``pm list packages`` answer.

    ``denied_users`` holds users the shell may not read (``SecurityException``); ``failed`` is set
    when the whole command failed (an exception or an unknown option) rather than listing nothing.
    """

    packages: tuple[PackageLine, ...]
    denied_users: tuple[int, ...] = ()
    failed: str | None = None


@dataclass(frozen=True)
class Owner:
    """A device or profile owner from ``dpm list-owners`` or ``dumpsys device_policy``."""

    user: int
    package: str
    component: str
    device_owner: bool = False
    profile_owner: bool = False
    organization_owned: bool = False
    affiliated: bool = False


@dataclass(frozen=True)
class OwnersInfo:
    """All owners the phone reports. ``available`` is False when the phone has no such command."""

    owners: tuple[Owner, ...]
    available: bool = True

    @property
    def device_owner(self) -> Owner | None:
        return next((o for o in self.owners if o.device_owner), None)

    @property
    def organization_owned(self) -> bool:
        return any(o.organization_owned for o in self.owners)


@dataclass(frozen=True)
class PackageUserState:
    """One package's state for one user, from ``dumpsys package PKG`` (``User N: ... installed=...``)."""

    user: int
    installed: bool
    enabled_state: int  # COMPONENT_ENABLED_STATE_*: 0 default, 1 enabled, 2 disabled, 3 disabled-user, 4 until-used
    hidden: bool = False

    @property
    def enabled(self) -> bool:
        return self.enabled_state in (0, 1)


@dataclass(frozen=True)
class PackageDetails:
    """What ``dumpsys package PKG`` says about one package (read only for findings)."""

    package: str
    version_name: str | None = None
    version_code: int | None = None
    installer: str | None = None
    system: bool = False
    user_states: tuple[PackageUserState, ...] = ()

    def state_for(self, user: int) -> PackageUserState | None:
        return next((s for s in self.user_states if s.user == user), None)


class Management(StrEnum):
    """How the phone says it is managed (the contract's ``signals.management``)."""

    FULLY_MANAGED = "fully_managed"
    ORG_OWNED_WORK_PROFILE = "org_owned_work_profile"
    WORK_PROFILE = "work_profile"
    NONE = "none"


@dataclass(frozen=True)
class DeviceIdentity:
    """The few properties the check needs from ``getprop``."""

    manufacturer: str
    model: str
    android_release: str
    sdk: int
    serial: str | None


@dataclass(frozen=True)
class InstalledApp:
    """One package installed for one user, as the scan saw it."""

    package: str
    user: int
    system: bool
    enabled: bool
    version_code: int | None = None
    version_name: str | None = None
    installer: str | None = None


@dataclass
class Inventory:
    """Everything one scan read. Held in memory only; ``packages_scanned`` is all that is kept."""

    identity: DeviceIdentity
    users: list[PhoneUser]
    owners: OwnersInfo
    users_scanned: list[int] = field(default_factory=list)
    users_unreadable: list[int] = field(default_factory=list)
    packages_scanned: int = 0
    # Only the apps that matter to the policy are kept here; the rest is counted and dropped.
    matches: list[InstalledApp] = field(default_factory=list)

    @property
    def work_profile_users(self) -> list[int]:
        return sorted(u.id for u in self.users if u.is_work_profile)
