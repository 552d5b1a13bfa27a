"""Read what the check needs from a connected phone, in as few round trips as it allows.

Three batches: (1) identity, users and owners; (2) the package lists of every user; (3) details of
the few packages the policy names. The full package list is parsed in memory, counted, and
dropped: only the policy's packages survive into the ``Inventory``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection

from app.core.inventory import (
    DeviceIdentity,
    InstalledApp,
    Inventory,
    Owner,
    OwnersInfo,
    PackageDetails,
    PackageListing,
    PhoneUser,
)
from app.core.parsers.dumpsys_package import parse_dumpsys_package
from app.core.parsers.getprop import identity_from_props, parse_getprop_value
from app.core.parsers.owners import parse_device_policy, parse_list_owners
from app.core.parsers.packages import parse_package_list
from app.core.parsers.users import parse_users
from app.device import commands as cmd
from app.device.errors import DeviceError, GarbledOutputError
from app.device.session import PhoneSession

ProgressFn = Callable[[str, float], None]

# Android 9 (API 28) added `pm list packages --show-versioncode`.
SDK_SHOW_VERSIONCODE = 28

STEP_IDENTITY = "identity"
STEP_PACKAGES = "packages"
STEP_DETAILS = "details"
STEP_DONE = "done"


class ScanCancelled(DeviceError):
    code = "cancelled"
    message = "The check was stopped before it finished."
    next_step = "Nothing was changed on the phone. Start the check again when you are ready."


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ScanCancelled()


def merge_owners(listed: OwnersInfo, dumped: OwnersInfo) -> OwnersInfo:
    """Combine `dpm list-owners` and `dumpsys device_policy`: either may lack what the other has."""
    by_key: dict[tuple[int, str], Owner] = {}
    for owner in (*listed.owners, *dumped.owners):
        key = (owner.user, owner.package)
        old = by_key.get(key)
        if old is None:
            by_key[key] = owner
        else:
            by_key[key] = Owner(
                user=owner.user,
                package=owner.package,
                component=old.component or owner.component,
                device_owner=old.device_owner or owner.device_owner,
                profile_owner=old.profile_owner or owner.profile_owner,
                organization_owned=old.organization_owned or owner.organization_owned,
                affiliated=old.affiliated or owner.affiliated,
            )
    return OwnersInfo(tuple(by_key.values()), available=listed.available or dumped.available)


def read_identity(session: PhoneSession) -> tuple[DeviceIdentity, list[PhoneUser], OwnersInfo]:
    """Batch 1: the phone's identity, its users and profiles, and who manages it."""
    props = sorted(cmd.ALLOWED_PROPS)
    batch = [cmd.getprop(k) for k in props] + [cmd.list_users(), cmd.list_owners(), cmd.dumpsys_device_policy()]
    results = session.run(batch)
    values = {k: parse_getprop_value(r.output) for k, r in zip(props, results, strict=False)}
    identity = identity_from_props(values)
    users_result, owners_result, policy_result = results[len(props) :]
    users = parse_users(users_result.output)
    if not any(u.id == 0 for u in users):
        # Every Android phone has user 0; an answer without it was not a real `pm list users`.
        raise GarbledOutputError(detail="pm list users: no user 0 in the answer")
    owners = merge_owners(
        parse_list_owners(owners_result.output, owners_result.exit_code),
        parse_device_policy(policy_result.output),
    )
    return identity, users, owners


def _listing_names(listing: PackageListing) -> set[str]:
    return {p.name for p in listing.packages}


def read_inventory(
    session: PhoneSession,
    wanted: Collection[str],
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Inventory:
    """Read every user's packages and keep only those in ``wanted`` (the policy's package names).

    A user the shell may not read goes to ``users_unreadable``; an empty or failed listing for
    user 0 is a device error, because it would otherwise look like a clean phone.
    """
    report = progress or (lambda _step, _fraction: None)
    wanted_set = set(wanted)
    report(STEP_IDENTITY, 0.05)
    _check_cancel(cancel)
    identity, users, owners = read_identity(session)
    inventory = Inventory(identity=identity, users=users, owners=owners)

    _check_cancel(cancel)
    report(STEP_PACKAGES, 0.3)
    with_version = identity.sdk >= SDK_SHOW_VERSIONCODE
    user_ids = sorted({u.id for u in users})
    batch: list[cmd.Command] = []
    for uid in user_ids:
        batch += [
            cmd.list_packages(uid, with_version=with_version),
            cmd.list_system_packages(uid),
            cmd.list_disabled_packages(uid),
        ]
    results = session.run(batch)
    listings = [parse_package_list(r.output) for r in results]

    if with_version and any(
        listings[i].failed and "Unknown option" in (listings[i].failed or "") for i in range(0, len(listings), 3)
    ):
        # Some vendor builds report a newer SDK than their `pm` supports: ask again the old way.
        retry = [cmd.list_packages(uid, with_version=False) for uid in user_ids]
        for n, r in enumerate(session.run(retry)):
            listings[n * 3] = parse_package_list(r.output)

    found: dict[tuple[str, int], InstalledApp] = {}
    total = 0
    for n, uid in enumerate(user_ids):
        full, system, disabled = listings[n * 3 : n * 3 + 3]
        denied = uid in full.denied_users or (full.failed is not None and "SecurityException" in full.failed)
        if denied or full.failed is not None or not full.packages:
            if uid == 0 and not denied:
                raise GarbledOutputError(detail=f"user 0 listing unusable: {full.failed or 'no packages'}")
            inventory.users_unreadable.append(uid)
            continue
        if system.failed is not None or disabled.failed is not None:
            raise GarbledOutputError(detail=f"user {uid}: system or disabled listing failed")
        inventory.users_scanned.append(uid)
        total += len(full.packages)
        system_names = _listing_names(system) & wanted_set
        disabled_names = _listing_names(disabled) & wanted_set
        for line in full.packages:
            if line.name in wanted_set:
                found[(line.name, uid)] = InstalledApp(
                    package=line.name,
                    user=uid,
                    system=line.name in system_names,
                    enabled=line.name not in disabled_names,
                    version_code=line.version_code,
                    installer=line.installer,
                )
    inventory.packages_scanned = total

    _check_cancel(cancel)
    report(STEP_DETAILS, 0.8)
    names = sorted({app.package for app in found.values() if cmd.is_valid_package_name(app.package)})
    details: dict[str, PackageDetails] = {}
    if names:
        for name, r in zip(names, session.run([cmd.dumpsys_package(n) for n in names]), strict=True):
            parsed = parse_dumpsys_package(r.output, name)
            if parsed is not None:
                details[name] = parsed
    for (name, uid), app in sorted(found.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        d = details.get(name)
        if d is not None:
            state = d.state_for(uid)
            app = InstalledApp(
                package=app.package,
                user=app.user,
                system=app.system or d.system,
                enabled=app.enabled if state is None else (app.enabled and state.enabled),
                version_code=app.version_code if app.version_code is not None else d.version_code,
                version_name=d.version_name,
                installer=app.installer or d.installer,
            )
        inventory.matches.append(app)
    report(STEP_DONE, 1.0)
    return inventory
