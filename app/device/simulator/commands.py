"""The table of Android commands the simulated shell knows (getprop, pm, cmd, dpm, dumpsys, am, settings).

Each handler prints what the real tool prints on the Android generation the profile imitates.
Commands that do not exist on a real phone are deliberately absent, so the shell answers them
the mksh way (``inaccessible or not found``).
"""

from __future__ import annotations

from .dumpsys import dumpsys
from .pm import ArgParser, JavaException, parse_user_arg, run_pm
from .shell import Handler, Invocation

_DPM_USAGE_OLD = (
    "usage: dpm [subcommand] [options]\n"
    "usage: dpm set-active-admin [ --user <USER_ID> | current ] <COMPONENT>\n"
    "usage: dpm set-device-owner [ --user <USER_ID> | current *EXPERIMENTAL* ] [ --name <NAME> ] "
    "<COMPONENT>\n"
    "usage: dpm set-profile-owner [ --user <USER_ID> | current ] [ --name <NAME> ] <COMPONENT>\n"
    "usage: dpm remove-active-admin [ --user <USER_ID> | current ] [ --name <NAME> ] <COMPONENT>\n"
    "\n"
    "dpm set-active-admin: Sets the given component as active admin for an existing user.\n"
    "\n"
    "dpm set-device-owner: Sets the given component as active admin, and its package as device owner.\n"
    "\n"
    "dpm set-profile-owner: Sets the given component as active admin and profile owner for an "
    "existing user.\n"
    "\n"
    "dpm remove-active-admin: Disables an active admin, the admin must have declared android:testOnly in the "
    "application in its manifest. This will also remove device and profile owners.\n"
)

_DPM_HELP_NEW = (
    "DevicePolicyManager Service (device_policy) commands:\n"
    "  help\n"
    "    Prints this help text.\n"
    "  list-owners\n"
    "    Lists the device / profile owners per user \n"
    "  list-policy-exempt-apps\n"
    "    Lists the apps that are exempt from policies\n"
)

SHELL_ID = (
    "uid=2000(shell) gid=2000(shell) groups=2000(shell),1004(input),1007(log),1011(adb),1015(sdcard_rw),"
    "1028(sdcard_r),1078(ext_data_rw),1079(ext_obb_rw),3001(net_bt_admin),3002(net_bt),3003(inet),"
    "3006(net_bw_stats),3009(readproc),3011(uhid),3012(readtracefs) context=u:r:shell:s0"
)


def getprop(inv: Invocation) -> int:
    props = inv.phone.props
    args = inv.argv[1:]
    if not args:
        inv.out("".join(f"[{key}]: [{props[key]}]\n" for key in sorted(props)))
        return 0
    value = props.get(args[0])
    if value is None:
        value = args[1] if len(args) > 1 else ""
    inv.out(value + "\n")
    return 0


def setprop(inv: Invocation) -> int:
    if len(inv.argv) != 3:
        inv.err("usage: setprop NAME VALUE\n\nSets an Android system property.\n")
        return 1
    inv.err(f"Failed to set property '{inv.argv[1]}' to '{inv.argv[2]}'.\nSee dmesg for error reason.\n")
    return 1


def settings(inv: Invocation) -> int:
    args = inv.argv[1:]
    store = inv.phone.settings
    if args[:1] == ["--user"] and len(args) >= 2:
        args = args[2:]
    if len(args) >= 3 and args[0] == "get" and args[1] in store:
        inv.out(store[args[1]].get(args[2], "null") + "\n")
        return 0
    if len(args) >= 4 and args[0] == "put" and args[1] in store:
        store[args[1]][args[2]] = args[3]
        return 0
    if len(args) >= 3 and args[0] == "delete" and args[1] in store:
        removed = store[args[1]].pop(args[2], None)
        inv.out(f"Deleted {1 if removed is not None else 0} rows\n")
        return 0
    if len(args) >= 2 and args[0] == "list" and args[1] in store:
        inv.out("".join(f"{k}={v}\n" for k, v in sorted(store[args[1]].items())))
        return 0
    if len(args) >= 2 and args[1] not in store:
        inv.err(f"Invalid namespace '{args[1]}'\n")
        return 255
    inv.err(
        "Settings provider (settings) commands:\n"
        "  get [--user <USER_ID> | current] NAMESPACE KEY\n"
        "  put [--user <USER_ID> | current] NAMESPACE KEY VALUE [TAG] [default]\n"
        "  delete [--user <USER_ID> | current] NAMESPACE KEY\n"
        "  list [--user <USER_ID> | current] NAMESPACE\n"
        "NAMESPACE is one of {system, secure, global}, case-insensitive\n"
    )
    return 255


