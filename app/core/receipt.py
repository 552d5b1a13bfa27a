"""The compliance receipt: the verdict, the person, what was done and advised, sealed for later checks.

A receipt is what an auditor checks a year after the fact, so it is built to survive three things:
tampering (a SHA-256 over canonical JSON, optionally an Ed25519 signature over the same bytes),
reformatting by other tools (verification parses and re-canonicalises, so ``python -m json.tool``
does not break it) and leaking (it never holds the phone's package list or user names, and a personal
phone's serial number only as a hash).

The file on disk is the canonical JSON itself, without a trailing newline: then every byte of it is
significant and no single-byte change can leave the meaning, and so the digest, untouched.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.remediation import ActionRecord
from app.core.scope import Ownership, ScopeValue

if TYPE_CHECKING:
    from app.core.assessment import Assessment

__all__ = [
    "LANGUAGES",
    "RECEIPT_SCHEMA",
    "ReceiptError",
    "ReceiptKeyError",
    "VerifyResult",
    "build_receipt",
    "canonical_json",
    "digest_of",
    "dumps_receipt",
    "key_id",
    "load_public_key",
    "load_signing_key",
    "parse_receipt",
    "receipt_stem",
    "seal",
    "verify_receipt",
    "verify_receipt_bytes",
]

RECEIPT_SCHEMA = "phone-selfcheck/receipt/1"
LANGUAGES = ("nl", "fr", "de", "en")
SIGNATURE_ALG = "ed25519"

_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# C0 controls that JSON can only write as \u00XX, plus lone surrogates (undecodable phone output):
# the first would let a hex-digit case change (\u001f -> \u001F) keep the meaning, the second
# cannot be encoded as UTF-8 at all. Both become U+FFFD before anything is sealed.
_UNSAFE_CHARS = re.compile("[\x00-\x07\x0b\x0e-\x1f\ud800-\udfff]")
_SLUG_PARTS = re.compile(r"[a-z0-9]+")
_MAX_SLUG = 40


class ReceiptError(ValueError):
    """A receipt that cannot be built or read; ``str()`` is one plain sentence."""


class ReceiptKeyError(ReceiptError):
    """A signing or public key file that cannot be used; ``str()`` says what to do instead."""


# --------------------------------------------------------------------------------------------------
# Building


def _time(value: datetime) -> str:
    return value.astimezone(UTC).strftime(_TIME_FORMAT)


def _clean(value: Any) -> Any:
    """Copy ``value`` with every string made safe for sealing (see ``_UNSAFE_CHARS``)."""
    if isinstance(value, str):
        return _UNSAFE_CHARS.sub("\ufffd", value)
    if isinstance(value, Mapping):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _personal(assessment: Assessment) -> bool:
    """Whether the serial must be dropped: anything not known to be the authority's phone.

    The contract names personal phones; an undetermined scope is treated the same, because the
    phone may well be personal and a hash is all a register needs to match it again.
    """
    return assessment.ownership is Ownership.PERSONAL or assessment.scope.value is not ScopeValue.IN_SCOPE


def _action_json(action: ActionRecord | Mapping[str, Any], assessment: Assessment) -> dict[str, Any]:
    doc = action.to_json() if isinstance(action, ActionRecord) else dict(action)
    missing = {"package", "user", "command", "output", "ok"} - set(doc)
    if missing:
        raise ReceiptError(f"An action lacks {', '.join(sorted(missing))}.")
    banned = assessment.policy.app_for(str(doc["package"]))
    # The app's name is the policy's (never the phone's label), so a person can read the PDF.
    doc.setdefault("app", banned.app if banned else None)
    doc.setdefault("at", None)
    return doc


def build_receipt(
    assessment: Assessment,
    *,
    name: str,
    employee_id: str | None = None,
    helpdesk_agent: str | None = None,
    actions: Iterable[ActionRecord | Mapping[str, Any]] = (),
    advisory_text: str | None = None,
    advisory_lang: str = "en",
    acknowledged: bool = False,
    acknowledged_at: datetime | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """The unsealed receipt for one check: the scan JSON's fields plus person, actions and advisory.

    ``advisory_text`` is the text the person was shown, in ``advisory_lang``; it is recorded as
    shown rather than looked up again, so a later policy edit cannot change what they accepted.

    Raises:
        ReceiptError: no name, or an acknowledgement of an advisory that was never shown.
    """
    if not name or not name.strip():
        raise ReceiptError("A receipt needs the name of the person whose phone was checked.")
    if acknowledged and not advisory_text:
        raise ReceiptError("An advisory can only be acknowledged when its text was shown.")
    if lang not in LANGUAGES:
        raise ReceiptError(f"The receipt language must be one of {', '.join(LANGUAGES)}, not {lang!r}.")
    doc = assessment.to_json()
    doc["schema"] = RECEIPT_SCHEMA
    if _personal(assessment):
        doc["device"]["serial"] = None
    doc["policy"]["title"] = assessment.policy.text("title", lang)
    # The reasons are English sentences; their stable codes let a reader show them in another language.
    doc["scope"]["reason_codes"] = [r.code for r in assessment.scope.reasons]
    doc["person"] = {"name": name.strip(), "employee_id": (employee_id or "").strip() or None}
    doc["helpdesk_agent"] = (helpdesk_agent or "").strip() or None
    doc["actions"] = [_action_json(a, assessment) for a in actions]
    if acknowledged and acknowledged_at is None:
        acknowledged_at = datetime.now(UTC)
    doc["advisory"] = {
        "text": advisory_text or None,
        "lang": advisory_lang if advisory_text else None,
        "acknowledged": bool(acknowledged),
        "acknowledged_at": _time(acknowledged_at) if acknowledged and acknowledged_at else None,
    }
    doc["lang"] = lang
    cleaned: dict[str, Any] = _clean(doc)
    return cleaned


# --------------------------------------------------------------------------------------------------
# Canonical form, digest, signature


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, UTF-8 (not ASCII escapes), no spaces: one byte string per meaning.

    Raises:
        ReceiptError: the object holds something JSON cannot say exactly (NaN, a lone surrogate).
    """
    try:
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise ReceiptError(f"The receipt holds a value that cannot be sealed ({exc}).") from exc


