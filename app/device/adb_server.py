"""A small client for Google's adb server (its "smart socket" protocol on 127.0.0.1:5037)."""

from __future__ import annotations

import contextlib
import os
import socket
import time

from app.device import errors
from app.device.errors import DeviceError

PORT_ENV = "ANDROID_ADB_SERVER_PORT"  # the variable Google's adb itself reads
DEFAULT_PORT = 5037
DEFAULT_TIMEOUT_S = 5.0
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
_MAX_REQUEST = 0xFFFF  # the length prefix is four hex digits


def server_port() -> int:
    """The adb server's port: ``ANDROID_ADB_SERVER_PORT`` when set, else 5037, like Google's adb."""
    raw = os.environ.get(PORT_ENV, "").strip()
    if not raw:
        return DEFAULT_PORT
    try:
        port = int(raw, 10)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise errors.AdbServerUnavailableError(
            f"{PORT_ENV} is set to {raw!r}, which is not a port number.",
            next_step=f"Unset {PORT_ENV} or set it to the adb server's port (usually 5037), then try again.",
        )
    return port


def encode_request(payload: str) -> bytes:
    """Frame one request: four lower-case hex digits of the UTF-8 length, then the payload."""
    data = payload.encode("utf-8")
    if len(data) > _MAX_REQUEST:
        raise errors.CommandNotAllowedError(detail=f"adb server request of {len(data)} bytes is too long")
    return f"{len(data):04x}".encode("ascii") + data


def map_server_failure(message: str) -> DeviceError:
    """Turn the text after ``FAIL`` into the typed error (pure, so the wording table is testable).

    The server's sentences (adb/transport.cpp, adb/adb.cpp) are stable: "device unauthorized.
    This adb server's $ADB_VENDOR_KEYS is not set...", "device offline", "device 'X' not found",
    "no devices/emulators found", "more than one device/emulator", "device still authorizing",
    "insufficient permissions for device".
    """
    text = message.lower()
    detail = f"adb server: {message.strip()}"
    if "unauthorized" in text or "authorizing" in text:
        return errors.AuthWaitingError(detail=detail)
    if "more than one" in text:
        return errors.SeveralDevicesError(detail=detail)
    if "not found" in text or "no devices" in text:
        return errors.NoDeviceError(detail=detail)
    if "offline" in text or "connecting" in text:
        return errors.DisconnectedError(detail=detail)
    if "permission" in text:
        return errors.UsbPermissionError(detail=detail)
    return DeviceError(detail=detail)


def normalise_state(state: str) -> str:
    """adb's state word, made one token: "no permissions (missing udev rules? ...)" -> "no_permissions"."""
    return state.split("(", 1)[0].strip().replace(" ", "_") or "unknown"


def _check_serial(serial: str) -> None:
    if not serial or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in serial):
        raise errors.BadDeviceSpecError(detail=f"unusable serial {serial!r}")


