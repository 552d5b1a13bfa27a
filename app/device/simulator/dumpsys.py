"""``dumpsys package``, ``dumpsys device_policy`` and ``dumpsys adb`` in the layout real phones print.

Layouts follow the captured samples (mvt-project bugreport/androidqf dumps for packages, an
Android 11 qssi build for device_policy, mvt's ``dumpsys adb``). Only the fields a checker may
read are faithful; the rest is plausible padding so parsers meet realistic noise.
"""

from __future__ import annotations

from .filler import stable_hex
from .phone import PackageRecord, Phone
from .profiles import OwnerSpec
from .shell import Invocation

SERVICES = (
    "SurfaceFlinger",
    "accessibility",
    "account",
    "activity",
    "adb",
    "alarm",
    "appops",
    "battery",
    "bluetooth_manager",
    "connectivity",
    "device_policy",
    "input",
    "location",
    "package",
    "power",
    "settings",
    "user",
    "wifi",
    "window",
)

_PERMISSIONS = (
    "android.permission.INTERNET: granted=true",
    "android.permission.ACCESS_NETWORK_STATE: granted=true",
    "android.permission.WAKE_LOCK: granted=true",
    "android.permission.RECEIVE_BOOT_COMPLETED: granted=true",
    "android.permission.FOREGROUND_SERVICE: granted=true",
)


def _flags(record: PackageRecord) -> str:
    base = ["HAS_CODE", "ALLOW_CLEAR_USER_DATA"]
    if record.system:
        base.insert(0, "SYSTEM")
    else:
        base += ["ALLOW_BACKUP", "LARGE_HEAP"]
    return "[ " + " ".join(base) + " ]"


def package_block(phone: Phone, record: PackageRecord) -> str:
    """The ``  Package [name] (hash):`` block for one package, with one ``User N:`` line per user."""
    new = phone.formats.dumpsys == "new"
    name = record.name
    lines = [
        f"  Package [{name}] ({record.hash_id}):",
        f"    {'appId' if phone.sdk >= 30 else 'userId'}={record.app_id}",
        f"    pkg=Package{{{stable_hex(name + 'pkg')} {name}}}",
        f"    codePath={record.code_path}",
        f"    resourcePath={record.code_path}",
        f"    legacyNativeLibraryDir={record.code_path}/lib",
        f"    primaryCpuAbi={'arm64-v8a' if not record.system else 'null'}",
        "    secondaryCpuAbi=null",
        f"    versionCode={record.version_code} minSdk={record.min_sdk} targetSdk={record.target_sdk}",
        f"    versionName={record.version_name}",
        "    splits=[base]",
        "    apkSigningVersion=2" if record.system else "    apkSigningVersion=3",
        f"    applicationInfo=ApplicationInfo{{{stable_hex(name + 'ai')} {name}}}",
        f"    flags={_flags(record)}",
        "    privateFlags=[ PRIVATE_FLAG_ACTIVITIES_RESIZE_MODE_RESIZEABLE_VIA_SDK_VERSION "
        "ALLOW_AUDIO_PLAYBACK_CAPTURE PRIVATE_FLAG_REQUEST_LEGACY_EXTERNAL_STORAGE ]",
        f"    dataDir=/data/user/0/{name}",
        "    supportsScreens=[small, medium, large, xlarge, resizeable, anyDensity]",
        f"    timeStamp={record.first_install_time}",
        f"    firstInstallTime={record.first_install_time}",
        f"    lastUpdateTime={record.first_install_time}",
    ]
    if record.installer is not None:
        lines.append(f"    installerPackageName={record.installer}")
    lines += [
        f"    signatures=PackageSignatures{{{stable_hex(name + 'sig')} version:2, "
        f"signatures:[{stable_hex(name + 'cert', 8)}], past signatures:[]}}",
        "    installPermissionsFixed=true",
        f"    pkgFlags={_flags(record)}",
        "    install permissions:",
    ]
    lines += [f"      {p}" for p in _PERMISSIONS]
    for user_id in sorted(record.states):
        state = record.states[user_id]
        fields = (
            f"installed={str(state.installed).lower()} hidden={str(state.hidden).lower()} "
            f"suspended={str(state.suspended).lower()} stopped={str(state.stopped).lower()} "
            f"notLaunched={str(state.not_launched).lower()} enabled={state.enabled}"
        )
        if new:
            lines.append(f"    User {user_id}: ceDataInode={state.ce_data_inode} {fields} instant=false virtual=false")
        else:
            lines.append(f"    User {user_id}: {fields}")
        if state.last_disabled_caller:
            lines.append(f"      lastDisabledCaller: {state.last_disabled_caller}")
        lines.append("      gids=[3003]")
        if state.installed:
            lines.append("      runtime permissions:")
    return "\n".join(lines) + "\n"


