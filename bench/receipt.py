"""How long a receipt (sealed JSON and PDF, written to disk) takes, against a plain one-page QPdfWriter.

Run: ``QT_QPA_PLATFORM=offscreen python bench/receipt.py [--rounds N]``. Both are timed in the same
process after one warm-up each (the first Qt PDF of a process also loads the font database, which
is reported apart as "first"). The target is under 300 ms absolute for a typical check: one finding,
one removal, signed; the ratio says how much of that is our own work rather than Qt's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter

from app.core.assessment import Assessment, assess
from app.core.atomic import write_new_file
from app.core.inventory import DeviceIdentity, InstalledApp, Inventory, OwnersInfo, PhoneUser
from app.core.policy import default_policy
from app.core.receipt import build_receipt, dumps_receipt, receipt_stem, seal
from app.core.remediation import ActionRecord
from app.core.scope import Ownership
from app.gui.receipt_pdf import pdf_bytes

TARGET_MS = 300.0
TIKTOK = "com.zhiliaoapp.musically"


def typical_check() -> tuple[Assessment, list[ActionRecord]]:
    """A service phone where TikTok was found and removed: the common case at a helpdesk."""
    inventory = Inventory(
        identity=DeviceIdentity("Google", "Pixel 7", "14", 34, "28031FDH2000AB"),
        users=[PhoneUser(0, 0x13, True)],
        owners=OwnersInfo(()),
        users_scanned=[0],
        packages_scanned=300,
        matches=[InstalledApp(TIKTOK, 0, False, True, 2023405030, "34.0.5", "com.android.vending")],
    )
    now = datetime.now(UTC)
    action = ActionRecord(TIKTOK, 0, f"pm uninstall --user 0 {TIKTOK}", "Success", True, now)
    return assess(inventory, default_policy(), Ownership.SERVICE, checked_at=now), [action]


def make_receipt(folder: Path, key: Ed25519PrivateKey, n: int) -> None:
    assessment, actions = typical_check()
    receipt = seal(build_receipt(assessment, name=f"Person {n}", employee_id="12345", actions=actions), key)
    stem = f"{receipt_stem(receipt)}-{n}"
    pdf = pdf_bytes(receipt)
    write_new_file(folder / f"{stem}.json", dumps_receipt(receipt))
    write_new_file(folder / f"{stem}.pdf", pdf)


def plain_page() -> bytes:
    """The baseline: what any Qt program pays for a one-page A4 PDF with one line of text."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Compliance receipt")
    painter.end()
    buffer.close()
    return bytes(data.data())


def timed(fn: Callable[[int], object], rounds: int) -> tuple[float, float]:
    """(first call, median of the next ``rounds``) in milliseconds."""
    start = time.perf_counter()
    fn(0)
    first = (time.perf_counter() - start) * 1000
    samples = []
    for n in range(1, rounds + 1):
        start = time.perf_counter()
        fn(n)
        samples.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    key = Ed25519PrivateKey.generate()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_first, plain = timed(lambda n: plain_page(), args.rounds)
        receipt_first, receipt = timed(lambda n: make_receipt(folder, key, n), args.rounds)
    print(f"plain QPdfWriter page:            median {plain:7.1f} ms   (first {plain_first:7.1f} ms)")
    print(f"receipt, JSON + PDF, signed, fsync: median {receipt:5.1f} ms   (first {receipt_first:7.1f} ms)")
    print(f"ratio receipt / plain page:       {receipt / plain:7.1f} x")
    verdict = "OK" if max(receipt, receipt_first) < TARGET_MS else "OVER"
    print(f"target: under {TARGET_MS:.0f} ms absolute (first and median): {verdict}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
