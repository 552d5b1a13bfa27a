"""GUI test helpers: a window on the simulated phone, and a way to wait for a page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.device.discovery import FoundDevice
from app.device.simulator import SimulatorServer, load_profile


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    windows: list[Any] = []
    # Each test starts from a fresh install: the window remembers helpdesk mode and language.
    monkeypatch.setenv("PHONE_SELFCHECK_DATA_DIR", str(tmp_path / "data"))

    def make(**kwargs: Any) -> Any:
        from app.gui.application import build_window

        kwargs.setdefault("lang", "en")
        kwargs.setdefault("receipt_dir", tmp_path / "receipts")
        window = build_window(**kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def phones() -> Iterator[Callable[..., SimulatorServer]]:
    """Simulated phones over real TCP, stopped after the test."""
    servers: list[SimulatorServer] = []

    def start(profile: str, **kwargs: Any) -> SimulatorServer:
        server = SimulatorServer(load_profile(profile), **kwargs).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def tcp_device(server: SimulatorServer, model: str | None = None) -> FoundDevice:
    return FoundDevice(f"tcp:127.0.0.1:{server.port}", "tcp", f"127.0.0.1:{server.port}", "device", model)


def wait_page(qtbot: Any, window: Any, page: Any, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=timeout)
