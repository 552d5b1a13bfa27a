"""The register: versioned SQLite in WAL mode, one row per check, no phone contents, survives a kill."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from app.core import register as register_module
from app.core.register import (
    MIGRATIONS,
    REGISTER_FILE,
    Register,
    RegisterError,
    data_dir,
    default_register_path,
)

ROOT = Path(__file__).resolve().parents[3]
SERIAL = "28031FDH2000AB"
SERIAL_HASH = "5815bbf66307aeb34971781d1d2d2248f84e757d49f486f3928e3a3403622ecf"


def sealed_receipt(**overrides: Any) -> dict[str, Any]:
    """The fields of a sealed receipt that the register reads (the rest is irrelevant here)."""
    doc: dict[str, Any] = {
        "checked_at": "2026-11-29T13:45:00Z",
        "device": {
            "manufacturer": "Google",
            "model": "Pixel 7",
            "serial": SERIAL,
            "serial_sha256": SERIAL_HASH,
        },
        "person": {"name": "Zoë Dupré", "employee_id": "12345"},
        "helpdesk_agent": "Sofie Maes",
        "ownership": "service",
        "status": "non_compliant",
        "findings": [{"package": "com.zhiliaoapp.musically"}],
        "integrity": {"sha256": "ab" * 32, "signature": None},
    }
    doc.update(overrides)
    return doc


def test_the_data_dir_follows_the_environment_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHONE_SELFCHECK_DATA_DIR", str(tmp_path / "portable"))
    assert data_dir() == tmp_path / "portable"
    assert default_register_path() == tmp_path / "portable" / REGISTER_FILE
    assert Register().path == tmp_path / "portable" / REGISTER_FILE


def test_the_data_dir_matches_the_device_layers_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key and register live side by side: core repeats the rule, so check both still agree."""
    keys = pytest.importorskip("app.device.keys")
    monkeypatch.delenv("PHONE_SELFCHECK_DATA_DIR", raising=False)
    assert data_dir() == keys.data_dir()


def test_a_receipt_is_recorded_and_read_back(tmp_path: Path) -> None:
    reg = Register(tmp_path / "r.sqlite3")
    row = reg.record_receipt(sealed_receipt(), tmp_path / "a.json")
    assert row.id == 1
    assert reg.history() == [row]
    assert (row.checked_at, row.person, row.employee_id, row.helpdesk_agent) == (
        "2026-11-29T13:45:00Z", "Zoë Dupré", "12345", "Sofie Maes",
    )  # fmt: skip
    assert (row.model, row.serial_sha256, row.ownership, row.status) == (
        "Google Pixel 7", SERIAL_HASH, "service", "non_compliant",
    )  # fmt: skip
    assert (row.receipt_path, row.digest) == (str(tmp_path / "a.json"), "ab" * 32)


def test_history_is_oldest_first(tmp_path: Path) -> None:
    reg = Register(tmp_path / "r.sqlite3")
    reg.record_receipt(sealed_receipt(checked_at="2026-12-01T09:00:00Z"), None)
    reg.record_receipt(sealed_receipt(checked_at="2026-11-01T09:00:00Z"), None)
    assert [r.checked_at[:10] for r in reg.history()] == ["2026-11-01", "2026-12-01"]


def test_wal_mode_and_schema_version_from_the_first_release(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    reg = Register(path)
    assert reg.schema_version() == len(MIGRATIONS) >= 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = [r[1] for r in conn.execute("PRAGMA table_info(checks)")]
    assert columns == [
        "id", "checked_at", "person", "employee_id", "helpdesk_agent", "model", "serial_sha256",
        "ownership", "status", "receipt_path", "digest",
    ]  # fmt: skip


def test_a_later_migration_upgrades_an_existing_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.sqlite3"
    Register(path).record_receipt(sealed_receipt(), None)
    monkeypatch.setattr(register_module, "MIGRATIONS", (*MIGRATIONS, ("CREATE TABLE later (x INTEGER)",)))
    monkeypatch.setattr(register_module, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    reg = Register(path)
    assert reg.schema_version() == len(MIGRATIONS) + 1
    assert len(reg.history()) == 1  # the old rows survive the upgrade
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM later").fetchone()[0] == 0


def test_a_register_from_a_newer_program_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    Register(path).record_receipt(sealed_receipt(), None)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RegisterError, match="newer version"):
        Register(path).history()


def test_a_file_that_is_not_a_database_is_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(RegisterError, match="cannot be used"):
        Register(path).history()


def test_the_register_never_holds_the_serial_or_the_phones_packages(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    Register(path).record_receipt(sealed_receipt(), None)
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())  # database, WAL and shared memory
    assert "Zoë Dupré".encode() in stored  # the check is there...
    assert SERIAL.encode() not in stored  # ...but not the serial in clear
    assert b"com.zhiliaoapp.musically" not in stored  # nor any package name


def test_csv_export_has_a_header_a_bom_and_defused_formulas(tmp_path: Path) -> None:
    reg = Register(tmp_path / "r.sqlite3")
    reg.record_receipt(sealed_receipt(person={"name": '=HYPERLINK("http://x")', "employee_id": None}), None)
    reg.record_receipt(sealed_receipt(helpdesk_agent=None), tmp_path / "b.json")
    out = tmp_path / "export.csv"
    out.write_text("an older export")
    assert reg.export_csv(out) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # so spreadsheets read "Zoë" as such
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0] == [
        "id", "checked_at", "person", "employee_id", "helpdesk_agent", "model", "serial_sha256",
        "ownership", "status", "receipt_path", "digest",
    ]  # fmt: skip
    assert rows[1][2] == '\'=HYPERLINK("http://x")'  # text, never a formula
    assert rows[2][2] == "Zoë Dupré" and rows[2][4] == "" and rows[2][9] == str(tmp_path / "b.json")


def test_module_functions_use_the_default_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHONE_SELFCHECK_DATA_DIR", str(tmp_path))
    register_module.record(checked_at="2026-11-29T13:45:00Z", person="A", ownership="personal", status="compliant")
    [row] = register_module.history()
    assert row.person == "A" and (tmp_path / REGISTER_FILE).exists()
    assert register_module.export_csv(tmp_path / "x.csv") == 1


_LOOP_RECORDER = textwrap.dedent(
    """
    import sys
    from app.core.register import Register

    reg = Register(sys.argv[1])
    for n in range(100_000):
        reg.record(checked_at=f"2026-11-29T13:{n % 60:02d}:00Z", person=f"P{n}", ownership="service",
                   status="compliant", digest="ab" * 32)
        print(n, flush=True)
    """
)


@pytest.mark.skipif(os.name == "nt" or not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_kill_while_recording_leaves_a_readable_register(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", _LOOP_RECORDER, str(path)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        done = 0
        for _ in range(10):
            done = int(child.stdout.readline()) + 1
        time.sleep(0.0113)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    reg = Register(path)
    rows = reg.history()
    assert len(rows) >= done  # every row the child reported is there
    assert sorted(int(r.person[1:]) for r in rows) == list(range(len(rows)))  # no gap, no half row
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reg.record(checked_at="2026-11-30T00:00:00Z", person="after", ownership="service", status="compliant")
    assert reg.history()[-1].person == "after"
