"""The `adb:SERIAL` transport and the `simulator` command, checked with Google's own adb client."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.device.simulator import SimulatorServer, load_profile

ADB = shutil.which("adb")
pytestmark = [pytest.mark.adb, pytest.mark.skipif(ADB is None, reason="needs Google's adb (Debian package adb)")]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if not 5037 <= port <= 5585:  # adb's own port and the emulator ports it scans
            return port


class Adb:
    def __init__(self, root: Path) -> None:
        self.port = free_port()
        (root / "home").mkdir()
        self.env = {
            **os.environ,
            "HOME": str(root / "home"),
            "TMPDIR": str(root),
            "ANDROID_ADB_SERVER_PORT": str(self.port),
            "ADB_MDNS": "0",
        }

    def __call__(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        assert ADB is not None
        return subprocess.run([ADB, *args], env=self.env, capture_output=True, text=True, timeout=timeout)

    def connect(self, port: int) -> str:
        serial = f"127.0.0.1:{port}"
        # Like a real phone, the simulator first has adb report "failed to authenticate" while the
        # "Allow USB debugging?" prompt is up; the profile then taps Allow and the device comes up.
        out = self("connect", serial)
        assert "authenticate" in out.stdout or "connected" in out.stdout, out.stdout + out.stderr
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if f"{serial}\tdevice" in self("devices").stdout:
                return serial
            time.sleep(0.2)
        raise AssertionError(self("devices").stdout)


@pytest.fixture
def adb(tmp_path: Path) -> Iterator[Adb]:
    server = Adb(tmp_path)
    assert server("start-server").returncode == 0
    try:
        yield server
    finally:
        server("kill-server", timeout=30)


def test_scan_and_fix_through_googles_adb_server(
    adb: Adb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    phone = SimulatorServer(load_profile("service_tiktok")).start()
    try:
        serial = adb.connect(phone.port)
        monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(adb.port))
        assert main(["devices", "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)["devices"]
        assert {
            "device": f"adb:{serial}",
            "transport": "adb",
            "serial": serial,
            "state": "device",
            "model": None,
        } in listed

        code = main(["scan", "--device", f"adb:{serial}", "--ownership", "service", "--json"])
        doc = json.loads(capsys.readouterr().out)
        assert (code, doc["status"], [f["package"] for f in doc["findings"]]) == (
            1,
            "non_compliant",
            ["com.zhiliaoapp.musically"],
        )

        code = main(["fix", "--device", f"adb:{serial}", "--ownership", "service", "--yes", "--json"])
        doc = json.loads(capsys.readouterr().out)
        assert (code, doc["status"]) == (0, "compliant")
        assert not phone.phone.is_installed("com.zhiliaoapp.musically", 0)
    finally:
        phone.stop()


def test_unknown_serial_through_the_adb_server_is_no_device(
    adb: Adb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(adb.port))
    code = main(["scan", "--device", "adb:NOPE123", "--ownership", "service", "--json"])
    assert (code, json.loads(capsys.readouterr().out)["error"]["code"]) == (4, "no_device")


def test_simulator_command_is_accepted_by_googles_adb(adb: Adb, tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "PHONE_SELFCHECK_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "simulator", "--profile", "clean_personal", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert f"127.0.0.1:{port}" in proc.stdout.readline()
        serial = adb.connect(port)
        out = adb("-s", serial, "shell", "getprop ro.product.model")
        assert out.stdout.strip() == "SM-A546B"
        listing = adb("-s", serial, "shell", "pm list packages --user 0").stdout
        assert "package:com.lemon.lvoverseas" in listing.splitlines()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
