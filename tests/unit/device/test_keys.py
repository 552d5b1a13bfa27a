"""The computer's ADB key: file modes, no overwrite, private comment, and the fingerprint the phone shows."""

from __future__ import annotations

import base64
import getpass
import logging
import os
import re
import shutil
import socket
import stat
import struct
import subprocess
import threading
from pathlib import Path

import pytest
from adb_shell.auth.keygen import keygen
from adb_shell.auth.sign_cryptography import CryptographySigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from app.device import keys
from app.device.errors import KeyFileError

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "dumpsys_adb__mvt.txt"
FINGERPRINT_RE = re.compile(r"^[0-9A-F]{2}(:[0-9A-F]{2}){15}$")
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
ADB = shutil.which("adb")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throw-away HOME, so ~/.android is the test's and never the developer's."""
    fake_home = tmp_path / "home"
    fake_home.mkdir()
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv("USERPROFILE", str(fake_home))
    return fake_home


# -- fingerprint ---------------------------------------------------------------------------------


def _dumpsys_fields() -> tuple[str, str]:
    text = FIXTURE.read_bytes().decode("latin-1")  # the keystore part of the dump is binary ABX
    user_keys = re.search(r"^\s*user_keys=(.+)$", text, re.MULTILINE)
    last = re.search(r"^\s*last_key_received=(\S+)$", text, re.MULTILINE)
    assert user_keys is not None and last is not None
    return user_keys.group(1).strip(), last.group(1)


def test_fingerprint_equals_what_the_phone_recorded() -> None:
    """dumpsys adb: last_key_received is the fingerprint of the key that asked; user_keys holds it."""
    user_key, last_key_received = _dumpsys_fields()
    assert keys.key_fingerprint(user_key) == last_key_received == "F0:A1:3D:8C:B3:F4:7B:09:9F:EE:8B:D8:38:2E:BD:C6"


def test_fingerprint_format_and_comment_does_not_count() -> None:
    user_key, _ = _dumpsys_fields()
    blob = user_key.split()[0]
    fingerprint = keys.key_fingerprint(user_key)
    assert FINGERPRINT_RE.match(fingerprint)
    assert keys.key_fingerprint(blob) == fingerprint
    assert keys.key_fingerprint(blob + " phone-selfcheck") == fingerprint
    assert keys.key_fingerprint((blob + "\tsomeone@somewhere\n").encode()) == fingerprint
    other = keys.load_or_create_key().public_key
    assert keys.key_fingerprint(other) != fingerprint


@pytest.mark.parametrize("bad", ["", "   ", "not base64!", "QUJD$ comment"])
def test_fingerprint_rejects_garbage(bad: str) -> None:
    with pytest.raises(ValueError):
        keys.key_fingerprint(bad)


# -- the app key ---------------------------------------------------------------------------------


def test_data_dir_env_override_and_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.DATA_DIR_ENV, str(tmp_path / "portable"))
    assert keys.data_dir() == tmp_path / "portable"
    monkeypatch.delenv(keys.DATA_DIR_ENV)
    assert keys.data_dir().name == "phone-selfcheck"
    assert keys.data_dir() != tmp_path / "portable"


def test_default_directory_is_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.DATA_DIR_ENV, str(tmp_path / "data"))
    key = keys.load_or_create_key()
    assert key.private_path == tmp_path / "data" / "adbkey"
    assert key.source == "app"


@posix_only
def test_private_key_0600_and_directory_0700(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    directory = tmp_path / "new" / "data"
    with caplog.at_level(logging.INFO, logger="app.device.keys"):
        key = keys.load_or_create_key(directory)
    # Created right the first time, not repaired afterwards.
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("created ADB key" in r.getMessage() for r in caplog.records)
    assert key.private_path.is_file()
    assert _mode(key.private_path) == 0o600
    assert _mode(directory) == 0o700
    assert not list(directory.glob(".*")), "no temporary files may be left behind"


@posix_only
def test_modes_are_fixed_on_load(tmp_path: Path) -> None:
    key = keys.load_or_create_key(tmp_path)
    os.chmod(key.private_path, 0o644)
    os.chmod(tmp_path, 0o755)
    again = keys.load_or_create_key(tmp_path)
    assert again.fingerprint == key.fingerprint
    assert _mode(key.private_path) == 0o600
    assert _mode(tmp_path) == 0o700


def test_never_overwritten(tmp_path: Path) -> None:
    first = keys.load_or_create_key(tmp_path)
    before = first.private_path.read_bytes()
    second = keys.load_or_create_key(tmp_path)
    assert second == first
    assert first.private_path.read_bytes() == before


def test_concurrent_creation_yields_one_key(tmp_path: Path) -> None:
    results: list[str] = []
    failures: list[BaseException] = []

    def create() -> None:
        try:
            results.append(keys.load_or_create_key(tmp_path).fingerprint)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=create) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert len(results) == 4 and len(set(results)) == 1
    assert keys.load_or_create_key(tmp_path).fingerprint == results[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adbkey", "adbkey.pub"]


def test_public_key_file_format_and_neutral_comment(tmp_path: Path) -> None:
    key = keys.load_or_create_key(tmp_path)
    pub_text = (tmp_path / "adbkey.pub").read_text("ascii")
    assert pub_text == key.public_key
    blob_b64, comment = pub_text.split(" ")
    assert comment == "phone-selfcheck" == keys.APP_KEY_COMMENT
    assert "@" not in pub_text and "\n" not in pub_text
    for private in {getpass.getuser(), socket.gethostname()} - {""}:
        assert private not in comment
    blob = base64.b64decode(blob_b64, validate=True)
    assert len(blob) == 524
    words, _n0inv = struct.unpack_from("<II", blob)
    (exponent,) = struct.unpack_from("<I", blob, 520)
    assert (words, exponent) == (64, 65537)
    assert key.fingerprint == keys.key_fingerprint(blob_b64)
    assert FINGERPRINT_RE.match(key.fingerprint)


def test_blob_matches_adb_shell_keygen_encoding(tmp_path: Path) -> None:
    """Our encoder (used to repair a lost .pub) and adb-shell's keygen agree byte for byte."""
    keygen(str(tmp_path / "k"))
    private = serialization.load_pem_private_key((tmp_path / "k").read_bytes(), None)
    assert isinstance(private, rsa.RSAPrivateKey)
    expected = (tmp_path / "k.pub").read_bytes().split()[0]
    assert base64.b64encode(keys.android_pubkey_blob(private)) == expected