def dumpsys_package(inv: Invocation, args: list[str]) -> int:
    phone = inv.phone
    wanted = next((a for a in args if not a.startswith("-")), None)
    header = (
        "Database versions:\n"
        "  Internal:\n"
        f"    sdkVersion={phone.sdk} databaseVersion=3\n"
        f"    fingerprint={phone.props.get('ro.build.fingerprint', '')}\n"
        "  External:\n"
        f"    sdkVersion={phone.sdk} databaseVersion=3\n"
        "\n"
        "Verifiers:\n"
        "  Required: com.android.vending (uid=10019)\n"
        "\n"
    )
    if wanted is None:
        blocks = [package_block(phone, r) for r in phone.packages.values()]
        inv.out(header + "Packages:\n" + "".join(blocks) + "\n")
        return 0
    record = phone.package(wanted)
    if record is None:
        if phone.sdk >= 33:
            inv.out(f"Unable to find package: {wanted}\n")
        else:
            inv.out(
                f"\nDexopt state:\n  Unable to find package: {wanted}\n\n"
                f"Compiler stats:\n  Unable to find package: {wanted}\n"
            )
        return 0
    body = f"Key Set Manager:\n  [{wanted}]\n      Signing KeySets: 57\n\nPackages:\n"
    body += package_block(phone, record)
    if phone.sdk >= 30:
        body += "\nQueries:\n  system apps queryable: false\n  queries via forceQueryable:\n"
    body += (
        f"\nDexopt state:\n  [{wanted}]\n    path: {record.path}\n"
        "      arm64: [status=speed-profile] [reason=bg-dexopt]\n"
    )
    inv.out(body)
    return 0


def _owner_info(owner: OwnerSpec, sdk: int) -> list[str]:
    pkg = owner.package
    lines = [
        f"    admin=ComponentInfo{{{pkg}/{owner.class_name}}}",
        f"    name={owner.name}",
        f"    package={pkg}",
    ]
    if sdk >= 30:
        lines.append(f"    isOrganizationOwnedDevice={str(owner.organization_owned).lower()}")
    return lines


def dumpsys_device_policy(inv: Invocation) -> int:
    phone = inv.phone
    lines = ["Current Device Policy Manager state:"]
    if phone.sdk >= 31:
        lines += [
            "  Immutable state:",
            "    mHasFeature=true",
            "    mIsWatch=false",
            "    mIsAutomotive=false",
            "    mHasTelephonyFeature=true",
            "    mSafetyChecker=null",
        ]
    device_owner = next((o for o in phone.owners if o.type == "device_owner"), None)
    if device_owner is not None:
        lines.append("  Device Owner: ")
        lines += _owner_info(device_owner, phone.sdk)
        lines.append(f"    User ID: {device_owner.user}")
        lines.append("  ")
    for owner in phone.owners:
        if owner.type != "profile_owner":
            continue
        lines.append(f"  Profile Owner (User {owner.user}): ")
        lines += _owner_info(owner, phone.sdk)
        lines.append("  ")
    lines.append("  ")
    for user in phone.users:
        admins = [o for o in phone.owners if o.user == user.id]
        provisioned = 3 if admins else 0
        lines.append(f"  Enabled Device Admins (User {user.id}, provisioningState: {provisioned}):")
        for owner in admins:
            record = phone.package(owner.package)
            uid = record.uid(user.id) if record is not None else 10_000
            lines += [
                f"    {owner.component}:",
                f"      uid={uid}",
                "      testOnlyAdmin=false",
                "      policies:",
                "        wipe-data",
                "        reset-password",
                "        limit-password",
                "        watch-login",
                "        force-lock",
                "        expire-password",
                "        encrypted-storage",
                "        disable-camera",
                "      passwordQuality=0x0",
                "      minimumPasswordLength=0",
                "      disableCamera=false",
                "      disableScreenCapture=false",
            ]
        lines += [
            "  ",
            "    mPasswordOwner=-1",
            "    mUserControlDisabledPackages=[]",
            "    mAppsSuspended=false",
            "  ",
        ]
    user_ids = [u.id for u in phone.users]
    lines += [
        "  Encryption Status: per-user",
        "  ",
        "  Device policy cache:",
        "    Screen capture disabled: {" + ", ".join(f"{u}=false" for u in user_ids) + "}",
        "    Password quality: {" + ", ".join(f"{u}=0" for u in user_ids) + "}",
        "  ",
        "  Device state cache:",
        "    Device provisioned: true",
    ]
    inv.out("\n".join(lines) + "\n")
    return 0


def dumpsys_adb(inv: Invocation) -> int:
    keys = inv.phone.accepted_keys
    last = keys[-1][0] if keys else ""
    user_keys = "\n".join(text for _, text in keys)
    inv.out(
        "ADB MANAGER STATE (dumpsys adb):\n{\n  debugging_manager={\n    connected_to_adb=true\n"
        f"    last_key_received={last}\n    user_keys={user_keys}\n\n  }}\n}}\n"
    )
    return 0


def dumpsys(inv: Invocation) -> int:
    """Entry point for ``dumpsys [SERVICE [ARGS]]``."""
    args = inv.argv[1:]
    if not args or args == ["-l"]:
        inv.out("Currently running services:\n" + "".join(f"  {s}\n" for s in SERVICES))
        return 0
    service, rest = args[0], args[1:]
    if service == "package":
        return dumpsys_package(inv, rest)
    if service == "device_policy":
        return dumpsys_device_policy(inv)
    if service == "adb":
        return dumpsys_adb(inv)
    if service in SERVICES:
        inv.out(f"(the simulated phone prints nothing for dumpsys {service})\n")
        return 0
    inv.err(f"Can't find service: {service}\n")
    return 0