class _Deadline:
    """One total time budget shared by every read of a request."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self._end - time.monotonic()
        if left <= 0:
            raise errors.DeviceTimeoutError(detail=f"adb server: no full answer within {self.seconds:g} s")
        return left


class AdbServerClient:
    """Talks to Google's adb server; every failure comes out as a ``DeviceError``.

    One TCP connection per request, as adb's own client does: the server closes it after a
    ``host:`` query, and after a ``shell:`` the socket belongs to that shell until EOF.
    This client sends whatever command it is given: the allow-list is enforced above it.
    """

    def __init__(self, host: str = "127.0.0.1", port: int | None = None, timeout: float = DEFAULT_TIMEOUT_S):
        self.host = host
        self.port = port if port is not None else server_port()
        self.timeout = timeout

    # -- plumbing ---------------------------------------------------------------------------------

    def _connect(self, timeout: float) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=timeout)
        except ConnectionRefusedError as exc:
            raise errors.AdbServerUnavailableError(detail=f"{self.host}:{self.port}: {exc}") from exc
        except TimeoutError as exc:
            raise errors.DeviceTimeoutError(detail=f"adb server {self.host}:{self.port}: {exc}") from exc
        except OSError as exc:
            raise errors.AdbServerUnavailableError(detail=f"{self.host}:{self.port}: {exc}") from exc

    @staticmethod
    def _recv_exact(sock: socket.socket, size: int, deadline: _Deadline) -> bytes:
        data = bytearray()
        while len(data) < size:
            sock.settimeout(deadline.remaining())
            try:
                chunk = sock.recv(size - len(data))
            except TimeoutError as exc:
                raise errors.DeviceTimeoutError(detail=f"adb server: {exc}") from exc
            except OSError as exc:
                raise errors.DisconnectedError(detail=f"adb server: {exc}") from exc
            if not chunk:
                raise errors.DisconnectedError(
                    detail=f"adb server closed the connection after {len(data)} of {size} bytes"
                )
            data += chunk
        return bytes(data)

    def _recv_prefixed(self, sock: socket.socket, deadline: _Deadline) -> bytes:
        header = self._recv_exact(sock, 4, deadline)
        try:
            length = int(header.decode("ascii"), 16)
        except (UnicodeDecodeError, ValueError) as exc:
            raise errors.GarbledOutputError(detail=f"adb server: bad length {header!r}") from exc
        return self._recv_exact(sock, length, deadline)

    def _request(self, sock: socket.socket, payload: str, deadline: _Deadline) -> None:
        """Send one request and wait for ``OKAY``; ``FAIL`` becomes its typed error."""
        try:
            sock.sendall(encode_request(payload))
        except TimeoutError as exc:
            raise errors.DeviceTimeoutError(detail=f"adb server: {exc}") from exc
        except OSError as exc:
            raise errors.DisconnectedError(detail=f"adb server: {exc}") from exc
        status = self._recv_exact(sock, 4, deadline)
        if status == b"OKAY":
            return
        if status == b"FAIL":
            message = self._recv_prefixed(sock, deadline).decode("utf-8", "replace")
            raise map_server_failure(message)
        raise errors.AdbServerUnavailableError(
            "The program listening on the adb server's port is not an adb server.",
            detail=f"{self.host}:{self.port} answered {status!r}",
        )

    def _query(self, payload: str) -> bytes:
        deadline = _Deadline(self.timeout)
        with contextlib.closing(self._connect(deadline.remaining())) as sock:
            self._request(sock, payload, deadline)
            return self._recv_prefixed(sock, deadline)

    # -- API --------------------------------------------------------------------------------------

    def version(self) -> int:
        """The server's protocol version (``host:version``), e.g. 41 for adb 1.0.41."""
        reply = self._query("host:version")
        try:
            return int(reply.decode("ascii"), 16)
        except (UnicodeDecodeError, ValueError) as exc:
            raise errors.GarbledOutputError(detail=f"adb server: bad version {reply!r}") from exc

    def available(self) -> bool:
        """Whether an adb server answers on this port (asks ``host:version``, so any program will not do)."""
        try:
            self.version()
        except DeviceError:
            return False
        return True

    def devices(self) -> list[tuple[str, str]]:
        """``(serial, state)`` for every device the server knows, e.g. ``("R58M...", "unauthorized")``."""
        text = self._query("host:devices").decode("utf-8", "replace")
        found: list[tuple[str, str]] = []
        for line in text.splitlines():
            serial, sep, state = line.partition("\t")
            if sep and serial.strip():
                found.append((serial.strip(), normalise_state(state)))
        return found

    def shell(self, serial: str, command: str, timeout_s: float = 30.0, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
        """Run ``command`` on the phone through the server and return its output, read to EOF.

        Uses the v1 ``shell:`` service (stdout and stderr merged, no exit status) because every
        adbd has it; old phones may answer with ``\\r\\n`` line ends. ``timeout_s`` bounds the whole
        exchange and ``max_bytes`` the answer (more means junk, not a package list):
        ``DeviceTimeoutError`` and ``GarbledOutputError`` respectively, never a partial answer.
        """
        _check_serial(serial)
        if "\x00" in command:
            raise errors.CommandNotAllowedError(detail="NUL byte in command")
        deadline = _Deadline(timeout_s)
        with contextlib.closing(self._connect(min(self.timeout, deadline.remaining()))) as sock:
            self._request(sock, f"host:transport:{serial}", deadline)
            self._request(sock, f"shell:{command}", deadline)
            chunks: list[bytes] = []
            size = 0
            while True:
                sock.settimeout(deadline.remaining())
                try:
                    chunk = sock.recv(65536)
                except TimeoutError as exc:
                    raise errors.DeviceTimeoutError(detail=f"adb server shell: {exc}") from exc
                except OSError as exc:
                    raise errors.DisconnectedError(detail=f"adb server shell: {exc}") from exc
                if not chunk:
                    return b"".join(chunks)
                size += len(chunk)
                if size > max_bytes:
                    raise errors.GarbledOutputError(detail=f"answer larger than {max_bytes} bytes")
                chunks.append(chunk)