@pytest.mark.adb
@pytest.mark.skipif(ADB is None, reason="needs Google's adb (Debian package adb)")
def test_blob_matches_google_adb(tmp_path: Path, home: Path) -> None:
    """Google's adb computes the same public key from our private key: the phone sees what we show."""
    assert ADB is not None
    key = keys.load_or_create_key(tmp_path / "data")
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp_path)}
    out = subprocess.run(
        [ADB, "pubkey", str(key.private_path)], env=env, capture_output=True, check=True, timeout=30
    ).stdout.decode()
    assert out.split()[0] == key.public_key.split()[0]
    assert keys.key_fingerprint(out) == key.fingerprint


def test_lost_public_key_is_derived_again(tmp_path: Path) -> None:
    key = keys.load_or_create_key(tmp_path)
    (tmp_path / "adbkey.pub").unlink()
    again = keys.load_or_create_key(tmp_path)
    assert again == key
    assert (tmp_path / "adbkey.pub").read_text("ascii") == key.public_key


def test_old_user_at_host_comment_is_replaced(tmp_path: Path) -> None:
    key = keys.load_or_create_key(tmp_path)
    blob = key.public_key.split()[0]
    (tmp_path / "adbkey.pub").write_text(f"{blob} someone@their-laptop")
    again = keys.load_or_create_key(tmp_path)
    assert again.public_key == key.public_key
    assert "someone" not in (tmp_path / "adbkey.pub").read_text("ascii")


def test_stray_public_key_without_private_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "adbkey.pub").write_text("QUJD half-written")
    key = keys.load_or_create_key(tmp_path)
    assert key.private_path.is_file()
    assert (tmp_path / "adbkey.pub").read_text("ascii") == key.public_key


def test_unreadable_key_is_an_error_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "adbkey").write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(KeyFileError) as info:
        keys.load_or_create_key(tmp_path)
    assert info.value.code == "key_file"
    assert (tmp_path / "adbkey").read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----\ngarbage")


def test_signer_is_cryptography_and_signs_like_adbd_expects(tmp_path: Path) -> None:
    key = keys.load_or_create_key(tmp_path)
    signer = key.signer()
    assert isinstance(signer, CryptographySigner)
    assert signer.GetPublicKey() == key.public_key.encode("ascii")
    token = os.urandom(20)  # adbd's AUTH token, signed as if it were a SHA-1 digest
    signature = signer.Sign(token)
    private = serialization.load_pem_private_key(key.private_path.read_bytes(), None)
    assert isinstance(private, rsa.RSAPrivateKey)
    private.public_key().verify(signature, token, padding.PKCS1v15(), utils.Prehashed(hashes.SHA1()))


# -- Google adb's key ------------------------------------------------------------------------------


def test_no_android_key(home: Path, tmp_path: Path) -> None:
    assert keys.android_user_key() is None
    signers = keys.rsa_keys(tmp_path / "data")
    assert len(signers) == 1


def _make_android_key(home: Path) -> Path:
    android = home / ".android"
    android.mkdir()
    if ADB is not None:  # the real thing: Google's adb writes PKCS#1 PEM and a user@host comment
        env = {**os.environ, "HOME": str(home)}
        subprocess.run([ADB, "keygen", str(android / "adbkey")], env=env, capture_output=True, check=True, timeout=60)
    else:
        keygen(str(android / "adbkey"))
    os.chmod(android / "adbkey", 0o644)
    return android / "adbkey"


def test_android_key_picked_up_and_never_modified(home: Path, tmp_path: Path) -> None:
    private_path = _make_android_key(home)
    before = {p.name: (p.read_bytes(), _mode(p)) for p in private_path.parent.iterdir()}

    android = keys.android_user_key()
    assert android is not None
    assert android.source == "android"
    assert android.private_path == private_path
    pub_blob = private_path.with_name("adbkey.pub").read_text().split()[0]
    assert android.public_key.split()[0] == pub_blob
    assert android.fingerprint == keys.key_fingerprint(pub_blob)

    app = keys.load_or_create_key(tmp_path / "data")
    signers = keys.rsa_keys(tmp_path / "data")
    assert [s.GetPublicKey() for s in signers] == [app.public_key.encode(), android.public_key.encode()]
    assert all(isinstance(s, CryptographySigner) for s in signers)

    after = {p.name: (p.read_bytes(), _mode(p)) for p in private_path.parent.iterdir()}
    assert after == before


def test_android_key_without_pub_file_still_loads(home: Path) -> None:
    private_path = _make_android_key(home)
    pub_blob = private_path.with_name("adbkey.pub").read_text().split()[0]
    private_path.with_name("adbkey.pub").unlink()
    android = keys.android_user_key()
    assert android is not None
    assert android.public_key.split()[0] == pub_blob
    assert not private_path.with_name("adbkey.pub").exists()


def test_broken_android_key_is_ignored(home: Path) -> None:
    (home / ".android").mkdir()
    (home / ".android" / "adbkey").write_text("not a key")
    assert keys.android_user_key() is None
