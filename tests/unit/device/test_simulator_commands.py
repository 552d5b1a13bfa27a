"""getprop, dpm, dumpsys, am, settings and cmd on the simulated phone, against real and AOSP formats."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.device.simulator import Phone, load_profile, profile_from_dict
from app.device.simulator.commands import COMMANDS
from app.device.simulator.shell import Shell

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TIKTOK = "com.zhiliaoapp.musically"
DPC = "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver"


def sim(profile: str | dict[str, object]) -> Shell:
    loaded = load_profile(profile) if isinstance(profile, str) else profile_from_dict(profile)
    return Shell(Phone(loaded), COMMANDS)


def run(shell: Shell, script: str) -> tuple[str, int]:
    out, status = Shell(shell.phone, COMMANDS).run(script)
    return out.decode("utf-8", "surrogateescape"), status


def sample(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


def constructed(after: str, count: int) -> list[str]:
    """The ``count`` lines of the AOSP-constructed formats file after the comment containing ``after``."""
    lines = sample("formats_from_aosp_source__CONSTRUCTED.txt")
    start = next(i for i, line in enumerate(lines) if line.startswith("#") and after in line)
    return lines[start + 1 : start + 1 + count]


# ------------------------------------------------------------------------------------- getprop

GETPROP_LINE = re.compile(r"^\[[^\]]*\]: \[.*\]$")


@pytest.mark.parametrize("name", ["getprop__mvt_android_data.txt", "getprop__mvt_androidqf.txt"])
def test_getprop_lines_have_the_captured_shape(name: str) -> None:
    assert all(GETPROP_LINE.match(line) for line in sample(name) if line)
    out, status = run(sim("clean_personal"), "getprop")
    assert status == 0
    lines = out.splitlines()
    assert all(GETPROP_LINE.match(line) for line in lines)
    assert lines == sorted(lines)
    assert "[ro.product.model]: [SM-A546B]" in lines and "[ro.build.version.sdk]: [34]" in lines
    assert "[ro.hwui.use_vulkan]: []" in lines  # empty values print as [] (see the HUAWEI capture)
    assert "[ro.hwui.use_vulkan]: []" in sample("getprop__real_huawei_dco_al00.txt")


def test_getprop_single_key_and_unknown_key() -> None:
    shell = sim("preloaded_stub")
    assert run(shell, "getprop ro.product.manufacturer") == ("Xiaomi\n", 0)
    assert run(shell, "getprop ro.build.version.release; getprop ro.build.version.sdk") == ("13\n33\n", 0)
    assert run(shell, "getprop no.such.key") == ("\n", 0)
    assert run(shell, "getprop no.such.key fallback") == ("fallback\n", 0)


def test_getprop_hostile_values_keep_their_bytes() -> None:
    shell = sim("hostile")
    out, _ = Shell(shell.phone, COMMANDS).run("getprop ro.hostile.binary; getprop ro.hostile.multiline")
    assert out == b"\x80\xff\xfe\x01\x07\nline one\n\nline three\n"


# ------------------------------------------------------------------------------------- dpm


def test_dpm_old_format_matches_the_aosp_lines() -> None:
    none_line, one_line, owner_line = constructed("dpm list-owners, older", 3)
    assert run(sim("clean_personal"), "dpm list-owners") == (none_line + "\n", 0)
    out, status = run(sim("service_tiktok"), "dpm list-owners")
    assert status == 0
    assert out == f"{one_line}\n" + owner_line.replace("com.example.dpc/.Receiver", DPC) + "\n"


def test_dpm_old_format_for_a_personal_work_profile() -> None:
    assert run(sim("work_profile_lite"), "dpm list-owners") == (
        f"1 owner:\nUser 10: admin={DPC},ManagedProfileOwner(parentUserId=0)\n",
        0,
    )


def test_dpm_new_format_prints_nothing_without_owners_and_flags_org_owned_profiles() -> None:
    do_line, po_line = constructed("dpm list-owners, newer", 2)
    assert run(sim({"extends": "clean_personal", "formats": {"dpm": "new"}}), "dpm list-owners") == ("", 0)
    out, _ = run(sim({"extends": "service_tiktok", "formats": {"dpm": "new"}}), "dpm list-owners")
    assert out == do_line.replace("com.example.dpc/.Receiver", DPC) + "\n"
    cope = {
        "extends": "work_profile_lite",
        "formats": {"dpm": "new"},
        "owners": [
            {
                "user": 10,
                "component": "com.example.dpc/.Receiver",
                "type": "profile_owner",
                "organization_owned": True,
                "affiliated": True,
            }
        ],
        "packages": [{"name": "com.example.dpc", "users": [10]}],
    }
    assert run(sim(cope), "dpm list-owners") == (po_line + "\n", 0)


def test_dpm_absent_on_android8_prints_usage_and_error() -> None:
    out, status = run(sim("android8"), "dpm list-owners")
    lines = out.splitlines()
    usage = [line for line in sample("dumpsys_device_policy__android11_qssi.txt") if line.startswith("usage: dpm")]
    assert lines[: len(usage)] == usage
    assert lines[-3:] == ["", "", "Error: unknown command 'list-owners'"]
    assert status == 0  # BaseCommand catches the IllegalArgumentException and returns normally


# ------------------------------------------------------------------------------------- dumpsys


def _shape(lines: list[str]) -> list[str]:
    """Lines reduced to their keys, so a capture and our output can be compared field by field."""
    return [re.sub(r"=[^ ]*", "=", line) for line in lines]


def test_dumpsys_device_policy_has_the_captured_device_owner_block() -> None:
    captured = sample("dumpsys_device_policy__android11_qssi.txt")
    start = captured.index("  Device Owner: ")
    captured_block = captured[start : start + 6]
    out, _ = run(sim("service_tiktok"), "dumpsys device_policy")
    lines = out.splitlines()
    assert lines[0] == captured[1] == "Current Device Policy Manager state:"
    ours = lines[lines.index("  Device Owner: ") :][:6]
    assert _shape(ours) == _shape(captured_block)
    assert ours[3] == "    package=com.google.android.apps.work.clouddpc"
    assert ours[4] == "    isOrganizationOwnedDevice=true"
    assert ours[5] == "    User ID: 0"
    assert "  Encryption Status: per-user" in lines and "    Device provisioned: true" in lines


def test_dumpsys_device_policy_profile_owner_of_a_personal_work_profile() -> None:
    out, _ = run(sim("work_profile_lite"), "dumpsys device_policy")
    lines = out.splitlines()
    assert "  Device Owner: " not in lines
    start = lines.index("  Profile Owner (User 10): ")
    assert lines[start + 1 : start + 5] == [
        "    admin=ComponentInfo{com.google.android.apps.work.clouddpc/"
        "com.google.android.apps.work.clouddpc.receivers.CloudDeviceAdminReceiver}",
        "    name=",
        "    package=com.google.android.apps.work.clouddpc",
        "    isOrganizationOwnedDevice=false",
    ]


PACKAGE_HEADER = re.compile(r"^  Package \[([^\]]+)\] \(([0-9a-f]+)\):$")
VERSION_LINE = re.compile(r"^    versionCode=(\d+) minSdk=(\d+) targetSdk=(\d+)$")
USER_LINE = re.compile(
    r"^    User (\d+): ceDataInode=(-?\d+) installed=(true|false) hidden=(true|false) suspended=(true|false) "
    r"stopped=(true|false) notLaunched=(true|false) enabled=(\d) instant=false virtual=false$"
)


def test_dumpsys_package_lines_have_the_captured_shapes() -> None:
    captured = sample("dumpsys_package__mvt_bugreport_excerpt.txt")
    for regex in (PACKAGE_HEADER, VERSION_LINE, USER_LINE):
        assert any(regex.match(line) for line in captured), regex.pattern
    out, status = run(sim("service_tiktok"), f"dumpsys package {TIKTOK}")
    lines = out.splitlines()
    assert status == 0
    assert "Packages:" in lines
    header = next(PACKAGE_HEADER.match(line) for line in lines if line.startswith("  Package ["))
    assert header is not None and header.group(1) == TIKTOK
    assert "    versionCode=2023405030 minSdk=21 targetSdk=34" in lines
    assert "    versionName=34.0.5" in lines
    assert "    installerPackageName=com.android.vending" in lines
    assert "    pkgFlags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP LARGE_HEAP ]" in lines
    user_lines = [line for line in lines if line.startswith("    User ")]
    assert len(user_lines) == 1
    match = USER_LINE.match(user_lines[0])
    assert match is not None and match.group(1, 3, 8) == ("0", "true", "0")


def test_dumpsys_package_of_a_preinstalled_app_has_system_flags_and_no_installer() -> None:
    out, _ = run(sim("preloaded_stub"), f"dumpsys package {TIKTOK}")
    lines = out.splitlines()
    assert "    pkgFlags=[ SYSTEM HAS_CODE ALLOW_CLEAR_USER_DATA ]" in lines
    assert "    pkgFlags=[ SYSTEM HAS_CODE ALLOW_CLEAR_USER_DATA ]" in sample(
        "dumpsys_package__mvt_bugreport_excerpt.txt"
    )
    assert not any(line.startswith("    installerPackageName=") for line in lines)
    assert "    codePath=/product/app/TikTok_stub" in lines


def test_dumpsys_package_per_user_lines_for_every_user_that_has_the_package() -> None:
    out, _ = run(sim("work_profile_lite"), "dumpsys package com.tiktok.lite.go")
    user_lines = [line for line in out.splitlines() if line.startswith("    User ")]
    assert [line.split(":")[0] for line in user_lines] == ["    User 10"]
    out, _ = run(sim("work_profile_lite"), "dumpsys package com.android.settings")
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith("    User ")] == [
        "    User 0",
        "    User 10",
    ]


def test_dumpsys_package_old_format_and_absent_packages() -> None:
    out, _ = run(sim("android8"), f"dumpsys package {TIKTOK}")
    user_line = next(line for line in out.splitlines() if line.startswith("    User 0:"))
    assert user_line == (
        "    User 0: installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=0"
    )
    assert "    userId=10214" in out.splitlines()
    absent = run(sim("android8"), "dumpsys package com.not.there")[0]
    assert "  Unable to find package: com.not.there" in absent.splitlines()
    absent_formats = constructed("dumpsys package <pkg> (A13+", 1)
    assert run(sim("clean_personal"), f"dumpsys package {TIKTOK}") == (absent_formats[0] + "\n", 0)


def test_dumpsys_adb_shows_the_accepted_key_like_the_mvt_capture() -> None:
    shell = sim("service_tiktok")
    shell.phone.accepted_keys.append(("F0:A1:3D:8C:B3:F4:7B:09:9F:EE:8B:D8:38:2E:BD:C6", "QAAAAPUB user@linux"))
    out, _ = run(shell, "dumpsys adb")
    captured = [line.split("=")[0] for line in sample("dumpsys_adb__mvt.txt")[2:8]]
    ours = [line.split("=")[0] for line in out.splitlines()[:6]]
    assert ours == captured
    assert "    last_key_received=F0:A1:3D:8C:B3:F4:7B:09:9F:EE:8B:D8:38:2E:BD:C6" in out.splitlines()


def test_dumpsys_unknown_service() -> None:
    assert run(sim("service_tiktok"), "dumpsys nothing") == ("Can't find service: nothing\n", 0)


# ------------------------------------------------------------------------------------- am, settings, cmd


def test_am_start_application_details() -> None:
    starting, error = constructed("am start -a android.settings.APPLICATION_DETAILS_SETTINGS", 2)
    shell = sim("service_tiktok")
    command = f"am start -a android.settings.APPLICATION_DETAILS_SETTINGS -d package:{TIKTOK}"
    assert run(shell, command) == (starting + "\n", 0)
    assert shell.phone.started_intents == [starting.removeprefix("Starting: ")]
    out, status = run(sim("clean_personal"), command)
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == starting
    assert lines[1].startswith(error.split("{")[0]) and f"dat=package:{TIKTOK}" in lines[1]


def test_settings_and_cmd_wrappers() -> None:
    shell = sim("service_tiktok")
    assert run(shell, "settings get global adb_enabled") == ("1\n", 0)
    assert run(shell, "settings get secure nothing_here") == ("null\n", 0)
    assert run(
        shell, "settings put global stay_on_while_plugged_in 3; settings get global stay_on_while_plugged_in"
    ) == (
        "3\n",
        0,
    )
    assert run(shell, "cmd settings get global adb_enabled") == ("1\n", 0)
    assert run(shell, "cmd device_policy list-owners") == run(shell, "dpm list-owners")
    assert run(shell, "cmd package list users") == run(shell, "pm list users")
    assert run(shell, "cmd nosuchservice x") == ("cmd: Can't find service: nosuchservice\n", 20)
    assert run(shell, "id")[0].startswith("uid=2000(shell) gid=2000(shell)")
