"""ruff (lint and format) and mypy stay clean: checked here so CI says so, not a reviewer later."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_lint() -> None:
    out = run("ruff", "check", ".")
    assert out.returncode == 0, out.stdout[-3000:]


def test_ruff_format() -> None:
    out = run("ruff", "format", "--check", ".")
    assert out.returncode == 0, out.stdout[-3000:]


def test_mypy() -> None:
    out = run("mypy", "app")
    assert out.returncode == 0, out.stdout[-3000:]
