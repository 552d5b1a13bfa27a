"""The PDF receipt: one A4 page with verdict, person, phone and digest, in colour, translatable."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from app.core.assessment import assess
from app.core.inventory import DeviceIdentity, InstalledApp, Inventory, OwnersInfo, PhoneUser
from app.core.policy import default_policy
from app.core.receipt import build_receipt, seal
from app.core.remediation import ActionRecord
from app.core.scope import Ownership
from app.gui import receipt_pdf
from app.gui.receipt_pdf import pdf_bytes, render_pdf

TIKTOK = "com.zhiliaoapp.musically"
CHECKED = datetime(2026, 11, 29, 13, 45, tzinfo=UTC)
A4_POINTS = (595, 842)

pytestmark = pytest.mark.usefixtures("qapp")


def receipt(
    ownership: str = "service",
    *,
    apps: int = 1,
    actions: bool = False,
    unreadable: bool = False,
    signed: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    matches = [
        InstalledApp(TIKTOK, user, False, True, 2023405030, "34.0.5", "com.android.vending") for user in range(apps)
    ]
    inventory = Inventory(
        identity=DeviceIdentity("Samsung", "Galaxy S23", "14", 34, "R5CW1234567"),
        users=[PhoneUser(u, 0x13, True) for u in range(max(apps, 1))],
        owners=OwnersInfo(()),
        users_scanned=list(range(max(apps, 1))),
        users_unreadable=[150] if unreadable else [],
        packages_scanned=312,
        matches=matches,
    )
    a = assess(inventory, default_policy(), Ownership(ownership), checked_at=CHECKED)
    done = [ActionRecord(TIKTOK, 0, f"pm uninstall --user 0 {TIKTOK}", "Success", True, CHECKED)] if actions else []
    doc = build_receipt(a, name="Zoë Dupré", employee_id="12345", helpdesk_agent="Sofie Maes", actions=done, **extra)
    if signed:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return seal(doc, Ed25519PrivateKey.generate())
    return seal(doc)


def text_of(data: bytes) -> tuple[str, int]:
    """The PDF's text with white space runs made one space (Qt places words one by one, pypdf adds tabs)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split()), len(reader.pages)


def test_the_pdf_holds_verdict_person_phone_and_digest_on_one_a4_page() -> None:
    doc = receipt(signed=True)
    data = pdf_bytes(doc)
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    text, _ = text_of(data)
    flat = "".join(text.split())
    assert "Not compliant" in text
    assert "Zoë Dupré" in text and "12345" in text
    assert "Samsung" in text and "Galaxy S23" in text
    assert doc["integrity"]["sha256"] in flat
    assert doc["integrity"]["signature"]["key_id"] in flat
    assert "be-federal-tiktok" in text and "2023-03-10" in text
    assert "TikTok" in text and "Sofie Maes" in text
    assert "2026-11-29 13:45 UTC" in text
    assert "R5CW1234567" in text  # a service phone shows its serial


def test_a_personal_phone_shows_the_advisory_its_acknowledgement_and_no_serial() -> None:
    policy = default_policy()
    doc = receipt(
        "personal",
        advisory_text=policy.text("advisory", "en"),
        acknowledged=True,
        acknowledged_at=datetime(2026, 11, 29, 13, 50, tzinfo=UTC),
    )
    text, pages = text_of(pdf_bytes(doc))
    assert pages == 1
    assert "Advisory" in text and "Not covered by the ban" in text
    assert "National Security Council" in text
    assert "acknowledged by the person on 2026-11-29 13:50 UTC" in text
    assert "R5CW1234567" not in text and doc["device"]["serial_sha256"] in "".join(text.split())
    assert "Not signed" in text


def test_what_was_done_appears_next_to_the_removed_app() -> None:
    doc = receipt(apps=0, actions=True)
    assert doc["status"] == "compliant"
    text, _ = text_of(pdf_bytes(doc))
    assert "Compliant" in text
    assert f"pm uninstall --user 0 {TIKTOK}" in text and "Removed for this user" in text


