"""This computer's ADB key: created once, kept private, shown to the person as the phone shows it."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from adb_shell.auth.keygen import keygen
from adb_shell.auth.sign_cryptography import CryptographySigner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.device.errors import KeyFileError
from app.paths import DATA_DIR_ENV as DATA_DIR_ENV
from app.paths import data_dir as data_dir  # one rule for every file the program writes

_LOG = logging.getLogger(__name__)

KEY_FILE = "adbkey"
# The phone stores this comment next to the key (dumpsys adb shows it), so it must not carry
# the user name and host name that adb-shell's keygen and Google's adb put there.
APP_KEY_COMMENT = "phone-selfcheck"

_PRIVATE_MODE = 0o600
_DIR_MODE = 0o700
# Temporary files of a key creation older than this are a crash's leftovers.
_STALE_AFTER_S = 600.0
# Android's RSAPublicKey: len (words), n0inv, modulus and R^2 (little endian), exponent.
_MODULUS_BYTES = 2048 // 8
_ANDROID_PUBKEY_SIZE = 4 + 4 + _MODULUS_BYTES + _MODULUS_BYTES + 4

KeySource = Literal["app", "android"]


def key_fingerprint(public_key: str | bytes) -> str:
    """The fingerprint the phone shows in "Allow USB debugging?", e.g. ``F0:A1:...:C6``.

    Same algorithm as AOSP ``AdbDebuggingManager.getFingerprints(String key)``
    (frameworks/base services/core/java/com/android/server/adb/AdbDebuggingManager.java, checked
    against aosp-mirror/platform_frameworks_base @acd10e2f; older releases have it in
    services/usb/.../UsbDebuggingManager.java): take the key text up to the first whitespace
    (``key.split("\\s+")[0]``), base64-decode it (``Base64.DEFAULT``), MD5 the decoded bytes and
    write the 16 bytes as upper-case hex pairs joined by ``:``. The comment after the blob does not
    count, so two keys that differ only in their comment have the same fingerprint.

    Raises ``ValueError`` when the text holds no valid base64 blob.
    """
    text = public_key.decode("ascii", "replace") if isinstance(public_key, bytes) else public_key
    parts = text.split()
    if not parts:
        raise ValueError("empty public key")
    try:
        raw = base64.b64decode(parts[0], validate=True)
    except ValueError as exc:
        raise ValueError(f"public key is not base64: {exc}") from exc
    digest = hashlib.md5(raw, usedforsecurity=False).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def android_pubkey_blob(private_key: rsa.RSAPrivateKey) -> bytes:
    """Encode the public half in Android's ``RSAPublicKey`` layout (what adbd reads from adb_keys).

    Derived from the private key rather than read from the ``.pub`` file, so a missing or stale
    ``.pub`` can never make us show the person a fingerprint the phone will not show.
    """
    if private_key.key_size != 2048:
        raise ValueError(f"ADB keys are RSA-2048, this one has {private_key.key_size} bits")
    numbers = private_key.public_key().public_numbers()
    n, e = numbers.n, numbers.e
    r32 = 1 << 32
    n0inv = (-pow(n % r32, -1, r32)) % r32
    rr = pow(2, 2 * 2048, n)
    blob = (
        struct.pack("<II", _MODULUS_BYTES // 4, n0inv)
        + n.to_bytes(_MODULUS_BYTES, "little")
        + rr.to_bytes(_MODULUS_BYTES, "little")
        + struct.pack("<I", e)
    )
    assert len(blob) == _ANDROID_PUBKEY_SIZE
    return blob


class _KeySigner(CryptographySigner):  # type: ignore[misc]
    """adb-shell's ``CryptographySigner`` built from bytes, so the ``.pub`` file need not exist."""

    def __init__(self, private_pem: bytes, public_key: str) -> None:
        # No super().__init__(): it insists on reading ``<path>.pub``; these are its two attributes.
        self.public_key = public_key.encode("ascii")
        # Skipping cryptography's RSA consistency check: it costs ~50 ms and holds the GIL (the window
        # stalls). The key is our own 0600 file or adb's; a damaged one only yields a refused signature.
        self.rsa_key = serialization.load_pem_private_key(
            private_pem, password=None, unsafe_skip_rsa_key_validation=True
        )


