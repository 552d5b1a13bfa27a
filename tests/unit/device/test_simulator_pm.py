"""``pm`` / ``cmd package`` on the simulated phone: every flag, every profile, the exact AOSP formats."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from app.device.simulator import Phone, load_profile, profile_from_dict
from app.device.simulator.commands import COMMANDS
from app.device.simulator.shell import Shell

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TIKTOK = "com.zhiliaoapp.musically"
PATH_RE = re.compile(r"package:/\S*?/base\.apk=")


class Sim:
    """A fresh phone for one profile and a way to run scripts on it."""

    def __init__(self, profile: str | dict[str, object]) -> None:
        loaded = load_profile(profile) if isinstance(profile, str) else profile_from_dict(profile)
        self.phone = Phone(loaded)

    def run(self, script: str) -> tuple[str, int]:
        out, status = Shell(self.phone, COMMANDS).run(script)
        return out.decode("utf-8", "surrogateescape"), status

    def out(self, script: str) -> str:
        return self.run(script)[0]

    def names(self, script: str) -> list[str]:
        return [line.split()[0].rpartition("=")[2].removeprefix("package:") for line in self.out(script).splitlines()]


def sample_lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


# ------------------------------------------------------------------------------------- line format


def test_full_line_has_the_aosp_field_order_and_two_spaces_before_installer() -> None:
    """Our line equals the line rebuilt from AOSP's print statements, whatever the APK folder names."""
    sample = next(
        line for line in sample_lines("formats_from_aosp_source__CONSTRUCTED.txt") if line.startswith("package:")
    )
    sim = Sim("service_tiktok")
    for flags in (
        "-f --show-versioncode -i -U",
        "-U -i --show-versioncode -f",
        "-i -U -f --show-versioncode",
    ):
        out, status = sim.run(f"pm list packages {flags} {TIKTOK}")
        assert status == 0
        assert PATH_RE.sub("package:<apk>=", out) == PATH_RE.sub("package:<apk>=", sample) + "\n"
    assert re.fullmatch(
        r"package:/data/app/~~[\w-]{22}==/com\.zhiliaoapp\.musically-[\w-]{22}==/base\.apk",
        out.split("=com.")[0],
    )


def test_each_flag_adds_only_its_field() -> None:
    sim = Sim("service_tiktok")
    assert sim.out(f"pm list packages {TIKTOK}") == f"package:{TIKTOK}\n"
    assert sim.out(f"pm list packages -U {TIKTOK}") == f"package:{TIKTOK} uid:10234\n"
    assert sim.out(f"pm list packages -i {TIKTOK}") == f"package:{TIKTOK}  installer=com.android.vending\n"
    assert sim.out(f"pm list packages --show-versioncode {TIKTOK}") == f"package:{TIKTOK} versionCode:2023405030\n"
    assert sim.out(f"cmd package list packages -i -U {TIKTOK}") == sim.out(f"pm list packages -U -i {TIKTOK}")


def test_unknown_installer_prints_null_and_system_apps_live_on_the_image() -> None:
    out = Sim("preloaded_stub").out(f"pm list packages -f -i {TIKTOK}")
    assert out == f"package:/product/app/TikTok_stub/TikTok_stub.apk={TIKTOK}  installer=null\n"


def test_nothing_matching_is_empty_with_status_zero() -> None:
    assert Sim("clean_personal").run("pm list packages musically") == ("", 0)
    assert Sim("clean_personal").run("pm list packages --user 7") == ("", 0)  # no such user: empty list


def test_options_stop_at_the_filter_like_java_shell_command() -> None:
    sim = Sim("service_tiktok")
    assert sim.out(f"pm list packages {TIKTOK} -U") == f"package:{TIKTOK}\n"
    assert sim.run("pm list packages -3f") == (
        'Error: java.lang.IllegalArgumentException: No argument expected after "-3f"\n',
        255,
    )
    assert sim.run("pm list packages --user abc") == (
        'Error: java.lang.NumberFormatException: For input string: "abc"\n',
        255,
    )
    assert sim.run("pm list packages --user") == (
        'Error: java.lang.IllegalArgumentException: Argument expected after "--user"\n',
        255,
    )


def test_order_is_a_stable_hash_order_not_alphabetical() -> None:
    first = Sim("clean_personal").names("pm list packages")
    again = Sim("clean_personal").names("pm list packages")
    assert first == again
    assert first != sorted(first)
    assert len(first) == len(set(first)) == 300


