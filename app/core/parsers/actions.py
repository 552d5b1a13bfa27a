"""Read the phone's answer to a removal command (uninstall, disable, open settings) as ok or not.

The answers come from AOSP ``PackageManagerShellCommand`` (``runUninstall``: ``Success`` or
``Failure [REASON]``; ``runSetEnabledSetting``: ``Package PKG new state: STATE``), from
``ActivityManagerShellCommand.runStartActivity`` (``Starting: Intent {...}``, then an ``Error: ...``
or ``Warning: ...`` line, with exit code 0 either way) and from ``ShellCommand`` itself
(``Exception occurred while executing 'CMD':`` and a stack trace; ``Error: ...`` for bad
arguments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.parsers._common import clip, lines

NO_ANSWER = "no recognisable answer"

_FAILURE = re.compile(r"Failure\b(?: \[(.*)\])?.*")
# An answer that says the command itself did not run.
_ERROR = re.compile(
    r"(?:Error\b|Exception occurred\b|Security exception\b|java\.lang\.[\w.$]*(?:Exception|Error)\b"
    r"|cmd: |/system/bin/sh: |sh: )"
)
_EXCEPTION = "Exception occurred"
# The warnings after which ActivityManagerShellCommand itself counts the activity as launched
# (START_DELIVERED_TO_TOP, START_RETURN_INTENT_TO_CALLER, START_TASK_TO_FRONT): the page is on
# screen. "...because the current activity is being kept for the user" (START_SWITCHES_CANCELED)
# is not among them.
_LAUNCHED_WARNINGS = (
    "intent has been delivered to currently running top-most instance",
    "intent should be handled by the caller",
    "its current task has been brought to the front",
)
_NEW_STATE = re.compile(r"Package (\S+) new state: (\S+)")


@dataclass(frozen=True)
class ActionOutcome:
    """Whether a command did what was asked, why not, and the phone's line that says so.

    ``output`` is the deciding line (``Success``, ``Failure [...]``, ``Error: ...``), or the first
    non-blank line when none decided, cut to 300 characters.
    """

    ok: bool
    reason: str | None
    output: str = ""


def _meaningful(text: str) -> list[str]:
    return [s for s in (ln.strip() for ln in lines(text)) if s]


def _error(found: list[str], index: int) -> ActionOutcome:
    """Not ok, for the error line ``found[index]``; the reason is its message.

    ``Error: device is still booting.`` gives ``device is still booting.``; ``Exception occurred
    while executing 'x':`` gives the exception line under it when there is one.
    """
    line = found[index]
    reason = line
    if line.startswith("Error:"):
        reason = line[len("Error:") :].strip() or line
    elif line.startswith(_EXCEPTION) and index + 1 < len(found):
        reason = found[index + 1]
    return ActionOutcome(ok=False, reason=clip(reason), output=clip(line))


def _undecided(found: list[str]) -> ActionOutcome:
    return ActionOutcome(ok=False, reason=NO_ANSWER, output=clip(found[0]) if found else "")


def parse_uninstall(text: str) -> ActionOutcome:
    """``pm uninstall [--user N] PKG``: ok on ``Success``.

    The first deciding line wins: ``Success`` (exactly) is ok; ``Failure [REASON]`` is not, with
    REASON (``not installed for 0``, ``DELETE_FAILED_INTERNAL_ERROR``, ...) as the reason; an
    ``Error: ...`` line, an exception or a shell error is not ok, with its message as the reason.
    Anything else (no output, junk) is not ok: ``no recognisable answer``.
    """
    found = _meaningful(text)
    for i, line in enumerate(found):
        if line == "Success":
            return ActionOutcome(ok=True, reason=None, output=line)
        m = _FAILURE.fullmatch(line)
        if m is not None:
            reason = m.group(1) if m.group(1) is not None else line
            return ActionOutcome(ok=False, reason=clip(reason), output=clip(line))
        if _ERROR.match(line):
            return _error(found, i)
    return _undecided(found)


def parse_disable(text: str, package: str) -> ActionOutcome:
    """``pm disable-user [--user N] PKG``: ok on ``Package PKG new state: disabled-user``.

    Any other state (``enabled``, ``default``...) or a state reported for another package is not
    ok, with the line as the reason; errors and exceptions are read as for ``parse_uninstall``.
    """
    found = _meaningful(text)
    for i, line in enumerate(found):
        m = _NEW_STATE.fullmatch(line)
        if m is not None:
            if m.group(1) == package and m.group(2) == "disabled-user":
                return ActionOutcome(ok=True, reason=None, output=clip(line))
            return ActionOutcome(ok=False, reason=clip(line), output=clip(line))
        if _ERROR.match(line):
            return _error(found, i)
    return _undecided(found)


def parse_am_start(text: str) -> ActionOutcome:
    """``am start ...``: ok when the activity started or was already showing.

    ``am start`` exits 0 even when it fails, so the text decides: any ``Error...`` line
    (``Error: Activity not started, unable to resolve Intent``, ``Error type 3``), exception or
    shell error anywhere is not ok. Otherwise a ``Warning: Activity not started, ...`` line is
    ok when AOSP counts it as launched (task brought to the front, intent delivered to the
    running top activity or returned to the caller) and not ok otherwise (app switches blocked);
    ``Starting: Intent {...}`` alone is ok. Output without any of these is not ok.
    """
    found = _meaningful(text)
    errors = [i for i, line in enumerate(found) if _ERROR.match(line)]
    if errors:
        # "Error type 3" comes before the "Error: Activity class {...} does not exist." that explains it.
        explained = [i for i in errors if found[i].startswith("Error:")]
        return _error(found, (explained or errors)[0])
    for line in found:
        if line.startswith("Warning:"):
            if any(w in line for w in _LAUNCHED_WARNINGS):
                return ActionOutcome(ok=True, reason=None, output=clip(line))
            return ActionOutcome(ok=False, reason=clip(line[len("Warning:") :].strip()), output=clip(line))
    for line in found:
        if line.startswith("Starting:"):
            return ActionOutcome(ok=True, reason=None, output=clip(line))
    return _undecided(found)
