"""Device profiles: load, merge (``extends``), validate and complete the JSON describing a simulated phone.

A profile is data, not code, so testers and helpdesk trainers can describe a new phone without
touching Python. Validation is strict (unknown keys are errors) because a typo in a test profile
would otherwise silently test the wrong thing. The schema is documented in docs/simulator.md.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final, Literal, cast

from app.resources import resource_path

from . import filler

SCHEMA_ID: Final = "phone-selfcheck/device-profile/1"

AuthMode = Literal["prompt", "none"]
PromptAnswer = Literal["accept", "ignore", "reject"]
PmFormat = Literal["legacy", "single_user", "all_users"]
DeniedUserMode = Literal["abort", "error_line"]
DpmFormat = Literal["new", "old", "absent"]
DumpsysFormat = Literal["old", "new"]

PROMPT_ANSWERS: Final[tuple[str, ...]] = ("accept", "ignore", "reject")

# Android's PackageManager.COMPONENT_ENABLED_STATE_* values and the words `pm` prints for them.
ENABLED_STATES: Final[dict[str, int]] = {
    "default": 0,
    "enabled": 1,
    "disabled": 2,
    "disabled-user": 3,
    "disabled-until-used": 4,
}

# UserInfo flags (frameworks/base core/java/android/content/pm/UserInfo.java).
FLAG_MANAGED_PROFILE: Final = 0x00000020
FLAG_PROFILE: Final = 0x00001000

_NAME_RE: Final = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class ProfileError(ValueError):
    """A profile file is missing, unreadable or does not follow the schema (the message names the field)."""


@dataclass(frozen=True)
class DeviceInfo:
    """What getprop and the CNXN banner say about the hardware and build."""

    manufacturer: str
    brand: str
    model: str
    device: str
    product: str
    release: str
    sdk: int
    serial: str
    build_id: str
    security_patch: str
    incremental: str


@dataclass(frozen=True)
class UserSpec:
    """An Android user or profile. ``readable`` False means the shell gets a SecurityException for it."""

    id: int
    name: str
    flags: int
    running: bool = True
    readable: bool = True
    parent: int | None = None

    @property
    def is_managed_profile(self) -> bool:
        return bool(self.flags & FLAG_MANAGED_PROFILE)


@dataclass(frozen=True)
class OwnerSpec:
    """A device owner or profile owner (a DPC admin component)."""

    user: int
    component: str
    type: Literal["device_owner", "profile_owner"]
    organization_owned: bool = False
    affiliated: bool | None = None
    name: str = ""

    @property
    def package(self) -> str:
        return self.component.split("/", 1)[0]

    @property
    def class_name(self) -> str:
        """The fully qualified receiver class (``pkg/.Cls`` expands to ``pkg.Cls``)."""
        pkg, _, cls = self.component.partition("/")
        return pkg + cls if cls.startswith(".") else cls


@dataclass(frozen=True)
class PackageSpec:
    """A package as the profile describes it (the phone copies it into mutable per-user state)."""

    name: str
    version_code: int = 1
    version_name: str = "1.0"
    installer: str | None = None
    system: bool = False
    path: str = ""
    app_id: int = 0
    min_sdk: int = 21
    target_sdk: int = 33
    users: tuple[int, ...] | None = None  # None: every user
    enabled: Mapping[int, int] = field(default_factory=dict)
    uninstall_failures: Mapping[str, str] = field(default_factory=dict)  # "all" or a user id -> code
    disable_blocked: tuple[int, ...] = ()
    first_install_time: str = "2023-06-01 12:00:00"
    label: str = ""


@dataclass(frozen=True)
class Formats:
    """Which Android generation's output formats the phone imitates."""

    pm: PmFormat
    pm_denied_user_in_all: DeniedUserMode
    dpm: DpmFormat
    dumpsys: DumpsysFormat


