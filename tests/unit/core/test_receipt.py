"""The receipt: contract fields, nothing that leaks, canonical sealing, and no change that verifies."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.assessment import Assessment, assess
from app.core.inventory import DeviceIdentity, InstalledApp, Inventory, Owner, OwnersInfo, PhoneUser
from app.core.policy import default_policy
from app.core.receipt import (
    RECEIPT_SCHEMA,
    ReceiptError,
    ReceiptKeyError,
    build_receipt,
    canonical_json,
    digest_of,
    dumps_receipt,
    key_id,
    load_public_key,
    load_signing_key,
    parse_receipt,
    receipt_stem,
    seal,
    verify_receipt,
    verify_receipt_bytes,
)
from app.core.remediation import ActionRecord
from app.core.scope import Ownership

TIKTOK = "com.zhiliaoapp.musically"
SERIAL = "28031FDH2000AB"
CHECKED = datetime(2026, 11, 29, 13, 45, tzinfo=UTC)
SCAN_FIELDS = {
    "schema", "tool", "checked_at", "device", "policy", "ownership", "signals", "scope",
    "users_scanned", "users_unreadable", "packages_scanned", "findings", "status",
}  # fmt: skip
RECEIPT_FIELDS = SCAN_FIELDS | {"person", "helpdesk_agent", "actions", "advisory", "lang"}


def assessment(
    ownership: str = "service",
    *,
    tiktok: bool = True,
    device_owner: str | None = None,
    model: str = "Pixel 7",
) -> Assessment:
    owners = (Owner(0, device_owner, f"{device_owner}/.Admin", device_owner=True),) if device_owner else ()
    inventory = Inventory(
        identity=DeviceIdentity("Google", model, "14", 34, SERIAL),
        users=[PhoneUser(0, 0x13, True)],
        owners=OwnersInfo(owners),
        users_scanned=[0],
        packages_scanned=251,
        matches=[InstalledApp(TIKTOK, 0, False, True, 2023405030, "34.0.5", "com.android.vending")] if tiktok else [],
    )
    return assess(inventory, default_policy(), Ownership(ownership), checked_at=CHECKED)


def removal() -> ActionRecord:
    return ActionRecord(TIKTOK, 0, f"pm uninstall --user 0 {TIKTOK}", "Success", True, CHECKED)


@cache
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@cache
def sample_files() -> dict[str, bytes]:
    """One unsigned and one signed receipt file, with non-ASCII text so multi-byte UTF-8 is exercised."""
    doc = build_receipt(
        assessment(),
        name="Zoë Dupré-Ölçer",
        employee_id="12345",
        helpdesk_agent="Sofie Maes",
        actions=[removal()],
        lang="fr",
    )
    return {
        "unsigned": dumps_receipt(seal(doc)),
        "signed": dumps_receipt(seal(doc, signing_key())),
    }


# --- building -----------------------------------------------------------------------------------


def test_a_receipt_holds_the_scan_fields_and_the_contract_extras() -> None:
    a = assessment()
    doc = build_receipt(a, name=" An Example ", employee_id="12345", helpdesk_agent="Sofie Maes", actions=[removal()])
    assert set(doc) == RECEIPT_FIELDS
    assert doc["schema"] == RECEIPT_SCHEMA
    scan = a.to_json()
    for key in SCAN_FIELDS - {"schema", "policy", "scope"}:
        assert doc[key] == scan[key], key
    assert {k: doc["policy"][k] for k in scan["policy"]} == scan["policy"]
    assert doc["policy"]["title"].startswith("Ban on the TikTok application")
    assert doc["scope"]["reasons"] == scan["scope"]["reasons"] and doc["scope"]["reason_codes"] == ["declared_service"]
    assert doc["person"] == {"name": "An Example", "employee_id": "12345"}
    assert doc["helpdesk_agent"] == "Sofie Maes"
    assert doc["actions"] == [
        {
            "package": TIKTOK,
            "user": 0,
            "command": f"pm uninstall --user 0 {TIKTOK}",
            "output": "Success",
            "ok": True,
            "at": "2026-11-29T13:45:00Z",
            "app": "TikTok",
        }
    ]
    assert doc["advisory"] == {"text": None, "lang": None, "acknowledged": False, "acknowledged_at": None}
    assert doc["lang"] == "en"


def test_a_service_phone_keeps_its_serial() -> None:
    doc = build_receipt(assessment("service"), name="A")
    assert doc["device"]["serial"] == SERIAL
    assert doc["device"]["serial_sha256"] == hashlib.sha256(SERIAL.encode()).hexdigest()


@pytest.mark.parametrize(
    ("ownership", "device_owner"),
    [("personal", None), ("personal", "com.example.dpc"), ("auto", None)],
    ids=["declared personal", "personal but managed", "auto, undetermined"],
)
def test_a_phone_not_known_to_be_the_authoritys_keeps_only_the_serial_hash(
    ownership: str, device_owner: str | None
) -> None:
    doc = build_receipt(assessment(ownership, device_owner=device_owner), name="A")
    assert doc["device"]["serial"] is None
    assert doc["device"]["serial_sha256"] == hashlib.sha256(SERIAL.encode()).hexdigest()
    assert SERIAL not in canonical_json(doc).decode()


def test_the_advisory_is_recorded_as_shown_with_its_acknowledgement() -> None:
    when = datetime(2026, 11, 29, 14, 0, 5, tzinfo=UTC)
    doc = build_receipt(
        assessment("personal"),
        name="A",
        advisory_text="Verwijder de app.",
        advisory_lang="nl",
        acknowledged=True,
        acknowledged_at=when,
        lang="nl",
    )
    assert doc["advisory"] == {
        "text": "Verwijder de app.",
        "lang": "nl",
        "acknowledged": True,
        "acknowledged_at": "2026-11-29T14:00:05Z",
    }
    assert doc["lang"] == "nl"
    assert doc["policy"]["title"].startswith("Verbod op de TikTok-applicatie")


def test_an_acknowledgement_without_a_shown_advisory_is_refused() -> None:
    with pytest.raises(ReceiptError, match="only be acknowledged"):
        build_receipt(assessment("personal"), name="A", acknowledged=True)


def test_an_acknowledgement_without_a_time_gets_now() -> None:
    doc = build_receipt(assessment("personal"), name="A", advisory_text="x", acknowledged=True)
    stamped = datetime.strptime(doc["advisory"]["acknowledged_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - stamped).total_seconds()) < 60


@pytest.mark.parametrize("bad", [{"name": ""}, {"name": "  "}, {"name": "A", "lang": "es"}])
def test_a_receipt_needs_a_name_and_a_known_language(bad: dict[str, Any]) -> None:
    with pytest.raises(ReceiptError):
        build_receipt(assessment(), **bad)


def test_phone_output_cannot_smuggle_escapes_or_undecodable_text_into_the_seal() -> None:
    """Control characters would be written \\u00XX (whose hex case is free); lone surrogates are not UTF-8."""
    action = {
        "package": TIKTOK,
        "user": 0,
        "command": "pm",
        "output": "\x1b[31mFailure\udcff\x00",
        "ok": False,
    }
    doc = seal(build_receipt(assessment(), name="A", actions=[action]))
    assert doc["actions"][0]["output"] == "\ufffd[31mFailure\ufffd\ufffd"
    data = dumps_receipt(doc)
    assert b"\\u" not in data
    assert verify_receipt_bytes(data).ok


def test_the_receipt_never_holds_a_package_list_only_findings() -> None:
    doc = build_receipt(assessment(), name="A")
    text = canonical_json(doc).decode()
    assert doc["packages_scanned"] == 251
    assert not any(isinstance(v, list) and len(v) > 10 for v in doc.values())
    # The only package names are the finding and its installer (both in the contract's findings).
    assert set(json.loads(text)["findings"][0]) >= {"package", "installer"}
    assert "packages" not in doc


# --- canonical form and sealing -----------------------------------------------------------------


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": ["é", None, True]}) == '{"a":["é",null,true],"b":1}'.encode()
    assert canonical_json({"a": 1, "b": 2}) == canonical_json({"b": 2, "a": 1})


def test_canonical_json_refuses_what_json_cannot_say_exactly() -> None:
    with pytest.raises(ReceiptError):
        canonical_json({"x": float("nan")})


def test_seal_digests_the_canonical_json_of_everything_but_integrity() -> None:
    doc = build_receipt(assessment(), name="A")
    sealed = seal(doc)
    assert sealed["integrity"] == {
        "sha256": hashlib.sha256(canonical_json(doc)).hexdigest(),
        "signature": None,
    }
    assert digest_of(sealed) == sealed["integrity"]["sha256"]
    assert seal(sealed) == sealed  # sealing again replaces, never nests
    assert "integrity" not in doc  # the input is left alone


def test_a_signature_signs_the_same_canonical_bytes_and_names_the_raw_key() -> None:
    key = signing_key()
    doc = build_receipt(assessment(), name="A")
    signature = seal(doc, key)["integrity"]["signature"]
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert signature["alg"] == "ed25519"
    assert signature["key_id"] == hashlib.sha256(raw).hexdigest()[:16] == key_id(key.public_key())
    key.public_key().verify(base64.b64decode(signature["value"]), canonical_json(doc))


def test_the_file_is_the_canonical_json_itself_without_a_trailing_newline() -> None:
    sealed = seal(build_receipt(assessment(), name="A"))
    data = dumps_receipt(sealed)
    assert data == canonical_json(sealed) and not data.endswith(b"\n")


def test_the_stem_holds_date_model_slug_and_short_digest() -> None:
    sealed = seal(build_receipt(assessment(model="Galaxy S23 Ultra (SM-S918B/DS)"), name="A"))
    assert receipt_stem(sealed) == f"2026-11-29_galaxy-s23-ultra-sm-s918b-ds_{sealed['integrity']['sha256'][:8]}"
    odd = seal(build_receipt(assessment(model="../../\u00a0"), name="A"))
    assert receipt_stem(odd) == f"2026-11-29_phone_{odd['integrity']['sha256'][:8]}"
    with pytest.raises(ReceiptError):
        receipt_stem(build_receipt(assessment(), name="A"))


# --- verifying ----------------------------------------------------------------------------------


def test_a_good_receipt_verifies_with_and_without_its_key() -> None:
    files = sample_files()
    unsigned = verify_receipt_bytes(files["unsigned"])
    assert (unsigned.ok, unsigned.digest_ok, unsigned.signature_ok) == (True, True, None)
    assert "not signed" in " ".join(unsigned.messages)
    no_key = verify_receipt_bytes(files["signed"])
    assert (no_key.ok, no_key.signature_ok) == (True, None)
    assert "was not checked" in " ".join(no_key.messages)
    with_key = verify_receipt_bytes(files["signed"], signing_key().public_key())
    assert (with_key.ok, with_key.signature_ok) == (True, True)
    assert f"signed with key {key_id(signing_key().public_key())}" in " ".join(with_key.messages)


def test_a_receipt_signed_by_another_key_fails_and_says_so() -> None:
    other = Ed25519PrivateKey.generate()
    result = verify_receipt_bytes(sample_files()["signed"], other.public_key())
    assert result.digest_ok and result.signature_ok is False and not result.ok
    assert f"the public key given is {key_id(other.public_key())}" in " ".join(result.messages)


def test_a_signature_by_another_key_under_the_right_key_id_fails() -> None:
    """A forger who copies the key id but signs with their own key is caught by the signature itself."""
    doc = parse_receipt(sample_files()["signed"])
    forged = seal(doc, Ed25519PrivateKey.generate())
    forged["integrity"]["signature"]["key_id"] = key_id(signing_key().public_key())
    result = verify_receipt(forged, signing_key().public_key())
    assert result.digest_ok and result.signature_ok is False
    assert "changed after signing, or signed with another key" in " ".join(result.messages)


def test_an_unsigned_receipt_fails_when_a_signature_is_expected() -> None:
    result = verify_receipt_bytes(sample_files()["unsigned"], signing_key().public_key())
    assert not result.ok and "not signed" in result.messages[-1]


def test_a_changed_value_fails_the_digest_and_the_signature() -> None:
    doc = parse_receipt(sample_files()["signed"])
    doc["status"] = "compliant"
    result = verify_receipt(doc, signing_key().public_key())
    assert (result.digest_ok, result.signature_ok) == (False, False)
    assert result.messages[0].startswith("The digest does not hold")


def test_base64_slack_in_the_signature_does_not_pass() -> None:
    """The last base64 character of a 64-byte value has 4 unused bits: another spelling, same bytes."""
    doc = parse_receipt(sample_files()["signed"])
    value = doc["integrity"]["signature"]["value"]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = value[-3]  # before the "==" padding
    twin = alphabet[alphabet.index(last) ^ 1]
    assert base64.b64decode(value[:-3] + twin + "==") == base64.b64decode(value)
    doc["integrity"]["signature"]["value"] = value[:-3] + twin + "=="
    assert not verify_receipt(doc, signing_key().public_key()).ok


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"schema":"x"', "not valid JSON (line 1, column 14"),
        (b"\xff{}", "not valid UTF-8"),
        (b"[1]", "does not hold a JSON object"),
        (b'{"schema":"phone-selfcheck/receipt/1","schema":"x"}', "names the field 'schema' twice"),
        (b'{"schema":"phone-selfcheck/receipt/1","x":NaN}', "NaN"),
        (b'{"schema":"phone-selfcheck/scan/1"}', "not a phone-selfcheck receipt"),
        (b'{"schema":"phone-selfcheck/receipt/1"}', "no integrity block"),
        (
            b'{"schema":"phone-selfcheck/receipt/1","integrity":{"sha256":"AB","signature":null}}',
            "64 lower-case",
        ),
    ],
)
def test_a_file_that_is_not_a_good_receipt_fails_with_a_plain_reason(data: bytes, message: str) -> None:
    result = verify_receipt_bytes(data)
    assert not result.ok
    assert message in result.messages[0]


def _flip(data: bytes, position: int, value: int) -> bytes:
    return data[:position] + bytes([value]) + data[position + 1 :]


def _assert_fails(data: bytes, *, signed: bool) -> None:
    key = signing_key().public_key() if signed else None
    result = verify_receipt_bytes(data, key)
    assert not result.ok, (data, result)
    assert result.messages and all(m.endswith(".") for m in result.messages)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), signed=st.booleans())
def test_every_single_byte_change_fails_verification(data: st.DataObject, signed: bool) -> None:
    """Any position, any other byte value: the file no longer verifies (with the key, when signed)."""
    original = sample_files()["signed" if signed else "unsigned"]
    position = data.draw(st.integers(0, len(original) - 1), label="position")
    value = data.draw(st.integers(0, 255).filter(lambda v: v != original[position]), label="value")
    _assert_fails(_flip(original, position, value), signed=signed)


@pytest.mark.parametrize("kind", ["unsigned", "signed"])
def test_every_position_fails_for_the_likeliest_slips(kind: str) -> None:
    """Exhaustive over positions for the edits hypothesis might not draw: case, one bit, a space, a digit."""
    original = sample_files()[kind]
    for position, byte in enumerate(original):
        for value in {byte ^ 0x20, byte ^ 0x01, ord(" "), ord("0"), ord("\n")} - {byte}:
            _assert_fails(_flip(original, position, value), signed=kind == "signed")


def test_without_the_key_only_the_signature_block_is_unchecked() -> None:
    """Unchecked means unchecked: changes inside the signature's id or value need the key to be seen."""
    original = sample_files()["signed"]
    doc = parse_receipt(original)
    value = doc["integrity"]["signature"]["value"].encode()
    start = original.index(value)
    changed = _flip(original, start, ord("A") if original[start] != ord("A") else ord("B"))
    without = verify_receipt_bytes(changed)
    assert without.digest_ok and without.signature_ok is None
    assert not verify_receipt_bytes(changed, signing_key().public_key()).ok


