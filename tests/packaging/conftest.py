"""Builds the frozen Linux bundle once per test session for the packaging tests (slow, opt-out, needs PyInstaller)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP_ENV = "PHONE_SELFCHECK_SKIP_BUNDLE"
# A cold build on CI's 2 cores takes about a minute; the suite's default per-test timeout is 120 s.
BUILD_TIMEOUT_S = 900

_build_seconds: list[float] = []


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker here, so the project's marker list in pyproject.toml need not change."""
    config.addinivalue_line("markers", "packaging: builds or checks the frozen PyInstaller bundle and installers")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how long the bundle took to build: it has to fit CI's time."""
    for seconds in _build_seconds:
        terminalreporter.write_line(f"packaging: Linux bundle and archive built in {seconds:.0f} s")


@dataclass(frozen=True)
class Built:
    """What installer/build.py made: the one-folder bundle and the tar.gz around it."""

    bundle: Path
    archive: Path
    seconds: float

    @property
    def gui(self) -> Path:
        return self.bundle / "phone-selfcheck"

    @property
    def cli(self) -> Path:
        return self.bundle / "phone-selfcheck-cli"

    @property
    def internal(self) -> Path:
        return self.bundle / "_internal"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """Run ``installer/build.py`` once into a throw-away folder; skip (saying why) where it cannot run."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: not building the frozen bundle")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[package]'): the frozen bundle cannot be built")
    if not sys.platform.startswith("linux"):
        pytest.skip("the packaging tests build and run the Linux bundle")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        pytest.fail(f"installer/build.py failed ({proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}")
    _build_seconds.append(seconds)
    archives = sorted((out / "dist").glob("phone-selfcheck-*-linux-*.tar.gz"))
    assert len(archives) == 1, f"expected one Linux archive, found {archives}"
    yield Built(out / "dist" / "phone-selfcheck", archives[0], seconds)
