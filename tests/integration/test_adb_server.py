"""AdbServerClient against a real, isolated Google adb server, and against scripted fake servers."""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.device import errors
from app.device.adb_server import (
    PORT_ENV,
    AdbServerClient,
    encode_request,
    map_server_failure,
    normalise_state,
    server_port,
)
from app.device.keys import key_fingerprint

ADB = shutil.which("adb")
needs_adb = pytest.mark.skipif(ADB is None, reason="needs Google's adb (Debian package adb)")
# adb scans 5555-5585 for emulators (and 5554 is an emulator console): never put a server there.
_EMULATOR_PORTS = range(5554, 5586)


def _free_port() -> int:
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in _EMULATOR_PORTS and port != 5037:
            return port


# -- the real adb server -------------------------------------------------------------------------------


class IsolatedAdb:
    """A Google adb server of our own: own port, own HOME (so its own ~/.android key), own TMPDIR."""

    def __init__(self, root: Path) -> None:
        assert ADB is not None
        self.port = _free_port()
        home = root / "home"
        home.mkdir()
        self.env = {
            **os.environ,
            "HOME": str(home),
            "TMPDIR": str(root),
            PORT_ENV: str(self.port),
            "ADB_MDNS": "0",
        }

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        assert ADB is not None
        return subprocess.run(
            [ADB, "-P", str(self.port), *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture
def adb_server(tmp_path: Path) -> Iterator[IsolatedAdb]:
    server = IsolatedAdb(tmp_path)
    started = server.run("start-server")
    assert started.returncode == 0, started.stderr
    try:
        yield server
    finally:
        server.run("kill-server", timeout=30)


@pytest.mark.adb
@needs_adb
def test_real_server_version_devices_and_available(adb_server: IsolatedAdb) -> None:
    client = AdbServerClient(port=adb_server.port)
    assert client.available()
    banner = adb_server.run("version").stdout
    match = re.search(r"Android Debug Bridge version 1\.0\.(\d+)", banner)
    assert match is not None, banner
    assert client.version() == int(match.group(1))
    assert client.devices() == []


@pytest.mark.adb
@needs_adb
def test_real_server_port_comes_from_the_environment(adb_server: IsolatedAdb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PORT_ENV, str(adb_server.port))
    assert server_port() == adb_server.port
    assert AdbServerClient().available()


@pytest.mark.adb
@needs_adb
def test_real_server_unknown_serial_is_no_device(adb_server: IsolatedAdb) -> None:
    client = AdbServerClient(port=adb_server.port)
    with pytest.raises(errors.NoDeviceError) as info:
        client.shell("no-such-phone", "getprop ro.product.model", timeout_s=10)
    assert "not found" in info.value.detail


def _simulator() -> tuple[Any, Any] | None:
    """``(SimulatorServer, load_profile)`` once app.device.simulator provides them, else None."""
    try:
        module = importlib.import_module("app.device.simulator")
        return module.SimulatorServer, module.load_profile
    except (ImportError, AttributeError):
        return None


@pytest.mark.adb
@needs_adb
@pytest.mark.skipif(_simulator() is None, reason="app.device.simulator is not there yet")
def test_real_server_shell_through_the_simulated_phone(adb_server: IsolatedAdb) -> None:
    """Google's adb connects to the simulated phone; our client runs a shell command through it."""
    found = _simulator()
    assert found is not None
    simulator_class, load_profile = found
    simulator = simulator_class(load_profile("service_tiktok"), port=0).start()
    serial = f"127.0.0.1:{simulator.port}"
    try:
        connected = adb_server.run("connect", serial, timeout=30)
        # Like a real phone, a first connection shows "Allow USB debugging?" and adb reports
        # "failed to authenticate"; the profile then taps Allow and the device comes up.
        assert serial in connected.stdout, connected.stdout + connected.stderr
        client = AdbServerClient(port=adb_server.port)
        deadline = time.monotonic() + 20
        while dict(client.devices()).get(serial) != "device" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert dict(client.devices()).get(serial) == "device"

        model = client.shell(serial, "getprop ro.product.model", timeout_s=20).decode().strip()
        expected = adb_server.run("-s", serial, "shell", "getprop ro.product.model").stdout.strip()
        assert model and model == expected

        # The prompt showed the fingerprint of the isolated adb's own key, computed our way.
        google_key = (Path(adb_server.env["HOME"]) / ".android" / "adbkey.pub").read_text()
        assert list(simulator.prompts) == [key_fingerprint(google_key)]
    finally:
        adb_server.run("disconnect", serial, timeout=30)
        simulator.stop()


@pytest.mark.adb
@needs_adb
@pytest.mark.skipif(_simulator() is None, reason="app.device.simulator is not there yet")
def test_real_server_unanswered_prompt_is_auth_waiting(adb_server: IsolatedAdb) -> None:
    """Nobody taps Allow: the server lists the phone as unauthorized and refuses shell with FAIL."""
    found = _simulator()
    assert found is not None
    simulator_class, load_profile = found
    simulator = simulator_class(load_profile("service_tiktok"), port=0, prompt_answer="ignore").start()
    serial = f"127.0.0.1:{simulator.port}"
    try:
        adb_server.run("connect", serial, timeout=30)
        client = AdbServerClient(port=adb_server.port)
        deadline = time.monotonic() + 20
        while dict(client.devices()).get(serial) != "unauthorized" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert dict(client.devices()).get(serial) == "unauthorized"
        with pytest.raises(errors.AuthWaitingError) as info:
            client.shell(serial, "getprop ro.product.model", timeout_s=10)
        assert "unauthorized" in info.value.detail
    finally:
        adb_server.run("disconnect", serial, timeout=30)
        simulator.stop()


def test_nothing_listening_is_no_server() -> None:
    client = AdbServerClient(port=_free_port(), timeout=2)
    assert not client.available()
    with pytest.raises(errors.AdbServerUnavailableError) as info:
        client.devices()
    assert info.value.code == "adb_server_unavailable"
    assert "No adb server is running" in info.value.sentence()


# -- scripted fake servers: FAIL texts, timeouts, junk -------------------------------------------------


class FakeServer:
    """Accepts connections on 127.0.0.1 and answers each one with ``script(conn, requests)``."""

    def __init__(self, script: Callable[[socket.socket, list[bytes]], None]) -> None:
        self.script = script
        self.requests: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._sock.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn, contextlib.suppress(OSError):
                self.script(conn, self.requests)

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(timeout=5)


def read_request(conn: socket.socket) -> bytes:
    length = int(_recv(conn, 4), 16)
    return _recv(conn, length)


def _recv(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise OSError("client went away")
        data += chunk
    return data


def fail(text: str) -> bytes:
    data = text.encode()
    return b"FAIL" + f"{len(data):04x}".encode() + data


@pytest.fixture
def fake() -> Iterator[Callable[[Callable[[socket.socket, list[bytes]], None]], FakeServer]]:
    servers: list[FakeServer] = []

    def make(script: Callable[[socket.socket, list[bytes]], None]) -> FakeServer:
        servers.append(FakeServer(script))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def test_request_framing() -> None:
    assert encode_request("host:version") == b"000chost:version"
    assert encode_request("host:transport:R58M") == b"0013host:transport:R58M"
    assert encode_request("shell:echo é") == b"000dshell:echo \xc3\xa9"  # length in bytes, not characters
    with pytest.raises(errors.CommandNotAllowedError):
        encode_request("shell:" + "x" * 0x10000)


def test_shell_sends_transport_then_shell_and_reads_to_eof(fake: Callable[..., FakeServer]) -> None:
    def script(conn: socket.socket, requests: list[bytes]) -> None:
        requests.append(read_request(conn))
        conn.sendall(b"OKAY")
        requests.append(read_request(conn))
        conn.sendall(b"OKAY")
        for part in (b"Pixel", b" 7\r", b"\n"):
            conn.sendall(part)
            time.sleep(0.01)

    server = fake(script)
    out = AdbServerClient(port=server.port).shell("R58M123", "getprop ro.product.model", timeout_s=5)
    assert out == b"Pixel 7\r\n"
    assert server.requests == [b"host:transport:R58M123", b"shell:getprop ro.product.model"]


def test_devices_parsed_and_states_normalised(fake: Callable[..., FakeServer]) -> None:
    listing = (
        b"R58M123\tdevice\n"
        b"emulator-5554\toffline\n"
        b"0123ABC\tno permissions (missing udev rules? user is in the plugdev group); see [http://x]\n"
        b"HT7A\tunauthorized\n"
        b"garbage line without tab\n"
    )

    def script(conn: socket.socket, requests: list[bytes]) -> None:
        requests.append(read_request(conn))
        conn.sendall(b"OKAY" + f"{len(listing):04x}".encode() + listing)

    server = fake(script)
    assert AdbServerClient(port=server.port).devices() == [
        ("R58M123", "device"),
        ("emulator-5554", "offline"),
        ("0123ABC", "no_permissions"),
        ("HT7A", "unauthorized"),
    ]
    assert server.requests == [b"host:devices"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set\n"
            "Try 'adb kill-server' if that seems wrong.\n"
            "Otherwise check for a confirmation dialog on your device.",
            errors.AuthWaitingError,
        ),
        ("device still authorizing", errors.AuthWaitingError),
        ("device offline", errors.DisconnectedError),
        ("device 'R58M' not found", errors.NoDeviceError),
        ("no devices/emulators found", errors.NoDeviceError),
        ("more than one device/emulator", errors.SeveralDevicesError),
        ("insufficient permissions for device: missing udev rules?", errors.UsbPermissionError),
    ],
)
def test_fail_messages_from_the_server(
    fake: Callable[..., FakeServer], message: str, expected: type[errors.DeviceError]
) -> None:
    assert type(map_server_failure(message)) is expected

    def script(conn: socket.socket, requests: list[bytes]) -> None:
        requests.append(read_request(conn))
        conn.sendall(fail(message))

    server = fake(script)
    with pytest.raises(expected) as info:
        AdbServerClient(port=server.port).shell("R58M", "getprop", timeout_s=5)
    assert message.splitlines()[0] in info.value.detail


def test_unknown_fail_is_a_plain_device_error() -> None:
    mapped = map_server_failure("something new")
    assert type(mapped) is errors.DeviceError and "something new" in mapped.detail


def test_silent_server_times_out(fake: Callable[..., FakeServer]) -> None:
    release = threading.Event()

    def script(conn: socket.socket, requests: list[bytes]) -> None:
        requests.append(read_request(conn))
        release.wait(5)

    server = fake(script)
    started = time.monotonic()
    with pytest.raises(errors.DeviceTimeoutError):
        AdbServerClient(port=server.port, timeout=0.5).devices()
    assert time.monotonic() - started < 3
    release.set()


def test_shell_that_never_ends_times_out(fake: Callable[..., FakeServer]) -> None:
    release = threading.Event()

    def script(conn: socket.socket, requests: list[bytes]) -> None:
        read_request(conn)
        conn.sendall(b"OKAY")
        read_request(conn)
        conn.sendall(b"OKAY")
        while not release.is_set():  # a trickle that never ends: the total budget must still hold
            conn.sendall(b".")
            time.sleep(0.05)

    server = fake(script)
    started = time.monotonic()
    with pytest.raises(errors.DeviceTimeoutError):
        AdbServerClient(port=server.port).shell("R58M", "logcat", timeout_s=0.6)
    assert time.monotonic() - started < 3
    release.set()


def test_too_much_output_is_refused(fake: Callable[..., FakeServer]) -> None:
    def script(conn: socket.socket, requests: list[bytes]) -> None:
        read_request(conn)
        conn.sendall(b"OKAY")
        read_request(conn)
        conn.sendall(b"OKAY")
        conn.sendall(b"x" * 300_000)

    server = fake(script)
    with pytest.raises(errors.GarbledOutputError):
        AdbServerClient(port=server.port).shell("R58M", "pm list packages", timeout_s=5, max_bytes=100_000)


def test_not_an_adb_server(fake: Callable[..., FakeServer]) -> None:
    def script(conn: socket.socket, requests: list[bytes]) -> None:
        conn.recv(100)
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

    server = fake(script)
    client = AdbServerClient(port=server.port)
    assert not client.available()
    with pytest.raises(errors.AdbServerUnavailableError):
        client.devices()


def test_bad_serial_is_refused_before_sending() -> None:
    with pytest.raises(errors.BadDeviceSpecError):
        AdbServerClient(port=_free_port()).shell("bad\nserial", "getprop")


def test_invalid_port_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PORT_ENV, "fifty")
    with pytest.raises(errors.AdbServerUnavailableError) as info:
        AdbServerClient()
    assert PORT_ENV in info.value.message
    monkeypatch.setenv(PORT_ENV, "")
    assert server_port() == 5037


def test_normalise_state() -> None:
    assert normalise_state("device") == "device"
    assert normalise_state("no permissions (udev); see [http://x]") == "no_permissions"
    assert normalise_state("") == "unknown"
