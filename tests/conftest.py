"""Test-wide settings: no display, no network, and a private data dir for every test session."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_US.UTF-8")


@pytest.fixture(scope="session", autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every file the program writes goes to a throw-away data dir, never the developer's."""
    old = os.environ.get("PHONE_SELFCHECK_DATA_DIR")
    os.environ["PHONE_SELFCHECK_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    yield
    if old is None:
        os.environ.pop("PHONE_SELFCHECK_DATA_DIR", None)
    else:
        os.environ["PHONE_SELFCHECK_DATA_DIR"] = old


_real_connect = socket.socket.connect
_real_create_connection = socket.create_connection


def _loopback_only(address: object) -> None:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if not (host.startswith("127.") or host in ("localhost", "::1")):
            raise AssertionError(f"network access outside this machine attempted: {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program talks to the phone and nothing else: any non-loopback connection fails the test."""

    def guarded_connect(self: socket.socket, address: object) -> None:
        _loopback_only(address)
        _real_connect(self, address)  # type: ignore[arg-type]

    def guarded_create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        _loopback_only(address)
        return _real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", guarded_create_connection)