# ------------------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    "profile", ["clean_personal", "service_tiktok", "preloaded_stub", "android8", "work_profile_lite"]
)
def test_system_third_party_enabled_disabled_partition_the_list(profile: str) -> None:
    sim = Sim(profile)
    everything = set(sim.names("pm list packages"))
    system, third = set(sim.names("pm list packages -s")), set(sim.names("pm list packages -3"))
    enabled, disabled = set(sim.names("pm list packages -e")), set(sim.names("pm list packages -d"))
    assert system | third == everything and not system & third
    assert enabled | disabled == everything and not enabled & disabled
    assert system and third and enabled


def test_decoys_are_listed_but_are_not_tiktok() -> None:
    names = Sim("clean_personal").names("pm list packages -3")
    assert "com.lemon.lvoverseas" in names and "com.bd.nproject" in names
    assert not [n for n in names if "musically" in n or "tiktok" in n]


# ------------------------------------------------------------------------------------- users


def test_work_profile_app_only_in_user_10() -> None:
    sim = Sim("work_profile_lite")
    assert sim.out("pm list packages --user 10 com.tiktok.lite.go") == "package:com.tiktok.lite.go\n"
    assert sim.out("pm list packages --user 0 com.tiktok.lite.go") == ""
    assert sim.out("pm list packages -U com.tiktok.lite.go") == "package:com.tiktok.lite.go uid:1010247\n"
    assert sim.out("pm list packages --user current com.tiktok.lite.go") == ""


def test_all_users_merge_into_one_line_with_comma_joined_uids() -> None:
    variant = {
        "extends": "work_profile_lite",
        "packages": [
            {
                "name": "org.example.both",
                "users": [0, 10],
                "app_id": 10400,
                "installer": "com.android.vending",
            }
        ],
    }
    sim = Sim(variant)
    expected = "package:org.example.both  installer=com.android.vending uid:10400,1010400\n"
    assert sim.out("pm list packages -i -U org.example.both") == expected
    assert sim.out("pm list packages --user all -i -U org.example.both") == expected
    assert sim.out("pm list packages --user 10 -U org.example.both") == "package:org.example.both uid:1010400\n"


def test_secure_folder_aborts_the_whole_listing_like_the_captured_s22_ultra() -> None:
    sim = Sim("secure_folder")
    out, status = sim.run("pm list packages")
    assert status == 255
    lines = out.splitlines()
    assert lines[:3] == [
        "",
        "Exception occurred while executing 'list':",
        "java.lang.SecurityException: Shell does not have permission to access user 150",
    ]
    assert lines[3].startswith(" com.android.server.am.ActivityManagerService.handleIncomingUser:")
    assert any(
        line.startswith("\tat com.android.server.pm.PackageManagerShellCommand.runListPackages(") for line in lines
    )
    captured = sample_lines("pm_list_packages_multiuser_errors.txt")
    assert lines[1] in captured and lines[2] in captured
    assert sim.run("pm list packages --user 0 -U")[1] == 0
    out, status = sim.run("pm list packages --user 150")
    assert status == 255 and "Shell does not have permission to access user 150" in out


def test_newer_build_prints_an_error_line_and_keeps_listing() -> None:
    sim = Sim("secure_folder_a14")
    out, status = sim.run("pm list packages")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "Error: java.lang.SecurityException: Shell does not have permission to access user 150"
    # The same line as captured in adil192/no_more_background#17, there for a work profile (user 10).
    assert lines[0].replace("user 150", "user 10") in sample_lines("pm_list_packages_multiuser_errors.txt")
    assert len(lines) == 301 and all(line.startswith("package:") for line in lines[1:])


def test_pm_list_users_format_matches_the_captured_samples() -> None:
    user_re = re.compile(r"^\s+UserInfo\{(\d+):(.*):([0-9a-f]+)\} running$")
    for line in sample_lines("pm_list_users__real.txt"):
        if "UserInfo{" in line and line.startswith(("\t", " ")):
            assert user_re.match(line), line
    out = Sim("secure_folder").out("pm list users")
    assert out.splitlines() == [
        "Users:",
        "\tUserInfo{0:Sofie Janssens:c13} running",
        "\tUserInfo{150:Secure Folder:10061030} running",
    ]
    for line in out.splitlines()[1:]:
        assert user_re.match(line)
    assert Sim("work_profile_lite").out("pm list users").splitlines()[2] == "\tUserInfo{10:Work profile:1030} running"


# ------------------------------------------------------------------------------------- old pm


