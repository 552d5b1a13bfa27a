"""Carry out a confirmed removal plan, one user at a time, with a fallback for preinstalled apps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from app.core.parsers.actions import parse_disable, parse_uninstall
from app.core.remediation import ActionRecord, PlannedRemoval
from app.device import commands as cmd
from app.device.session import PhoneSession

# Output kept per action: enough for a receipt (`Success`, `Failure [...]`), never a flood.
_MAX_OUTPUT = 200


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:_MAX_OUTPUT]


def remove(
    session: PhoneSession,
    plan: Sequence[PlannedRemoval],
    *,
    confirmed: bool,
    on_action: Callable[[ActionRecord], None] | None = None,
) -> list[ActionRecord]:
    """Run ``pm uninstall --user N PKG`` for each entry; a preinstalled app that refuses is disabled.

    ``confirmed`` must be True: the caller proves a person said yes (``--yes``, or the GUI's
    confirmation dialog). Nothing is sent otherwise.
    """
    if not confirmed:
        raise PermissionError("removal needs an explicit confirmation")
    records: list[ActionRecord] = []

    def record(item: PlannedRemoval, command: cmd.Command, output: str, ok: bool) -> None:
        rec = ActionRecord(item.package, item.user, command.text, _first_line(output), ok, datetime.now(UTC))
        records.append(rec)
        if on_action is not None:
            on_action(rec)

    for item in plan:
        uninstall = cmd.uninstall_for_user(item.package, item.user)
        result = session.run_one(uninstall)
        outcome = parse_uninstall(result.output)
        record(item, uninstall, result.output, outcome.ok)
        if outcome.ok or not item.system:
            continue
        disable = cmd.disable_for_user(item.package, item.user)
        result = session.run_one(disable)
        record(item, disable, result.output, parse_disable(result.output, item.package).ok)
    return records


def open_settings(session: PhoneSession, package: str) -> ActionRecord:
    """Open the app's settings page on the phone, so the person can remove it there themselves."""
    command = cmd.open_app_settings(package)
    result = session.run_one(command)
    from app.core.parsers.actions import parse_am_start

    ok = parse_am_start(result.output).ok
    return ActionRecord(package, 0, command.text, _first_line(result.output), ok, datetime.now(UTC))
