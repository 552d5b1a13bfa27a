"""ADB message packing and Android public-key handling of the simulated phone."""

from __future__ import annotations

import base64
import hashlib
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from hypothesis import given
from hypothesis import strategies as st

from app.device.simulator import wire
from app.device.simulator.keys import (
    KeyFormatError,
    decode_android_pubkey,
    encode_android_pubkey,
    fingerprint,
    verify_token_signature,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="module")
def private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_header_layout() -> None:
    packed = wire.pack(wire.Message(wire.A_OKAY, 7, 9, b"ab"))
    assert packed[:4] == b"OKAY"
    assert struct.unpack("<6I", packed[:24]) == (
        wire.A_OKAY,
        7,
        9,
        2,
        ord("a") + ord("b"),
        wire.A_OKAY ^ 0xFFFFFFFF,
    )
    assert packed[24:] == b"ab"
    assert struct.unpack("<6I", wire.pack(wire.Message(wire.A_WRTE, 1, 2, b"xyz"), with_checksum=False)[:24])[4] == 0


@given(
    command=st.sampled_from([wire.A_CNXN, wire.A_OPEN, wire.A_OKAY, wire.A_WRTE, wire.A_CLSE, wire.A_AUTH]),
    arg0=st.integers(0, 2**32 - 1),
    arg1=st.integers(0, 2**32 - 1),
    data=st.binary(max_size=300),
    split=st.integers(1, 50),
)
def test_parser_reassembles_messages_fed_in_pieces(command: int, arg0: int, arg1: int, data: bytes, split: int) -> None:
    message = wire.Message(command, arg0, arg1, data)
    raw = wire.pack(message) * 2
    parser = wire.MessageParser()
    parser.verify_checksum = True
    got: list[wire.Message] = []
    for i in range(0, len(raw), split):
        parser.feed(raw[i : i + split])
        while (m := parser.next_message()) is not None:
            got.append(m)
    assert got == [message, message]


def test_parser_rejects_bad_magic_oversize_and_bad_checksum() -> None:
    good = wire.pack(wire.Message(wire.A_WRTE, 1, 2, b"hello"))
    parser = wire.MessageParser()
    parser.feed(good[:20] + b"\0\0\0\0" + good[24:])
    with pytest.raises(wire.ProtocolError, match="magic"):
        parser.next_message()
    parser = wire.MessageParser(max_payload=4)
    parser.feed(good)
    with pytest.raises(wire.ProtocolError, match="exceeds"):
        parser.next_message()
    parser = wire.MessageParser()
    parser.verify_checksum = True
    parser.feed(wire.pack(wire.Message(wire.A_WRTE, 1, 2, b"hello"), checksum_override=1))
    with pytest.raises(wire.ProtocolError, match="checksum"):
        parser.next_message()
    parser.verify_checksum = False  # version 0x01000001 peers may send anything there
    parser = wire.MessageParser()
    parser.feed(wire.pack(wire.Message(wire.A_WRTE, 1, 2, b"hello"), with_checksum=False))
    assert parser.next_message() == wire.Message(wire.A_WRTE, 1, 2, b"hello")


def test_key_round_trip_signature_and_fingerprint(private_key: rsa.RSAPrivateKey) -> None:
    text = encode_android_pubkey(private_key.public_key(), "tester@host")
    key = decode_android_pubkey(text + b"\0")
    assert key.n == private_key.public_key().public_numbers().n and key.e == 65537
    assert key.comment == "tester@host"
    blob = base64.b64decode(text.split(b" ")[0])
    assert len(blob) == 524
    assert key.fingerprint == fingerprint(blob)
    assert key.fingerprint == ":".join(f"{b:02X}" for b in hashlib.md5(blob).digest())

    token = bytes(range(20))
    signature = private_key.sign(token, padding.PKCS1v15(), Prehashed(hashes.SHA1()))
    assert verify_token_signature(key, token, signature)
    assert not verify_token_signature(key, bytes(20), signature)
    assert not verify_token_signature(key, token, signature[:-1] + bytes([signature[-1] ^ 1]))
    assert not verify_token_signature(key, token[:10], signature)


def test_adb_shell_keys_decode_and_sign(tmp_path: Path) -> None:
    from adb_shell.auth.keygen import keygen
    from adb_shell.auth.sign_cryptography import CryptographySigner

    keygen(str(tmp_path / "adbkey"))
    key = decode_android_pubkey((tmp_path / "adbkey.pub").read_bytes())
    token = b"\x01" * 20
    assert verify_token_signature(key, token, CryptographySigner(str(tmp_path / "adbkey")).Sign(token))


def test_fingerprint_format_matches_what_dumpsys_adb_shows() -> None:
    captured = (FIXTURES / "dumpsys_adb__mvt.txt").read_text(encoding="utf-8", errors="replace")
    line = next(x for x in captured.splitlines() if "last_key_received=" in x)
    shown = line.split("=", 1)[1]
    assert len(fingerprint(b"x")) == len(shown) and fingerprint(b"x").count(":") == shown.count(":") == 15
    user_keys = next(x for x in captured.splitlines() if "user_keys=" in x).split("=", 1)[1]
    assert decode_android_pubkey(user_keys.encode()).fingerprint == shown


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        (b"", "empty"),
        (b"!!!notbase64 user@host", "base64"),
        (base64.b64encode(b"x" * 100), "bytes"),
        (base64.b64encode(struct.pack("<II256s256sI", 32, 0, b"\1" * 256, b"\0" * 256, 65537)), "words"),
    ],
)
def test_bad_keys_are_refused(payload: bytes, problem: str) -> None:
    with pytest.raises(KeyFormatError, match=problem):
        decode_android_pubkey(payload)


def test_corrupt_n0inv_is_refused(private_key: rsa.RSAPrivateKey) -> None:
    blob = bytearray(base64.b64decode(encode_android_pubkey(private_key.public_key()).split(b" ")[0]))
    blob[4] ^= 0xFF
    with pytest.raises(KeyFormatError, match="n0inv"):
        decode_android_pubkey(base64.b64encode(bytes(blob)))
