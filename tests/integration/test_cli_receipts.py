"""receipt, verify and history through the real command line: exit codes, messages, files, and no leaks."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import cli
from app.cli_receipts import add_commands
from app.core.assessment import assess
from app.core.inventory import DeviceIdentity, InstalledApp, Inventory, OwnersInfo, PhoneUser
from app.core.policy import default_policy
from app.core.receipt import build_receipt, dumps_receipt, key_id, parse_receipt, seal
from app.core.register import Register
from app.core.scope import Ownership

TIKTOK = "com.zhiliaoapp.musically"
PHONE_USER_NAME = "An Peeters"  # the name on the simulated phone's main user: never to be written anywhere
PERSON = "Jan Janssens"  # the person named on the command line: belongs in receipt and register
ROOT = Path(__file__).resolve().parents[2]

Run = Callable[..., tuple[int, str, str]]


def _simulator() -> Any:
    """The simulated phone's module, or None while it is still being written (then those tests skip)."""
    try:
        from app.device import simulator

        simulator.load_profile("service_tiktok")
        if not hasattr(simulator, "SimulatorServer"):
            return None
    except Exception:
        return None
    return simulator


needs_simulator = pytest.mark.skipif(_simulator() is None, reason="app.device.simulator is not importable yet")


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``cli.main`` with the receipt commands, whether or not app/cli.py wires them in yet."""
    original = cli.build_parser
    commands = dict(cli.COMMANDS)

    def build_parser() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "verify" not in sub.choices:
            add_commands(sub, commands)
        return parser

    monkeypatch.setattr(cli, "build_parser", build_parser)
    monkeypatch.setattr(cli, "COMMANDS", commands)

    def invoke(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PHONE_SELFCHECK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Ed25519PrivateKey, Path, Path]:
    key = Ed25519PrivateKey.generate()
    private = tmp_path / "org.pem"
    public = tmp_path / "org.pub.pem"
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    public.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return key, private, public


def offline_receipt(key: Ed25519PrivateKey | None = None) -> dict[str, Any]:
    inventory = Inventory(
        identity=DeviceIdentity("Google", "Pixel 7", "14", 34, "28031FDH2000AB"),
        users=[PhoneUser(0, 0x13, True)],
        owners=OwnersInfo(()),
        users_scanned=[0],
        packages_scanned=251,
        matches=[InstalledApp(TIKTOK, 0, False, True, 1, "34.0.5", "com.android.vending")],
    )
    a = assess(inventory, default_policy(), Ownership.SERVICE, checked_at=datetime(2026, 11, 29, 13, 45, tzinfo=UTC))
    return seal(build_receipt(a, name=PERSON), key)


# --- verify -------------------------------------------------------------------------------------


def test_verify_accepts_a_good_receipt_and_says_the_signature_was_not_checked(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt(Ed25519PrivateKey.generate())))
    code, out, _ = run("verify", str(path))
    assert code == 0
    assert "The digest holds" in out and "was not checked" in out and out.rstrip().endswith("The receipt holds.")
    assert f"Receipt of {PERSON}" in out


def test_verify_with_the_public_key_checks_the_signature(run: Run, tmp_path: Path, keys: Any) -> None:
    key, _, public = keys
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt(key)))
    code, out, _ = run("verify", str(path), "--public-key", str(public))
    assert code == 0 and f"The signature holds: the receipt was signed with key {key_id(key.public_key())}" in out


def test_verify_fails_for_another_key_and_says_it_is_the_signature(run: Run, tmp_path: Path, keys: Any) -> None:
    _, _, public = keys
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt(Ed25519PrivateKey.generate())))
    code, out, _ = run("verify", str(path), "--public-key", str(public))
    assert code == 1
    assert "The digest holds" in out and "The signature does not hold" in out and "does NOT hold" in out


def test_verify_fails_for_a_changed_receipt_and_says_it_is_the_digest(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt()).replace(b'"non_compliant"', b'"compliant"'))
    code, out, _ = run("verify", str(path))
    assert code == 1 and "The digest does not hold: the receipt was changed after it was made." in out


def test_verify_explains_a_damaged_or_missing_file(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt())[:-1])
    code, out, _ = run("verify", str(path))
    assert code == 1 and "not valid JSON" in out
    code, out, _ = run("verify", str(tmp_path / "missing.json"))
    assert code == 1 and "cannot be read" in out


def test_verify_with_an_unusable_key_file_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt()))
    (tmp_path / "junk.pem").write_text("junk")
    code, _, err = run("verify", str(path), "--public-key", str(tmp_path / "junk.pem"))
    assert code == 64 and "does not hold a PEM public key" in err


def test_verify_accepts_a_receipt_reformatted_by_another_tool(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt()))
    pretty = tmp_path / "pretty.json"
    pretty.write_bytes(
        subprocess.run([sys.executable, "-m", "json.tool", str(path)], capture_output=True, check=True).stdout
    )
    assert run("verify", str(pretty))[0] == 0


def test_verify_and_history_do_not_load_qt(tmp_path: Path) -> None:
    """An auditor's server may have no Qt libraries: checking a receipt must not need them."""
    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt()))
    code = (
        "import argparse, contextlib, io, sys\n"
        "from app import cli\n"
        "from app.cli_receipts import add_commands\n"
        "p = argparse.ArgumentParser(); p.add_argument('--debug', action='store_true')\n"
        "commands = {}; add_commands(p.add_subparsers(dest='command'), commands)\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    a = commands['verify'](p.parse_args(['verify', {str(path)!r}]))\n"
        "    b = commands['history'](p.parse_args(['history']))\n"
        "print(a, b, any(m.split('.')[0] == 'PySide6' for m in sys.modules))\n"
    )
    env = {**os.environ, "PHONE_SELFCHECK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["0", "0", "False"], out.stderr


# --- history ------------------------------------------------------------------------------------


def test_history_prints_the_register_and_exports_csv(run: Run, data_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run("history")
    assert code == 0 and "No check has been recorded yet" in out
    Register().record_receipt(offline_receipt(), tmp_path / "r.json")
    code, out, _ = run("history")
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["Date", "Person", "Phone", "Ownership", "Status", "Receipt"]
    assert row.startswith("2026-11-29 13:45 UTC") and PERSON in row and "Google Pixel 7" in row
    assert "service" in row and "non_compliant" in row and str(tmp_path / "r.json") in row
    csv_path = tmp_path / "register.csv"
    code, out, _ = run("history", "--csv", str(csv_path))
    assert code == 0 and "1 check(s) exported" in out
    assert PERSON in csv_path.read_text(encoding="utf-8-sig")


# --- receipt: arguments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["receipt", "--device", "demo", "--ownership", "service", "--out", "x"],  # no --name
        ["receipt", "--device", "demo", "--ownership", "mine", "--name", "A", "--out", "x"],
        [
            "receipt",
            "--device",
            "demo",
            "--ownership",
            "service",
            "--name",
            "A",
            "--lang",
            "es",
            "--out",
            "x",
        ],
        ["verify"],
        ["history", "--bogus"],
    ],
)
def test_bad_command_lines_are_usage_errors(run: Run, argv: list[str]) -> None:
    assert run(*argv)[0] == 64


