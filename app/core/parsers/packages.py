"""Parse ``pm list packages`` (any flag combination, old and new Android) into package lines.

AOSP ``PackageManagerShellCommand.runListPackages`` builds each line in a fixed order::

    "package:" [sourceDir "="] name [" versionCode:" N] [" stopped=" true|false]
               ["  installer=" installerOrNull] [" uid:" uid[,uid...]]

(``-f``, ``--show-versioncode``, ``--show-stopped`` (Android 16), ``-i`` with TWO spaces,
``-U``). Android 11 and older print one line per package with a single uid; newer builds list
every user by default, merge identical lines and join their uids with ','. A user the shell may
not read is reported as ``Error: java.lang.SecurityException: ...`` on stderr while the listing
goes on (newer), or makes the whole command fail with ``Exception occurred while executing 'list':``
(older). A bad flag prints ``Error: Unknown option: X``.
"""

from __future__ import annotations

import re

from app.core.inventory import PackageLine, PackageListing
from app.core.parsers._common import clip, to_int, to_user_id

_PREFIX = "package:"
_UID_FIELD = " uid:"
_INSTALLER_FIELD = "  installer="
_STOPPED_FIELD = " stopped="
_VERSION_FIELD = " versionCode:"

_UID_LIST = re.compile(r"[0-9]{1,10}(?:,[0-9]{1,10})*")
_DENIED = re.compile(r"Shell does not have permission to access user ([0-9]{1,10})")
# Lines that say the command (not one user) failed. Only read when no package was listed, except
# an exception trace, which means whatever was printed before it may be partial.
_ERROR = re.compile(r"(?:Error\b|Failure\b|cmd: |/system/bin/sh: |sh: |java\.lang\.[\w.$]*(?:Exception|Error)\b)")
_EXCEPTION = "Exception occurred while"


def _version(digits: str) -> int | None:
    # int() directly when plainly safe (the usual case); to_int for anything odd.
    if digits.isdigit() and len(digits) < 19 and digits.isascii():
        return int(digits)
    return to_int(digits, signed=True)


def _read(body: str) -> PackageLine | None:
    """The text after ``package:``, read the way AOSP wrote it: fields off the right end first.

    Each optional field is removed only when it ends the text and its value is well formed, in
    the reverse of the order AOSP appends them (uid, installer, stopped, versionCode), so text
    inside a name never passes for a field. What is left is ``[PATH=]NAME`` exactly as printed:
    a name with a space or a trailing blank (impossible on Android, printed by a hostile phone
    to shadow a real name) stays as it is and fails the strict name check later. The path is
    there only when the text starts with '/' (``sourceDir`` is absolute), and runs to the LAST
    '=': names never hold '=', paths may (``/data/app/~~AbC==/...``).
    """
    rest = body
    uids: tuple[int, ...] = ()
    installer: str | None = None
    version: int | None = None
    # Every field starts with a space: a line without one (plain `pm list packages`, the usual
    # case) skips the search.
    if " " in rest:
        i = rest.rfind(_UID_FIELD)
        if i >= 0 and _UID_LIST.fullmatch(rest, i + len(_UID_FIELD)):
            uids = tuple(map(int, rest[i + len(_UID_FIELD) :].split(",")))
            rest = rest[:i]
        i = rest.rfind(_INSTALLER_FIELD)
        if i >= 0:
            value = rest[i + len(_INSTALLER_FIELD) :]
            installer = None if value in ("", "null") else value
            rest = rest[:i]
        if rest.endswith(("=true", "=false")):
            i = rest.rfind(_STOPPED_FIELD)
            if i >= 0 and rest[i + len(_STOPPED_FIELD) :] in ("true", "false"):
                rest = rest[:i]
        i = rest.rfind(_VERSION_FIELD)
        if i >= 0:
            version = _version(rest[i + len(_VERSION_FIELD) :])
            if version is not None:
                rest = rest[:i]
    path: str | None = None
    name = rest
    if rest.startswith(("/", "null=")):
        before, eq, after = rest.rpartition("=")
        if eq:
            path = before if before != "null" else None
            name = after
    if not name or name.isspace():
        return None
    # Positional arguments: this runs once per package, and tests pin PackageLine's field order.
    return PackageLine(name, path, version, installer, uids)


def parse_package_line(line: str) -> PackageLine | None:
    """One ``package:`` line (its line end removed), or None when it is not one or has no name.

    ``package:`` alone, ``package:/path=`` and a blank name give None. Everything else gives a
    PackageLine with the name as printed; the strict package-name check is the caller's.
    """
    line = line.rstrip("\r").lstrip()
    return _read(line[len(_PREFIX) :]) if line.startswith(_PREFIX) else None


def parse_package_list(text: str) -> PackageListing:
    """All packages listed, the users the shell was refused, and whether the command failed.

    ``denied_users`` holds every user named in a ``Shell does not have permission to access user
    N`` line. ``failed`` is the first error line (``Error: ...``, ``Failure ...``, ``cmd: ...``, a
    Java exception, a shell error), also after packages were listed (a listing cut short), and
    always the ``Exception occurred while executing ...`` line when there is one, since a listing may
    be partial. Empty output is a valid empty listing. Names are returned as printed; the strict
    package-name check is the caller's.
    """
    packages: list[PackageLine] = []
    denied: list[int] = []
    first_error: str | None = None
    exception: str | None = None
    for line in text.split("\n"):
        if line.startswith(_PREFIX):
            # parse_package_line, inlined: this loop runs once per package.
            parsed = _read(line[len(_PREFIX) :].rstrip("\r"))
            if parsed is not None:
                packages.append(parsed)
            continue
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(_PREFIX):
            parsed = parse_package_line(line)
            if parsed is not None:
                packages.append(parsed)
            continue
        m = _DENIED.search(stripped)
        if m is not None:
            user = to_user_id(m.group(1))
            if user is not None and user not in denied:
                denied.append(user)
            continue
        if stripped.startswith(_EXCEPTION):
            exception = exception or clip(stripped)
        elif first_error is None and _ERROR.match(stripped):
            first_error = clip(stripped)
    # An error line after packages means the listing stopped part-way: what came before it may be
    # incomplete, and an incomplete list must never pass for a whole (clean) one.
    failed = exception or first_error
    return PackageListing(packages=tuple(packages), denied_users=tuple(denied), failed=failed)