def test_android8_rejects_newer_flags_and_lists_user_0_only() -> None:
    sim = Sim("android8")
    assert sim.run("pm list packages --show-versioncode") == (
        "Error: Unknown option: --show-versioncode\n",
        255,
    )
    assert sim.run("pm list packages -U") == ("Error: Unknown option: -U\n", 255)
    out = sim.out(f"pm list packages -f -i {TIKTOK}")
    assert re.fullmatch(
        rf"package:/data/app/{re.escape(TIKTOK)}-[\w-]{{22}}==/base\.apk={re.escape(TIKTOK)}"
        r"  installer=com\.android\.vending\n",
        out,
    )
    assert sim.out(f"pm list packages --user all {TIKTOK}") == f"package:{TIKTOK}\n"


# ------------------------------------------------------------------------------------- uninstall


def test_uninstall_of_a_store_app_removes_it_everywhere() -> None:
    sim = Sim("service_tiktok")
    assert sim.run(f"pm uninstall {TIKTOK}") == ("Success\n", 0)
    assert sim.out(f"pm list packages -u {TIKTOK}") == ""
    assert sim.out(f"dumpsys package {TIKTOK}") == f"Unable to find package: {TIKTOK}\n"
    assert sim.run(f"pm uninstall {TIKTOK}") == ("Failure [DELETE_FAILED_INTERNAL_ERROR]\n", 1)
    assert sim.run(f"pm uninstall --user 0 {TIKTOK}") == ("Failure [not installed for 0]\n", 1)


def test_uninstall_for_one_user_keeps_the_others() -> None:
    variant = {"extends": "work_profile_lite", "packages": [{"name": "org.example.both", "users": [0, 10]}]}
    sim = Sim(variant)
    assert sim.run("pm uninstall --user 0 org.example.both") == ("Success\n", 0)
    assert sim.phone.installed_users("org.example.both") == [10]
    assert sim.out("pm list packages -u --user 0 org.example.both") == ""
    assert sim.run("pm uninstall --user 10 org.example.both") == ("Success\n", 0)
    assert sim.phone.package("org.example.both") is None


def test_uninstall_without_user_of_an_app_only_in_the_work_profile() -> None:
    sim = Sim("work_profile_lite")
    assert sim.run("pm uninstall com.tiktok.lite.go") == ("Success\n", 0)
    assert sim.out("pm list packages -u com.tiktok.lite.go") == ""


def test_preinstalled_app_removed_per_user_stays_on_the_image() -> None:
    sim = Sim("preloaded_stub")
    assert sim.run(f"pm uninstall {TIKTOK}") == ("Failure [DELETE_FAILED_INTERNAL_ERROR]\n", 1)
    assert sim.run(f"pm uninstall --user 0 {TIKTOK}") == ("Success\n", 0)
    assert sim.out(f"pm list packages {TIKTOK}") == ""
    assert sim.out(f"pm list packages -u -s {TIKTOK}") == f"package:{TIKTOK}\n"
    assert " installed=false " in sim.out(f"dumpsys package {TIKTOK}")
    assert sim.run(f"pm uninstall --user 0 {TIKTOK}") == ("Failure [not installed for 0]\n", 1)
    assert sim.run(f"cmd package install-existing --user 0 {TIKTOK}") == (
        f"Package {TIKTOK} installed for user: 0\n",
        0,
    )
    assert sim.phone.is_installed(TIKTOK, 0)


def test_locked_preinstalled_app_can_only_be_disabled() -> None:
    sim = Sim("preloaded_locked")
    assert sim.run(f"pm uninstall --user 0 {TIKTOK}") == ("Failure [DELETE_FAILED_USER_RESTRICTED]\n", 1)
    assert sim.run(f"pm disable-user --user 0 {TIKTOK}") == (
        f"Package {TIKTOK} new state: disabled-user\n",
        0,
    )
    assert sim.out(f"pm list packages -d {TIKTOK}") == f"package:{TIKTOK}\n"
    assert sim.out(f"pm list packages -e {TIKTOK}") == ""
    dump = sim.out(f"dumpsys package {TIKTOK}")
    assert " enabled=3 " in dump and "lastDisabledCaller: com.android.shell" in dump
    assert sim.run(f"pm enable {TIKTOK}") == (f"Package {TIKTOK} new state: enabled\n", 0)
    assert sim.phone.enabled_state(TIKTOK, 0) == 1


