"""The simulated phone's shell language: separators, quotes, $?, redirections, substitutions, errors."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.device.simulator import Phone, load_profile
from app.device.simulator.commands import COMMANDS
from app.device.simulator.shell import Shell, ShellSyntaxError, parse


@pytest.fixture()
def shell() -> Shell:
    return Shell(Phone(load_profile("service_tiktok")), COMMANDS)


def run(shell: Shell, script: str) -> str:
    out, _ = shell.run(script)
    return out.decode("utf-8", "surrogateescape")


def test_the_checker_script_shape(shell: Shell) -> None:
    """What the product sends: commands joined by ';' with an exit-code marker after each."""
    script = 'getprop ro.product.model 2>&1; echo ":PSC:ab12:$?"; pm list users 2>&1; echo ":PSC:ab12:$?"'
    assert run(shell, script) == ("Pixel 7\n:PSC:ab12:0\nUsers:\n\tUserInfo{0:Owner:4c13} running\n:PSC:ab12:0\n")


def test_exit_status_of_previous_command_and_unknown_command(shell: Shell) -> None:
    assert run(shell, "nosuchtool --x; echo $?") == "/system/bin/sh: nosuchtool: inaccessible or not found\n127\n"
    assert run(shell, "pm list packages --bogus; echo $?") == "Error: Unknown option: --bogus\n255\n"
    assert run(shell, "false; echo $?; true; echo $?") == "1\n0\n"


def test_newlines_and_and_or(shell: Shell) -> None:
    assert run(shell, "echo a\necho b") == "a\nb\n"
    assert run(shell, "false && echo no; true && echo yes") == "yes\n"
    assert run(shell, "false || echo rescued; true || echo no") == "rescued\n"


def test_quotes_and_escapes(shell: Shell) -> None:
    assert run(shell, """echo 'single $? "x"' "double $?" \\$? a\\ b""") == 'single $? "x" double 0 $? a b\n'
    assert run(shell, 'echo "a  b"   c') == "a  b c\n"
    assert run(shell, "echo ''") == "\n"


def test_echo_flags_and_escapes(shell: Shell) -> None:
    assert run(shell, "echo -n x; echo y") == "xy\n"
    assert run(shell, r"echo 'a\nb'") == "a\nb\n"


def test_redirections(shell: Shell) -> None:
    assert run(shell, "nosuch 2>/dev/null; echo $?") == "127\n"
    assert run(shell, "getprop ro.product.model >/dev/null; echo done") == "done\n"
    assert run(shell, "nosuch >/dev/null 2>&1; echo quiet") == "quiet\n"
    assert run(shell, "nosuch 2>&1") == "/system/bin/sh: nosuch: inaccessible or not found\n"
    assert "can't create /sdcard/x" in run(shell, "echo hi > /sdcard/x")


def test_command_substitution_and_variables(shell: Shell) -> None:
    assert run(shell, "echo $(getprop ro.product.model)") == "Pixel 7\n"
    assert run(shell, 'echo "`getprop ro.build.version.sdk`"') == "34\n"
    # Substituting an unknown command: its error still reaches the stream, its output is empty.
    assert run(shell, "echo com.x$(id2)") == "/system/bin/sh: id2: inaccessible or not found\ncom.x\n"
    assert run(shell, "echo $HOME ${USER} $UNSET.") == "/ shell .\n"


def test_unquoted_metacharacters_split_commands(shell: Shell) -> None:
    """A hostile name sent unquoted runs its tail as a command, like on a real phone."""
    phone = shell.phone
    out = run(shell, "pm uninstall com.evil;reboot")
    assert out == "Failure [DELETE_FAILED_INTERNAL_ERROR]\n"
    assert phone.reboots == 1


def test_pipes_into_filters(shell: Shell) -> None:
    assert run(shell, "pm list packages | grep musically") == "package:com.zhiliaoapp.musically\n"
    assert run(shell, "pm list packages | grep -c -F zhiliaoapp") == "1\n"
    assert run(shell, "pm list packages | wc -l") == "300\n"
    assert run(shell, "pm list users | head -n 1") == "Users:\n"
    assert run(shell, "pm list packages | grep -q nothing-like-this; echo $?") == "1\n"


def test_syntax_errors_run_nothing(shell: Shell) -> None:
    assert run(shell, "echo 'unterminated") == "/system/bin/sh: syntax error: unterminated quoted string\n"
    assert run(shell, "echo (x)").startswith("/system/bin/sh: syntax error:")
    with pytest.raises(ShellSyntaxError):
        parse("&& echo x")


def test_exit_stops_the_script(shell: Shell) -> None:
    out, status = shell.run("echo a; exit 3; echo b")
    assert (out, status) == (b"a\n", 3)


def test_full_paths_and_commands_are_logged(shell: Shell) -> None:
    assert run(shell, "/system/bin/getprop ro.product.device") == "panther\n"
    assert (
        run(shell, "/data/local/tmp/getprop x")
        == "/system/bin/sh: /data/local/tmp/getprop: inaccessible or not found\n"
    )
    assert list(shell.phone.command_log)[-2:] == [
        "/system/bin/getprop ro.product.device",
        "/data/local/tmp/getprop x",
    ]


def test_non_utf8_bytes_survive_the_round_trip() -> None:
    shell = Shell(Phone(load_profile("hostile")), COMMANDS)
    out, _ = shell.run(b"echo '\xff\xfe'; getprop ro.product.model")
    assert out == b'\xff\xfe\nPh\xffne \xfe9 "X" $(id)\n'


_PIECES = [
    *"abcdefgilmnprstu -;|&$?()`'\"\\<>21\n{}#*=.:/",
    "pm ",
    "list ",
    "packages ",
    "--user ",
    "dumpsys ",
    "getprop ",
    "echo ",
    "$(",
    "2>&1",
    ">/dev/null",
    "cmd ",
    "package ",
    "dpm ",
    "grep ",
    "uninstall ",
]
_FUZZ_PHONE = Phone(load_profile("work_profile_lite"))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_no_script_crashes_the_interpreter(script: str) -> None:
    """Whatever a client sends, the phone answers with bytes and a status, never a Python exception."""
    out, status = Shell(_FUZZ_PHONE, COMMANDS).run(script)
    assert isinstance(out, bytes) and 0 <= status <= 255
