"""A receipt in each language verifies, and its PDF says the verdict in that language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.i18n import _catalogue


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_receipt_in_each_language(lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    code = main(
        [
            "receipt",
            "--device",
            "demo:service_tiktok",
            "--ownership",
            "service",
            "--name",
            "An Peeters",
            "--lang",
            lang,
            "--out",
            str(tmp_path),
        ]
    )
    capsys.readouterr()
    assert code == 1
    [json_path] = tmp_path.glob("*.json")
    [pdf_path] = tmp_path.glob("*.pdf")
    assert main(["verify", str(json_path)]) == 0
    capsys.readouterr()
    assert json.loads(json_path.read_bytes())["lang"] == lang
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages)
    expected = "Not compliant" if lang == "en" else _catalogue(lang)[("ReceiptPdf", "Not compliant")]
    assert expected in " ".join(text.split())
    if lang != "en":
        assert "Not compliant" not in text
