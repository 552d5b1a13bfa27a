"""Fixtures for the simulated phone over real TCP: a client key, servers that stop themselves, clients, Google's adb."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from adb_shell.adb_device import AdbDeviceTcp
from adb_shell.auth.keygen import keygen
from adb_shell.auth.sign_cryptography import CryptographySigner

from app.device.simulator import SimulatorServer, load_profile

ADB = shutil.which("adb") or "/usr/bin/adb"


@pytest.fixture(scope="session")
def sim_key_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private ADB key made once per session (RSA generation is the slow part)."""
    path = tmp_path_factory.mktemp("simkey") / "adbkey"
    keygen(str(path))
    return path


@pytest.fixture(scope="session")
def sim_signer(sim_key_path: Path) -> CryptographySigner:
    return CryptographySigner(str(sim_key_path))


@pytest.fixture()
def simulator() -> Iterator[Callable[..., SimulatorServer]]:
    """Start simulated phones: ``simulator("service_tiktok", faults={...})``; all are stopped afterwards."""
    servers: list[SimulatorServer] = []

    def start(profile: Any = "service_tiktok", **kwargs: Any) -> SimulatorServer:
        loaded = load_profile(profile) if isinstance(profile, str | Path) else profile
        server = SimulatorServer(loaded, host="127.0.0.1", port=0, **kwargs).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture()
def sim_connect(sim_signer: CryptographySigner) -> Iterator[Callable[..., AdbDeviceTcp]]:
    """Connect adb-shell to a simulated phone with the session key; every client is closed afterwards."""
    devices: list[AdbDeviceTcp] = []

    def connect(
        server: SimulatorServer,
        *,
        keys: list[Any] | None = None,
        auth_timeout_s: float = 3.0,
        read_timeout_s: float = 5.0,
        transport_timeout_s: float = 5.0,
    ) -> AdbDeviceTcp:
        device = AdbDeviceTcp("127.0.0.1", server.port, default_transport_timeout_s=transport_timeout_s)
        devices.append(device)
        device.connect(
            rsa_keys=[sim_signer] if keys is None else keys,
            auth_timeout_s=auth_timeout_s,
            read_timeout_s=read_timeout_s,
        )
        return device

    yield connect
    for device in devices:
        device.close()


def _free_port() -> int:
    """A free loopback port outside adb's own (5037) and the emulator ports it scans (5554-5585)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if not 5037 <= port <= 5585:
            return port


@dataclass
class GoogleAdb:
    """An adb server of our own (own port, own HOME and so its own key), never the developer's."""

    port: int
    home: Path

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "ANDROID_ADB_SERVER_PORT": str(self.port), "HOME": str(self.home)}

    def run(
        self, *args: str, timeout: float = 20, input_bytes: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        if input_bytes is None:  # never hand the test runner's own stdin to adb
            return subprocess.run(
                [ADB, *args], env=self.env, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
            )
        return subprocess.run(
            [ADB, *args], env=self.env, capture_output=True, timeout=timeout, check=False, input=input_bytes
        )

    def state(self, serial: str) -> str:
        out = self.run("devices").stdout.decode("utf-8", "replace")
        for line in out.splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 2 and parts[0] == serial:
                return parts[1]
        return "absent"

    def wait_state(self, serial: str, wanted: str, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        state = self.state(serial)
        while state != wanted and time.monotonic() < deadline:
            time.sleep(0.05)
            state = self.state(serial)
        return state

    def shell(self, serial: str, command: str) -> bytes:
        result = self.run("-s", serial, "shell", command)
        assert result.returncode == 0, result.stderr
        return result.stdout

    @property
    def public_key(self) -> bytes:
        return (self.home / ".android" / "adbkey.pub").read_bytes()


@pytest.fixture(scope="module")
def google_adb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GoogleAdb]:
    """Google's adb (Debian package), isolated; skipped when it is not installed."""
    if not Path(ADB).exists():
        pytest.skip("Google's adb client is not installed (Debian package adb)")
    adb = GoogleAdb(port=_free_port(), home=tmp_path_factory.mktemp("adbhome"))
    started = adb.run("start-server", timeout=30)
    if started.returncode != 0:
        pytest.skip(f"adb start-server failed: {started.stderr.decode(errors='replace')}")
    yield adb
    adb.run("kill-server", timeout=30)
