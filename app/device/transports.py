"""Open a ``PhoneSession`` from a device name (usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL, demo[:PROFILE]).

adb-shell speaks ADB over USB and TCP; Google's adb server is reached through its smart-socket
protocol (also the way round a USB interface that another adb already holds); ``demo`` starts the
simulated phone in-process and then goes through the very same TCP path a real phone uses.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.device import errors
from app.device.usb import ensure_libusb

# adb-shell's adb_device imports its USB transport, which starts libusb as a side effect of the
# import: load the bundled libusb first, or USB is silently unavailable where the system has none.
with contextlib.suppress(errors.DeviceError):
    ensure_libusb()

from adb_shell import exceptions as adb_exc
from adb_shell.adb_device import AdbDevice
from adb_shell.transport.tcp_transport import TcpTransport

from app.device.session import READ_TIMEOUT_S, LogFn, PhoneSession

DEFAULT_PROFILE = "service_tiktok"
# How long the phone may take to show and answer "Allow USB debugging?" before we say so.
AUTH_TIMEOUT_S = 30.0
# Socket-level timeout for one read or write.
TRANSPORT_TIMEOUT_S = 10.0
# Sent in CNXN instead of adb-shell's default, the computer's host name: the phone needs no name.
BANNER = "phone-selfcheck"


@dataclass(frozen=True)
class DeviceSpec:
    """A parsed ``--device`` value."""

    kind: str  # usb | tcp | adb | demo
    serial: str | None = None
    host: str | None = None
    port: int | None = None
    profile: str | None = None

    def __str__(self) -> str:
        if self.kind == "tcp":
            return f"tcp:{self.host}:{self.port}"
        if self.kind == "demo":
            return f"demo:{self.profile}"
        return f"{self.kind}:{self.serial}" if self.serial else self.kind


def parse_device_spec(text: str) -> DeviceSpec:
    """Parse the contract's DEV syntax; raise BadDeviceSpecError (a usage error) when it does not fit."""
    kind, _, rest = text.partition(":")
    if kind == "usb":
        return DeviceSpec("usb", serial=rest or None)
    if kind == "demo":
        return DeviceSpec("demo", profile=rest or DEFAULT_PROFILE)
    if kind == "adb" and rest:
        return DeviceSpec("adb", serial=rest)
    if kind == "tcp" and rest:
        host, sep, port_text = rest.rpartition(":")
        if sep and host and port_text.isdigit() and 0 < int(port_text) < 65536:
            return DeviceSpec("tcp", host=host.strip("[]"), port=int(port_text))
    raise errors.BadDeviceSpecError(detail=text)


class _PeerClosed(ConnectionError):
    """The phone closed the connection (adb-shell would otherwise spin until its read timeout)."""


class _TcpTransport(TcpTransport):  # type: ignore[misc]
    """adb-shell's TCP transport, but an orderly close by the phone is an error, not an endless wait."""

    def connect(self, transport_timeout_s: float | None) -> None:
        super().connect(transport_timeout_s)
        # Small ADB messages (OKAY, OPEN) otherwise wait ~40 ms for a delayed acknowledgement each.
        with contextlib.suppress(OSError):
            self._connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def bulk_read(self, numbytes: int, transport_timeout_s: float | None) -> bytes:
        data: bytes = super().bulk_read(numbytes, transport_timeout_s)
        if not data:
            raise _PeerClosed("the phone closed the connection")
        return data


def map_adb_exception(exc: BaseException, *, prompt_shown: bool = False) -> errors.DeviceError:
    """Turn an adb-shell or socket exception into the typed error a person can act on."""
    if isinstance(exc, errors.DeviceError):
        return exc
    detail = f"{type(exc).__name__}: {exc}"
    if prompt_shown:
        if isinstance(exc, adb_exc.TcpTimeoutException | adb_exc.AdbTimeoutError | TimeoutError):
            return errors.AuthIgnoredError(detail=detail)
        return errors.AuthRefusedError(detail=detail)
    if isinstance(exc, adb_exc.DeviceAuthError):
        return errors.AuthRefusedError(detail=detail)
    if isinstance(exc, ConnectionRefusedError):
        return errors.ConnectionRefusedError_(detail=detail)
    if isinstance(exc, adb_exc.TcpTimeoutException | adb_exc.AdbTimeoutError | TimeoutError | socket.timeout):
        return errors.DeviceTimeoutError(detail=detail)
    if isinstance(exc, adb_exc.InvalidChecksumError | adb_exc.InvalidCommandError | adb_exc.InvalidResponseError):
        return errors.GarbledOutputError(detail=detail)
    if isinstance(exc, adb_exc.UsbReadFailedError | adb_exc.UsbWriteFailedError) or _is_usb_error(exc):
        from app.device.usb import map_usb_error

        return map_usb_error(getattr(exc, "usb_error", None) or exc)
    if isinstance(exc, _PeerClosed | ConnectionError | OSError | adb_exc.AdbConnectionError):
        return errors.DisconnectedError(detail=detail)
    return errors.GarbledOutputError(detail=detail)


def _is_usb_error(exc: BaseException) -> bool:
    """A raw usb1 error (e.g. claiming the interface inside ``AdbDevice.connect``)."""
    return type(exc).__module__.split(".")[0] == "usb1"


