"""The only commands that may reach a phone, and the checks that keep it so.

Every command is built here from typed arguments and then checked against an allow-list of
templates before it is sent. A package name reaches a command only after it matches the strict
pattern of the contract, so a hostile phone that prints ``com.x;reboot`` can never have that
text sent back to it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from app.device.errors import CommandNotAllowedError, GarbledOutputError

PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$")

# getprop keys the check needs: identity only, nothing personal beyond the serial number.
ALLOWED_PROPS = frozenset(
    {
        "ro.product.manufacturer",
        "ro.product.model",
        "ro.build.version.release",
        "ro.build.version.sdk",
        "ro.serialno",
    }
)

# Slots in templates: literal words, or one of these typed placeholders.
_USER = "{user}"
_PKG = "{pkg}"
_PROP = "{prop}"

_LIST = ("pm", "list", "packages")
_TEMPLATES: tuple[tuple[str, ...], ...] = (
    ("getprop", _PROP),
    ("pm", "list", "users"),
    ("dpm", "list-owners"),
    ("dumpsys", "device_policy"),
    (*_LIST, "--user", _USER),
    ("dumpsys", "package", _PKG),
    ("pm", "uninstall", "--user", _USER, _PKG),
    ("pm", "disable-user", "--user", _USER, _PKG),
    ("am", "start", "-a", "android.settings.APPLICATION_DETAILS_SETTINGS", "-d", "package:" + _PKG),
    ("settings", "get", "global", "adb_enabled"),
)

# Commands that change the phone; everything else is read-only.
_CHANGING = frozenset({("pm", "uninstall"), ("pm", "disable-user")})


def is_valid_package_name(name: str) -> bool:
    """True when ``name`` may be used in a command (the contract's pattern, ASCII only)."""
    return name.isascii() and PACKAGE_NAME.fullmatch(name) is not None


def _slot_ok(slot: str, word: str) -> bool:
    if slot == _USER:
        return word.isascii() and word.isdigit() and len(word) <= 6
    if slot == _PKG:
        return is_valid_package_name(word)
    if slot == _PROP:
        return word in ALLOWED_PROPS
    if slot.endswith(_PKG) and word.startswith(slot[: -len(_PKG)]):
        return is_valid_package_name(word[len(slot) - len(_PKG) :])
    return slot == word


def _matches(template: tuple[str, ...], argv: tuple[str, ...]) -> bool:
    return len(template) == len(argv) and all(_slot_ok(s, w) for s, w in zip(template, argv, strict=True))


@dataclass(frozen=True)
class Command:
    """One allow-listed command. Construct through the builders below; ``__post_init__`` re-checks."""

    argv: tuple[str, ...]

    def __post_init__(self) -> None:
        if not any(_matches(t, self.argv) for t in _TEMPLATES):
            raise CommandNotAllowedError(detail=repr(self.argv))

    @property
    def text(self) -> str:
        return " ".join(self.argv)

    @property
    def changes_phone(self) -> bool:
        return tuple(self.argv[:2]) in _CHANGING


def _package(name: str) -> str:
    if not is_valid_package_name(name):
        raise CommandNotAllowedError(detail=f"package name rejected: {name!r}")
    return name


def getprop(key: str) -> Command:
    return Command(("getprop", key))


def list_users() -> Command:
    return Command(("pm", "list", "users"))


def list_owners() -> Command:
    return Command(("dpm", "list-owners"))


def dumpsys_device_policy() -> Command:
    return Command(("dumpsys", "device_policy"))


def list_packages(user: int) -> Command:
    """The names of one user's packages, nothing more.

    Names are all the check needs from the full list (and all it should read): version, installer,
    preinstalled flag and per-user state come from ``dumpsys package`` for the few matches only.
    """
    return Command((*_LIST, "--user", str(int(user))))


def dumpsys_package(name: str) -> Command:
    return Command(("dumpsys", "package", _package(name)))


def uninstall_for_user(name: str, user: int) -> Command:
    return Command(("pm", "uninstall", "--user", str(int(user)), _package(name)))


def disable_for_user(name: str, user: int) -> Command:
    return Command(("pm", "disable-user", "--user", str(int(user)), _package(name)))


def open_app_settings(name: str) -> Command:
    return Command(
        ("am", "start", "-a", "android.settings.APPLICATION_DETAILS_SETTINGS", "-d", "package:" + _package(name))
    )


def adb_enabled() -> Command:
    return Command(("settings", "get", "global", "adb_enabled"))


# --- batching several commands into one round trip -------------------------------------------

# Not anchored to a line start: a command whose output lacks a final newline puts the marker
# mid-line. The random nonce makes an accidental match impossible.
_MARKER = re.compile(r":PSC:([0-9a-f]{16}):(\d+):(\d+)(?:\r?\n|$)")


@dataclass(frozen=True)
class CommandResult:
    command: Command
    output: str
    exit_code: int


def build_script(commands: Sequence[Command], nonce: str | None = None) -> tuple[str, str]:
    """Join commands into one shell line, each followed by an end marker with its exit code.

    Plain ``shell:`` gives no exit code and no way to tell a finished answer from a cut one, so
    each command is followed by ``echo :PSC:<nonce>:<index>:$?``. The nonce is random per script,
    so a hostile phone cannot forge a marker it has not seen.
    """
    for c in commands:
        if not isinstance(c, Command):
            raise CommandNotAllowedError(detail=repr(c))
    nonce = nonce or secrets.token_hex(8)
    parts = [f'{c.text} 2>&1; echo ":PSC:{nonce}:{i}:$?"' for i, c in enumerate(commands)]
    return "; ".join(parts), nonce


def split_script_output(commands: Sequence[Command], nonce: str, output: str) -> list[CommandResult]:
    """Cut a script's output back into one result per command.

    Raises GarbledOutputError unless every marker is present, in order: a missing marker means
    the answer was cut short, and a cut answer must never pass for an empty (clean) one.
    """
    results: list[CommandResult] = []
    start = 0
    expected = 0
    for m in _MARKER.finditer(output):
        if m.group(1) != nonce:
            continue
        index = int(m.group(2))
        if index != expected:
            raise GarbledOutputError(detail=f"marker {index} where {expected} was expected")
        body = output[start : m.start()]
        results.append(CommandResult(commands[index], body, int(m.group(3))))
        start = m.end()
        expected += 1
        if expected == len(commands):
            break
    if expected != len(commands):
        raise GarbledOutputError(detail=f"answer cut short: {expected} of {len(commands)} commands ended")
    return results
