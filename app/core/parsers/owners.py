"""Parse who manages the phone, from ``dpm list-owners`` and from ``dumpsys device_policy``.

``dpm list-owners`` exists from about Android 12. Its older form
(``DevicePolicyManagerServiceShellCommand.runListOwners``) prints ``no owners`` or ``N owner(s):``
and then ``User %2d: admin=<pkg/.Cls>[,DeviceOwner][,ProfileOwner]
[,ManagedProfileOwner(parentUserId=N)][,Affiliated]``; Android 15
(``DevicePolicyManagerService.printAllOwners``) prints nothing when there is no owner and
``User N: admin=<pkg/.Cls>,DeviceOwner`` or ``...,ProfileOwner|ManagedProfileOwner(parentUserId=N)
[,Affiliated][,OrganizationOwnedDevice]``. Older phones answer with the ``dpm`` usage text and
``Error: unknown command 'list-owners'`` (``Dpm.java`` via ``BaseCommand``) or ``Unknown command``
with exit code 255 (``ShellCommand.handleDefaultCommands``).

``dumpsys device_policy`` works on every version: ``Owners.dump`` (``OwnersData.dump`` from
Android 13) prints a ``Device Owner:`` block (``admin=``, ``name=`` (dropped in 13),
``package=``, ``isOrganizationOwnedDevice=`` (``canAccessDeviceIds=`` in 10, none before),
``User ID: N``) and one ``Profile Owner (User N):`` block per profile owner with the same fields
bar ``User ID``.
"""

from __future__ import annotations

import re

from app.core.inventory import Owner, OwnersInfo
from app.core.parsers._common import lines, to_user_id

_UNAVAILABLE = OwnersInfo((), available=False)

# --- dpm list-owners --------------------------------------------------------------------------

_OWNER_LINE = re.compile(r"User\s+([0-9]{1,10}):\s*admin=([^,\s]+)(.*)")
_NO_OWNERS = re.compile(r"no owners")
_OWNER_COUNT = re.compile(r"[0-9]{1,10} owners?:")
_FLAG_SEP = re.compile(r"[,\s]+")


def _flags(rest: str) -> set[str]:
    """The comma-separated flags after the component; ``ManagedProfileOwner(...)`` keeps its name."""
    return {f.split("(", 1)[0] for f in _FLAG_SEP.split(rest) if f}


def _owner_from_line(match: re.Match[str]) -> Owner | None:
    user = to_user_id(match.group(1))
    if user is None:
        return None
    component = match.group(2)
    flags = _flags(match.group(3))
    return Owner(
        user=user,
        package=component.split("/", 1)[0],
        component=component,
        device_owner="DeviceOwner" in flags,
        profile_owner=bool(flags & {"ProfileOwner", "ManagedProfileOwner"}),
        organization_owned="OrganizationOwnedDevice" in flags,
        affiliated="Affiliated" in flags,
    )


def parse_list_owners(text: str, exit_code: int) -> OwnersInfo:
    """The owners ``dpm list-owners`` names, or ``available=False`` when the answer says nothing.

    A non-zero exit code means the command is missing or failed: unavailable, whatever was
    printed. With exit code 0: owner lines give the owners (even among junk); ``no owners``,
    ``0 owners:`` or empty output (Android 15's way of saying none) give an empty, available
    answer; usage text, an ``Error``/unknown-command line or other unreadable text give
    unavailable, because "no owner" must never be concluded from an answer that was not one.
    """
    if exit_code != 0:
        return _UNAVAILABLE
    owners: list[Owner] = []
    unrecognised = False
    for raw in lines(text):
        line = raw.strip()
        if not line:
            continue
        m = _OWNER_LINE.fullmatch(line)
        owner = _owner_from_line(m) if m is not None else None
        if owner is not None:
            owners.append(owner)
        elif not (_NO_OWNERS.fullmatch(line) or _OWNER_COUNT.fullmatch(line)):
            unrecognised = True
    if owners:
        return OwnersInfo(tuple(owners), available=True)
    return _UNAVAILABLE if unrecognised else OwnersInfo((), available=True)