def test_a_bad_signing_key_is_refused_before_the_phone_is_touched(run: Run, tmp_path: Path) -> None:
    """64, not 4: the key is checked first, so no phone is asked for a receipt that cannot be signed."""
    (tmp_path / "rsa.pem").write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    code, _, err = run(
        "receipt", "--device", "tcp:127.0.0.1:9", "--ownership", "service", "--name", "A",
        "--sign-key", str(tmp_path / "rsa.pem"), "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 64 and "ed25519" in err
    assert not (tmp_path / "out").exists()


# --- receipt: against the simulated phone ---------------------------------------------------------


def _paths(out: str) -> tuple[Path, Path]:
    found = re.findall(r"^  (.+\.(?:json|pdf))$", out, flags=re.MULTILINE)
    assert len(found) == 2, out
    return Path(found[0]), Path(found[1])


@needs_simulator
@pytest.mark.usefixtures("qapp")
def test_receipt_scans_writes_json_and_pdf_records_and_exits_with_the_status(
    run: Run, data_dir: Path, tmp_path: Path, keys: Any
) -> None:
    key, private, public = keys
    out_dir = tmp_path / "receipts"
    code, out, err = run(
        "receipt", "--device", "demo:service_tiktok", "--ownership", "service", "--name", PERSON,
        "--employee-id", "12345", "--helpdesk-agent", "Sofie Maes", "--sign-key", str(private),
        "--out", str(out_dir),
    )  # fmt: skip
    assert code == 1, err  # non_compliant
    json_path, pdf_path = _paths(out)
    assert json_path.parent == out_dir and json_path.stem == pdf_path.stem
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}_pixel-7_[0-9a-f]{8}", json_path.stem)
    doc = parse_receipt(json_path.read_bytes())
    assert doc["status"] == "non_compliant" and doc["person"] == {"name": PERSON, "employee_id": "12345"}
    assert doc["integrity"]["signature"]["key_id"] == key_id(key.public_key())
    assert run("verify", str(json_path), "--public-key", str(public))[0] == 0
    from pypdf import PdfReader

    text = " ".join(PdfReader(io.BytesIO(pdf_path.read_bytes())).pages[0].extract_text().split())
    assert "Not compliant" in text and PERSON in text and "Pixel 7" in text
    assert doc["integrity"]["sha256"] in text.replace(" ", "")
    [row] = Register().history()
    assert (row.person, row.status, row.digest) == (PERSON, "non_compliant", doc["integrity"]["sha256"])
    assert row.receipt_path == str(json_path.resolve())


