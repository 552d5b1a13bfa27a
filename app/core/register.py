"""The local register of checks: one SQLite row per receipt, so a helpdesk can say who was checked and when.

It keeps what a helpdesk's records need and nothing that tells what is on a phone: no package list,
no serial number in clear (only its SHA-256, enough to recognise the same phone again). The schema
carries a version (``PRAGMA user_version``) and a list of migrations from the first release on, so a
newer program can upgrade an older register in place and an older program refuses a newer one.
"""

from __future__ import annotations

import contextlib
import csv
import io
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any

from app.core.atomic import replace_file
from app.paths import DATA_DIR_ENV, data_dir

__all__ = [
    "DATA_DIR_ENV",
    "MIGRATIONS",
    "REGISTER_FILE",
    "Register",
    "RegisterError",
    "Row",
    "data_dir",
    "default_register_path",
    "export_csv",
    "history",
    "record",
    "record_receipt",
]

REGISTER_FILE = "register.sqlite3"
_BUSY_TIMEOUT_MS = 5000

# One entry per schema version, applied in order; never edit a released entry, append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1 (0.1.0): the first release.
    (
        """CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            checked_at TEXT NOT NULL,
            person TEXT NOT NULL,
            employee_id TEXT,
            helpdesk_agent TEXT,
            model TEXT,
            serial_sha256 TEXT,
            ownership TEXT NOT NULL,
            status TEXT NOT NULL,
            receipt_path TEXT,
            digest TEXT
        )""",
        "CREATE INDEX checks_checked_at ON checks (checked_at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# Spreadsheets run a cell that starts with one of these as a formula; a name typed at the desk
# must never become one in the helpdesk's copy of the register.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class RegisterError(Exception):
    """A register that cannot be opened or used; ``str()`` is one plain sentence."""


def default_register_path() -> Path:
    return data_dir() / REGISTER_FILE


@dataclass(frozen=True)
class Row:
    """One recorded check, as ``history`` returns it and the CSV export writes it (same column order)."""

    id: int
    checked_at: str
    person: str
    employee_id: str | None
    helpdesk_agent: str | None
    model: str | None
    serial_sha256: str | None
    ownership: str
    status: str
    receipt_path: str | None
    digest: str | None


_COLUMNS = tuple(f.name for f in fields(Row))


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise RegisterError(
            f"The register {path} was written by a newer version of the program (schema {version}); "
            "update this program to use it."
        )
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again inside the write lock: another process may have migrated in the meantime.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class Register:
    """The register at ``path`` (default ``<data dir>/register.sqlite3``), opened per operation.

    A short-lived connection per call keeps the file unlocked between checks, so the GUI and a
    command line run can share it; WAL lets a reader go on while another process writes.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_register_path()

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise RegisterError(f"The register {self.path} cannot be opened ({exc}).") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS:d}")
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a check the program said it recorded must survive a power cut right after.
            conn.execute("PRAGMA synchronous = FULL")
            _migrate(conn, self.path)
            yield conn
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"The register {self.path} cannot be used ({exc}).") from exc
        finally:
            conn.close()

    def schema_version(self) -> int:
        with self._connect() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def record(
        self,
        *,
        checked_at: str,
        person: str,
        ownership: str,
        status: str,
        employee_id: str | None = None,
        helpdesk_agent: str | None = None,
        model: str | None = None,
        serial_sha256: str | None = None,
        receipt_path: str | Path | None = None,
        digest: str | None = None,
    ) -> Row:
        """Add one check and return it as stored."""
        values = (
            checked_at,
            person,
            employee_id,
            helpdesk_agent,
            model,
            serial_sha256,
            ownership,
            status,
            str(receipt_path) if receipt_path is not None else None,
            digest,
        )
        with self._connect() as conn:
            cursor = conn.execute(
                f"INSERT INTO checks ({', '.join(_COLUMNS[1:])}) VALUES ({', '.join('?' * len(values))})",
                values,
            )
            row_id = cursor.lastrowid
        assert row_id is not None
        return Row(row_id, *values)

    def record_receipt(self, receipt: Mapping[str, Any], receipt_path: str | Path | None) -> Row:
        """Record a sealed receipt: the fields are taken from it, so register and receipt agree."""
        device = receipt.get("device") or {}
        person = receipt.get("person") or {}
        integrity = receipt.get("integrity") or {}
        return self.record(
            checked_at=str(receipt["checked_at"]),
            person=str(person.get("name") or ""),
            employee_id=person.get("employee_id"),
            helpdesk_agent=receipt.get("helpdesk_agent"),
            model=" ".join(p for p in (device.get("manufacturer"), device.get("model")) if p) or None,
            serial_sha256=device.get("serial_sha256"),
            ownership=str(receipt["ownership"]),
            status=str(receipt["status"]),
            receipt_path=receipt_path,
            digest=integrity.get("sha256"),
        )

    def history(self) -> list[Row]:
        """Every recorded check, oldest first (the order a paper register would have)."""
        with self._connect() as conn:
            cursor = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM checks ORDER BY checked_at, id")
            return [Row(*r) for r in cursor.fetchall()]

    def export_csv(self, path: str | Path) -> int:
        """Write the register as CSV and return the row count.

        UTF-8 with a byte order mark, because without it spreadsheet programs garble accented names.

        Replaces ``path`` atomically if it exists: an export is a copy, asked for by name.
        """
        rows = self.history()
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(_COLUMNS)
        for row in rows:
            writer.writerow(_csv_cell(v) for v in astuple(row))
        replace_file(path, buffer.getvalue().encode("utf-8-sig"))
        return len(rows)


def _csv_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def record(**values: Any) -> Row:
    """Record one check in the default register (see ``Register.record``)."""
    return Register().record(**values)


def record_receipt(receipt: Mapping[str, Any], receipt_path: str | Path | None) -> Row:
    """Record a sealed receipt in the default register."""
    return Register().record_receipt(receipt, receipt_path)


def history() -> list[Row]:
    """Every check in the default register, oldest first."""
    return Register().history()


def export_csv(path: str | Path) -> int:
    """Export the default register as CSV; return the number of rows."""
    return Register().export_csv(path)