def am(inv: Invocation) -> int:
    args = inv.argv[1:]
    if not args:
        inv.out("Activity manager (activity) commands:\n  help\n  start [options] INTENT\n  force-stop PACKAGE\n")
        return 255
    sub, rest = args[0], args[1:]
    if sub == "force-stop":
        return 0
    if sub not in ("start", "start-activity"):
        inv.out(f"Unknown command: {sub}\n")
        return 255
    action = data = component = None
    user = 0
    parser = ArgParser(rest)
    try:
        while (opt := parser.next_option()) is not None:
            if opt == "-a":
                action = parser.next_arg_required()
            elif opt == "-d":
                data = parser.next_arg_required()
            elif opt == "-n":
                component = parser.next_arg_required()
            elif opt == "--user":
                user = max(0, parse_user_arg(parser.next_arg_required()))
            elif opt in ("-f", "-c", "-t", "--ei", "--es", "--ez"):
                parser.next_arg_required()
                if opt in ("--ei", "--es", "--ez"):
                    parser.next_arg_required()
            elif opt in ("-W", "-S", "--activity-clear-task", "--activity-new-task"):
                pass
            else:
                inv.err(f"Error: Unknown option: {opt}\n")
                return 255
    except JavaException as exc:
        inv.err(f"Error: {exc.message}\n")
        return 255
    parts = []
    if action:
        parts.append(f"act={action}")
    if data:
        parts.append(f"dat={data}")
    if component:
        parts.append(f"cmp={component}")
    intent = "Intent { " + " ".join(parts) + " }"
    inv.out(f"Starting: {intent}\n")
    phone = inv.phone
    resolved: bool
    if component:
        resolved = phone.is_installed(component.split("/", 1)[0], user)
    elif action == "android.settings.APPLICATION_DETAILS_SETTINGS":
        target = data[len("package:") :] if data and data.startswith("package:") else None
        resolved = target is not None and phone.is_installed(target, user)
    else:
        resolved = action is not None and action.startswith(("android.settings.", "android.intent.action."))
    if resolved:
        phone.started_intents.append(intent)
    else:
        flagged = "Intent { " + " ".join([*parts, "flg=0x10000000"]) + " }"
        inv.err(f"Error: Activity not started, unable to resolve {flagged}\n")
    return 0


def _owners_old(inv: Invocation) -> int:
    owners = inv.phone.owners
    if not owners:
        inv.out("no owners\n")
        return 0
    lines = [f"{len(owners)} owner{'' if len(owners) == 1 else 's'}:"]
    has_do = any(o.type == "device_owner" for o in owners)
    for owner in sorted(owners, key=lambda o: o.user):
        line = f"User {owner.user:2d}: admin={owner.component}"
        user = inv.phone.user(owner.user)
        if owner.type == "device_owner":
            line += ",DeviceOwner"
        elif user is not None and user.is_managed_profile:
            line += f",ManagedProfileOwner(parentUserId={user.parent if user.parent is not None else 0})"
        else:
            line += ",ProfileOwner"
        affiliated = owner.affiliated if owner.affiliated is not None else has_do
        if affiliated:
            line += ",Affiliated"
        lines.append(line)
    inv.out("\n".join(lines) + "\n")
    return 0


def _owners_new(inv: Invocation) -> int:
    owners = inv.phone.owners
    has_do = any(o.type == "device_owner" for o in owners)
    lines: list[str] = []
    for owner in owners:
        if owner.type == "device_owner":
            lines.append(f"User {owner.user}: admin={owner.component},DeviceOwner")
    for owner in sorted(owners, key=lambda o: o.user):
        if owner.type != "profile_owner":
            continue
        user = inv.phone.user(owner.user)
        line = f"User {owner.user}: admin={owner.component},"
        if user is not None and user.is_managed_profile:
            line += f"ManagedProfileOwner(parentUserId={user.parent if user.parent is not None else 0})"
        else:
            line += "ProfileOwner"
        if owner.affiliated if owner.affiliated is not None else has_do:
            line += ",Affiliated"
        if owner.organization_owned:
            line += ",OrganizationOwnedDevice"
        lines.append(line)
    if lines:
        inv.out("\n".join(lines) + "\n")
    return 0