def _body(receipt: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in receipt.items() if k != "integrity"}


def digest_of(receipt: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of everything but ``integrity``."""
    return hashlib.sha256(canonical_json(_body(receipt))).hexdigest()


def key_id(public_key: Ed25519PublicKey) -> str:
    """First 16 hex of the SHA-256 of the raw 32-byte public key: short, and the same in any tool."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def seal(receipt: Mapping[str, Any], signing_key: Ed25519PrivateKey | None = None) -> dict[str, Any]:
    """A copy of ``receipt`` with ``integrity`` (digest, and a signature when a key is given) added.

    An ``integrity`` already present is replaced: sealing twice gives the same digest.
    """
    body = copy.deepcopy(_body(receipt))
    data = canonical_json(body)
    signature: dict[str, str] | None = None
    if signing_key is not None:
        signature = {
            "alg": SIGNATURE_ALG,
            "key_id": key_id(signing_key.public_key()),
            "value": base64.b64encode(signing_key.sign(data)).decode("ascii"),
        }
    body["integrity"] = {"sha256": hashlib.sha256(data).hexdigest(), "signature": signature}
    return body


def dumps_receipt(receipt: Mapping[str, Any]) -> bytes:
    """The bytes of a receipt file: its canonical JSON, no trailing newline (see the module docstring)."""
    return canonical_json(receipt)


def receipt_stem(receipt: Mapping[str, Any]) -> str:
    """``<YYYY-MM-DD>_<model slug>_<first 8 hex of the digest>``: sorts by date, names the phone, is unique.

    Raises:
        ReceiptError: the receipt is not sealed yet.
    """
    integrity = receipt.get("integrity")
    digest = integrity.get("sha256") if isinstance(integrity, Mapping) else None
    if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
        raise ReceiptError("Only a sealed receipt has a file name.")
    day = str(receipt.get("checked_at", ""))[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        day = datetime.now(UTC).strftime("%Y-%m-%d")
    device = receipt.get("device")
    model = str(device.get("model") or "") if isinstance(device, Mapping) else ""
    slug = "-".join(_SLUG_PARTS.findall(model.lower()))[:_MAX_SLUG].strip("-") or "phone"
    return f"{day}_{slug}_{digest[:8]}"


# --------------------------------------------------------------------------------------------------
# Keys


def _read_key_file(path: str | Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ReceiptKeyError(f"The {what} file {path} cannot be read ({reason}).") from None


def _kind_of_key(key: object) -> str:
    name = type(key).__name__.lstrip("_")
    for kind in ("RSA", "EllipticCurve", "Ed448", "DSA", "X25519", "X448", "DH"):
        if name.startswith(kind):
            return "an elliptic-curve (ECDSA)" if kind == "EllipticCurve" else f"an {kind}"
    return f"a {name}"


_MAKE_KEY = "make one with: openssl genpkey -algorithm ed25519 -out org.pem"


def load_signing_key(pem_path: str | Path) -> Ed25519PrivateKey:
    """The organisation's Ed25519 private key from a PEM file (``openssl genpkey -algorithm ed25519``).

    Raises:
        ReceiptKeyError: unreadable, password-protected, not PEM, or not Ed25519, each said plainly.
    """
    data = _read_key_file(pem_path, "signing key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise ReceiptKeyError(
            f"The signing key {pem_path} is protected by a password; give an unprotected Ed25519 key file."
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise ReceiptKeyError(f"The file {pem_path} does not hold a PEM private key; {_MAKE_KEY}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ReceiptKeyError(
            f"The file {pem_path} holds {_kind_of_key(key)} key, but receipts are signed with Ed25519; {_MAKE_KEY}"
        )
    return key


def load_public_key(pem_path: str | Path) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file; a private key file is accepted too (its public half is used).

    Raises:
        ReceiptKeyError: unreadable, not PEM, or not Ed25519.
    """
    data = _read_key_file(pem_path, "public key")
    key: object
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ReceiptKeyError(
                f"The file {pem_path} does not hold a PEM public key "
                "(make one with: openssl pkey -in org.pem -pubout -out org.pub.pem)."
            ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise ReceiptKeyError(
            f"The file {pem_path} holds {_kind_of_key(key)} key, but receipts are signed with Ed25519."
        )
    return key


# --------------------------------------------------------------------------------------------------
# Verifying


@dataclass(frozen=True)
class VerifyResult:
    """What ``verify`` found: ``signature_ok`` is None when the signature was not checked (no key given)."""

    digest_ok: bool
    signature_ok: bool | None
    messages: tuple[str, ...]
    key_id: str | None = None

    @property
    def ok(self) -> bool:
        """Digest holds and, where checked, so does the signature."""
        return self.digest_ok and self.signature_ok is not False


def _failed(*messages: str) -> VerifyResult:
    return VerifyResult(False, False, messages)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        twice = sorted({k for k in keys if keys.count(k) > 1})
        raise ReceiptError(f"The receipt names the field {twice[0]!r} twice.")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ReceiptError(f"The receipt holds {name}, which JSON does not allow.")


def parse_receipt(data: bytes) -> dict[str, Any]:
    """Parse receipt bytes strictly (UTF-8, one object, no repeated fields, no NaN).

    Strict because a lenient parser is a way round the digest: a repeated field would let two
    readers see two different receipts in one file.

    Raises:
        ReceiptError: with a sentence that says where the file stopped making sense.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReceiptError(
            f"The receipt file is not valid UTF-8 text (byte {exc.start}): it was changed or damaged."
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]  # an editor's byte order mark says nothing; the content decides
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ReceiptError(
            f"The receipt file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}): "
            "it was changed or damaged."
        ) from None
    except RecursionError:
        raise ReceiptError("The receipt file nests too deeply to be a receipt.") from None
    if not isinstance(doc, dict):
        raise ReceiptError("The receipt file does not hold a JSON object, so it is not a receipt.")
    return doc


def _check_integrity_shape(receipt: Mapping[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """The claimed digest and signature, or ReceiptError when the integrity block is malformed."""
    schema = receipt.get("schema")
    if schema != RECEIPT_SCHEMA:
        raise ReceiptError(f"This is not a phone-selfcheck receipt (schema {schema!r}, expected {RECEIPT_SCHEMA!r}).")
    integrity = receipt.get("integrity")
    if not isinstance(integrity, Mapping):
        raise ReceiptError("The receipt has no integrity block, so it cannot be checked.")
    if set(integrity) != {"sha256", "signature"}:
        raise ReceiptError("The receipt's integrity block does not hold exactly sha256 and signature.")
    claimed = integrity["sha256"]
    if not isinstance(claimed, str) or not _HEX64.fullmatch(claimed):
        raise ReceiptError("The receipt's digest is not 64 lower-case hexadecimal characters.")
    signature = integrity["signature"]
    if signature is None:
        return claimed, None
    if not isinstance(signature, Mapping) or set(signature) != {"alg", "key_id", "value"}:
        raise ReceiptError("The receipt's signature block does not hold exactly alg, key_id and value.")
    if signature["alg"] != SIGNATURE_ALG:
        raise ReceiptError(f"The receipt's signature algorithm is {signature['alg']!r}, not {SIGNATURE_ALG!r}.")
    if not isinstance(signature["key_id"], str) or not _KEY_ID.fullmatch(signature["key_id"]):
        raise ReceiptError("The receipt's key id is not 16 lower-case hexadecimal characters.")
    if not isinstance(signature["value"], str):
        raise ReceiptError("The receipt's signature value is not text.")
    return claimed, dict(signature)


def _signature_bytes(value: str) -> bytes | None:
    """Decode the signature, refusing any spelling but the one base64 encoding of its 64 bytes.

    Base64 has slack (the unused low bits of the last character): without this check a changed
    character could decode to the same signature and the change would pass unnoticed.
    """
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 64 or base64.b64encode(raw).decode("ascii") != value:
        return None
    return raw


def verify_receipt(receipt: Mapping[str, Any], public_key: Ed25519PublicKey | None = None) -> VerifyResult:
    """Check the digest and, given a public key, the signature; say in sentences which part failed."""
    try:
        claimed, signature = _check_integrity_shape(receipt)
        data = canonical_json(_body(receipt))
    except ReceiptError as exc:
        return _failed(str(exc))
    messages: list[str] = []
    digest_ok = hashlib.sha256(data).hexdigest() == claimed
    if digest_ok:
        messages.append("The digest holds: the receipt has not been changed since it was made.")
    else:
        messages.append("The digest does not hold: the receipt was changed after it was made.")

    signed_by = signature["key_id"] if signature else None
    signature_ok: bool | None
    if public_key is None:
        signature_ok = None
        if signature is None:
            messages.append("The receipt is not signed, so there is no signature to check.")
        else:
            messages.append(
                f"The signature (key {signed_by}) was not checked: give the organisation's public key to check it."
            )
    elif signature is None:
        signature_ok = False
        messages.append("The receipt is not signed, but a signature was expected (a public key was given).")
    else:
        expected = key_id(public_key)
        raw = _signature_bytes(signature["value"])
        if signed_by != expected:
            signature_ok = False
            messages.append(
                f"The signature does not hold: the receipt names key {signed_by}, the public key given is {expected}."
            )
        elif raw is None:
            signature_ok = False
            messages.append("The signature does not hold: its value is not a well-formed Ed25519 signature.")
        else:
            try:
                public_key.verify(raw, data)
                signature_ok = True
                messages.append(f"The signature holds: the receipt was signed with key {expected}.")
            except InvalidSignature:
                signature_ok = False
                messages.append(
                    "The signature does not hold: the receipt was changed after signing, or signed with another key."
                )
    return VerifyResult(digest_ok, signature_ok, tuple(messages), signed_by)


def verify_receipt_bytes(data: bytes, public_key: Ed25519PublicKey | None = None) -> VerifyResult:
    """Verify a receipt file's bytes; a file that no longer parses fails with the reason."""
    try:
        receipt = parse_receipt(data)
    except ReceiptError as exc:
        return _failed(str(exc))
    return verify_receipt(receipt, public_key)
