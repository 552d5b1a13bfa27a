"""Every message translated, placeholders and mnemonics kept, and the .qm files current."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.i18n_build import LANGS, release, ts_files, update

PLACEHOLDER = re.compile(r"\{\d*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


@pytest.mark.parametrize("ts", ts_files(), ids=LANGS)
def test_every_message_is_finished(ts: Path) -> None:
    unfinished = [
        f"{ctx}: {src[:60]}"
        for ctx, src, tr in messages(ts)
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in {ts.name}"


@pytest.mark.parametrize("ts", ts_files(), ids=LANGS)
def test_placeholders_and_mnemonics_survive(ts: Path) -> None:
    bad = []
    for ctx, src, tr in messages(ts):
        text = (tr.text or "") if tr is not None else ""
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            bad.append(f"{ctx}: placeholders differ: {src[:50]!r} -> {text[:50]!r}")
        if ("&" in src.replace("&&", "")) != ("&" in text.replace("&&", "")):
            bad.append(f"{ctx}: mnemonic lost or added: {src[:50]!r} -> {text[:50]!r}")
    assert bad == []


def test_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    """Run lupdate into copies: if it finds a string the committed .ts lacks, someone forgot to update."""
    copies = []
    for ts in ts_files():
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    update(copies)
    for ts, copy in zip(ts_files(), copies, strict=True):
        before = {(c, s) for c, s, _ in messages(ts)}
        after = {(c, s) for c, s, _ in messages(copy)}
        assert after - before == set(), (
            f"{ts.name} misses: {sorted(after - before)[:5]} (run python -m app.i18n_build update)"
        )


@pytest.mark.parametrize("ts", ts_files(), ids=LANGS)
def test_qm_is_current(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run python -m app.i18n_build release"
    fresh = tmp_path / qm.name
    release(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {ts.name}: run python -m app.i18n_build release"
    )
