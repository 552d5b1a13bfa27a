"""A threaded ADB daemon on 127.0.0.1: CNXN, AUTH with the "Allow USB debugging?" prompt, streams, faults.

Each TCP connection gets one daemon thread that reads messages and drives every stream on it as
a small state machine (output is produced at OPEN and sent one WRTE at a time, each after the
client's OKAY), so several streams on one connection interleave like on a real phone. All
connections share one ``Phone`` for the server's life. Sockets poll with short timeouts, so
``stop()`` always returns promptly.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from . import wire
from .commands import COMMANDS
from .keys import AndroidPublicKey, KeyFormatError, decode_android_pubkey, verify_token_signature
from .phone import Phone
from .profiles import PROMPT_ANSWERS, Faults, Profile, load_profile
from .shell import Shell, ShellHooks, encode
from .wire import Message

log = logging.getLogger(__name__)

POLL_S = 0.05
SEND_TIMEOUT_S = 10.0
_QUICKACK: int | None = getattr(socket, "TCP_QUICKACK", None)
FEATURES = "cmd,stat_v2"  # no shell_v2: Google's adb then uses plain "shell:" streams


@dataclass
class _Stream:
    """One open service stream (shell:/exec:) and the output still to send on it."""

    local_id: int
    remote_id: int
    shell: Shell
    interactive: bool = False
    pending: bytearray = field(default_factory=bytearray)
    waiting_okay: bool = False
    finished: bool = False  # all output produced; send CLSE once pending is empty
    line: bytearray = field(default_factory=bytearray)


class _Connection:
    """One client connection: the handshake, then a set of streams. Runs in its own thread."""

    def __init__(self, server: SimulatorServer, sock: socket.socket, peer: str) -> None:
        self.server = server
        self.sock = sock
        self.peer = peer
        self.parser = wire.MessageParser()
        self.version = wire.A_VERSION_MIN
        self.max_payload = wire.MAX_PAYLOAD_V1
        self.connected = False  # got the client's CNXN
        self.authenticated = False
        self.token: bytes | None = None
        self.pending_key: AndroidPublicKey | None = None
        self.streams: dict[int, _Stream] = {}
        self.next_local_id = 1
        self.shell_bytes_sent = 0
        self.closing = False
        self.garbage_sent = False

    # ------------------------------------------------------------------------------------ sending

    def _delay(self) -> None:
        slow = self.server.faults.slow_ms
        if slow:
            self.server._stop_event.wait(slow / 1000)

    def send(self, message: Message, *, corrupt_checksum: bool = False) -> None:
        """Send one message, after the profile's slow_ms delay, with the checksum the version calls for."""
        if self.closing:
            return
        self._delay()
        with_checksum = self.version < wire.A_VERSION_SKIP_CHECKSUM
        override = None
        if corrupt_checksum and with_checksum:
            override = wire.checksum(message.data) + 1
        self.send_raw(wire.pack(message, with_checksum=with_checksum, checksum_override=override))

    def send_raw(self, data: bytes) -> None:
        try:
            self.sock.settimeout(SEND_TIMEOUT_S)
            self.sock.sendall(data)
            self.sock.settimeout(POLL_S)
        except OSError:
            self.close()

    def _quick_ack(self) -> None:
        """Acknowledge at once (Linux), like a phone on USB: a client with Nagle on (adb-shell) otherwise
        waits for the delayed ACK of its final CLSE before it may send the next OPEN, 40 ms per command."""
        if _QUICKACK is not None:
            with contextlib.suppress(OSError):
                self.sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)

    def close(self) -> None:
        """Close the TCP connection (fault injection, reject, reboot, stop)."""
        self.closing = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self.sock.close()

    # ------------------------------------------------------------------------------------ main loop

    def run(self) -> None:
        try:
            self.sock.settimeout(POLL_S)
            while not self.closing and not self.server._stop_event.is_set():
                self._check_prompt_decision()
                try:
                    data = self.sock.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not data:
                    break
                self._quick_ack()
                self.parser.feed(data)
                while not self.closing:
                    try:
                        message = self.parser.next_message()
                    except wire.ProtocolError as exc:
                        log.info("simulator: closing %s: %s", self.peer, exc)
                        self.close()
                        break
                    if message is None:
                        break
                    self.handle(message)
        finally:
            self.close()
            self.server._forget(self)

    def handle(self, message: Message) -> None:
        if message.command == wire.A_CNXN:
            self._on_cnxn(message)
        elif message.command == wire.A_AUTH:
            self._on_auth(message)
        elif not self.authenticated:
            return  # adbd ignores everything else until the client is authorised
        elif message.command == wire.A_OPEN:
            self._on_open(message)
        elif message.command == wire.A_OKAY:
            self._on_okay(message)
        elif message.command == wire.A_WRTE:
            self._on_write(message)
        elif message.command == wire.A_CLSE:
            self._on_close(message)

    # ------------------------------------------------------------------------------------ handshake

    def _banner(self) -> bytes:
        props = self.server.phone.props
        text = (
            f"device::ro.product.name={props.get('ro.product.name', '')};"
            f"ro.product.model={props.get('ro.product.model', '')};"
            f"ro.product.device={props.get('ro.product.device', '')};"
            f"features={FEATURES}"
        )
        return encode(text)

    def _send_cnxn(self) -> None:
        self.authenticated = True
        self.pending_key = None
        self.send(Message(wire.A_CNXN, self.version, self.max_payload, self._banner()))

    def _send_token(self) -> None:
        self.token = os.urandom(wire.TOKEN_SIZE)
        self.send(Message(wire.A_AUTH, wire.AUTH_TOKEN, 0, self.token))

    def _on_cnxn(self, message: Message) -> None:
        self.version = max(wire.A_VERSION_MIN, min(message.arg0, wire.A_VERSION))
        self.max_payload = max(1, min(message.arg1, wire.MAX_PAYLOAD))  # 0 would never send a byte
        self.parser.verify_checksum = self.version < wire.A_VERSION_SKIP_CHECKSUM
        self.connected = True
        self.server.client_hellos.append((message.arg0, message.arg1, message.data))
        if self.server.auth == "none" or self.authenticated:
            self._send_cnxn()
        else:
            self._send_token()

    def _on_auth(self, message: Message) -> None:
        if not self.connected or self.authenticated:
            return
        if message.arg0 == wire.AUTH_SIGNATURE:
            if self.token is None:
                return
            for key in self.server.trusted_keys():
                if verify_token_signature(key, self.token, message.data):
                    self._send_cnxn()
                    return
            self._send_token()
        elif message.arg0 == wire.AUTH_RSAPUBLICKEY:
            try:
                key = decode_android_pubkey(message.data)
            except KeyFormatError as exc:
                log.info("simulator: ignoring unusable public key from %s: %s", self.peer, exc)
                return
            self.server.prompts.append(key.fingerprint)
            self.pending_key = key
            self._check_prompt_decision()

    def _check_prompt_decision(self) -> None:
        """Answer a pending "Allow USB debugging?" prompt the way ``server.prompt_answer`` says now."""
        key = self.pending_key
        if key is None:
            return
        answer = self.server.prompt_answer
        if answer == "accept":
            self.server._trust(key)
            self._send_cnxn()
        elif answer == "reject":
            self.pending_key = None
            self.close()

    # ------------------------------------------------------------------------------------ streams

    def _on_open(self, message: Message) -> None:
        remote_id = message.arg0
        if remote_id == 0:
            return
        service = message.data.rstrip(b"\0")
        command: bytes | None = None
        for prefix in (b"shell:", b"exec:"):
            if service.startswith(prefix):
                command = service[len(prefix) :]
        if command is None:
            self.send(Message(wire.A_CLSE, 0, remote_id))
            return
        if self.server.faults.garbage:
            self._delay()
            self.send_raw(b"\xde\xad" + os.urandom(62))
            self.garbage_sent = True
            return
        local_id = self.next_local_id
        self.next_local_id += 1
        shell = Shell(self.server.phone, COMMANDS, ShellHooks(reboot=self.server._reboot))
        stream = _Stream(local_id=local_id, remote_id=remote_id, shell=shell)
        self.streams[local_id] = stream
        if command.strip():
            output, _status = shell.run(command)
            stream.pending += output
            stream.finished = True
        else:
            stream.interactive = True
            stream.pending += self._prompt()
        self.send(Message(wire.A_OKAY, local_id, remote_id))
        self._pump(stream)

    def _prompt(self) -> bytes:
        return encode(f"{self.server.phone.device.device}:/ $ ")

    def _pump(self, stream: _Stream) -> None:
        """Send the next WRTE if the client has acknowledged the previous one; CLSE when done."""
        if self.closing or stream.waiting_okay or stream.local_id not in self.streams:
            return
        if stream.pending:
            chunk = bytes(stream.pending[: self.max_payload])
            limit = self.server.faults.drop_after_bytes
            if limit is not None and self.shell_bytes_sent + len(chunk) > limit:
                allowed = max(0, limit - self.shell_bytes_sent)
                if allowed:
                    self.send(Message(wire.A_WRTE, stream.local_id, stream.remote_id, chunk[:allowed]))
                self.shell_bytes_sent += allowed
                self.close()  # the cable is pulled in the middle of the output
                return
            del stream.pending[: len(chunk)]
            self.shell_bytes_sent += len(chunk)
            stream.waiting_okay = True
            self.send(
                Message(wire.A_WRTE, stream.local_id, stream.remote_id, chunk),
                corrupt_checksum=self.server.faults.bad_checksum,
            )
            return
        if stream.finished:
            del self.streams[stream.local_id]
            self.send(Message(wire.A_CLSE, stream.local_id, stream.remote_id))

    def _on_okay(self, message: Message) -> None:
        stream = self.streams.get(message.arg1)
        if stream is None or stream.remote_id != message.arg0:
            return
        stream.waiting_okay = False
        self._pump(stream)

    def _on_write(self, message: Message) -> None:
        stream = self.streams.get(message.arg1)
        if stream is None:
            return
        self.send(Message(wire.A_OKAY, stream.local_id, stream.remote_id))
        if stream.interactive:
            self._interactive_input(stream, message.data)
            self._pump(stream)

    def _interactive_input(self, stream: _Stream, data: bytes) -> None:
        """A PTY-like line discipline: echo keys, run each line, translate newlines to CRLF."""
        for byte in data:
            if byte in (0x0D, 0x0A):
                stream.pending += b"\r\n"
                line = bytes(stream.line).strip()
                stream.line.clear()
                if line in (b"exit", b"logout"):
                    stream.finished = True
                    return
                if line:
                    output, _ = stream.shell.run(line)
                    stream.pending += output.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                stream.pending += self._prompt()
            elif byte == 0x04 and not stream.line:  # Ctrl-D on an empty line
                stream.finished = True
                return
            elif byte in (0x7F, 0x08):
                if stream.line:
                    stream.line.pop()
                    stream.pending += b"\b \b"
            elif byte == 0x03:  # Ctrl-C
                stream.line.clear()
                stream.pending += b"^C\r\n" + self._prompt()
            else:
                stream.line.append(byte)
                stream.pending.append(byte)

    def _on_close(self, message: Message) -> None:
        stream = self.streams.pop(message.arg1, None)
        if stream is None or stream.remote_id != message.arg0:
            return  # the client answering our own CLSE, or a stream we never had
        self.send(Message(wire.A_CLSE, stream.local_id, stream.remote_id))


