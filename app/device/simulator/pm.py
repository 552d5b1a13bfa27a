"""``pm`` and ``cmd package``: list packages and users, uninstall, disable, enable, restore, as AOSP does.

Formats follow PackageManagerShellCommand across generations (see
/work/shared/samples/formats_from_aosp_source__CONSTRUCTED.txt): the field order of
``pm list packages`` lines, the two spaces before ``installer=``, the merged all-users listing of
Android 13+, the SecurityException for users the shell may not touch, and the
``Exception occurred while executing`` block ShellCommand prints for uncaught exceptions.
"""

from __future__ import annotations

from .phone import (
    ENABLED_STATE_NAMES,
    STATE_DEFAULT,
    STATE_DISABLED,
    STATE_DISABLED_UNTIL_USED,
    STATE_DISABLED_USER,
    STATE_ENABLED,
    PackageRecord,
    Phone,
)
from .shell import Invocation

USER_ALL = -1
USER_CURRENT = -2


class JavaException(Exception):
    """An exception as Java would print it: ``java.lang.SecurityException: message``."""

    def __init__(self, java_class: str, message: str, *, callers: str = "", frames: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.java_class = java_class
        self.message = message
        self.callers = callers
        self.frames = frames

    def __str__(self) -> str:
        return f"{self.java_class}: {self.message}"

    def stack(self) -> str:
        """Roughly what ``printStackTrace`` shows (clients must not depend on the frames)."""
        lines = [str(self)]
        if self.callers:
            lines.append(" " + self.callers)
        lines.extend(f"\tat {frame}" for frame in self.frames)
        return "\n".join(lines) + "\n"


def illegal_argument(message: str) -> JavaException:
    return JavaException("java.lang.IllegalArgumentException", message)


def security_exception(user: int, method: str) -> JavaException:
    """The exception handleIncomingUser throws for a user with DISALLOW_DEBUGGING_FEATURES (Secure Folder)."""
    return JavaException(
        "java.lang.SecurityException",
        f"Shell does not have permission to access user {user}",
        callers=(
            "com.android.server.am.ActivityManagerService.handleIncomingUser:15290 "
            "android.app.ActivityManager.handleIncomingUser:4997 "
            "com.android.server.pm.PackageManagerShellCommand.translateUserId:3768 "
        ),
        frames=(
            "com.android.server.am.UserController.handleIncomingUser(UserController.java:2929)",
            "com.android.server.am.ActivityManagerService.handleIncomingUser(ActivityManagerService.java:15290)",
            "android.app.ActivityManager.handleIncomingUser(ActivityManager.java:4997)",
            "com.android.server.pm.PackageManagerShellCommand.translateUserId(PackageManagerShellCommand.java:3768)",
            f"com.android.server.pm.PackageManagerShellCommand.{method}(PackageManagerShellCommand.java:969)",
            "com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:232)",
            "com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)",
            "android.os.ShellCommand.exec(ShellCommand.java:38)",
            "com.android.server.pm.PackageManagerService$IPackageManagerImpl.onShellCommand(PackageManagerService.java:6637)",
            "android.os.Binder.shellCommand(Binder.java:1092)",
            "android.os.Binder.onTransact(Binder.java:912)",
        ),
    )


class ArgParser:
    """Java's ShellCommand option parsing: ``-abc`` is ``-a`` then an error, ``--`` ends options."""

    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.pos = 0
        self.cur_data: str | None = None

    def next_option(self) -> str | None:
        if self.cur_data is not None:
            prev = self.args[self.pos - 1]
            raise illegal_argument(f'No argument expected after "{prev}"')
        if self.pos >= len(self.args):
            return None
        arg = self.args[self.pos]
        if not arg.startswith("-"):
            return None
        self.pos += 1
        if arg == "--":
            return None
        if len(arg) > 1 and arg[1] != "-":
            if len(arg) > 2:
                self.cur_data = arg[2:]
                return arg[:2]
            return arg
        return arg

    def next_arg(self) -> str | None:
        if self.cur_data is not None:
            arg, self.cur_data = self.cur_data, None
            return arg
        if self.pos < len(self.args):
            self.pos += 1
            return self.args[self.pos - 1]
        return None

    def next_arg_required(self) -> str:
        arg = self.next_arg()
        if arg is None:
            prev = self.args[self.pos - 1] if self.pos else ""
            raise illegal_argument(f'Argument expected after "{prev}"')
        return arg


def parse_user_arg(arg: str) -> int:
    """UserHandle.parseUserArg: ``all``, ``current``/``cur`` or a number."""
    if arg == "all":
        return USER_ALL
    if arg in ("current", "cur"):
        return USER_CURRENT
    try:
        return int(arg)
    except ValueError:
        raise JavaException("java.lang.NumberFormatException", f'For input string: "{arg}"') from None


def _check_access(phone: Phone, user: int, method: str) -> None:
    """Raise the SecurityException the shell gets for a user it may not read (Secure Folder)."""
    spec = phone.user(user)
    if spec is not None and not spec.readable:
        raise security_exception(user, method)


def _hashmap_order(records: list[PackageRecord]) -> list[PackageRecord]:
    """Iteration order of a java.util.HashMap keyed by package name (what Android 13+ prints)."""
    capacity = 16
    while len(records) > capacity * 0.75:
        capacity *= 2
    mask = capacity - 1

    def bucket(record: PackageRecord) -> int:
        h = record.java_hash & 0xFFFFFFFF
        return (h ^ (h >> 16)) & mask

    return sorted(records, key=bucket)


def list_packages(inv: Invocation, parser: ArgParser) -> int:
    phone = inv.phone
    style = phone.formats.pm
    show_path = list_disabled = list_enabled = list_system = list_third = list_installer = False
    show_uid = show_version = match_uninstalled = False
    uid_filter = -1
    user = USER_ALL if style == "all_users" else 0
    newer_only = {"-U", "--show-versioncode", "--uid", "--apex-only", "-a", "--match-libraries"}
    try:
        while (opt := parser.next_option()) is not None:
            if style == "legacy" and opt in newer_only:
                inv.out(f"Error: Unknown option: {opt}\n")
                return 255
            if opt == "-d":
                list_disabled = True
            elif opt == "-e":
                list_enabled = True
            elif opt == "-f":
                show_path = True
            elif opt == "-i":
                list_installer = True
            elif opt == "-l":
                pass  # old compat
            elif opt == "-s":
                list_system = True
            elif opt == "-3":
                list_third = True
            elif opt == "-U":
                show_uid = True
            elif opt == "-u" or opt == "-a":
                match_uninstalled = True
            elif opt == "--show-versioncode":
                show_version = True
            elif opt == "--apex-only":
                return 0  # the simulated phone has no APEX packages in its listing
            elif opt == "--match-libraries":
                pass
            elif opt == "--user":
                user = parse_user_arg(parser.next_arg_required())
            elif opt == "--uid":
                show_uid = True
                try:
                    uid_filter = int(parser.next_arg_required())
                except ValueError:
                    raise JavaException(
                        "java.lang.NumberFormatException",
                        f'For input string: "{parser.args[parser.pos - 1]}"',
                    ) from None
            else:
                inv.out(f"Error: Unknown option: {opt}\n")
                return 255
    except JavaException as exc:  # runListPackages catches RuntimeException around option parsing
        inv.out(f"Error: {exc}\n")
        return 255
    name_filter = parser.next_arg()

    if user == USER_CURRENT:
        user = 0
    if style != "all_users":
        if user == USER_ALL:  # translateUserId maps USER_ALL to the system user, with MATCH_KNOWN_PACKAGES
            user = 0
            match_uninstalled = True
        _check_access(phone, user, "runListPackages")
        users = [user]
    elif user == USER_ALL:
        users = []
        for spec in phone.users:
            if not spec.readable:
                if phone.formats.pm_denied_user_in_all == "abort":
                    raise security_exception(spec.id, "runListPackages")
                denied = security_exception(spec.id, "runListPackages")
                inv.err(f"Error: {denied}\n")
                continue
            users.append(spec.id)
    else:
        _check_access(phone, user, "runListPackages")
        users = [user]

    merged: dict[str, list[str]] = {}  # insertion order = HashMap order, as records are visited in it
    lines: list[str] = []
    records = list(phone.packages.values())
    records = _hashmap_order(records) if style == "all_users" else sorted(records, key=lambda r: r.java_hash)
    for user_id in users:
        if phone.user(user_id) is None:
            continue  # getInstalledPackages returns an empty list for a user that does not exist
        for record in records:
            state = record.states.get(user_id)
            if state is None or (not state.installed and not match_uninstalled):
                continue
            if name_filter is not None and name_filter not in record.name:
                continue
            uid = record.uid(user_id)
            if uid_filter != -1 and uid != uid_filter:
                continue
            enabled = state.is_enabled
            if (
                (list_disabled and enabled)
                or (list_enabled and not enabled)
                or (list_system and not record.system)
                or (list_third and record.system)
            ):
                continue
            key = "package:"
            if show_path:
                key += record.path + "="
            key += record.name
            if show_version:
                key += f" versionCode:{record.version_code}"
            if list_installer:
                key += f"  installer={record.installer if record.installer is not None else 'null'}"
            if style == "all_users":
                uids = merged.get(key)
                if uids is None:
                    merged[key] = uids = []
                if show_uid:
                    uids.append(str(uid))
            else:
                lines.append(key + (f" uid:{uid}" if show_uid else ""))
    if style == "all_users":
        lines = [key + (" uid:" + ",".join(uids) if uids else "") for key, uids in merged.items()]
    if lines:
        inv.out("\n".join(lines) + "\n")
    return 0


def list_users(inv: Invocation) -> int:
    lines = ["Users:"]
    for user in inv.phone.users:
        lines.append(f"\tUserInfo{{{user.id}:{user.name}:{user.flags:x}}}" + (" running" if user.running else ""))
    inv.out("\n".join(lines) + "\n")
    return 0


def uninstall(inv: Invocation, parser: ArgParser) -> int:
    phone = inv.phone
    keep = False
    user = USER_ALL
    while (opt := parser.next_option()) is not None:
        if opt == "-k":
            keep = True
        elif opt == "--user":
            user = parse_user_arg(parser.next_arg_required())
            if user not in (USER_ALL, USER_CURRENT) and phone.user(user) is None:
                inv.out(f"Failure [user {user} doesn't exist]\n")
                return 1
        elif opt == "--versionCode":
            parser.next_arg_required()
        else:
            inv.out(f"Error: Unknown option: {opt}\n")
            return 1
    name = parser.next_arg()
    if name is None:
        inv.out("Error: package name not specified\n")
        return 1
    if user == USER_CURRENT:
        user = 0
    if user != USER_ALL:
        _check_access(phone, user, "runUninstall")
    result = phone.uninstall(name, None if user == USER_ALL else user, keep_data=keep)
    if result == "Success":
        inv.out("Success\n")
        return 0
    inv.out(f"Failure [{result}]\n")
    return 1


def set_enabled(inv: Invocation, parser: ArgParser, new_state: int) -> int:
    phone = inv.phone
    user = 0
    option = parser.next_option()
    if option == "--user":
        user = parse_user_arg(parser.next_arg_required())
    if user == USER_CURRENT:
        user = 0
    name = parser.next_arg()
    if name is None:
        inv.err("Error: no package or component specified\n")
        return 1
    if "/" in name:
        raise illegal_argument(f"Unknown component: ComponentInfo{{{name}}}")
    if user == USER_ALL or phone.user(user) is None:
        # PackageManagerService ignores a user that does not exist, then reports "disabled" for it.
        inv.out(f"Package {name} new state: disabled\n")
        return 0
    spec = phone.user(user)
    if spec is not None and not spec.readable:
        raise security_exception(user, "runSetEnabledSetting")
    try:
        phone.set_enabled(name, user, new_state)
    except KeyError:
        raise illegal_argument(f"Unknown package: {name}") from None
    except PermissionError as exc:
        raise JavaException("java.lang.SecurityException", str(exc)) from None
    state = phone.enabled_state(name, user)
    inv.out(f"Package {name} new state: {ENABLED_STATE_NAMES[state if state is not None else STATE_DISABLED]}\n")
    return 0


def install_existing(inv: Invocation, parser: ArgParser) -> int:
    phone = inv.phone
    user = USER_CURRENT
    while (opt := parser.next_option()) is not None:
        if opt == "--user":
            user = parse_user_arg(parser.next_arg_required())
        elif opt in ("--ephemeral", "--instant", "--full", "--wait", "--restrict-permissions"):
            pass
        else:
            inv.out(f"Error: Unknown option: {opt}\n")
            return 1
    name = parser.next_arg()
    if name is None:
        inv.out("Error: package name not specified\n")
        return 1
    if user in (USER_CURRENT, USER_ALL):
        user = 0
    _check_access(phone, user, "runInstallExisting")
    if phone.user(user) is None or not phone.install_existing(name, user):
        inv.out(f"android.content.pm.PackageManager$NameNotFoundException: Package {name} doesn't exist\n")
        return 1
    inv.out(f"Package {name} installed for user: {user}\n")
    return 0


def path(inv: Invocation, parser: ArgParser) -> int:
    user = 0
    while (opt := parser.next_option()) is not None:
        if opt == "--user":
            user = parse_user_arg(parser.next_arg_required())
        else:
            inv.out(f"Error: Unknown option: {opt}\n")
            return 1
    name = parser.next_arg()
    if name is None:
        inv.err("Error: package not specified\n")
        return 1
    if user == USER_CURRENT:
        user = 0
    _check_access(inv.phone, user, "runPath")
    record = inv.phone.package(name)
    if record is None or not record.installed_for(user):
        return 1
    inv.out(f"package:{record.path}\n")
    return 0


HELP = """Package manager (package) commands:
  help
    Print this help text.

  path [--user USER_ID] PACKAGE
    Print the path to the .apk of the given PACKAGE.

  list packages [-f] [-d] [-e] [-s] [-3] [-i] [-l] [-u] [-U]
      [--show-versioncode] [--apex-only] [--uid UID] [--user USER_ID] [FILTER]
    Prints all packages; optionally only those whose name contains
    the text in FILTER.

  list users
    Prints all users.

  uninstall [-k] [--user USER_ID] [--versionCode VERSION_CODE] PACKAGE
    Remove the given package name from the system.

  enable [--user USER_ID] PACKAGE_OR_COMPONENT
  disable [--user USER_ID] PACKAGE_OR_COMPONENT
  disable-user [--user USER_ID] PACKAGE_OR_COMPONENT
  disable-until-used [--user USER_ID] PACKAGE_OR_COMPONENT
  default-state [--user USER_ID] PACKAGE_OR_COMPONENT
    These commands change the enabled state of a given package or
    component (written as "package/class").

  install-existing [--user USER_ID|all|current] PACKAGE
    Installs an existing application for a new user.
"""


def _run(inv: Invocation, args: list[str]) -> int:
    if not args or args[0] in ("help", "-h"):
        inv.out(HELP)
        return 255
    command, parser = args[0], ArgParser(args[1:])
    if command == "list":
        kind = parser.next_arg()
        if kind in ("packages", "package"):
            return list_packages(inv, parser)
        if kind == "users":
            return list_users(inv)
        if kind in ("features", "feature"):
            inv.out(
                "feature:android.hardware.bluetooth\nfeature:android.hardware.camera\nfeature:android.software.device_admin\nfeature:android.software.managed_users\n"
            )
            return 0
        if kind is None:
            inv.err("Error: didn't specify type of data to list\n")
            return 255
        inv.err(f"Error: unknown list type '{kind}'\n")
        return 255
    if command == "uninstall":
        return uninstall(inv, parser)
    states = {
        "enable": STATE_ENABLED,
        "disable": STATE_DISABLED,
        "disable-user": STATE_DISABLED_USER,
        "disable-until-used": STATE_DISABLED_UNTIL_USED,
        "default-state": STATE_DEFAULT,
    }
    if command in states:
        return set_enabled(inv, parser, states[command])
    if command == "install-existing":
        return install_existing(inv, parser)
    if command == "path":
        return path(inv, parser)
    inv.out(f"Unknown command: {command}\n")
    return 255


def run_pm(inv: Invocation, args: list[str]) -> int:
    """Run ``pm ARGS``; uncaught Java exceptions print the block ShellCommand.exec prints and give 255."""
    try:
        return _run(inv, args)
    except JavaException as exc:
        command = args[0] if args else ""
        inv.err(f"\nException occurred while executing '{command}':\n{exc.stack()}")
        return 255


def pm(inv: Invocation) -> int:
    """Entry point for ``pm``."""
    return run_pm(inv, inv.argv[1:])
