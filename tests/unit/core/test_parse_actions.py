"""Answers to pm uninstall, pm disable-user and am start, read as ok or not."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.parsers.actions import NO_ANSWER, ActionOutcome, parse_am_start, parse_disable, parse_uninstall
from tests.samples import read
from tests.samples import section_lines as _section_lines

TIKTOK = "com.zhiliaoapp.musically"


def test_outcome_is_frozen() -> None:
    outcome = ActionOutcome(ok=True, reason=None)
    assert outcome.output == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.ok = False  # type: ignore[misc]


def test_uad_ng_real_uninstall_log() -> None:
    """Each logged `pm uninstall --user 0 PKG -> Success`: the part after '->' is pm's answer."""
    lines = [ln for ln in read("uad_ng_pm_uninstall_log__real.txt").splitlines() if " -> " in ln]
    assert len(lines) == 3
    for line in lines:
        assert parse_uninstall(line.rsplit(" -> ", 1)[1] + "\n") == ActionOutcome(True, None, "Success")


def test_constructed_uninstall_answers() -> None:
    answers = _section_lines_nonempty(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# pm uninstall")
    got = [parse_uninstall(a + "\n") for a in answers]
    assert got == [
        ActionOutcome(True, None, "Success"),
        ActionOutcome(False, "not installed for 0", "Failure [not installed for 0]"),
        ActionOutcome(False, "user 7 doesn't exist", "Failure [user 7 doesn't exist]"),
        ActionOutcome(False, "DELETE_FAILED_INTERNAL_ERROR", "Failure [DELETE_FAILED_INTERNAL_ERROR]"),
        ActionOutcome(False, "DELETE_FAILED_DEVICE_POLICY_MANAGER", "Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]"),
        ActionOutcome(False, "DELETE_FAILED_USER_RESTRICTED", "Failure [DELETE_FAILED_USER_RESTRICTED]"),
        ActionOutcome(False, "device is still booting.", "Error: device is still booting."),
    ]


@pytest.mark.parametrize(
    ("text", "ok", "reason", "output"),
    [
        ("Success\r\n", True, None, "Success"),
        ("\n\n  Success  \n", True, None, "Success"),
        ("Failure\n", False, "Failure", "Failure"),
        ("Failures ahead\n", False, NO_ANSWER, "Failures ahead"),
        ("Failure [\n", False, "Failure [", "Failure ["),
        ("Success\nFailure [x]\n", True, None, "Success"),  # the first deciding line wins
        ("Failure [x]\nSuccess\n", False, "x", "Failure [x]"),
        ("Successfully\n", False, NO_ANSWER, "Successfully"),
        ("success\n", False, NO_ANSWER, "success"),
        ("", False, NO_ANSWER, ""),
        (
            "Exception occurred while executing 'uninstall':\njava.lang.SecurityException: denied\n\tat x\n",
            False,
            "java.lang.SecurityException: denied",
            "Exception occurred while executing 'uninstall':",
        ),
        (
            "cmd: Failure calling service package: Broken pipe (32)\n",
            False,
            "cmd: Failure calling service package: Broken pipe (32)",
            "cmd: Failure calling service package: Broken pipe (32)",
        ),
        (
            "/system/bin/sh: pm: not found\n",
            False,
            "/system/bin/sh: pm: not found",
            "/system/bin/sh: pm: not found",
        ),
        ("Error:\n", False, "Error:", "Error:"),
    ],
)
def test_uninstall_edges(text: str, ok: bool, reason: str | None, output: str) -> None:
    assert parse_uninstall(text) == ActionOutcome(ok, reason, output)


def test_uninstall_output_is_clipped() -> None:
    outcome = parse_uninstall("Failure [" + "x" * 10_000 + "]")
    assert not outcome.ok
    assert len(outcome.output) == 300 and outcome.reason is not None and len(outcome.reason) == 300


def test_constructed_disable_answers() -> None:
    text = read("formats_from_aosp_source__CONSTRUCTED.txt")
    (disabled,) = _section_lines_nonempty(text, "# pm disable-user")
    assert parse_disable(disabled, TIKTOK) == ActionOutcome(True, None, f"Package {TIKTOK} new state: disabled-user")
    enabled, installed = _section_lines_nonempty(text, "# pm enable")
    assert parse_disable(enabled, TIKTOK) == ActionOutcome(False, enabled, enabled)
    assert parse_disable(installed, TIKTOK) == ActionOutcome(False, NO_ANSWER, installed)


@pytest.mark.parametrize(
    ("text", "ok", "reason"),
    [
        (f"Package {TIKTOK} new state: disabled-user\r\n", True, None),
        (
            f"Package {TIKTOK}.go new state: disabled-user\n",
            False,
            f"Package {TIKTOK}.go new state: disabled-user",
        ),
        (f"Package {TIKTOK} new state: disabled\n", False, f"Package {TIKTOK} new state: disabled"),
        (f"Package {TIKTOK} new state: default\n", False, f"Package {TIKTOK} new state: default"),
        (
            "Error: java.lang.SecurityException: Shell cannot change component state for x to 3\n",
            False,
            "java.lang.SecurityException: Shell cannot change component state for x to 3",
        ),
        (
            "Exception occurred while executing 'disable-user':\n"
            "java.lang.IllegalArgumentException: Unknown package: x\n",
            False,
            "java.lang.IllegalArgumentException: Unknown package: x",
        ),
        ("", False, NO_ANSWER),
        ("Success\n", False, NO_ANSWER),
    ],
)
def test_disable_edges(text: str, ok: bool, reason: str | None) -> None:
    outcome = parse_disable(text, TIKTOK)
    assert (outcome.ok, outcome.reason) == (ok, reason)


def test_constructed_am_start_answers() -> None:
    starting, error, warning = _section_lines_nonempty(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# am start")
    assert parse_am_start(starting + "\n") == ActionOutcome(True, None, starting)
    assert parse_am_start(f"{starting}\n{error}\n") == ActionOutcome(
        False, "Activity not started, unable to resolve Intent { ... }", error
    )
    assert parse_am_start(f"{starting}\n{warning}\n") == ActionOutcome(True, None, warning)


@pytest.mark.parametrize(
    ("text", "ok", "reason"),
    [
        (
            "Starting: Intent { act=x dat=package:com.x }\r\nError type 3\r\n"
            "Error: Activity class {com.x/com.x.A} does not exist.\r\n",
            False,
            "Activity class {com.x/com.x.A} does not exist.",
        ),
        (
            "Starting: Intent { act=x }\n"
            "Warning: Activity not started, intent has been delivered to currently running "
            "top-most instance.\n",
            True,
            None,
        ),
        (
            "Starting: Intent { act=x }\nError: Activity not started, you do not have permission to access it.\n",
            False,
            "Activity not started, you do not have permission to access it.",
        ),
        (
            "Starting: Intent { act=x }\nException occurred while executing 'start':\n"
            "java.lang.SecurityException: Permission Denial: starting Intent\n",
            False,
            "java.lang.SecurityException: Permission Denial: starting Intent",
        ),
        (
            "Security exception: Permission Denial: starting Intent\n",
            False,
            "Security exception: Permission Denial: starting Intent",
        ),
        (
            "Starting: Intent { act=x }\n"
            "Warning: Activity not started because the  current activity is being kept for the user.\n",
            False,
            "Activity not started because the  current activity is being kept for the user.",
        ),
        (
            "Starting: Intent { act=x }\n"
            "Warning: Activity not started because intent should be handled by the caller\n",
            True,
            None,
        ),
        ("", False, NO_ANSWER),
        ("something else entirely\n", False, NO_ANSWER),
    ],
)
def test_am_start_edges(text: str, ok: bool, reason: str | None) -> None:
    outcome = parse_am_start(text)
    assert (outcome.ok, outcome.reason) == (ok, reason)


# --- fuzzing ---------------------------------------------------------------------------------

_pieces = st.sampled_from(
    [
        "Success",
        "Failure",
        " [",
        "]",
        "Error",
        ": ",
        "Warning:",
        "Starting: Intent {",
        "}",
        "Package ",
        TIKTOK,
        " new state: ",
        "disabled-user",
        "Exception occurred",
        "\n",
        "\r\n",
        " ",
        "\ufffd",
    ]
)


def _check(outcome: ActionOutcome) -> None:
    assert isinstance(outcome.ok, bool)
    assert (outcome.reason is None) == outcome.ok
    assert len(outcome.output) <= 300
    assert outcome.reason is None or len(outcome.reason) <= 300


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.lists(_pieces).map("".join)))
def test_never_raises(text: str) -> None:
    _check(parse_uninstall(text))
    _check(parse_disable(text, TIKTOK))
    _check(parse_am_start(text))


def _section_lines_nonempty(text: str, comment_prefix: str) -> list[str]:
    return [line for line in _section_lines(text, comment_prefix) if line]