@dataclass(frozen=True)
class Faults:
    """Transport faults to inject (see docs/simulator.md)."""

    slow_ms: int = 0
    drop_after_bytes: int | None = None
    garbage: bool = False
    bad_checksum: bool = False

    def merged(self, overrides: Mapping[str, Any] | None) -> Faults:
        """Return these faults with ``overrides`` (same keys) applied and validated."""
        if not overrides:
            return self
        raw = {
            "slow_ms": self.slow_ms,
            "drop_after_bytes": self.drop_after_bytes,
            "garbage": self.garbage,
            "bad_checksum": self.bad_checksum,
        }
        raw.update(overrides)
        return _parse_faults(raw, "faults")


@dataclass(frozen=True)
class Profile:
    """A fully resolved device profile: every package (filler included) and every getprop value."""

    name: str
    description: str
    device: DeviceInfo
    props: Mapping[str, str]
    settings: Mapping[str, Mapping[str, str]]
    auth: AuthMode
    prompt_answer: PromptAnswer
    faults: Faults
    formats: Formats
    users: tuple[UserSpec, ...]
    owners: tuple[OwnerSpec, ...]
    packages: tuple[PackageSpec, ...]
    source: str = ""
    inherited: tuple[tuple[str, int], ...] = ()  # (file, mtime_ns) of every profile it extends

    def package(self, name: str) -> PackageSpec | None:
        """The package spec called ``name``, if the profile has one."""
        return next((p for p in self.packages if p.name == name), None)


# --------------------------------------------------------------------------------------------------
# Loading and merging


def profiles_dir() -> Path:
    """The folder of the bundled profiles (resources/devices)."""
    return resource_path("devices")


def list_profiles() -> list[str]:
    """Names of the bundled profiles, sorted."""
    folder = profiles_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json"))