class AdbShellChannel:
    """A phone reached with adb-shell (TCP or USB): connect, authenticate, run shell lines."""

    def __init__(self, device: Any, description: str) -> None:
        self._device = device
        self.description = description
        self._lock = threading.Lock()

    def connect(
        self,
        rsa_keys: Sequence[Any],
        *,
        auth_timeout_s: float = AUTH_TIMEOUT_S,
        on_auth_prompt: Callable[[], None] | None = None,
    ) -> None:
        prompt_shown = False

        def _prompted(_device: object) -> None:
            nonlocal prompt_shown
            prompt_shown = True
            if on_auth_prompt is not None:
                on_auth_prompt()

        try:
            self._device.connect(
                rsa_keys=list(rsa_keys),
                auth_timeout_s=auth_timeout_s,
                read_timeout_s=READ_TIMEOUT_S,
                auth_callback=_prompted,
            )
        except Exception as exc:
            self.close()
            raise map_adb_exception(exc, prompt_shown=prompt_shown) from exc

    def shell(self, command: str, timeout_s: float, max_bytes: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        with self._lock:
            try:
                stream: Iterator[bytes] = self._device.streaming_shell(
                    command, read_timeout_s=min(READ_TIMEOUT_S, timeout_s), decode=False
                )
                for chunk in stream:
                    size += len(chunk)
                    if size > max_bytes:
                        self.close()
                        raise errors.GarbledOutputError(detail=f"answer larger than {max_bytes} bytes")
                    chunks.append(chunk)
            except errors.DeviceError:
                raise
            except Exception as exc:
                self.close()
                raise map_adb_exception(exc) from exc
        return b"".join(chunks)

    def close(self) -> None:
        # Closing a dead connection may fail in any way; it is closed either way.
        with contextlib.suppress(Exception):
            self._device.close()


class AdbServerChannel:
    """A phone held by Google's adb server, reached through its smart-socket protocol."""

    def __init__(self, serial: str, port: int | None = None) -> None:
        from app.device.adb_server import AdbServerClient

        self._client = AdbServerClient(port=port)
        self._serial = serial
        self.description = f"adb:{serial}"

    def check(self) -> None:
        """Fail early, with the right sentence, when the server does not hold this phone."""
        states = dict(self._client.devices())
        state = states.get(self._serial)
        if state is None:
            raise errors.NoDeviceError(detail=f"adb server does not list {self._serial}")
        if state == "unauthorized":
            raise errors.AuthWaitingError(detail="adb server: unauthorized")
        if state != "device":
            raise errors.DisconnectedError(detail=f"adb server: {state}")

    def shell(self, command: str, timeout_s: float, max_bytes: int) -> bytes:
        data: bytes = self._client.shell(self._serial, command, timeout_s=timeout_s, max_bytes=max_bytes)
        return data

    def close(self) -> None:
        pass


def _tcp_channel(host: str, port: int, description: str) -> AdbShellChannel:
    device = AdbDevice(
        transport=_TcpTransport(host, port), default_transport_timeout_s=TRANSPORT_TIMEOUT_S, banner=BANNER
    )
    return AdbShellChannel(device, description)


_keys_cache: dict[str, list[Any]] = {}
_keys_lock = threading.Lock()


def _default_keys() -> list[Any]:
    """This computer's signers, loaded once per data dir: checking an RSA key costs ~60 ms a load."""
    from app.device.keys import data_dir, rsa_keys

    where = str(data_dir())
    with _keys_lock:
        if where not in _keys_cache:
            _keys_cache[where] = rsa_keys()
        return _keys_cache[where]


def open_session(
    spec: DeviceSpec | str,
    *,
    rsa_keys: Sequence[Any] | None = None,
    log: LogFn | None = None,
    auth_timeout_s: float = AUTH_TIMEOUT_S,
    on_auth_prompt: Callable[[], None] | None = None,
) -> PhoneSession:
    """Connect to the phone named by ``spec`` and return a ready session (the caller closes it)."""
    if isinstance(spec, str):
        spec = parse_device_spec(spec)
    if spec.kind == "adb":
        assert spec.serial is not None
        server_channel = AdbServerChannel(spec.serial)
        server_channel.check()
        return PhoneSession(server_channel, log=log)

    if rsa_keys is None:
        rsa_keys = _default_keys()

    on_close: Callable[[], None] | None = None
    if spec.kind == "demo":
        from app.device.simulator import SimulatorServer, load_profile

        server = SimulatorServer(load_profile(spec.profile or DEFAULT_PROFILE), host="127.0.0.1", port=0).start()
        channel = _tcp_channel("127.0.0.1", server.port, str(spec))
        on_close = server.stop
    elif spec.kind == "tcp":
        assert spec.host is not None and spec.port is not None
        channel = _tcp_channel(spec.host, spec.port, str(spec))
    else:
        from app.device.usb import open_usb

        transport = open_usb(spec.serial)
        device = AdbDevice(transport=transport, default_transport_timeout_s=TRANSPORT_TIMEOUT_S, banner=BANNER)
        channel = AdbShellChannel(device, str(spec))
    try:
        channel.connect(rsa_keys, auth_timeout_s=auth_timeout_s, on_auth_prompt=on_auth_prompt)
    except BaseException:
        if on_close is not None:
            on_close()
        raise
    return PhoneSession(channel, log=log, on_close=on_close)
