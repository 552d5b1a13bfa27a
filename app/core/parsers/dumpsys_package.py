"""Parse ``dumpsys package PKG`` into one package's version, installer, system flag and per-user state.

AOSP ``PackageManagerService.dumpPackageLPr`` (``ComputerEngine.dumpPackagesLocked`` from Android
13) prints, under a ``Packages:`` header, ``  Package [NAME] (HASH):`` and then the package's fields
four spaces in: ``versionCode=N minSdk=.. targetSdk=..``, ``versionName=..``,
``installerPackageName=..`` (only when known), ``flags=[ SYSTEM ... ]`` (ApplicationInfo) and
``pkgFlags=[ SYSTEM ... ]`` (PackageSetting), and one ``User N: [ceDataInode=..] installed=..
hidden=.. ... enabled=N ...`` line per user. An updated system app is dumped again under
``Hidden system packages:`` (the factory copy), and the resolver tables mention the package
too; neither is read. Android 13+ answers ``Unable to find package: PKG`` for an unknown package.
"""

from __future__ import annotations

import re

from app.core.inventory import PackageDetails, PackageUserState
from app.core.parsers._common import clip, lines, to_int, to_user_id

_PACKAGES_SECTION = "Packages:"
_PACKAGE_HEADER = re.compile(r"Package \[(.*)\] \([^()]*\):")
_USER_LINE = re.compile(r"User ([0-9]{1,10}): (.*)")
_VERSION_CODE = re.compile(r"versionCode=(-?[0-9]{1,19})\b")


def _find_block(all_lines: list[str], package: str) -> list[str] | None:
    """The lines of ``package``'s block in the ``Packages:`` section, or None.

    A section is a header at column 0 and runs to the next line at column 0; a package block
    runs to the next line indented no deeper than its own header. Blank lines end neither.
    """
    in_packages = False
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        i += 1
        if not line.strip():
            continue
        if not line[0].isspace():
            in_packages = line.rstrip() == _PACKAGES_SECTION
            continue
        if not in_packages:
            continue
        stripped = line.strip()
        if not stripped.startswith("Package ["):
            continue
        m = _PACKAGE_HEADER.fullmatch(stripped)
        if m is None or m.group(1) != package:
            continue
        indent = len(line) - len(line.lstrip())
        block: list[str] = []
        while i < len(all_lines):
            nxt = all_lines[i]
            body = nxt.lstrip()
            if body and len(nxt) - len(body) <= indent:
                break
            if body:
                block.append(body.rstrip())
            i += 1
        return block
    return None


def _flag_words(value: str) -> set[str]:
    """The words inside ``[ A B C ]``."""
    return set(value.strip().strip("[]").split())


def _user_state(match: re.Match[str]) -> PackageUserState | None:
    """One ``User N: key=value ...`` line; None when it has no ``installed=`` (not a state line)."""
    user = to_user_id(match.group(1))
    values = dict(word.partition("=")[::2] for word in match.group(2).split() if "=" in word)
    installed = values.get("installed")
    if user is None or installed not in ("true", "false"):
        return None
    enabled = to_int(values.get("enabled", "0"), signed=True)
    return PackageUserState(
        user=user,
        installed=installed == "true",
        enabled_state=enabled if enabled is not None else 0,
        hidden=values.get("hidden") == "true",
    )


def parse_dumpsys_package(text: str, package: str) -> PackageDetails | None:
    """What ``dumpsys package PKG`` says about ``package``, or None when it has no block for it.

    ``version_code`` is the first number after ``versionCode=``; ``version_name`` and
    ``installer`` are None when absent, empty or ``null``; ``system`` is True when ``SYSTEM``
    is among the words of ``pkgFlags=[...]`` or ``flags=[...]``. ``user_states`` holds every
    ``User N:`` line with ``installed=`` (with or without ``ceDataInode=``), first one per user;
    a missing ``enabled=`` reads as 0 (default). ``Unable to find package`` gives None.
    """
    block = _find_block(lines(text), package)
    if block is None:
        return None
    version_code: int | None = None
    version_name: str | None = None
    installer: str | None = None
    system = False
    states: list[PackageUserState] = []
    for line in block:
        if version_code is None and line.startswith("versionCode="):
            m = _VERSION_CODE.match(line)
            version_code = to_int(m.group(1), signed=True) if m is not None else None
        elif version_name is None and line.startswith("versionName="):
            version_name = clip(line[len("versionName=") :].strip()) or None
        elif installer is None and line.startswith("installerPackageName="):
            installer = clip(line[len("installerPackageName=") :].strip()) or None
        elif line.startswith(("pkgFlags=[", "flags=[")):
            system = system or "SYSTEM" in _flag_words(line.partition("=")[2])
        elif line.startswith("User "):
            m = _USER_LINE.fullmatch(line)
            state = _user_state(m) if m is not None else None
            if state is not None and all(s.user != state.user for s in states):
                states.append(state)
    return PackageDetails(
        package=package,
        version_name=None if version_name == "null" else version_name,
        version_code=version_code,
        installer=None if installer == "null" else installer,
        system=system,
        user_states=tuple(states),
    )
