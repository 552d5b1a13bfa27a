"""The simulated phone's mutable state: users, per-user package state, owners, settings, what was done to it.

One ``Phone`` lives as long as its server, shared by every connection, so an app uninstalled in
one session stays uninstalled in the next (as on a real phone). Domain rules (what an uninstall
for one user means for a system app, which packages a device owner protects) live here; the
text Android prints for them lives in the command modules.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

from .filler import stable_hex
from .profiles import OwnerSpec, PackageSpec, Profile, UserSpec

STATE_DEFAULT = 0
STATE_ENABLED = 1
STATE_DISABLED = 2
STATE_DISABLED_USER = 3
STATE_DISABLED_UNTIL_USED = 4

ENABLED_STATE_NAMES = {
    STATE_DEFAULT: "default",
    STATE_ENABLED: "enabled",
    STATE_DISABLED: "disabled",
    STATE_DISABLED_USER: "disabled-user",
    STATE_DISABLED_UNTIL_USED: "disabled-until-used",
}

PER_USER_RANGE = 100_000


def java_string_hash(text: str) -> int:
    """Java's ``String.hashCode`` as a signed 32-bit int (pm's output order comes from Java hash maps)."""
    h = 0
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:  # a supplementary character is two UTF-16 units in Java
            code -= 0x10000
            h = (31 * h + (0xD800 + (code >> 10))) & 0xFFFFFFFF
            code = 0xDC00 + (code & 0x3FF)
        h = (31 * h + code) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


@dataclass
class UserPackageState:
    """A package's state for one user, as ``dumpsys package`` prints it."""

    installed: bool
    enabled: int = STATE_DEFAULT
    hidden: bool = False
    suspended: bool = False
    stopped: bool = False
    not_launched: bool = False
    ce_data_inode: int = 0
    last_disabled_caller: str | None = None

    @property
    def is_enabled(self) -> bool:
        """What ``ApplicationInfo.enabled`` says: only DEFAULT and ENABLED count as enabled."""
        return self.enabled in (STATE_DEFAULT, STATE_ENABLED)


@dataclass
class PackageRecord:
    """A package on the phone (on the system image, or installed for at least one user)."""

    name: str
    version_code: int
    version_name: str
    installer: str | None
    system: bool
    path: str
    app_id: int
    min_sdk: int
    target_sdk: int
    first_install_time: str
    uninstall_failures: dict[str, str]
    disable_blocked: tuple[int, ...]
    states: dict[int, UserPackageState] = field(default_factory=dict)
    java_hash: int = 0
    hash_id: str = ""

    def state(self, user: int) -> UserPackageState | None:
        return self.states.get(user)

    def installed_for(self, user: int) -> bool:
        state = self.states.get(user)
        return state is not None and state.installed

    def any_installed(self) -> bool:
        return any(s.installed for s in self.states.values())

    def uid(self, user: int) -> int:
        return user * PER_USER_RANGE + self.app_id

    @property
    def code_path(self) -> str:
        """The folder dumpsys calls codePath (the APK's directory, or the APK itself for framework-res)."""
        if self.path.endswith("/base.apk") or self.path.count("/") > 3:
            return self.path.rsplit("/", 1)[0]
        return self.path