def run_dpm(inv: Invocation, args: list[str], *, via_cmd: bool = False) -> int:
    style = inv.phone.formats.dpm
    if style == "absent":
        if via_cmd:
            inv.out("No shell command implementation.\n")
            return 255
        if not args:
            inv.out(_DPM_USAGE_OLD + "\n")
            return 0
        known = {"set-active-admin", "set-device-owner", "set-profile-owner", "remove-active-admin"}
        if args[0] in known:
            inv.err(
                "java.lang.SecurityException: Neither user 2000 nor current process has "
                "android.permission.MANAGE_DEVICE_ADMINS.\n"
            )
            return 1
        # BaseCommand prints the usage, a blank line and the error to stderr, and still exits 0.
        inv.err(_DPM_USAGE_OLD + "\n\n" + f"Error: unknown command '{args[0]}'\n")
        return 0
    if not args or args[0] in ("help", "-h"):
        inv.out(_DPM_HELP_NEW)
        return 255
    if args[0] == "list-owners":
        return _owners_new(inv) if style == "new" else _owners_old(inv)
    if args[0] == "list-policy-exempt-apps":
        inv.out("no exempt apps\n")
        return 0
    inv.out(f"Unknown command: {args[0]}\n")
    return 255


def dpm(inv: Invocation) -> int:
    return run_dpm(inv, inv.argv[1:])


def cmd(inv: Invocation) -> int:
    """``cmd SERVICE ARGS``: the binder shell commands pm, dpm, am and settings are wrappers of."""
    args = inv.argv[1:]
    if not args:
        inv.err("cmd: No service specified; use -l to view all services\n")
        return 20
    if args[0] == "-l":
        inv.out("Currently running services:\n  activity\n  device_policy\n  package\n  settings\n  user\n")
        return 0
    service, rest = args[0], args[1:]
    if service == "package":
        return run_pm(inv, rest)
    if service == "device_policy":
        return run_dpm(inv, rest, via_cmd=True)
    if service == "activity":
        sub = Invocation(argv=["am", *rest], phone=inv.phone, stdin=inv.stdin, chunks=inv.chunks, hooks=inv.hooks)
        return am(sub)
    if service == "settings":
        sub = Invocation(argv=["settings", *rest], phone=inv.phone, chunks=inv.chunks, hooks=inv.hooks)
        return settings(sub)
    if service == "user" and rest[:1] == ["list"]:
        return run_pm(inv, ["list", "users"])
    inv.err(f"cmd: Can't find service: {service}\n")
    return 20


def reboot(inv: Invocation) -> int:
    """The shell user may reboot a phone; the server drops every connection, as a real reboot would."""
    inv.phone.reboots += 1
    if inv.hooks is not None and inv.hooks.reboot is not None:
        inv.hooks.reboot()
    return 0


def _id(inv: Invocation) -> int:
    inv.out(SHELL_ID + "\n")
    return 0


def _whoami(inv: Invocation) -> int:
    inv.out("shell\n")
    return 0


def _uname(inv: Invocation) -> int:
    inv.out("Linux\n" if "-a" not in inv.argv else "Linux localhost 5.10.177 #1 SMP PREEMPT aarch64 Toybox\n")
    return 0


def _input(inv: Invocation) -> int:
    return 0


def _which(inv: Invocation) -> int:
    found = False
    for name in inv.argv[1:]:
        if name in COMMANDS:
            inv.out(f"/system/bin/{name}\n")
            found = True
    return 0 if found else 1


def _pm(inv: Invocation) -> int:
    return run_pm(inv, inv.argv[1:])


COMMANDS: dict[str, Handler] = {
    "getprop": getprop,
    "setprop": setprop,
    "pm": _pm,
    "cmd": cmd,
    "dpm": dpm,
    "dumpsys": dumpsys,
    "am": am,
    "settings": settings,
    "reboot": reboot,
    "id": _id,
    "whoami": _whoami,
    "uname": _uname,
    "input": _input,
    "which": _which,
}
