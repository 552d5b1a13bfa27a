"""ADB wire format: the 24-byte message header, its checksum, and cutting a byte stream into messages.

Kept free of any session logic so both the simulated daemon and its tests can pack and unpack
messages exactly as adbd (system/core/adb/adb.h, protocol.txt) does.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Final

HEADER_FORMAT: Final = "<6I"
HEADER_SIZE: Final = struct.calcsize(HEADER_FORMAT)


def _wire(name: bytes) -> int:
    """Return the little-endian integer a 4-letter command has on the wire (``b"CNXN"`` -> 0x4E584E43)."""
    value: int = struct.unpack("<I", name)[0]
    return value


A_SYNC: Final = _wire(b"SYNC")
A_CNXN: Final = _wire(b"CNXN")
A_OPEN: Final = _wire(b"OPEN")
A_OKAY: Final = _wire(b"OKAY")
A_CLSE: Final = _wire(b"CLSE")
A_WRTE: Final = _wire(b"WRTE")
A_AUTH: Final = _wire(b"AUTH")
A_STLS: Final = _wire(b"STLS")

COMMAND_NAMES: Final[dict[int, str]] = {
    A_SYNC: "SYNC",
    A_CNXN: "CNXN",
    A_OPEN: "OPEN",
    A_OKAY: "OKAY",
    A_CLSE: "CLSE",
    A_WRTE: "WRTE",
    A_AUTH: "AUTH",
    A_STLS: "STLS",
}

# Protocol versions: the original one, and the one after which checksums may be 0 and are not checked.
A_VERSION_MIN: Final = 0x01000000
A_VERSION_SKIP_CHECKSUM: Final = 0x01000001
A_VERSION: Final = 0x01000001

# AUTH message types (arg0).
AUTH_TOKEN: Final = 1
AUTH_SIGNATURE: Final = 2
AUTH_RSAPUBLICKEY: Final = 3

TOKEN_SIZE: Final = 20
MAX_PAYLOAD: Final = 1024 * 1024
MAX_PAYLOAD_V1: Final = 4 * 1024


class ProtocolError(Exception):
    """The peer sent bytes that are not a valid ADB message (bad magic, oversize payload, bad checksum)."""


@dataclass(frozen=True)
class Message:
    """One ADB message: a command, two arguments and an optional payload."""

    command: int
    arg0: int
    arg1: int
    data: bytes = b""

    @property
    def name(self) -> str:
        """The 4-letter command name, or its hex value when unknown (for logs and test messages)."""
        return COMMAND_NAMES.get(self.command, f"0x{self.command:08x}")


def checksum(data: bytes) -> int:
    """The legacy ADB payload checksum: the byte sum modulo 2**32."""
    return sum(data) & 0xFFFFFFFF


def pack(message: Message, *, with_checksum: bool = True, checksum_override: int | None = None) -> bytes:
    """Return header + payload of ``message``.

    ``with_checksum=False`` writes 0 in the checksum field, as adbd does once both sides speak
    version 0x01000001; ``checksum_override`` lets the fault injector send a deliberately wrong one.
    """
    if checksum_override is not None:
        data_check = checksum_override & 0xFFFFFFFF
    else:
        data_check = checksum(message.data) if with_checksum else 0
    header = struct.pack(
        HEADER_FORMAT,
        message.command,
        message.arg0 & 0xFFFFFFFF,
        message.arg1 & 0xFFFFFFFF,
        len(message.data),
        data_check,
        message.command ^ 0xFFFFFFFF,
    )
    return header + message.data


@dataclass(frozen=True)
class Header:
    """A decoded 24-byte header, before its payload has been read."""

    command: int
    arg0: int
    arg1: int
    data_length: int
    data_check: int
    magic: int


def unpack_header(raw: bytes, *, max_payload: int = MAX_PAYLOAD) -> Header:
    """Decode and validate a header; raise ProtocolError for a bad magic or an oversize payload."""
    if len(raw) != HEADER_SIZE:
        raise ProtocolError(f"an ADB header is {HEADER_SIZE} bytes, got {len(raw)}")
    command, arg0, arg1, length, check, magic = struct.unpack(HEADER_FORMAT, raw)
    if magic != command ^ 0xFFFFFFFF:
        raise ProtocolError(f"bad magic 0x{magic:08x} for command 0x{command:08x}")
    if length > max_payload:
        raise ProtocolError(f"payload of {length} bytes exceeds the maximum of {max_payload}")
    return Header(command, arg0, arg1, length, check, magic)


class MessageParser:
    """Incremental decoder: feed it whatever ``recv`` returned, take out whole messages.

    The server reads with a short socket timeout (so it can notice ``stop()``); buffering here
    means a timeout in the middle of a message never loses bytes.
    """

    def __init__(self, *, max_payload: int = MAX_PAYLOAD) -> None:
        self._buffer = bytearray()
        self._header: Header | None = None
        self.max_payload = max_payload
        self.verify_checksum = False

    def feed(self, data: bytes) -> None:
        """Append received bytes."""
        self._buffer += data

    def next_message(self) -> Message | None:
        """Return the next complete message, or None until more bytes arrive; ProtocolError if invalid."""
        if self._header is None:
            if len(self._buffer) < HEADER_SIZE:
                return None
            self._header = unpack_header(bytes(self._buffer[:HEADER_SIZE]), max_payload=self.max_payload)
            del self._buffer[:HEADER_SIZE]
        header = self._header
        if len(self._buffer) < header.data_length:
            return None
        data = bytes(self._buffer[: header.data_length])
        del self._buffer[: header.data_length]
        self._header = None
        if self.verify_checksum and header.data_check != checksum(data):
            raise ProtocolError(f"bad checksum 0x{header.data_check:08x} (expected 0x{checksum(data):08x})")
        return Message(header.command, header.arg0, header.arg1, data)