@dataclass(frozen=True)
class AdbKey:
    """One RSA key this computer can offer the phone."""

    private_path: Path
    public_key: str  # base64 blob, one space, comment: exactly what goes to the phone
    fingerprint: str
    source: KeySource

    def signer(self) -> CryptographySigner:
        """adb-shell's ``CryptographySigner`` (OpenSSL, fast) for ``AdbDevice.connect(rsa_keys=...)``.

        The private key is read again here so that it is not held in memory longer than a connection.
        """
        try:
            pem = self.private_path.read_bytes()
        except OSError as exc:
            raise KeyFileError(detail=f"{self.private_path}: {exc}") from exc
        return _KeySigner(pem, self.public_key)


def _posix() -> bool:
    return os.name != "nt"


def _fix_mode(path: Path, mode: int) -> None:
    """Tighten ``path`` to ``mode``; on Windows the per-user profile ACLs do this job instead."""
    if not _posix():
        return
    current = path.stat().st_mode & 0o777
    if current != mode:
        _LOG.warning("%s had mode %o, setting %o", path, current, mode)
        try:
            os.chmod(path, mode)
        except OSError as exc:  # e.g. owned by someone else, or a FAT stick: say so, still usable
            _LOG.warning("could not set mode %o on %s: %s", mode, path, exc)


