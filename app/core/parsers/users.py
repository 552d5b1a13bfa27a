"""Parse ``pm list users`` into the phone's users and profiles, dropping their names.

AOSP ``UserManagerServiceShellCommand.runListUsers`` (earlier ``Pm.runListUsers``) prints a
``Users:`` header and then ``"\\t" + userInfo + (running ? " running" : "")`` per user, where
``UserInfo.toString()`` is ``"UserInfo{" + id + ":" + name + ":" + Integer.toHexString(flags) + "}"``.
The name sits in the middle and is often the owner's real name, so it is matched and thrown away.
"""

from __future__ import annotations

import re

from app.core.inventory import PhoneUser
from app.core.parsers._common import lines, to_user_id

# The id leads and the hex flags close the record, so the name is everything between (it may hold
# ':' or '}'): the greedy middle group ends at the LAST ":HEX}" of the line, which is the real one
# because only " running" (or nothing) follows it. Anchored at the line start: one attempt a line.
_USER = re.compile(r"\s*UserInfo\{([0-9]+):(.*):([0-9a-fA-F]{1,16})\}(.*)", re.DOTALL)
_START = "UserInfo{"

# A user name with an embedded newline splits one record over several lines; this many more are
# joined before giving up, so such a user (a work profile, say) is not silently lost.
_MAX_JOINED = 4


def _user(match: re.Match[str]) -> PhoneUser | None:
    user_id = to_user_id(match.group(1))
    if user_id is None:
        return None
    tail = match.group(4).split()
    return PhoneUser(id=user_id, flags=int(match.group(3), 16), running=bool(tail) and tail[0] == "running")


def parse_users(text: str) -> list[PhoneUser]:
    """Every ``UserInfo{ID:NAME:FLAGS}`` record, in the order printed; the name is never returned.

    Tabs or spaces before the record and a ``Users:`` header are optional. ``running`` is True when
    the first word after the record is ``running`` (extra words such as ``unlocked`` may follow).
    Junk lines, and records whose id or flags are not plain numbers, are skipped. Duplicate ids
    are returned as printed: the caller decides what two answers for one user mean.
    """
    found: list[PhoneUser] = []
    all_lines = lines(text)
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        i += 1
        if _START not in line or not line.lstrip().startswith(_START):
            continue
        m = _USER.fullmatch(line)
        if m is None:
            # Perhaps a name with a newline: join the following lines (stopping at the next record).
            joined = line
            for j in range(i, min(i + _MAX_JOINED, len(all_lines))):
                if all_lines[j].lstrip().startswith(_START):
                    break
                joined += "\n" + all_lines[j]
                m = _USER.fullmatch(joined)
                if m is not None:
                    i = j + 1
                    break
        if m is not None:
            user = _user(m)
            if user is not None:
                found.append(user)
    return found
