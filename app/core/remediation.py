"""What removing the banned apps would do: the plan a person confirms before anything changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.core.assessment import ACTION_UNINSTALL, Assessment


@dataclass(frozen=True)
class PlannedRemoval:
    """Remove ``package`` for ``user``; a preinstalled app may fall back to being disabled."""

    package: str
    app: str
    user: int
    system: bool
    work_profile: bool


@dataclass(frozen=True)
class ActionRecord:
    """One command that changed (or tried to change) the phone, as the contract's ``actions`` entry."""

    package: str
    user: int
    command: str
    output: str
    ok: bool
    at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "user": self.user,
            "command": self.command,
            "output": self.output,
            "ok": self.ok,
            "at": self.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }


def plan_removal(assessment: Assessment, *, include_advisory: bool = False) -> list[PlannedRemoval]:
    """The removals a fix would make: required findings, plus advised ones when the person asks."""
    plan = []
    for f in assessment.findings:
        if f.action == ACTION_UNINSTALL or (include_advisory and f.active and f.enabled):
            plan.append(PlannedRemoval(f.package, f.app, f.user, f.system, f.work_profile))
    return plan