def test_a_receipt_verifies_after_a_round_trip_through_json_tool(tmp_path: Path) -> None:
    for kind, original in sample_files().items():
        source = tmp_path / f"{kind}.json"
        source.write_bytes(original)
        out = subprocess.run(
            [sys.executable, "-m", "json.tool", str(source)], capture_output=True, check=True, timeout=60
        ).stdout
        assert out != original and b"\\u00eb" in out  # reformatted and ASCII-escaped: Zo\u00eb
        key = signing_key().public_key() if kind == "signed" else None
        assert verify_receipt_bytes(out, key).ok, kind


# --- keys ---------------------------------------------------------------------------------------


def _pem(key: Any) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_an_openssl_ed25519_key_signs_and_its_public_half_verifies(tmp_path: Path) -> None:
    private = tmp_path / "org.pem"
    public = tmp_path / "org.pub.pem"
    subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(private)], check=True, timeout=60)
    subprocess.run(["openssl", "pkey", "-in", str(private), "-pubout", "-out", str(public)], check=True, timeout=60)
    sealed = seal(build_receipt(assessment(), name="A"), load_signing_key(private))
    assert verify_receipt(sealed, load_public_key(public)).signature_ok is True
    assert verify_receipt(sealed, load_public_key(private)).signature_ok is True  # a private file works too


def test_a_non_ed25519_key_is_refused_with_the_command_to_make_one(tmp_path: Path) -> None:
    path = tmp_path / "rsa.pem"
    path.write_bytes(_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048)))
    with pytest.raises(ReceiptKeyError, match=r"holds an RSA key.*openssl genpkey -algorithm ed25519"):
        load_signing_key(path)
    with pytest.raises(ReceiptKeyError, match="holds an RSA key"):
        load_public_key(path)


def test_unusable_key_files_say_why(tmp_path: Path) -> None:
    with pytest.raises(ReceiptKeyError, match="cannot be read"):
        load_signing_key(tmp_path / "missing.pem")
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key")
    with pytest.raises(ReceiptKeyError, match="does not hold a PEM private key"):
        load_signing_key(junk)
    with pytest.raises(ReceiptKeyError, match="does not hold a PEM public key"):
        load_public_key(junk)
    locked = tmp_path / "locked.pem"
    locked.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret"),
        )
    )
    with pytest.raises(ReceiptKeyError, match="protected by a password"):
        load_signing_key(locked)
