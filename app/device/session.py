"""One connected phone: run batches of allow-listed commands over any transport, with typed errors.

A ``PhoneSession`` wraps a ``ShellChannel`` (adb-shell over TCP or USB, Google's adb server, or the
simulated phone over TCP). It batches commands into one round trip, refuses anything that is not a
``Command``, caps the size of an answer, and reports what it sends to an optional log callback
(commands and timings only, never the phone's answers: those can hold the package list).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from app.device.commands import Command, CommandResult, build_script, split_script_output
from app.device.errors import CommandNotAllowedError, DeviceError

# Answers bigger than this are not a phone's package list but a flood: stop reading.
MAX_ANSWER_BYTES = 64 * 1024 * 1024
# Reads may wait this long between chunks: `dumpsys` on a slow phone can sit quiet for seconds.
READ_TIMEOUT_S = 30.0
# A whole batch may take this long (20,000 packages on an old phone over USB 2).
BATCH_TIMEOUT_S = 180.0

LogFn = Callable[[str], None]


class ShellChannel(Protocol):
    """The one thing a transport must do: run a shell line and return its raw output."""

    description: str

    def shell(self, command: str, timeout_s: float, max_bytes: int) -> bytes: ...

    def close(self) -> None: ...


class PhoneSession:
    """A connected, authorised phone. Not thread-safe: one worker uses it at a time."""

    def __init__(self, channel: ShellChannel, *, log: LogFn | None = None, on_close: Callable[[], None] | None = None):
        self._channel = channel
        self._log = log or (lambda _msg: None)
        self._on_close = on_close
        self.round_trips = 0

    @property
    def description(self) -> str:
        return self._channel.description

    def run(self, commands: Sequence[Command], *, timeout_s: float = BATCH_TIMEOUT_S) -> list[CommandResult]:
        """Run ``commands`` in one round trip and return one result per command, in order.

        Raises a DeviceError subclass on any failure; never returns a partial list.
        """
        if not commands:
            return []
        for c in commands:
            if not isinstance(c, Command):
                raise CommandNotAllowedError(detail=repr(c))
        script, nonce = build_script(commands)
        started = time.monotonic()
        # Commands only hold allow-listed words and the policy's package names: safe to log in full.
        self._log("send: " + "; ".join(c.text for c in commands))
        try:
            raw = self._channel.shell(script, timeout_s, MAX_ANSWER_BYTES)
        except DeviceError as exc:
            self._log(f"error after {time.monotonic() - started:.2f} s: {exc.code}: {exc.detail or exc.message}")
            raise
        self.round_trips += 1
        text = raw.decode("utf-8", errors="replace")
        try:
            results = split_script_output(commands, nonce, text)
        except DeviceError as exc:
            self._log(f"error: {exc.code}: {exc.detail}")
            raise
        codes = ",".join(str(r.exit_code) for r in results)
        self._log(f"done in {time.monotonic() - started:.2f} s, {len(raw)} bytes, exit codes {codes}")
        return results

    def run_one(self, command: Command, *, timeout_s: float = BATCH_TIMEOUT_S) -> CommandResult:
        return self.run([command], timeout_s=timeout_s)[0]

    def close(self) -> None:
        try:
            self._channel.close()
        finally:
            if self._on_close is not None:
                self._on_close()
                self._on_close = None

    def __enter__(self) -> PhoneSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
