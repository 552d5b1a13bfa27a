"""Read what the check needs from a connected phone, in as few round trips as it allows.

Two batches on most phones: (1) identity, users, owners and user 0's package names; (2) the other
users' package names and ``dumpsys package`` for the few matches (a third only when another user
holds a match user 0 does not). The full list is parsed in memory, counted and dropped: only the
policy's packages survive into the ``Inventory``.
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
from app.device.commands import CommandResult
from app.device.errors import DeviceError, GarbledOutputError
from app.device.session import PhoneSession

ProgressFn = Callable[[str, float], None]

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


def _identity_batch() -> list[cmd.Command]:
    props = sorted(cmd.ALLOWED_PROPS)
    # User 0 exists on every Android phone, so its package list rides along with the first batch.
    return [cmd.getprop(k) for k in props] + [
        cmd.list_users(),
        cmd.list_owners(),
        cmd.dumpsys_device_policy(),
        cmd.list_packages(0),
    ]


def _parse_identity(results: list[CommandResult]) -> tuple[DeviceIdentity, list[PhoneUser], OwnersInfo]:
    props = sorted(cmd.ALLOWED_PROPS)
    values = {k: parse_getprop_value(r.output) for k, r in zip(props, results, strict=False)}
    identity = identity_from_props(values)
    users_result, owners_result, policy_result = results[len(props) : len(props) + 3]
    users = parse_users(users_result.output)
    if not any(u.id == 0 for u in users):
        # Every Android phone has user 0; an answer without it was not a real `pm list users`.
        raise GarbledOutputError(detail="pm list users: no user 0 in the answer")
    owners = merge_owners(
        parse_list_owners(owners_result.output, owners_result.exit_code),
        parse_device_policy(policy_result.output),
    )
    return identity, users, owners


def probe(session: PhoneSession) -> tuple[DeviceIdentity, list[PhoneUser], OwnersInfo]:
    """Identity, users and owners only: what the ownership question shows before the full scan."""
    batch = _identity_batch()[:-1]
    results = session.run(batch)
    return _parse_identity(results)


def _is_denied(listing: PackageListing, uid: int) -> bool:
    return uid in listing.denied_users or "SecurityException" in (listing.failed or "")


class _Matcher:
    """Counts one user's packages and keeps only the policy's; the rest is dropped on the spot."""

    def __init__(self, inventory: Inventory, wanted: set[str]) -> None:
        self.inventory = inventory
        self.wanted = wanted
        self.found: dict[tuple[str, int], InstalledApp] = {}

    def add(self, uid: int, listing: PackageListing, exit_code: int = 0) -> None:
        if exit_code != 0 and listing.failed is None and not _is_denied(listing, uid):
            # `pm` died (killed, out of memory) after printing part of the list.
            listing = PackageListing(listing.packages, listing.denied_users, f"exit code {exit_code}")
        if _is_denied(listing, uid) or listing.failed is not None or not listing.packages:
            if uid == 0 and not _is_denied(listing, uid):
                # An empty or failed list for the main user would look like a clean phone.
                raise GarbledOutputError(detail=f"user 0 listing unusable: {listing.failed or 'no packages'}")
            self.inventory.users_unreadable.append(uid)
            return
        self.inventory.users_scanned.append(uid)
        self.inventory.packages_scanned += len(listing.packages)
        for line in listing.packages:
            if line.name in self.wanted:
                self.found[(line.name, uid)] = InstalledApp(package=line.name, user=uid, system=False, enabled=True)

    def names_without_details(self, details: dict[str, PackageDetails | None]) -> list[str]:
        return sorted({name for name, _ in self.found if name not in details and cmd.is_valid_package_name(name)})


def _apply_details(app: InstalledApp, d: PackageDetails | None) -> InstalledApp:
    """Fill in what `dumpsys package` knows. Without it, keep the cautious default: present and enabled."""
    if d is None:
        return app
    state = d.state_for(app.user)
    return InstalledApp(
        package=app.package,
        user=app.user,
        system=d.system,
        enabled=True if state is None else state.enabled,
        version_code=d.version_code,
        version_name=d.version_name,
        installer=d.installer,
    )


def read_inventory(
    session: PhoneSession,
    wanted: Collection[str],
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Inventory:
    """Read every user's packages and keep only those in ``wanted`` (the policy's package names).

    Two round trips on a phone with one user: identity plus user 0's list, then the other users'
    lists plus details of the matches. A user the shell may not read goes to ``users_unreadable``;
    an empty or failed list for user 0 is a device error, because it would look like a clean phone.
    """
    report = progress or (lambda _step, _fraction: None)
    report(STEP_IDENTITY, 0.05)
    _check_cancel(cancel)
    first = session.run(_identity_batch())
    identity, users, owners = _parse_identity(first)
    inventory = Inventory(identity=identity, users=users, owners=owners)
    matcher = _Matcher(inventory, set(wanted))
    matcher.add(0, parse_package_list(first[-1].output), first[-1].exit_code)

    _check_cancel(cancel)
    report(STEP_PACKAGES, 0.4)
    others = sorted({u.id for u in users if u.id != 0})
    details: dict[str, PackageDetails | None] = {}
    while True:
        names = matcher.names_without_details(details)
        batch = [cmd.list_packages(uid) for uid in others] + [cmd.dumpsys_package(n) for n in names]
        if not batch:
            break
        results = session.run(batch)
        for uid, r in zip(others, results, strict=False):
            matcher.add(uid, parse_package_list(r.output), r.exit_code)
        for name, r in zip(names, results[len(others) :], strict=True):
            details[name] = parse_dumpsys_package(r.output, name)
        others = []
        _check_cancel(cancel)
        report(STEP_DETAILS, 0.8)

    for (_name, _uid), app in sorted(matcher.found.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        inventory.matches.append(_apply_details(app, details.get(app.package)))
    report(STEP_DONE, 1.0)
    return inventory