@needs_simulator
@pytest.mark.usefixtures("qapp")
def test_a_personal_receipt_records_the_acknowledged_advisory_and_drops_the_serial(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    code, out, _ = run(
        "receipt", "--device", "demo:service_tiktok", "--ownership", "personal", "--name", PERSON,
        "--acknowledge-advisory", "--lang", "nl", "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 2  # advisory
    json_path, _ = _paths(out)
    doc = json.loads(json_path.read_bytes())
    assert doc["device"]["serial"] is None and len(doc["device"]["serial_sha256"]) == 64
    assert doc["advisory"]["acknowledged"] is True and doc["advisory"]["lang"] == "nl"
    assert doc["advisory"]["text"].startswith("Dit toestel valt niet onder het verbod")
    assert doc["lang"] == "nl"


# --- nothing leaks ------------------------------------------------------------------------------


def _texts(path: Path) -> Iterator[str]:
    """What a file says: its bytes as text, and for a PDF also its extracted text (streams are compressed)."""
    data = path.read_bytes()
    yield data.decode("utf-8", "replace")
    if data.startswith(b"%PDF-"):
        from pypdf import PdfReader

        for page in PdfReader(io.BytesIO(data)).pages:
            yield page.extract_text()
            yield " ".join(page.extract_text().split())


# Android's own labels for users, not anyone's name: they may appear in wording such as "work profile".
GENERIC_USER_LABELS = {"Owner", "Work profile", "Secure Folder"}


@pytest.fixture
def served_phone(request: pytest.FixtureRequest) -> Iterator[tuple[str, Any]]:
    """The simulated phone as a server that keeps its state between commands (fix, then receipt)."""
    simulator = _simulator()
    profile = simulator.load_profile(request.param)
    server = simulator.SimulatorServer(profile, host="127.0.0.1", port=0)
    server.start()
    try:
        yield f"tcp:127.0.0.1:{server.port}", profile
    finally:
        server.stop()


@needs_simulator
@pytest.mark.parametrize(
    ("served_phone", "ownership", "must_hold"),
    [
        ("service_tiktok", "service", {"com.android.chrome"}),
        ("clean_personal", "personal", {"com.android.chrome", "com.lemon.lvoverseas", PHONE_USER_NAME}),
        ("work_profile_lite", "auto", {"com.android.chrome", "Marie Dubois"}),
        ("secure_folder", "service", {"com.android.chrome", "Sofie Janssens"}),
    ],
    indirect=["served_phone"],
)
@pytest.mark.usefixtures("qapp")
def test_no_file_written_by_scan_fix_and_receipt_names_another_app_or_a_phone_user(
    run: Run,
    data_dir: Path,
    tmp_path: Path,
    served_phone: tuple[str, Any],
    ownership: str,
    must_hold: set[str],
) -> None:
    device, profile = served_phone
    out_dir = tmp_path / "receipts"
    assert run("scan", "--device", device, "--ownership", ownership, "--json")[0] in (0, 1, 2, 3, 6)
    fixed, out, err = run("fix", "--device", device, "--ownership", ownership, "--yes", "--json")
    assert "actions" in json.loads(out), err
    code, out, err = run(
        "receipt", "--device", device, "--ownership", ownership, "--name", PERSON, "--acknowledge-advisory",
        "--out", str(out_dir),
    )  # fmt: skip
    assert code == fixed, err  # the receipt sees the phone as fix left it
    assert run("history", "--csv", str(out_dir / "register.csv"))[0] == 0

    policy = default_policy()
    receipt = parse_receipt(_paths(out)[0].read_bytes())
    # Named by the contract itself: the device owner (signals) and a finding's installer.
    allowed = {receipt["signals"]["device_owner"], *(f["installer"] for f in receipt["findings"])} - {None}
    other_packages = {p.name for p in profile.packages if "." in p.name} - policy.packages - allowed
    user_names = {u.name for u in profile.users if u.name} - GENERIC_USER_LABELS | {PHONE_USER_NAME}
    assert must_hold <= other_packages | user_names, "the profile changed: update the test"

    written = [p for folder in (data_dir, out_dir) for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".pdf" for p in written) and any(p.name.startswith("register") for p in written)
    for path in written:
        for text in _texts(path):
            leaked = sorted(name for name in other_packages | user_names if name in text)
            assert not leaked, f"{path} holds {leaked[:5]}"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
def test_openssl_keys_work_end_to_end_through_verify(run: Run, tmp_path: Path) -> None:
    private, public = tmp_path / "org.pem", tmp_path / "org.pub.pem"
    subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(private)], check=True)
    subprocess.run(["openssl", "pkey", "-in", str(private), "-pubout", "-out", str(public)], check=True)
    from app.core.receipt import load_signing_key

    path = tmp_path / "r.json"
    path.write_bytes(dumps_receipt(offline_receipt(load_signing_key(private))))
    assert run("verify", str(path), "--public-key", str(public))[0] == 0
