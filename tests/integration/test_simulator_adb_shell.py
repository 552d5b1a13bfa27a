"""The simulated phone over real TCP with adb-shell's client: auth prompt answers, commands, state, streams, faults."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from adb_shell import exceptions as adb_errors
from adb_shell.adb_device import AdbDeviceTcp
from adb_shell.auth.keygen import keygen
from adb_shell.auth.sign_cryptography import CryptographySigner

from app.device.simulator import Phone, SimulatorServer, decode_android_pubkey, load_profile
from app.device.simulator.commands import COMMANDS
from app.device.simulator.shell import Shell

Start = Callable[..., SimulatorServer]
Connect = Callable[..., AdbDeviceTcp]
TIKTOK = "com.zhiliaoapp.musically"

READ_ONLY_COMMANDS = [
    'getprop ro.product.model 2>&1; echo ":PSC:ab12:$?"; getprop ro.build.version.sdk 2>&1; echo ":PSC:ab12:$?"',
    "getprop",
    "pm list users",
    "pm list packages",
    "pm list packages -f -U -i --show-versioncode",
    "cmd package list packages -f -i -U --show-versioncode --user 0",
    "pm list packages -s -d",
    "pm list packages -3 -e musically",
    "pm list packages --user 10 -U",
    "dpm list-owners",
    "dumpsys device_policy",
    f"dumpsys package {TIKTOK}",
    "dumpsys package com.android.settings",
    "settings get global adb_enabled",
    "nosuchcommand; echo $?",
]


def expected_output(profile: str, command: str) -> bytes:
    """What the shell interpreter prints on a fresh phone: the TCP path must not change a byte of it."""
    out, _ = Shell(Phone(load_profile(profile)), COMMANDS).run(command)
    return out


# ------------------------------------------------------------------------------------- auth


def test_first_connection_shows_the_prompt_then_the_key_is_trusted(
    simulator: Start, sim_connect: Connect, sim_key_path: Path
) -> None:
    server = simulator("service_tiktok")
    device = sim_connect(server)
    assert device.available
    expected = decode_android_pubkey((sim_key_path.parent / "adbkey.pub").read_bytes()).fingerprint
    assert server.prompts == [expected]
    assert [fp for fp, _ in server.phone.accepted_keys] == [expected]
    sim_connect(server)  # the signature is now accepted: no second prompt
    assert server.prompts == [expected]
    assert server.client_hellos[0][0] == 0x01000000  # adb-shell speaks the checksummed version


def test_ignored_prompt_times_out_and_a_later_allow_lets_the_waiting_client_in(
    simulator: Start, sim_connect: Connect
) -> None:
    server = simulator("auth_prompt")
    with pytest.raises(adb_errors.TcpTimeoutException):
        sim_connect(server, auth_timeout_s=0.5)
    assert len(server.prompts) == 1

    result: dict[str, AdbDeviceTcp | BaseException] = {}

    def waiting_client() -> None:
        try:
            result["device"] = sim_connect(server, auth_timeout_s=10)
        except BaseException as exc:  # pragma: no cover - reported by the assertion below
            result["device"] = exc

    thread = threading.Thread(target=waiting_client, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while len(server.prompts) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)
    assert thread.is_alive(), "the client should still be waiting for the person to tap Allow"
    server.prompt_answer = "accept"  # the person taps Allow
    thread.join(5)
    device = result["device"]
    assert isinstance(device, AdbDeviceTcp)
    assert device.shell("getprop ro.product.model") == "Pixel 7\n"


def test_rejected_prompt_closes_the_connection(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok", prompt_answer="reject")
    with pytest.raises((adb_errors.AdbTimeoutError, adb_errors.TcpTimeoutException, OSError)):
        sim_connect(server, auth_timeout_s=1, read_timeout_s=1, transport_timeout_s=1)
    deadline = time.monotonic() + 2
    while server.connection_count and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.connection_count == 0
    assert server.trusted_keys() == []


def test_no_auth_profile_needs_no_key(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok", auth="none")
    device = sim_connect(server, keys=[])
    assert device.shell("getprop ro.product.device") == "panther\n"
    assert server.prompts == []


def test_wrong_key_first_then_a_trusted_one(
    simulator: Start, sim_connect: Connect, sim_key_path: Path, tmp_path: Path
) -> None:
    server = simulator("service_tiktok")
    server.trust_key((sim_key_path.parent / "adbkey.pub").read_bytes())
    keygen(str(tmp_path / "other"))
    other = CryptographySigner(str(tmp_path / "other"))
    device = sim_connect(server, keys=[other, CryptographySigner(str(sim_key_path))])
    assert device.available
    assert server.prompts == []  # the second signature matched after a fresh token


# ------------------------------------------------------------------------------------- commands


@pytest.mark.parametrize("profile", ["service_tiktok", "work_profile_lite", "secure_folder", "android8"])
def test_every_command_arrives_byte_for_byte(simulator: Start, sim_connect: Connect, profile: str) -> None:
    server = simulator(profile)
    device = sim_connect(server)
    for command in READ_ONLY_COMMANDS:
        assert device.shell(command, decode=False) == expected_output(profile, command), command
        assert device.exec_out(command, decode=False) == expected_output(profile, command), command


def test_hostile_listing_crosses_several_messages_intact(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("hostile")
    device = sim_connect(server, read_timeout_s=20)
    command = "pm list packages -f -U -i --show-versioncode"
    start = time.perf_counter()
    raw = device.shell(command, decode=False, read_timeout_s=20)
    elapsed = time.perf_counter() - start
    assert raw == expected_output("hostile", command)
    assert len(raw) > 3 * 1024 * 1024  # more than three 1 MiB WRTE messages
    assert elapsed < 5
    assert device.shell("getprop ro.product.model", decode=False) == b'Ph\xffne \xfe9 "X" $(id)\n'


def test_uninstall_changes_the_phone_for_every_later_connection(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok")
    first = sim_connect(server)
    assert first.shell(f"pm list packages {TIKTOK}") == f"package:{TIKTOK}\n"
    assert first.shell(f"pm uninstall --user 0 {TIKTOK}") == "Success\n"
    assert first.shell(f"pm list packages {TIKTOK}") == ""
    first.close()
    second = sim_connect(server)
    assert second.shell(f"pm list packages -u {TIKTOK}") == ""
    assert not server.phone.is_installed(TIKTOK, 0)
    assert f"pm uninstall --user 0 {TIKTOK}" in server.phone.command_log


def test_preinstalled_fallback_to_disable(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("preloaded_locked")
    device = sim_connect(server)
    assert device.shell(f"pm uninstall --user 0 {TIKTOK}") == "Failure [DELETE_FAILED_USER_RESTRICTED]\n"
    assert device.shell(f"pm disable-user --user 0 {TIKTOK}") == f"Package {TIKTOK} new state: disabled-user\n"
    assert device.shell(f"pm list packages -d {TIKTOK}") == f"package:{TIKTOK}\n"
    assert server.phone.enabled_state(TIKTOK, 0) == 3


def test_several_connections_at_once(simulator: Start, sim_connect: Connect) -> None:
    """One adb-shell client per thread (an AdbDeviceTcp shared by threads can stall: see docs/simulator.md)."""
    server = simulator("clean_personal")
    commands = ["pm list packages -U", "getprop", "pm list users", "dumpsys package com.android.settings"]
    expected = {c: expected_output("clean_personal", c) for c in commands}
    devices = [sim_connect(server) for _ in range(4)]

    def work(device: AdbDeviceTcp) -> bool:
        return all(device.shell(c, decode=False) == expected[c] for c in commands * 3)

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(work, devices)) == [True] * 4
    assert server.connections_accepted == 4


def test_am_start_is_recorded(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok")
    device = sim_connect(server)
    out = device.shell(f"am start -a android.settings.APPLICATION_DETAILS_SETTINGS -d package:{TIKTOK}")
    assert out == f"Starting: Intent {{ act=android.settings.APPLICATION_DETAILS_SETTINGS dat=package:{TIKTOK} }}\n"
    assert server.phone.started_intents == [
        f"Intent {{ act=android.settings.APPLICATION_DETAILS_SETTINGS dat=package:{TIKTOK} }}"
    ]


def test_reboot_drops_every_connection(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok")
    device = sim_connect(server, read_timeout_s=1)
    other = sim_connect(server, read_timeout_s=1)
    assert device.shell("reboot") == ""
    deadline = time.monotonic() + 2
    while server.connection_count and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.connection_count == 0
    with pytest.raises((adb_errors.AdbTimeoutError, adb_errors.TcpTimeoutException, OSError)):
        other.shell("getprop ro.product.model", read_timeout_s=1, transport_timeout_s=1)
    assert server.phone.reboots == 1
    assert sim_connect(server).shell("getprop ro.product.model") == "Pixel 7\n"  # it comes back


# ------------------------------------------------------------------------------------- faults


def test_slow_replies(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok", faults={"slow_ms": 150})
    device = sim_connect(server)
    start = time.perf_counter()
    assert device.shell("getprop ro.product.model") == "Pixel 7\n"
    assert time.perf_counter() - start >= 0.45  # OKAY, WRTE and CLSE each wait 150 ms


def test_dropped_connection_mid_output(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok", faults={"drop_after_bytes": 500})
    device = sim_connect(server, read_timeout_s=1)
    assert device.shell("getprop ro.product.model") == "Pixel 7\n"  # small outputs still pass
    with pytest.raises((adb_errors.AdbTimeoutError, adb_errors.TcpTimeoutException, OSError)):
        device.shell("pm list packages", read_timeout_s=1, transport_timeout_s=1)


def test_garbage_instead_of_a_reply(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok", faults={"garbage": True})
    device = sim_connect(server)
    with pytest.raises(adb_errors.InvalidCommandError):
        device.shell("getprop ro.product.model", read_timeout_s=2)


def test_bad_checksum_on_the_old_protocol(simulator: Start, sim_connect: Connect) -> None:
    server = simulator("service_tiktok", faults={"bad_checksum": True})
    device = sim_connect(server)
    with pytest.raises(adb_errors.InvalidChecksumError):
        device.shell("getprop ro.product.model", read_timeout_s=2)


def test_profile_faults_and_override(simulator: Start, tmp_path: Path) -> None:
    profile = tmp_path / "slow.json"
    profile.write_text('{"extends": "service_tiktok", "faults": {"slow_ms": 20, "garbage": true}}', encoding="utf-8")
    server = simulator(profile, faults={"garbage": False})
    assert (server.faults.slow_ms, server.faults.garbage) == (20, False)


# ------------------------------------------------------------------------------------- lifecycle


def test_stop_is_prompt_and_frees_the_port(sim_connect: Connect) -> None:
    with SimulatorServer(load_profile("service_tiktok")) as server:
        port = server.port
        sim_connect(server).shell("getprop ro.product.model")
        start = time.perf_counter()
    assert time.perf_counter() - start < 2
    assert server.connection_count == 0
    with pytest.raises(OSError):
        AdbDeviceTcp("127.0.0.1", port, default_transport_timeout_s=1).connect(rsa_keys=[], auth_timeout_s=0.5)