class SimulatorServer:
    """The simulated phone, listening on ``host:port`` (port 0 picks a free one).

    ``prompt_answer`` ("accept", "ignore", "reject") may be changed while clients wait: a client
    whose key prompt was ignored is accepted or rejected as soon as the answer changes, as when a
    person finally taps Allow on the phone.
    """

    def __init__(
        self,
        profile: Profile | str | Path,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        faults: Mapping[str, Any] | None = None,
        prompt_answer: str | None = None,
        auth: str | None = None,
    ) -> None:
        self.profile = profile if isinstance(profile, Profile) else load_profile(profile)
        self.phone = Phone(self.profile)
        self.faults: Faults = self.profile.faults.merged(faults)
        self.auth = auth or self.profile.auth
        if self.auth not in ("prompt", "none"):
            raise ValueError(f"auth must be 'prompt' or 'none', not {self.auth!r}")
        self._prompt_answer: str = self.profile.prompt_answer
        if prompt_answer is not None:
            self.prompt_answer = prompt_answer
        self.host = host
        self._requested_port = port
        self._listener: socket.socket | None = None
        self._stop_event = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[_Connection] = set()
        self._threads: list[threading.Thread] = []
        self._trusted: dict[bytes, AndroidPublicKey] = {}
        self.prompts: list[str] = []  # fingerprints shown on the "Allow USB debugging?" prompt
        self.client_hellos: list[tuple[int, int, bytes]] = []  # (version, maxdata, banner) of each CNXN
        self.connections_accepted = 0

    # ------------------------------------------------------------------------------------ public

    @property
    def port(self) -> int:
        """The bound TCP port (after ``start()``)."""
        if self._listener is None:
            return self._requested_port
        port: int = self._listener.getsockname()[1]
        return port

    @property
    def serial(self) -> str:
        """What ``adb devices`` calls this phone once connected (``127.0.0.1:PORT``)."""
        return f"{self.host}:{self.port}"

    @property
    def prompt_answer(self) -> str:
        return self._prompt_answer

    @prompt_answer.setter
    def prompt_answer(self, value: str) -> None:
        if value not in PROMPT_ANSWERS:
            raise ValueError(f"prompt_answer must be one of {', '.join(PROMPT_ANSWERS)}")
        self._prompt_answer = value  # waiting connections notice within one poll interval

    def start(self) -> SimulatorServer:
        """Bind and start accepting connections in a daemon thread; returns self."""
        if self._listener is not None:
            return self
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self._requested_port))
        listener.listen(16)
        listener.settimeout(POLL_S)
        self._listener = listener
        self._stop_event.clear()
        thread = threading.Thread(target=self._accept_loop, name=f"simulator-accept-{self.port}", daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()
        log.info("simulated phone %r listening on %s", self.profile.name, self.serial)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Close every connection and the listener, and join the threads."""
        self._stop_event.set()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.close()
        self.drop_all_connections()
        deadline = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
        self._listener = None

    def serve_forever(self) -> None:
        """Run until interrupted (Ctrl-C); for ``phone-selfcheck simulator``."""
        self.start()
        try:
            while not self._stop_event.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def drop_all_connections(self) -> None:
        """Close every client connection (as a reboot or a pulled cable would)."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.close()

    def trusted_keys(self) -> list[AndroidPublicKey]:
        """Keys the "user" has allowed so far (for this server's life)."""
        with self._lock:
            return list(self._trusted.values())

    def trust_key(self, public_key_text: bytes) -> None:
        """Pre-authorise a client key (``adbkey.pub`` contents), as if allowed on an earlier day."""
        self._trust(decode_android_pubkey(public_key_text))

    @property
    def connection_count(self) -> int:
        with self._lock:
            return len(self._connections)

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------------------------ internal

    def _trust(self, key: AndroidPublicKey) -> None:
        with self._lock:
            if key.blob in self._trusted:
                return
            self._trusted[key.blob] = key
        text = base64.b64encode(key.blob).decode("ascii") + " " + key.comment
        with self.phone.lock:
            self.phone.accepted_keys.append((key.fingerprint, text))

    def _reboot(self) -> None:
        """The shell ran ``reboot``: every connection drops right after the command answers."""
        timer = threading.Timer(0.05, self.drop_all_connections)
        timer.daemon = True
        timer.start()

    def _forget(self, connection: _Connection) -> None:
        with self._lock:
            self._connections.discard(connection)

    def _accept_loop(self) -> None:
        listener = self._listener
        assert listener is not None
        while not self._stop_event.is_set():
            try:
                sock, addr = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            connection = _Connection(self, sock, f"{addr[0]}:{addr[1]}")
            thread = threading.Thread(target=connection.run, name=f"simulator-conn-{addr[1]}", daemon=True)
            with self._lock:
                self._connections.add(connection)
                self.connections_accepted += 1
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)
            thread.start()