def test_hostile_values_are_shown_as_text_not_markup_or_placeholders() -> None:
    """What the phone reports is shown literally: no HTML from a model name, no %2 filled from a version."""
    doc = receipt()
    doc["device"].update(model="<b>X</b> & <img src=x>", android_release="%2", sdk=34)
    doc["person"]["name"] = "Zoë <i>D</i> %1"
    text, pages = text_of(pdf_bytes(doc))
    assert pages == 1
    assert "<b>X</b> & <img src=x>" in text
    assert "Android %2 (SDK 34)" in text
    assert "Zoë <i>D</i> %1" in text


def test_many_findings_flow_onto_more_pages_with_the_footer_on_each() -> None:
    doc = receipt(apps=40)
    text, pages = text_of(pdf_bytes(doc))
    assert pages >= 2
    assert "".join(text.split()).count(doc["integrity"]["sha256"]) == pages


def test_render_pdf_writes_atomically_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    render_pdf(receipt(), target)
    first = target.read_bytes()
    assert first.startswith(b"%PDF-")
    with pytest.raises(FileExistsError):
        render_pdf(receipt("personal"), target)
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def _page_png(data: bytes, folder: Path) -> QImage:
    pdf = folder / "r.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(folder / "p")], check=True)
    [png] = folder.glob("p*.png")
    image = QImage(str(png))
    assert not image.isNull()
    return image


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (Debian poppler-utils)")
@pytest.mark.parametrize(
    ("ownership", "apps", "colour"),
    [
        ("service", 1, "#b3261e"),
        ("service", 0, "#1e7b34"),
        ("personal", 1, "#b06000"),
        ("auto", 1, "#b06000"),
    ],
    ids=["non_compliant red", "compliant green", "advisory amber", "undetermined amber"],
)
def test_the_verdict_banner_has_the_verdicts_colour(tmp_path: Path, ownership: str, apps: int, colour: str) -> None:
    """Rendered by poppler, not by Qt: what a person's PDF viewer shows, not what Qt meant to draw."""
    image = _page_png(pdf_bytes(receipt(ownership, apps=apps)), tmp_path)
    # The banner starts 14 mm + one small line from the top, across the text width.
    x, y = image.width() // 2, round(image.height() * 0.085)
    seen = QColor(image.pixel(x, y))
    want = QColor(colour)
    assert max(abs(seen.red() - want.red()), abs(seen.green() - want.green()), abs(seen.blue() - want.blue())) < 12, (
        seen.name(),
        colour,
    )


def test_the_qr_code_is_embedded_as_an_image() -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(receipt())))
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1, "no QR image in the PDF"
    qr = images[0]
    assert qr["/Width"] == qr["/Height"] >= 21  # square, at least a version-1 QR code
    assert qr.get("/Filter") != "/DCTDecode"  # lossless: no JPEG blur around the modules


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
)
def test_the_qr_code_scans_to_the_digest(tmp_path: Path) -> None:
    doc = receipt()
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(pdf_bytes(doc))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    [png] = tmp_path.glob("p*.png")
    out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == [doc["integrity"]["sha256"]]


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
def test_a_translation_file_changes_the_fixed_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The languages issue only has to drop .qm files in resources/i18n: the mechanism works now."""
    ts = tmp_path / "nl.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="nl">
<context><name>ReceiptPdf</name>
<message><source>Not compliant</source><translation>Niet in orde</translation></message>
<message><source>Person</source><translation>Persoon</translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    qm = tmp_path / "phone-selfcheck_nl.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr(receipt_pdf, "translation_file", lambda lang: tmp_path / f"phone-selfcheck_{lang}.qm")
    doc = receipt(lang="nl")
    dutch, _ = text_of(pdf_bytes(doc, "nl"))
    assert "Niet in orde" in dutch and "Persoon" in dutch
    english, _ = text_of(pdf_bytes(doc, "en"))  # the translator is removed after each rendering
    assert "Not compliant" in english and "Niet in orde" not in english


def test_every_fixed_text_is_found_by_lupdate(tmp_path: Path) -> None:
    """A text outside QCoreApplication.translate("ReceiptPdf", ...) could never be translated."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("needs pyside6-lupdate")
    ts = tmp_path / "x.ts"
    subprocess.run([lupdate, receipt_pdf.__file__, "-ts", str(ts)], check=True, capture_output=True)
    found = ts.read_text(encoding="utf-8")
    for source in ("Not compliant", "Banned apps found and what was done", "Digest (SHA-256)", "Who pays"):
        assert f"<source>{source}</source>" in found, source
    assert found.count("<message") >= 40
