"""Google's own adb (Debian package) against the simulated phone: the proof that it speaks real ADB.

Every test runs an isolated adb server (own port, own HOME, so its own key) and compares what
``adb shell`` prints with what adb-shell's client gets from the same phone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from adb_shell.adb_device import AdbDeviceTcp

from app.device.simulator import SimulatorServer, decode_android_pubkey, wire

pytestmark = pytest.mark.adb
GoogleAdb = Any  # the conftest.GoogleAdb fixture value (conftest modules are not importable by name)

Start = Callable[..., SimulatorServer]
Connect = Callable[..., AdbDeviceTcp]
TIKTOK = "com.zhiliaoapp.musically"

COMMANDS = [
    'getprop ro.product.model 2>&1; echo ":PSC:ab12:$?"; pm list users 2>&1; echo ":PSC:ab12:$?"',
    "getprop",
    "pm list packages -f -U -i --show-versioncode",
    "cmd package list packages --user 0 -s -d",
    "pm list packages --user 10",
    "dpm list-owners",
    "dumpsys device_policy",
    f"dumpsys package {TIKTOK}",
    "settings get global adb_enabled",
    f"am start -a android.settings.APPLICATION_DETAILS_SETTINGS -d package:{TIKTOK}",
    "nosuchcommand; echo $?",
]


@pytest.fixture()
def connected(google_adb: GoogleAdb, simulator: Start) -> Iterator[Callable[..., SimulatorServer]]:
    """Start a simulated phone and ``adb connect`` to it; disconnect afterwards."""
    serials: list[str] = []

    def start(profile: str = "service_tiktok", wanted: str = "device", **kwargs: object) -> SimulatorServer:
        server = simulator(profile, **kwargs)
        serials.append(server.serial)
        result = google_adb.run("connect", server.serial)
        assert server.serial.encode() in result.stdout, result
        assert google_adb.wait_state(server.serial, wanted) == wanted
        return server

    yield start
    for serial in serials:
        google_adb.run("disconnect", serial)


def test_google_adb_connects_after_the_prompt(google_adb: GoogleAdb, connected: Callable[..., SimulatorServer]) -> None:
    server = connected("service_tiktok")
    version, maxdata, banner = server.client_hellos[0]
    assert (version, maxdata) == (wire.A_VERSION, wire.MAX_PAYLOAD)
    assert banner.startswith(b"host::features=") and b"shell_v2" in banner
    assert server.prompts == [decode_android_pubkey(google_adb.public_key).fingerprint]
    listing = google_adb.run("devices", "-l").stdout.decode()
    assert f"{server.serial}" in listing and "product:panther model:Pixel_7 device:panther" in listing


@pytest.mark.parametrize("profile", ["service_tiktok", "work_profile_lite", "secure_folder", "android8", "hostile"])
def test_google_adb_prints_what_adb_shell_gets(
    google_adb: GoogleAdb, connected: Callable[..., SimulatorServer], sim_connect: Connect, profile: str
) -> None:
    server = connected(profile)
    device = sim_connect(server, read_timeout_s=20)
    for command in COMMANDS:
        ours = device.shell(command, decode=False, read_timeout_s=20)
        assert google_adb.shell(server.serial, command) == ours, command
    # Both clients opened TikTok's settings page, where TikTok is installed.
    assert len(server.phone.started_intents) == (2 if server.phone.is_installed(TIKTOK, 0) else 0)


def test_google_adb_uninstall_is_seen_by_the_next_client(
    google_adb: GoogleAdb, connected: Callable[..., SimulatorServer], sim_connect: Connect
) -> None:
    server = connected("preloaded_stub")
    assert google_adb.shell(server.serial, f"pm uninstall {TIKTOK}") == b"Failure [DELETE_FAILED_INTERNAL_ERROR]\n"
    assert google_adb.shell(server.serial, f"pm uninstall --user 0 {TIKTOK}") == b"Success\n"
    assert sim_connect(server).shell(f"pm list packages -u -s {TIKTOK}") == f"package:{TIKTOK}\n"
    assert sim_connect(server).shell(f"pm list packages {TIKTOK}") == ""


def test_google_adb_waits_while_the_prompt_is_ignored(
    google_adb: GoogleAdb, connected: Callable[..., SimulatorServer]
) -> None:
    server = connected("auth_prompt", wanted="unauthorized")
    failed = google_adb.run("-s", server.serial, "shell", "getprop ro.product.model")
    assert failed.returncode != 0 and b"unauthorized" in failed.stderr
    server.prompt_answer = "accept"  # the person finally taps Allow; the same connection comes up
    assert google_adb.wait_state(server.serial, "device") == "device"
    assert google_adb.shell(server.serial, "getprop ro.product.model") == b"Pixel 7\n"
    assert server.connections_accepted == 1


def test_google_adb_sees_a_rejected_phone_as_offline(
    google_adb: GoogleAdb, connected: Callable[..., SimulatorServer]
) -> None:
    server = connected("service_tiktok", wanted="offline", prompt_answer="reject")
    failed = google_adb.run("-s", server.serial, "shell", "getprop ro.product.model")
    assert failed.returncode != 0 and b"offline" in failed.stderr
    assert server.trusted_keys() == []


def test_google_adb_uninstall_exec_out_and_interactive_shell(
    google_adb: GoogleAdb, connected: Callable[..., SimulatorServer]
) -> None:
    server = connected("service_tiktok")
    # `adb uninstall` goes through `cmd package` because the phone advertises the "cmd" feature.
    assert google_adb.run("-s", server.serial, "uninstall", TIKTOK).stdout == b"Success\n"
    assert f"cmd package uninstall {TIKTOK}" in server.phone.command_log
    assert not server.phone.is_installed(TIKTOK, 0)
    assert google_adb.run("-s", server.serial, "exec-out", "pm list users").stdout == (
        b"Users:\n\tUserInfo{0:Owner:4c13} running\n"
    )
    # `adb shell` without a command opens "shell:" and types what it reads from stdin.
    typed = google_adb.run("-s", server.serial, "shell", input_bytes=b"getprop ro.product.model\nexit\n")
    assert typed.stdout == b"panther:/ $ getprop ro.product.model\r\nPixel 7\r\npanther:/ $ exit\r\n"
