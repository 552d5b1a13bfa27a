"""The allow-list: only known commands, only strict package names, and honest end markers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.device import commands as cmd
from app.device.errors import CommandNotAllowedError, GarbledOutputError

GOOD = ["com.zhiliaoapp.musically", "com.tiktok.lite.go", "a.b", "A1_.b2"[:3] + ".x"]
BAD = [
    "com.x;reboot",
    "com.x$(id)",
    "com.x`id`",
    "com x",
    "com.x\nreboot",
    "com.",
    ".com.x",
    "com..x",
    "1com.x",
    "com.1x",
    "musically",
    "com.x'",
    'com.x"',
    "com.x|sh",
    "com.x&&reboot",
    "com.zhiliaoapp.musically\u0131",  # non-ASCII letter
    "com.x-y",
    "",
]


@pytest.mark.parametrize("name", GOOD)
def test_good_package_names_build_commands(name: str) -> None:
    assert cmd.uninstall_for_user(name, 0).text == f"pm uninstall --user 0 {name}"
    assert cmd.dumpsys_package(name).text == f"dumpsys package {name}"


@pytest.mark.parametrize("name", BAD)
@pytest.mark.parametrize(
    "builder",
    [
        lambda n: cmd.uninstall_for_user(n, 0),
        lambda n: cmd.disable_for_user(n, 0),
        cmd.dumpsys_package,
        cmd.open_app_settings,
    ],
)
def test_bad_package_names_never_reach_a_command(name: str, builder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CommandNotAllowedError):
        builder(name)


@given(st.text(max_size=60))
def test_any_text_either_matches_the_pattern_or_is_refused(name: str) -> None:
    if cmd.is_valid_package_name(name):
        assert cmd.dumpsys_package(name).argv[-1] == name
        assert all(ch.isalnum() or ch in "._" for ch in name)
    else:
        with pytest.raises(CommandNotAllowedError):
            cmd.uninstall_for_user(name, 0)


def test_commands_outside_the_allow_list_are_refused() -> None:
    for argv in [
        ("reboot",),
        ("pm", "uninstall", "com.x.y"),
        ("rm", "-rf", "/"),
        ("getprop", "persist.sys.locale"),
        ("pm", "list", "packages", "-f", "--user", "0"),
        ("sh", "-c", "id"),
    ]:
        with pytest.raises(CommandNotAllowedError):
            cmd.Command(argv)


def test_only_removal_commands_change_the_phone() -> None:
    assert cmd.uninstall_for_user("com.a.b", 0).changes_phone
    assert cmd.disable_for_user("com.a.b", 10).changes_phone
    assert not cmd.list_packages(0).changes_phone
    assert not cmd.open_app_settings("com.a.b").changes_phone


def test_script_round_trip_keeps_each_output_and_exit_code() -> None:
    batch = [cmd.getprop("ro.product.model"), cmd.list_users(), cmd.list_owners()]
    script, nonce = cmd.build_script(batch, nonce="0123456789abcdef")
    assert script.count(":PSC:0123456789abcdef:") == 3
    output = (
        "Pixel 7\n:PSC:0123456789abcdef:0:0\n"
        "Users:\n\tUserInfo{0:Owner:c13} running\n:PSC:0123456789abcdef:1:0\n"
        "no trailing newline:PSC:0123456789abcdef:2:255\n"
    )
    results = cmd.split_script_output(batch, nonce, output)
    assert [r.exit_code for r in results] == [0, 0, 255]
    assert results[0].output == "Pixel 7\n"
    assert results[1].output.startswith("Users:")
    assert results[2].output == "no trailing newline"


def test_a_cut_answer_is_an_error_not_an_empty_list() -> None:
    batch = [cmd.list_packages(0), cmd.list_packages(10)]
    _, nonce = cmd.build_script(batch, nonce="0123456789abcdef")
    cut = "package:com.a.b\n:PSC:0123456789abcdef:0:0\npackage:com.android.ph"
    with pytest.raises(GarbledOutputError):
        cmd.split_script_output(batch, nonce, cut)
    with pytest.raises(GarbledOutputError):
        cmd.split_script_output(batch, nonce, "")


def test_forged_markers_with_another_nonce_are_ignored() -> None:
    batch = [cmd.list_packages(0)]
    _, nonce = cmd.build_script(batch, nonce="0123456789abcdef")
    forged = "package:com.a.b\n:PSC:ffffffffffffffff:0:0\n"
    with pytest.raises(GarbledOutputError):
        cmd.split_script_output(batch, nonce, forged)
