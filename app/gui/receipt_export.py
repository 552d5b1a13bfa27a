"""Seal and save a receipt from the window: the same files and register row as the `receipt` command."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.assessment import Assessment
from app.core.remediation import ActionRecord


def export_receipt(
    assessment: Assessment,
    out_dir: Path,
    *,
    name: str,
    employee_id: str | None,
    helpdesk_agent: str | None,
    actions: list[ActionRecord],
    advisory_text: str | None,
    advisory_lang: str,
    acknowledged: bool,
    acknowledged_at: datetime | None,
    lang: str,
) -> tuple[dict[str, Any], Path, Path]:
    """Build, seal, draw and write the pair atomically, then record it. Runs on a worker thread."""
    from app.cli_receipts import _write_pair
    from app.core.receipt import build_receipt, dumps_receipt, receipt_stem, seal
    from app.core.register import Register, RegisterError
    from app.gui.receipt_pdf import pdf_bytes

    receipt = seal(
        build_receipt(
            assessment,
            name=name,
            employee_id=employee_id,
            helpdesk_agent=helpdesk_agent,
            actions=actions,
            advisory_text=advisory_text,
            advisory_lang=advisory_lang,
            acknowledged=acknowledged,
            acknowledged_at=acknowledged_at,
            lang=lang,
        )
    )
    pdf = pdf_bytes(receipt, lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, pdf_path = _write_pair(out_dir, receipt_stem(receipt), dumps_receipt(receipt), pdf)
    # The receipt files are what counts; a register that cannot record must not undo a saved receipt.
    with contextlib.suppress(RegisterError):
        Register().record_receipt(receipt, json_path.resolve())
    return receipt, json_path, pdf_path
