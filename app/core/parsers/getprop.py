"""Parse ``getprop`` output into a property map and the phone's identity.

``getprop`` without arguments prints every property as ``[key]: [value]``, one per line, sorted by
key (toybox ``getprop.c``: ``printf("[%s]: [%s]\\n", ...)``). ``getprop KEY`` prints only the value
and a newline (an empty line when the property is unset).
"""

from __future__ import annotations

import re

from app.core.inventory import DeviceIdentity
from app.core.parsers._common import lines, to_int

# The key cannot hold ']' (property names are [A-Za-z0-9_.-:@]); the value can, so it runs to the
# LAST ']' of the line (greedy). Lines are right-stripped first, so the match is linear.
_PROP_LINE = re.compile(r"\s*\[([^\]]+)\]: \[(.*)\]")


def parse_getprop(text: str) -> dict[str, str]:
    """Every ``[key]: [value]`` line of ``getprop`` output, as a dict.

    Blank and junk lines are skipped. A value that spans lines (a property set with an embedded
    newline) does not close its ``]`` on its first line, so that key is left out and its
    continuation lines, which do not start with ``[key]: [``, are skipped as junk; a value that
    holds ``]`` or ``:`` on one line is kept whole. When a key appears twice the first one wins.
    """
    props: dict[str, str] = {}
    for line in lines(text):
        m = _PROP_LINE.fullmatch(line.rstrip())
        if m is not None:
            props.setdefault(m.group(1), m.group(2))
    return props


def parse_getprop_value(text: str) -> str:
    """The value printed by ``getprop KEY``: the text without its trailing newline(s).

    Spaces inside or around the value are the phone's and are kept.
    """
    return text.rstrip("\r\n")


def identity_from_props(props: dict[str, str]) -> DeviceIdentity:
    """The few identity fields the check reports, from a property map (missing keys read as empty).

    ``sdk`` is 0 when ``ro.build.version.sdk`` is missing or not a plain number. The serial comes
    from ``ro.serialno``, else ``ro.boot.serialno``, and is None when both are empty.
    """

    def get(key: str) -> str:
        return props.get(key, "").strip()

    sdk = to_int(get("ro.build.version.sdk"))
    serial = get("ro.serialno") or get("ro.boot.serialno")
    return DeviceIdentity(
        manufacturer=get("ro.product.manufacturer"),
        model=get("ro.product.model"),
        android_release=get("ro.build.version.release"),
        sdk=sdk if sdk is not None and sdk < 10_000 else 0,
        serial=serial or None,
    )