def _ensure_dir(directory: Path) -> None:
    try:
        directory.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
        _fix_mode(directory, _DIR_MODE)
    except OSError as exc:
        raise KeyFileError(detail=f"{directory}: {exc}") from exc


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    if not _posix():
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and a rename, so readers never see half a file."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _install_no_clobber(source: Path, target: Path) -> bool:
    """Move ``source`` to ``target`` unless ``target`` exists; False when someone else got there first.

    ``os.link`` fails atomically when the target exists, so two programs creating the key at the same
    moment cannot overwrite each other's key. File systems without hard links (FAT sticks) fall back
    to a check-then-rename, which on Windows also refuses to overwrite.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:
        if target.exists():
            return False
        try:
            os.rename(source, target)
        except FileExistsError:
            return False
        return True
    with contextlib.suppress(OSError):
        os.unlink(source)
    return True


def _create_app_key(directory: Path, private_path: Path) -> None:
    """Generate with adb-shell's keygen inside a private temporary folder, then publish both files.

    keygen writes the private key with the default umask (often 0644) and puts ``user@host`` in the
    ``.pub``; inside a 0700 temporary folder neither is visible to anyone, and both are fixed before
    the files get their real names. Order: private key first (no-clobber), then ``.pub``; a crash in
    between leaves a key without ``.pub``, which loading repairs.
    """
    try:
        work = Path(tempfile.mkdtemp(prefix=".adbkey-new-", dir=directory))
    except OSError as exc:
        raise KeyFileError(detail=f"{directory}: {exc}") from exc
    try:
        tmp_private = work / KEY_FILE
        tmp_public = work / (KEY_FILE + ".pub")
        keygen(str(tmp_private))
        os.chmod(tmp_private, _PRIVATE_MODE)
        blob = tmp_public.read_bytes().split(None, 1)[0]  # drop keygen's " user@host" comment
        tmp_public.write_bytes(blob + b" " + APP_KEY_COMMENT.encode("ascii"))
        _fsync(tmp_private)
        _fsync(tmp_public)
        if _install_no_clobber(tmp_private, private_path):
            os.replace(tmp_public, private_path.with_name(KEY_FILE + ".pub"))
            _fsync_dir(directory)
            _LOG.info("created ADB key %s", private_path)
        else:
            _LOG.info("ADB key %s appeared while creating one; keeping the existing key", private_path)
    except KeyFileError:
        raise
    except (OSError, ValueError) as exc:
        raise KeyFileError(detail=f"creating {private_path}: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _load_private(path: Path) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None, unsafe_skip_rsa_key_validation=True)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("not an RSA key")
    return key


def _public_text(blob: bytes, comment: str) -> str:
    return base64.b64encode(blob).decode("ascii") + " " + comment


def _clean_stale_temporaries(directory: Path) -> None:
    """Remove what a crash during key creation left behind (never the key itself).

    Only old leftovers: a fresh one may belong to another copy of the program creating a key now.
    """
    cutoff = time.time() - _STALE_AFTER_S
    for leftover in [*directory.glob(".adbkey-new-*"), *directory.glob(f".{KEY_FILE}.pub-*")]:
        try:
            if leftover.lstat().st_mtime > cutoff:
                continue
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink()
        except OSError:
            continue


def load_or_create_key(directory: Path | None = None) -> AdbKey:
    """This program's own key at ``<data_dir>/adbkey``, created on first use and never replaced.

    Replacing it would make every phone that already trusts this computer ask again, so an
    unreadable key is an error to report (``KeyFileError``), not a reason to make a new one.
    """
    directory = Path(directory) if directory is not None else data_dir()
    _ensure_dir(directory)
    private_path = directory / KEY_FILE
    public_path = directory / (KEY_FILE + ".pub")
    if not private_path.exists():
        _clean_stale_temporaries(directory)
        _create_app_key(directory, private_path)
    try:
        _fix_mode(private_path, _PRIVATE_MODE)
        private_key = _load_private(private_path)
        public_key = _public_text(android_pubkey_blob(private_key), APP_KEY_COMMENT)
    except (OSError, ValueError, TypeError) as exc:
        raise KeyFileError(detail=f"{private_path}: {exc}") from exc
    try:
        current = public_path.read_text("ascii") if public_path.exists() else None
    except (OSError, UnicodeDecodeError):
        current = None
    if current != public_key:
        # Missing after a crash, or written by an older version with user@host: derive it again.
        try:
            _write_atomic(public_path, public_key.encode("ascii"))
        except OSError as exc:  # the .pub is for people and other tools; the key itself still works
            _LOG.warning("could not write %s: %s", public_path, exc)
    return AdbKey(private_path, public_key, key_fingerprint(public_key), "app")


def android_user_key() -> AdbKey | None:
    """Google adb's own key (``~/.android/adbkey``), if there is one and it loads; never modified.

    A phone that already trusts this computer's Android tools then connects without a new prompt.
    """
    private_path = Path.home() / ".android" / KEY_FILE
    try:
        if not private_path.is_file():
            return None
        blob = android_pubkey_blob(_load_private(private_path))
    except (OSError, ValueError, TypeError) as exc:
        _LOG.info("ignoring %s: %s", private_path, exc)
        return None
    comment = APP_KEY_COMMENT
    try:
        fields = (private_path.with_name(KEY_FILE + ".pub")).read_text("ascii").split(None, 1)
        if len(fields) == 2 and base64.b64decode(fields[0], validate=True) == blob:
            comment = fields[1].strip()
    except (OSError, ValueError):
        pass
    public_key = _public_text(blob, comment)
    return AdbKey(private_path, public_key, key_fingerprint(public_key), "android")


def rsa_keys(directory: Path | None = None) -> list[CryptographySigner]:
    """Signers for ``AdbDevice.connect``: this program's key first, then Google adb's key if present.

    adb-shell tries each key's signature and, when the phone trusts none, offers the FIRST key's
    public key for the "Allow USB debugging?" prompt. So the prompt always shows our key (whose
    fingerprint we display), while a phone that already trusts ``~/.android/adbkey`` just connects.
    """
    app_key = load_or_create_key(directory)
    signers = [app_key.signer()]
    android_key = android_user_key()
    if android_key is not None and android_key.fingerprint != app_key.fingerprint:
        signers.append(android_key.signer())
    return signers
