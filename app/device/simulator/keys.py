"""Android's ADB public-key format: decode the key a client offers, check its token signature, fingerprint it.

adbd receives ``base64(RSAPublicKey struct) + " user@host"`` in AUTH RSAPUBLICKEY, and a
PKCS#1 v1.5 signature over the raw 20-byte token (treated as an already-hashed SHA-1 value) in
AUTH SIGNATURE. The fingerprint is what the phone's "Allow USB debugging?" prompt shows: the
MD5 of the decoded struct as colon-separated upper-case hex.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

MODULUS_SIZE: Final = 2048 // 8
MODULUS_WORDS: Final = MODULUS_SIZE // 4
# uint32 len; uint32 n0inv; uint8 n[256]; uint8 rr[256]; uint32 exponent  (all little-endian)
STRUCT_FORMAT: Final = f"<II{MODULUS_SIZE}s{MODULUS_SIZE}sI"
STRUCT_SIZE: Final = struct.calcsize(STRUCT_FORMAT)


class KeyFormatError(ValueError):
    """The offered public key is not a valid Android RSA public key blob."""


@dataclass(frozen=True)
class AndroidPublicKey:
    """A decoded ADB client key: the RSA numbers, the raw struct (for the fingerprint) and the comment."""

    n: int
    e: int
    blob: bytes
    comment: str

    @property
    def fingerprint(self) -> str:
        """What the phone's prompt shows: MD5 of the struct, e.g. ``F0:A1:...:C6``."""
        return fingerprint(self.blob)

    def public_key(self) -> rsa.RSAPublicKey:
        """The key as a cryptography object, to verify signatures with."""
        return rsa.RSAPublicNumbers(self.e, self.n).public_key()


def fingerprint(blob: bytes) -> str:
    """MD5 of the decoded key struct as colon-separated upper-case hex, as Android prints it."""
    digest = hashlib.md5(blob, usedforsecurity=False).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def decode_android_pubkey(payload: bytes) -> AndroidPublicKey:
    """Decode an AUTH RSAPUBLICKEY payload (``base64 [comment]``, usually NUL-terminated).

    The n0inv and rr fields are checked against n because adbd's own verifier (BoringSSL's
    android_pubkey_decode) relies on them; a blob where they disagree is corrupt.
    """
    text = payload.split(b"\0", 1)[0].strip()
    if not text:
        raise KeyFormatError("empty public key")
    b64, _, comment = text.partition(b" ")
    try:
        blob = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFormatError(f"public key is not base64: {exc}") from exc
    if len(blob) != STRUCT_SIZE:
        raise KeyFormatError(f"public key struct is {len(blob)} bytes, expected {STRUCT_SIZE}")
    words, n0inv, n_le, rr_le, exponent = struct.unpack(STRUCT_FORMAT, blob)
    if words != MODULUS_WORDS:
        raise KeyFormatError(f"modulus is {words} words, expected {MODULUS_WORDS}")
    n = int.from_bytes(n_le, "little")
    if n % 2 == 0 or n.bit_length() < 2000:
        raise KeyFormatError("modulus is not a plausible 2048-bit RSA modulus")
    if (n0inv * n + 1) % (1 << 32) != 0:
        raise KeyFormatError("n0inv does not match the modulus")
    if int.from_bytes(rr_le, "little") != pow(2, 2 * 8 * MODULUS_SIZE, n):
        raise KeyFormatError("rr does not match the modulus")
    if exponent < 3 or exponent % 2 == 0:
        raise KeyFormatError(f"unusable public exponent {exponent}")
    return AndroidPublicKey(n=n, e=exponent, blob=blob, comment=comment.decode("utf-8", "replace").strip())


def encode_android_pubkey(key: rsa.RSAPublicKey, comment: str = "unknown@unknown") -> bytes:
    """Encode a cryptography RSA public key the way adb writes ``adbkey.pub`` (for tests and tools)."""
    numbers = key.public_numbers()
    if numbers.n.bit_length() > MODULUS_SIZE * 8:
        raise KeyFormatError("only 2048-bit keys are supported by adbd")
    r32 = 1 << 32
    n0inv = (r32 - pow(numbers.n % r32, -1, r32)) % r32
    rr = pow(2, 2 * 8 * MODULUS_SIZE, numbers.n)
    blob = struct.pack(
        STRUCT_FORMAT,
        MODULUS_WORDS,
        n0inv,
        numbers.n.to_bytes(MODULUS_SIZE, "little"),
        rr.to_bytes(MODULUS_SIZE, "little"),
        numbers.e,
    )
    return base64.b64encode(blob) + b" " + comment.encode("utf-8")


def verify_token_signature(key: AndroidPublicKey, token: bytes, signature: bytes) -> bool:
    """True when ``signature`` is the key's PKCS#1 v1.5 signature over the token taken as a SHA-1 digest."""
    if len(token) != hashes.SHA1.digest_size:
        return False
    try:
        key.public_key().verify(signature, token, padding.PKCS1v15(), Prehashed(hashes.SHA1()))
    except (InvalidSignature, ValueError):
        return False
    return True