def _resolve(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or text.endswith(".json") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_absolute() and relative_to is not None and not path.exists():
            path = relative_to / path
        if not path.is_file():
            raise ProfileError(f"profile file {text!r} does not exist")
        return path
    if not _NAME_RE.match(text):
        raise ProfileError(f"{text!r} is not a profile name (lower-case letters, digits, _) or a .json path")
    path = resource_path("devices", text + ".json")
    if not path.is_file() and relative_to is not None and (relative_to / (text + ".json")).is_file():
        path = relative_to / (text + ".json")
    if not path.is_file():
        known = ", ".join(list_profiles()) or "none"
        raise ProfileError(f"no profile called {text!r} (known: {known})")
    return path


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(f"cannot read profile {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise ProfileError(f"profile {path} is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise ProfileError(f"profile {path} must hold a JSON object")
    return raw


def _merge_keyed(base: list[Any], override: list[Any], key: str, where: str) -> list[Any]:
    """Merge lists of objects by ``key``: same key -> fields overridden; ``"remove": true`` drops it."""
    result: dict[Any, dict[str, Any]] = {}
    for item in base:
        if isinstance(item, dict) and key in item:
            result[item[key]] = dict(item)
    for item in override:
        if not isinstance(item, dict) or key not in item:
            raise ProfileError(f"{where}: every entry needs a {key!r}")
        if item.get("remove") is True:
            result.pop(item[key], None)
            continue
        merged = _deep_merge(result.get(item[key], {}), item)
        result[item[key]] = merged
    return list(result.values())


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _load_raw(path: Path, chain: tuple[Path, ...], files: list[tuple[str, int]] | None = None) -> dict[str, Any]:
    if path.resolve() in chain:
        names = " -> ".join(p.stem for p in (*chain, path))
        raise ProfileError(f"profile inheritance loops: {names}")
    raw = _read_json(path)
    parent_name = raw.get("extends")
    if parent_name is None:
        return raw
    if not isinstance(parent_name, str):
        raise ProfileError(f"{path.name}: 'extends' must be a profile name or path")
    parent_path = _resolve(parent_name, relative_to=path.parent)
    if files is not None:
        files.append((str(parent_path.resolve()), parent_path.stat().st_mtime_ns))
    base = _load_raw(parent_path, (*chain, path.resolve()), files)
    return _merge_profiles(base, raw, path.name)


def _merge_profiles(base: dict[str, Any], raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Apply a child profile over its parent: objects merge deeply, users/packages merge by id/name."""
    merged: dict[str, Any] = {}
    for key in set(base) | set(raw):
        if key == "extends":
            continue
        if key not in raw:
            merged[key] = base[key]
        elif key not in base:
            merged[key] = raw[key]
        elif key == "users" and isinstance(raw[key], list) and isinstance(base[key], list):
            merged[key] = _merge_keyed(base[key], raw[key], "id", f"{where}: users")
        elif key == "packages" and isinstance(raw[key], list) and isinstance(base[key], list):
            merged[key] = _merge_keyed(base[key], raw[key], "name", f"{where}: packages")
        elif isinstance(raw[key], dict) and isinstance(base[key], dict):
            merged[key] = _deep_merge(base[key], raw[key])
        else:
            merged[key] = raw[key]
    return merged


_CACHE: dict[tuple[str, int], Profile] = {}


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a bundled profile by name (``service_tiktok``) or any profile JSON file by path.

    Profiles are immutable, so a loaded one is cached until its file changes (generating 20,000
    filler packages takes a noticeable fraction of a second).
    """
    path = _resolve(name_or_path)
    key = (str(path.resolve()), path.stat().st_mtime_ns)
    cached = _CACHE.get(key)
    if cached is not None and not _parents_changed(cached):
        return cached
    files: list[tuple[str, int]] = []
    raw = _load_raw(path, (), files)
    profile = replace(parse_profile(raw, default_name=path.stem, source=str(path)), inherited=tuple(files))
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = profile
    return profile


def _parents_changed(profile: Profile) -> bool:
    """True if a profile this one extends changed since it was cached (rare; keeps the cache honest)."""
    return any(Path(p).stat().st_mtime_ns != m for p, m in profile.inherited)


def profile_from_dict(raw: Mapping[str, Any], *, name: str = "custom") -> Profile:
    """Build a profile from an in-memory dict (tests); ``extends`` is resolved against bundled profiles."""
    data: dict[str, Any] = dict(raw)
    parent = data.get("extends")
    if isinstance(parent, str):
        data = _merge_profiles(_load_raw(_resolve(parent), ()), data, "<dict>")
    return parse_profile(data, default_name=name, source="<dict>")


# --------------------------------------------------------------------------------------------------
# Validation


def _check_keys(obj: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise ProfileError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


def _get_str(obj: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = obj.get(key, default)
    if not isinstance(value, str):
        raise ProfileError(f"{where}.{key} must be a string")
    return value


def _get_int(obj: Mapping[str, Any], key: str, where: str, default: int | None = None) -> int:
    value = obj.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError(f"{where}.{key} must be an integer")
    return value


def _get_bool(obj: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise ProfileError(f"{where}.{key} must be true or false")
    return value


def _get_choice(obj: Mapping[str, Any], key: str, where: str, choices: tuple[str, ...], default: str) -> str:
    value = obj.get(key, default)
    if value not in choices:
        raise ProfileError(f"{where}.{key} must be one of {', '.join(choices)} (got {value!r})")
    return cast(str, value)


def _parse_faults(raw: Any, where: str) -> Faults:
    if not isinstance(raw, Mapping):
        raise ProfileError(f"{where} must be an object")
    _check_keys(raw, {"slow_ms", "drop_after_bytes", "garbage", "bad_checksum"}, where)
    slow = _get_int(raw, "slow_ms", where, 0)
    drop = raw.get("drop_after_bytes")
    if drop is not None and (isinstance(drop, bool) or not isinstance(drop, int) or drop < 0):
        raise ProfileError(f"{where}.drop_after_bytes must be null or a non-negative integer")
    if slow < 0 or slow > 60_000:
        raise ProfileError(f"{where}.slow_ms must be between 0 and 60000")
    return Faults(
        slow_ms=slow,
        drop_after_bytes=drop,
        garbage=_get_bool(raw, "garbage", where, False),
        bad_checksum=_get_bool(raw, "bad_checksum", where, False),
    )


def default_formats(sdk: int) -> dict[str, str]:
    """Output formats by Android generation, used when a profile does not pin them.

    pm: no -U/--show-versioncode up to 8.0 (sdk 26), user 0 only up to 12L (32), all users merged
    from 13 (33). dpm list-owners: absent up to 11 (30), "N owner(s):" up to 14, printAllOwners
    from 15 (35). dumpsys: per-user lines without ceDataInode up to 8.0.
    """
    pm = "legacy" if sdk <= 26 else "single_user" if sdk <= 32 else "all_users"
    dpm = "absent" if sdk <= 30 else "old" if sdk <= 34 else "new"
    return {
        "pm": pm,
        "pm_denied_user_in_all": "error_line",
        "dpm": dpm,
        "dumpsys": "old" if sdk <= 26 else "new",
    }


def _parse_formats(raw: Any, sdk: int) -> Formats:
    if not isinstance(raw, Mapping):
        raise ProfileError("formats must be an object")
    _check_keys(raw, {"pm", "pm_denied_user_in_all", "dpm", "dumpsys"}, "formats")
    d = default_formats(sdk)
    return Formats(
        pm=cast(PmFormat, _get_choice(raw, "pm", "formats", ("legacy", "single_user", "all_users"), d["pm"])),
        pm_denied_user_in_all=cast(
            DeniedUserMode,
            _get_choice(raw, "pm_denied_user_in_all", "formats", ("abort", "error_line"), d["pm_denied_user_in_all"]),
        ),
        dpm=cast(DpmFormat, _get_choice(raw, "dpm", "formats", ("new", "old", "absent"), d["dpm"])),
        dumpsys=cast(DumpsysFormat, _get_choice(raw, "dumpsys", "formats", ("old", "new"), d["dumpsys"])),
    )


def _parse_device(raw: Any, name: str) -> DeviceInfo:
    if not isinstance(raw, Mapping):
        raise ProfileError("device must be an object")
    allowed = {
        "manufacturer",
        "brand",
        "model",
        "device",
        "product",
        "release",
        "sdk",
        "serial",
        "build_id",
        "security_patch",
        "incremental",
    }
    _check_keys(raw, allowed, "device")
    manufacturer = _get_str(raw, "manufacturer", "device")
    sdk = _get_int(raw, "sdk", "device")
    if not 19 <= sdk <= 40:
        raise ProfileError("device.sdk must be between 19 and 40")
    device = _get_str(raw, "device", "device")
    serial_default = "R" + filler.stable_hex(name, 10).upper()
    return DeviceInfo(
        manufacturer=manufacturer,
        brand=_get_str(raw, "brand", "device", manufacturer.lower()),
        model=_get_str(raw, "model", "device"),
        device=device,
        product=_get_str(raw, "product", "device", device),
        release=_get_str(raw, "release", "device"),
        sdk=sdk,
        serial=_get_str(raw, "serial", "device", serial_default),
        build_id=_get_str(raw, "build_id", "device", "UP1A.231005.007"),
        security_patch=_get_str(raw, "security_patch", "device", "2024-03-01"),
        incremental=_get_str(raw, "incremental", "device", filler.stable_hex(name + "inc", 8)),
    )


def _parse_flags(value: Any, where: str) -> int:
    if isinstance(value, str):
        try:
            return int(value, 16)
        except ValueError as exc:
            raise ProfileError(f'{where}.flags must be hex like "c13" (as pm list users prints it)') from exc
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ProfileError(f"{where}.flags must be a hex string or an integer")


def _parse_users(raw: Any) -> tuple[UserSpec, ...]:
    if not isinstance(raw, list) or not raw:
        raise ProfileError("users must be a non-empty list")
    users: list[UserSpec] = []
    for i, item in enumerate(raw):
        where = f"users[{i}]"
        if not isinstance(item, Mapping):
            raise ProfileError(f"{where} must be an object")
        _check_keys(item, {"id", "name", "flags", "running", "readable", "parent", "remove"}, where)
        parent = item.get("parent")
        if parent is not None and (isinstance(parent, bool) or not isinstance(parent, int)):
            raise ProfileError(f"{where}.parent must be a user id")
        users.append(
            UserSpec(
                id=_get_int(item, "id", where),
                name=_get_str(item, "name", where),
                flags=_parse_flags(item.get("flags", "c13"), where),
                running=_get_bool(item, "running", where, True),
                readable=_get_bool(item, "readable", where, True),
                parent=parent,
            )
        )
    ids = [u.id for u in users]
    if len(set(ids)) != len(ids):
        raise ProfileError("users: duplicate user id")
    if 0 not in ids:
        raise ProfileError("users: user 0 is required")
    if not users[ids.index(0)].readable:
        raise ProfileError("users: user 0 must be readable")
    return tuple(sorted(users, key=lambda u: u.id))


def _parse_owners(raw: Any, user_ids: set[int]) -> tuple[OwnerSpec, ...]:
    if not isinstance(raw, list):
        raise ProfileError("owners must be a list")
    owners: list[OwnerSpec] = []
    for i, item in enumerate(raw):
        where = f"owners[{i}]"
        if not isinstance(item, Mapping):
            raise ProfileError(f"{where} must be an object")
        _check_keys(item, {"user", "component", "type", "organization_owned", "affiliated", "name"}, where)
        component = _get_str(item, "component", where)
        if "/" not in component:
            raise ProfileError(f"{where}.component must look like pkg/.Receiver")
        user = _get_int(item, "user", where)
        if user not in user_ids:
            raise ProfileError(f"{where}.user {user} is not in users")
        affiliated = item.get("affiliated")
        if affiliated is not None and not isinstance(affiliated, bool):
            raise ProfileError(f"{where}.affiliated must be true, false or absent")
        owners.append(
            OwnerSpec(
                user=user,
                component=component,
                type=cast(
                    Literal["device_owner", "profile_owner"],
                    _get_choice(item, "type", where, ("device_owner", "profile_owner"), "device_owner"),
                ),
                organization_owned=_get_bool(item, "organization_owned", where, False),
                affiliated=affiliated,
                name=_get_str(item, "name", where, ""),
            )
        )
    if sum(1 for o in owners if o.type == "device_owner") > 1:
        raise ProfileError("owners: a phone has at most one device owner")
    return tuple(owners)


_PACKAGE_KEYS: Final = {
    "name",
    "label",
    "version_code",
    "version_name",
    "installer",
    "system",
    "path",
    "app_id",
    "min_sdk",
    "target_sdk",
    "users",
    "enabled",
    "uninstall_failures",
    "disable_blocked",
    "first_install_time",
    "remove",
}


def _parse_enabled(raw: Any, where: str) -> dict[int, int]:
    if not isinstance(raw, Mapping):
        raise ProfileError(f"{where}.enabled must map user ids to states")
    out: dict[int, int] = {}
    for key, value in raw.items():
        try:
            user = int(key)
        except ValueError as exc:
            raise ProfileError(f"{where}.enabled keys must be user ids") from exc
        if isinstance(value, str) and value in ENABLED_STATES:
            out[user] = ENABLED_STATES[value]
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 4:
            out[user] = value
        else:
            raise ProfileError(f"{where}.enabled[{key}] must be one of {', '.join(ENABLED_STATES)}")
    return out


def _parse_package(item: Any, where: str, sdk: int, rng: random.Random) -> PackageSpec:
    if not isinstance(item, Mapping):
        raise ProfileError(f"{where} must be an object")
    _check_keys(item, _PACKAGE_KEYS, where)
    name = _get_str(item, "name", where)
    system = _get_bool(item, "system", where, False)
    installer = item.get("installer")
    if installer is not None and not isinstance(installer, str):
        raise ProfileError(f"{where}.installer must be a string or null")
    users_raw = item.get("users", "all" if system else [0])
    users: tuple[int, ...] | None
    if users_raw == "all":
        users = None
    elif isinstance(users_raw, list) and all(isinstance(u, int) and not isinstance(u, bool) for u in users_raw):
        users = tuple(users_raw)
    else:
        raise ProfileError(f'{where}.users must be "all" or a list of user ids')
    failures_raw = item.get("uninstall_failures", {})
    if not isinstance(failures_raw, Mapping) or not all(
        isinstance(k, str) and (k == "all" or k.isdigit()) and isinstance(v, str) for k, v in failures_raw.items()
    ):
        raise ProfileError(f'{where}.uninstall_failures must map "all" or user ids to failure codes')
    blocked_raw = item.get("disable_blocked", [])
    if blocked_raw is True:
        blocked: tuple[int, ...] = (-1,)
    elif blocked_raw is False:
        blocked = ()
    elif isinstance(blocked_raw, list) and all(isinstance(u, int) for u in blocked_raw):
        blocked = tuple(blocked_raw)
    else:
        raise ProfileError(f"{where}.disable_blocked must be true, false or a list of user ids")
    path = item.get("path")
    if path is None:
        path = filler.system_path(name, "app") if system else filler.data_app_path(name, sdk, rng)
    elif not isinstance(path, str):
        raise ProfileError(f"{where}.path must be a string")
    return PackageSpec(
        name=name,
        version_code=_get_int(item, "version_code", where, 1),
        version_name=_get_str(item, "version_name", where, "1.0"),
        installer=installer,
        system=system,
        path=path,
        app_id=_get_int(item, "app_id", where, 0),
        min_sdk=_get_int(item, "min_sdk", where, 21),
        target_sdk=_get_int(item, "target_sdk", where, min(sdk, 34)),
        users=users,
        enabled=_parse_enabled(item.get("enabled", {}), where),
        uninstall_failures={str(k): str(v) for k, v in failures_raw.items()},
        disable_blocked=blocked,
        first_install_time=_get_str(item, "first_install_time", where, "2023-06-01 12:00:00"),
        label=_get_str(item, "label", where, ""),
    )


def _assign_app_ids(packages: list[PackageSpec]) -> list[PackageSpec]:
    """Give every package without an explicit app id one, the way Android hands them out."""
    shared = {"android": 1000, "com.android.settings": 1000, "com.android.phone": 1001}
    used = {p.app_id for p in packages if p.app_id}
    next_id = 10_010
    out: list[PackageSpec] = []
    for spec in packages:
        if spec.app_id:
            out.append(spec)
            continue
        app_id = shared.get(spec.name, 0)
        if not app_id:
            while next_id in used:
                next_id += 1
            app_id = next_id
            used.add(app_id)
        out.append(replace(spec, app_id=app_id))
    return out


def _filler_users(spec: filler.FillerPackage, users: tuple[UserSpec, ...], rng: random.Random) -> tuple[int, ...]:
    """Which users a generated package is installed for: everything in user 0, less in profiles."""
    out = [0]
    for user in users:
        if user.id == 0:
            continue
        if not spec.system:
            continue
        share = 0.45 if user.is_managed_profile else 0.35 if user.flags & FLAG_PROFILE else 0.9
        if rng.random() < share:
            out.append(user.id)
    return tuple(out)


def _build_props(device: DeviceInfo, extra: Mapping[str, Any]) -> dict[str, str]:
    fingerprint = (
        f"{device.brand}/{device.product}/{device.device}:{device.release}/{device.build_id}/"
        f"{device.incremental}:user/release-keys"
    )
    props = {
        "ro.product.manufacturer": device.manufacturer,
        "ro.product.brand": device.brand,
        "ro.product.model": device.model,
        "ro.product.name": device.product,
        "ro.product.device": device.device,
        "ro.product.vendor.manufacturer": device.manufacturer,
        "ro.product.vendor.model": device.model,
        "ro.product.system.model": device.model,
        "ro.product.cpu.abi": "arm64-v8a",
        "ro.product.cpu.abilist": "arm64-v8a,armeabi-v7a,armeabi",
        "ro.product.locale": "nl-BE",
        "ro.build.version.release": device.release,
        "ro.build.version.release_or_codename": device.release,
        "ro.build.version.sdk": str(device.sdk),
        "ro.build.version.security_patch": device.security_patch,
        "ro.build.version.incremental": device.incremental,
        "ro.build.id": device.build_id,
        "ro.build.display.id": f"{device.build_id}.{device.incremental}",
        "ro.build.fingerprint": fingerprint,
        "ro.build.type": "user",
        "ro.build.tags": "release-keys",
        "ro.build.characteristics": "phone",
        "ro.serialno": device.serial,
        "ro.boot.serialno": device.serial,
        "ro.debuggable": "0",
        "ro.secure": "1",
        "ro.adb.secure": "1",
        "ro.crypto.state": "encrypted",
        "ro.crypto.type": "file",
        "ro.hardware": device.device,
        "ro.boot.hardware": device.device,
        "ro.boot.verifiedbootstate": "green",
        "ro.boot.flash.locked": "1",
        "ro.com.google.gmsversion": f"{device.release}_202402" if device.sdk >= 28 else "",
        "persist.sys.usb.config": "mtp,adb",
        "sys.usb.config": "mtp,adb",
        "sys.usb.state": "mtp,adb",
        "init.svc.adbd": "running",
        "service.adb.root": "0",
        "sys.boot_completed": "1",
        "dev.bootcomplete": "1",
        "persist.sys.timezone": "Europe/Brussels",
        "persist.sys.locale": "nl-BE",
        "gsm.operator.alpha": "Proximus",
        "gsm.sim.operator.alpha": "Proximus",
        "gsm.operator.iso-country": "be",
        "net.bt.name": "Android",
        "dalvik.vm.heapsize": "512m",
        "dalvik.vm.heapgrowthlimit": "256m",
        "ro.hwui.use_vulkan": "",
    }
    for key, value in extra.items():
        if value is None:
            props.pop(key, None)
        elif isinstance(value, str):
            props[key] = value
        else:
            raise ProfileError(f"props.{key} must be a string or null")
    return props


def parse_profile(raw: Mapping[str, Any], *, default_name: str, source: str = "") -> Profile:
    """Validate a merged profile dict and complete it (filler packages, app ids, getprop values)."""
    allowed = {
        "schema",
        "name",
        "description",
        "device",
        "props",
        "settings",
        "auth",
        "prompt_answer",
        "faults",
        "formats",
        "users",
        "owners",
        "packages",
        "filler",
    }
    _check_keys(raw, allowed, "profile")
    schema = raw.get("schema", SCHEMA_ID)
    if schema != SCHEMA_ID:
        raise ProfileError(f"profile.schema must be {SCHEMA_ID!r}")
    name = _get_str(raw, "name", "profile", default_name)
    device = _parse_device(raw.get("device"), name)
    users = _parse_users(raw.get("users", [{"id": 0, "name": "Owner", "flags": "c13"}]))
    user_ids = {u.id for u in users}
    owners = _parse_owners(raw.get("owners", []), user_ids)
    rng = random.Random(f"paths:{name}")

    packages_raw = raw.get("packages", [])
    if not isinstance(packages_raw, list):
        raise ProfileError("packages must be a list")
    named = [_parse_package(item, f"packages[{i}]", device.sdk, rng) for i, item in enumerate(packages_raw)]
    names = [p.name for p in named]
    if len(set(names)) != len(names):
        raise ProfileError("packages: duplicate package name")
    for spec in named:
        for user in spec.users or ():
            if user not in user_ids:
                raise ProfileError(f"package {spec.name!r} is installed for unknown user {user}")

    filler_raw = raw.get("filler", {})
    if not isinstance(filler_raw, Mapping):
        raise ProfileError("filler must be an object")
    _check_keys(filler_raw, {"count", "vendor", "seed", "third_party_share", "disabled_share"}, "filler")
    total = _get_int(filler_raw, "count", "filler", len(named))
    if total > 200_000:
        raise ProfileError("filler.count must be at most 200000")
    vendor = _get_choice(filler_raw, "vendor", "filler", filler.VENDORS, "aosp")
    seed = _get_int(filler_raw, "seed", "filler", 1)
    share = filler_raw.get("third_party_share", 0.3)
    disabled_share = filler_raw.get("disabled_share", 0.02)
    if not isinstance(share, int | float) or not isinstance(disabled_share, int | float):
        raise ProfileError("filler shares must be numbers between 0 and 1")
    generated = filler.generate(
        vendor, max(0, total - len(named)), seed, device.sdk, set(names), third_party_share=float(share)
    )
    user_rng = random.Random(f"users:{name}:{seed}")
    extra: list[PackageSpec] = []
    for gen in generated:
        enabled: dict[int, int] = {}
        if gen.system and user_rng.random() < float(disabled_share):
            enabled[0] = ENABLED_STATES["disabled-user"]
        extra.append(
            PackageSpec(
                name=gen.name,
                version_code=gen.version_code,
                version_name=gen.version_name,
                installer=gen.installer,
                system=gen.system,
                path=gen.path,
                target_sdk=min(device.sdk, 34),
                users=_filler_users(gen, users, user_rng),
                enabled=enabled,
                first_install_time="2008-12-31 16:00:00" if gen.system else "2023-09-14 18:22:03",
            )
        )
    packages = tuple(_assign_app_ids(named + extra))
    for owner in owners:
        if owner.package not in {p.name for p in named}:
            raise ProfileError(f"owner package {owner.package!r} must be listed in packages")

    settings_raw = raw.get("settings", {})
    if not isinstance(settings_raw, Mapping) or not all(
        isinstance(ns, str) and isinstance(values, Mapping) for ns, values in settings_raw.items()
    ):
        raise ProfileError("settings must map namespaces (global, secure, system) to key/value objects")
    settings: dict[str, dict[str, str]] = {
        "global": {"adb_enabled": "1", "development_settings_enabled": "1", "package_verifier_enable": "1"},
        "secure": {"android_id": filler.stable_hex(name + "id", 16)},
        "system": {},
    }
    for ns, values in settings_raw.items():
        settings.setdefault(ns, {}).update({str(k): str(v) for k, v in values.items()})

    props_raw = raw.get("props", {})
    if not isinstance(props_raw, Mapping):
        raise ProfileError("props must be an object")
    return Profile(
        name=name,
        description=_get_str(raw, "description", "profile", ""),
        device=device,
        props=_build_props(device, props_raw),
        settings=settings,
        auth=cast(AuthMode, _get_choice(raw, "auth", "profile", ("prompt", "none"), "prompt")),
        prompt_answer=cast(PromptAnswer, _get_choice(raw, "prompt_answer", "profile", PROMPT_ANSWERS, "accept")),
        faults=_parse_faults(raw.get("faults", {}), "faults"),
        formats=_parse_formats(raw.get("formats", {}), device.sdk),
        users=users,
        owners=owners,
        packages=packages,
        source=source,
    )