def test_uninstall_errors() -> None:
    sim = Sim("secure_folder")
    assert sim.run("pm uninstall --user 7 com.android.chrome") == ("Failure [user 7 doesn't exist]\n", 1)
    assert sim.run("pm uninstall") == ("Error: package name not specified\n", 1)
    assert sim.run("pm uninstall -x y") == ("Error: Unknown option: -x\n", 1)
    out, status = sim.run("pm uninstall --user 150 com.android.chrome")
    assert status == 255
    assert out.splitlines()[1:3] == [
        "Exception occurred while executing 'uninstall':",
        "java.lang.SecurityException: Shell does not have permission to access user 150",
    ]


def test_device_owner_and_configured_failures() -> None:
    sim = Sim("service_tiktok")
    dpc = "com.google.android.apps.work.clouddpc"
    assert sim.run(f"pm uninstall --user 0 {dpc}") == ("Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n", 1)
    assert sim.run(f"pm uninstall {dpc}") == ("Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n", 1)
    variant = {
        "extends": "service_tiktok",
        "packages": [{"name": TIKTOK, "uninstall_failures": {"all": "DELETE_FAILED_OWNER_BLOCKED"}}],
    }
    assert Sim(variant).run(f"pm uninstall {TIKTOK}") == ("Failure [DELETE_FAILED_OWNER_BLOCKED]\n", 1)


def test_keep_data_leaves_the_package_known() -> None:
    sim = Sim("service_tiktok")
    assert sim.run(f"pm uninstall -k {TIKTOK}") == ("Success\n", 0)
    assert sim.out(f"pm list packages {TIKTOK}") == ""
    assert sim.out(f"pm list packages -u {TIKTOK}") == f"package:{TIKTOK}\n"


# ------------------------------------------------------------------------------------- enable state


def test_enable_state_errors_are_java_exceptions() -> None:
    sim = Sim("service_tiktok")
    out, status = sim.run("pm disable-user com.not.there")
    assert status == 255
    assert out.splitlines()[1:3] == [
        "Exception occurred while executing 'disable-user':",
        "java.lang.IllegalArgumentException: Unknown package: com.not.there",
    ]
    out, status = sim.run(f"pm disable {TIKTOK}")
    assert status == 255 and f"Shell cannot change component state for {TIKTOK}/null to 2" in out
    assert sim.run(f"pm disable-user --user 9 {TIKTOK}") == (f"Package {TIKTOK} new state: disabled\n", 0)
    blocked = {"extends": "service_tiktok", "packages": [{"name": TIKTOK, "disable_blocked": True}]}
    out, status = Sim(blocked).run(f"pm disable-user {TIKTOK}")
    assert status == 255 and f"java.lang.SecurityException: Cannot disable a protected package: {TIKTOK}" in out


def test_install_existing_and_path() -> None:
    sim = Sim("service_tiktok")
    assert sim.run("cmd package install-existing com.not.there") == (
        "android.content.pm.PackageManager$NameNotFoundException: Package com.not.there doesn't exist\n",
        1,
    )
    path, status = sim.run(f"pm path {TIKTOK}")
    assert status == 0 and path.startswith("package:/data/app/~~") and path.endswith("/base.apk\n")
    assert sim.run("pm path com.not.there") == ("", 1)


def test_unknown_subcommands() -> None:
    sim = Sim("service_tiktok")
    assert sim.run("pm frobnicate") == ("Unknown command: frobnicate\n", 255)
    assert sim.run("pm list things") == ("Error: unknown list type 'things'\n", 255)
    assert sim.run("pm")[1] == 255


# ------------------------------------------------------------------------------------- hostile


@pytest.fixture(scope="module")
def hostile() -> Sim:
    return Sim("hostile")


def test_hostile_listing_is_fast_and_still_holds_the_real_tiktok(hostile: Sim) -> None:
    timings = []
    for _ in range(3):  # best of three, so a busy test machine does not make this flaky
        start = time.perf_counter()
        out, status = Shell(hostile.phone, COMMANDS).run("pm list packages -f -i -U --show-versioncode")
        timings.append(time.perf_counter() - start)
    assert status == 0 and min(timings) < 1.0
    lines = out.split(b"\n")[:-1]
    assert len(lines) == 20_000
    names = [line.split(b" versionCode:")[0].rpartition(b"=")[2] for line in lines]
    assert names.count(TIKTOK.encode()) == 1
    assert b"package:" in hostile.out("pm list packages").encode("utf-8", "surrogateescape").split(b"\n")
    raw, _ = Shell(hostile.phone, COMMANDS).run("pm list packages com.bad")
    assert raw == b"package:com.bad\xff\xfebytes\n"