class Phone:
    """Mutable phone state built from a profile. Hold ``lock`` while reading several fields together."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.lock = threading.RLock()
        self.device = profile.device
        self.formats = profile.formats
        self.props: dict[str, str] = dict(profile.props)
        self.settings: dict[str, dict[str, str]] = {ns: dict(v) for ns, v in profile.settings.items()}
        self.users: list[UserSpec] = list(profile.users)
        self.owners: list[OwnerSpec] = list(profile.owners)
        self.packages: dict[str, PackageRecord] = {}
        for spec in profile.packages:
            self.packages[spec.name] = self._record(spec)
        # What happened to the phone, for tests and the helpdesk training mode.
        self.command_log: deque[str] = deque(maxlen=10_000)
        self.started_intents: list[str] = []
        self.reboots = 0
        self.accepted_keys: list[tuple[str, str]] = []  # (fingerprint, public key text) allowed, newest last

    def _record(self, spec: PackageSpec) -> PackageRecord:
        user_ids = [u.id for u in self.users]
        installed = set(user_ids if spec.users is None else spec.users)
        states: dict[int, UserPackageState] = {}
        for uid in user_ids:
            if uid in installed or spec.system:
                inode = -(4_294_967_296 - int(stable_hex(f"{spec.name}:{uid}", 6), 16))
                states[uid] = UserPackageState(
                    installed=uid in installed,
                    enabled=spec.enabled.get(uid, STATE_DEFAULT),
                    ce_data_inode=inode,
                    last_disabled_caller="com.android.shell" if spec.enabled.get(uid, 0) == 3 else None,
                )
        return PackageRecord(
            name=spec.name,
            version_code=spec.version_code,
            version_name=spec.version_name,
            installer=spec.installer,
            system=spec.system,
            path=spec.path,
            app_id=spec.app_id,
            min_sdk=spec.min_sdk,
            target_sdk=spec.target_sdk,
            first_install_time=spec.first_install_time,
            uninstall_failures=dict(spec.uninstall_failures),
            disable_blocked=spec.disable_blocked,
            states=states,
            java_hash=java_string_hash(spec.name),
            hash_id=stable_hex(spec.name),
        )

    # ---------------------------------------------------------------- queries

    @property
    def sdk(self) -> int:
        return self.device.sdk

    def user(self, user_id: int) -> UserSpec | None:
        return next((u for u in self.users if u.id == user_id), None)

    def user_ids(self) -> list[int]:
        return [u.id for u in self.users]

    def package(self, name: str) -> PackageRecord | None:
        return self.packages.get(name)

    def is_installed(self, name: str, user: int = 0) -> bool:
        """True when ``name`` is installed for ``user`` (what a scan of that user should find)."""
        with self.lock:
            record = self.packages.get(name)
            return record is not None and record.installed_for(user)

    def installed_users(self, name: str) -> list[int]:
        with self.lock:
            record = self.packages.get(name)
            return [] if record is None else sorted(u for u, s in record.states.items() if s.installed)

    def enabled_state(self, name: str, user: int = 0) -> int | None:
        """The COMPONENT_ENABLED_STATE_* value for ``user``, or None when the package has no state there."""
        with self.lock:
            record = self.packages.get(name)
            state = None if record is None else record.state(user)
            return None if state is None else state.enabled

    def owner_packages(self, user: int | None = None) -> set[str]:
        return {o.package for o in self.owners if user is None or o.user == user}

    # ---------------------------------------------------------------- changes

    def uninstall(self, name: str, user: int | None, *, keep_data: bool = False) -> str:
        """Uninstall like PackageManagerService; return ``Success`` or the text inside ``Failure [...]``.

        ``user`` None is ``pm uninstall`` without --user (DELETE_ALL_USERS). The caller has already
        checked that a given user exists and may be accessed.
        """
        with self.lock:
            record = self.packages.get(name)
            if user is None:
                if record is None:
                    return "DELETE_FAILED_INTERNAL_ERROR"
                if "all" in record.uninstall_failures:
                    return record.uninstall_failures["all"]
                if name in self.owner_packages():
                    return "DELETE_FAILED_DEVICE_POLICY_MANAGER"
                if record.system:
                    return "DELETE_FAILED_INTERNAL_ERROR"
                if keep_data:
                    for state in record.states.values():
                        state.installed = False
                else:
                    del self.packages[name]
                return "Success"
            if record is None or not record.installed_for(user):
                return f"not installed for {user}"
            if str(user) in record.uninstall_failures:
                return record.uninstall_failures[str(user)]
            if name in self.owner_packages(user):
                return "DELETE_FAILED_DEVICE_POLICY_MANAGER"
            if record.system or keep_data:
                record.states[user].installed = False  # still on the system image, or data kept (-k)
            else:
                del record.states[user]  # data removed too: `pm list packages -u` no longer shows it
            if not record.system and not record.states:
                del self.packages[name]
            return "Success"

    def set_enabled(self, name: str, user: int, new_state: int) -> None:
        """Change the enabled state as the shell may; raise like PackageManagerService does.

        ``KeyError`` for an unknown (or not installed) package, ``PermissionError`` when the shell
        may not make the change (protected package, or a state other than default/enabled/disabled-user).
        """
        with self.lock:
            record = self.packages.get(name)
            state = None if record is None else record.state(user)
            if record is None or state is None or not state.installed:
                raise KeyError(name)
            allowed = (STATE_DEFAULT, STATE_ENABLED, STATE_DISABLED_USER)
            if state.enabled not in allowed or new_state not in allowed:
                raise PermissionError(f"Shell cannot change component state for {name}/null to {new_state}")
            if new_state == STATE_DISABLED_USER and (-1 in record.disable_blocked or user in record.disable_blocked):
                raise PermissionError(f"Cannot disable a protected package: {name}")
            state.enabled = new_state
            state.last_disabled_caller = "com.android.shell" if new_state == STATE_DISABLED_USER else None

    def install_existing(self, name: str, user: int) -> bool:
        """``cmd package install-existing``: reinstall for ``user`` a package still on the phone."""
        with self.lock:
            record = self.packages.get(name)
            if record is None:
                return False
            state = record.states.get(user)
            if state is None:
                inode = -(4_294_967_296 - int(stable_hex(f"{name}:{user}", 6), 16))
                record.states[user] = UserPackageState(installed=True, ce_data_inode=inode)
            else:
                state.installed = True
                state.hidden = False
            return True