# --- dumpsys device_policy --------------------------------------------------------------------

_DPM_HEADER = "Device Policy Manager state"
_DEVICE_OWNER = re.compile(r"Device Owner:")
_PROFILE_OWNER = re.compile(r"Profile Owner \(User ([0-9]{1,10})\):")
_COMPONENT_INFO = re.compile(r"ComponentInfo\{(.*)\}")


def _short_component(admin: str) -> str:
    """``ComponentInfo{pkg/pkg.Cls}`` as ``pkg/.Cls``, the form ``dpm list-owners`` prints.

    ``ComponentName.toString()`` wraps ``pkg/cls`` in ``ComponentInfo{}``;
    ``flattenToShortString()`` drops the package from a class name that starts with it.
    """
    m = _COMPONENT_INFO.fullmatch(admin)
    flat = m.group(1) if m is not None else admin
    pkg, sep, cls = flat.partition("/")
    if sep and cls.startswith(pkg + "."):
        return f"{pkg}/{cls[len(pkg) :]}"
    return flat


def _owner_from_block(fields: dict[str, str], user: int, *, device_owner: bool) -> Owner | None:
    component = _short_component(fields.get("admin", "").strip())
    package = fields.get("package", "").strip() or component.split("/", 1)[0]
    if not package or package == "null":
        return None
    if device_owner:
        # Owners.dump prints the device owner's user as "User ID: N"; it is 0 unless the phone
        # runs a headless system user.
        user = to_user_id(fields.get("User ID", "").strip()) or 0
    # Android 11 migrated canAccessDeviceIds=true (Android 10) to isOrganizationOwnedDevice=true.
    org_owned = "true" in (fields.get("isOrganizationOwnedDevice"), fields.get("canAccessDeviceIds"))
    return Owner(
        user=user,
        package=package,
        component=component,
        device_owner=device_owner,
        profile_owner=not device_owner,
        organization_owned=org_owned,
    )


def _block_fields(block: list[str]) -> dict[str, str]:
    """``key=value`` and ``User ID: N`` lines of one owner block (first occurrence wins)."""
    fields: dict[str, str] = {}
    for line in block:
        stripped = line.strip()
        if stripped.startswith("User ID:"):
            fields.setdefault("User ID", stripped[len("User ID:") :])
            continue
        key, sep, value = stripped.partition("=")
        if sep:
            fields.setdefault(key, value)
    return fields


def parse_device_policy(text: str) -> OwnersInfo:
    """The device owner and profile owners in ``dumpsys device_policy``.

    ``available`` is True when the text is a device-policy dump (its ``Current Device Policy
    Manager state:`` header, or an owner block); anything else (``Can't find service``, junk)
    is unavailable. An owner block holds the lines indented deeper than its header; ``admin=``
    is turned into the ``pkg/.Cls`` form, ``package=`` (or the component's package) names it,
    and ``isOrganizationOwnedDevice=true`` (or Android 10's ``canAccessDeviceIds=true``) marks an
    organisation-owned device. Affiliation is not in this dump and stays False.
    """
    all_lines = lines(text)
    owners: list[Owner] = []
    header_seen = False
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        i += 1
        stripped = line.strip()
        if not stripped.endswith(":"):
            continue
        if _DPM_HEADER in stripped:
            header_seen = True
            continue
        is_do = _DEVICE_OWNER.fullmatch(stripped) is not None
        po = None if is_do else _PROFILE_OWNER.fullmatch(stripped)
        if not is_do and po is None:
            continue
        indent = len(line) - len(line.lstrip())
        block: list[str] = []
        while i < len(all_lines):
            nxt = all_lines[i]
            body = nxt.lstrip()
            if not body.strip() or len(nxt) - len(body) <= indent:
                break
            block.append(nxt)
            i += 1
        user = 0 if po is None else to_user_id(po.group(1))
        owner = None if user is None else _owner_from_block(_block_fields(block), user, device_owner=is_do)
        if owner is not None:
            owners.append(owner)
    if not header_seen and not owners:
        return _UNAVAILABLE
    return OwnersInfo(tuple(owners), available=True)
