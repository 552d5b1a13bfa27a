"""The simulated phone at message level: handshake, token auth, flow control, interleaved streams, faults."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from adb_shell.auth.sign_cryptography import CryptographySigner

from app.device.simulator import Phone, SimulatorServer, load_profile, wire
from app.device.simulator.commands import COMMANDS
from app.device.simulator.shell import Shell
from app.device.simulator.wire import Message

Start = Callable[..., SimulatorServer]
BANNER = b"device::ro.product.name=panther;ro.product.model=Pixel 7;ro.product.device=panther;features=cmd,stat_v2"


class RawClient:
    """A deliberately small ADB client that lets a test see and time every message."""

    def __init__(self, port: int, version: int = wire.A_VERSION, maxdata: int = wire.MAX_PAYLOAD) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.parser = wire.MessageParser()
        self.version = version
        self.maxdata = maxdata
        self.raw = bytearray()  # every byte received, to inspect header fields the parser hides

    def send(self, command: int, arg0: int, arg1: int, data: bytes = b"") -> None:
        self.sock.sendall(wire.pack(Message(command, arg0, arg1, data)))

    def recv(self, timeout: float = 5.0) -> Message:
        deadline = time.monotonic() + timeout
        while True:
            message = self.parser.next_message()
            if message is not None:
                return message
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            data = self.sock.recv(1 << 20)
            if not data:
                raise ConnectionError("closed by the phone")
            self.raw += data
            self.parser.feed(data)

    def quiet_for(self, seconds: float) -> bool:
        """True when nothing arrives for ``seconds`` (the phone waits for us)."""
        try:
            self.recv(timeout=seconds)
        except TimeoutError:
            return True
        return False

    def hello(self) -> Message:
        self.send(wire.A_CNXN, self.version, self.maxdata, b"host::test\0")
        return self.recv()

    def open(self, local_id: int, service: bytes) -> Message:
        self.send(wire.A_OPEN, local_id, 0, service + b"\0")
        return self.recv()

    def read_stream(self, local_id: int, remote_id: int) -> bytes:
        out = bytearray()
        while True:
            message = self.recv()
            assert message.arg1 == local_id and message.arg0 == remote_id
            if message.command == wire.A_CLSE:
                return bytes(out)
            assert message.command == wire.A_WRTE
            assert len(message.data) <= self.maxdata
            out += message.data
            self.send(wire.A_OKAY, local_id, remote_id)

    def close(self) -> None:
        self.sock.close()


def shell_output(profile: str, command: str) -> bytes:
    return Shell(Phone(load_profile(profile)), COMMANDS).run(command)[0]


@pytest.fixture()
def open_phone(simulator: Start) -> SimulatorServer:
    return simulator("service_tiktok", auth="none")


def test_handshake_negotiates_version_and_payload(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port, version=0x01000001, maxdata=256 * 1024)
    reply = client.hello()
    assert (reply.command, reply.arg0, reply.arg1, reply.data) == (wire.A_CNXN, 0x01000001, 256 * 1024, BANNER)
    old = RawClient(open_phone.port, version=0x01000000, maxdata=4 * 1024 * 1024)
    reply = old.hello()
    assert (reply.arg0, reply.arg1) == (0x01000000, wire.MAX_PAYLOAD)
    client.close()
    old.close()


def test_checksums_follow_the_negotiated_version(open_phone: SimulatorServer) -> None:
    for version, expect_sum in ((0x01000000, True), (0x01000001, False)):
        client = RawClient(open_phone.port, version=version)
        client.hello()
        remote = client.open(1, b"shell:echo hi").arg0
        client.parser.verify_checksum = expect_sum
        write = client.recv()
        assert write.data == b"hi\n"
        header = client.raw[client.raw.rindex(b"WRTE") :][:24]
        checksum_field = int.from_bytes(header[16:20], "little")
        assert checksum_field == (wire.checksum(b"hi\n") if expect_sum else 0)
        client.send(wire.A_OKAY, 1, remote)
        assert client.recv().command == wire.A_CLSE
        client.close()


def test_flow_control_waits_for_each_okay_and_respects_maxdata(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port, maxdata=4096)
    client.hello()
    okay = client.open(7, b"shell:pm list packages -U")
    assert okay.command == wire.A_OKAY and okay.arg1 == 7
    remote = okay.arg0
    first = client.recv()
    assert first.command == wire.A_WRTE and len(first.data) == 4096
    assert client.quiet_for(0.2), "a second WRTE must wait for our OKAY"
    client.send(wire.A_OKAY, 7, remote)
    rest = client.read_stream(7, remote)
    assert first.data + rest == shell_output("service_tiktok", "pm list packages -U")
    client.send(wire.A_CLSE, 7, remote)  # answering the phone's CLSE: it must not answer back
    assert client.quiet_for(0.2)
    client.close()


def test_interleaved_streams_on_one_connection(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port, maxdata=4096)
    client.hello()
    commands = {1: b"shell:pm list packages -f", 2: b"exec:getprop", 3: b"shell:pm list users"}
    for local, command in commands.items():
        client.send(wire.A_OPEN, local, 0, command + b"\0")
    remotes: dict[int, int] = {}
    outputs: dict[int, bytearray] = {1: bytearray(), 2: bytearray(), 3: bytearray()}
    open_streams = {1, 2, 3}
    while open_streams:
        message = client.recv()
        local = message.arg1
        if message.command == wire.A_OKAY:
            remotes[local] = message.arg0
        elif message.command == wire.A_CLSE:
            assert message.arg0 == remotes[local]
            open_streams.discard(local)
        else:
            assert message.command == wire.A_WRTE and message.arg0 == remotes[local]
            outputs[local] += message.data
            client.send(wire.A_OKAY, local, remotes[local])
    assert len(set(remotes.values())) == 3
    assert bytes(outputs[1]) == shell_output("service_tiktok", "pm list packages -f")
    assert bytes(outputs[2]) == shell_output("service_tiktok", "getprop")
    assert bytes(outputs[3]) == shell_output("service_tiktok", "pm list users")


def test_client_close_stops_the_stream(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port, maxdata=4096)
    client.hello()
    remote = client.open(5, b"shell:getprop").arg0
    assert client.recv().command == wire.A_WRTE
    client.send(wire.A_CLSE, 5, remote)
    reply = client.recv()
    assert (reply.command, reply.arg0, reply.arg1) == (wire.A_CLSE, remote, 5)
    assert client.quiet_for(0.2)


def test_unknown_services_are_closed_and_empty_output_is_just_okay_then_close(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port)
    client.hello()
    for local, service in ((3, b"sync:"), (4, b"reboot:"), (5, b"framebuffer:"), (6, b"shell,v2,raw:id")):
        reply = client.open(local, service)
        assert (reply.command, reply.arg0, reply.arg1) == (wire.A_CLSE, 0, local)
    okay = client.open(9, b"shell:true")
    assert okay.command == wire.A_OKAY
    assert client.recv().command == wire.A_CLSE


def test_nothing_is_served_before_the_handshake(simulator: Start) -> None:
    server = simulator("service_tiktok")
    client = RawClient(server.port)
    client.send(wire.A_OPEN, 1, 0, b"shell:getprop\0")
    assert client.quiet_for(0.2)
    token = client.hello()
    assert (token.command, token.arg0, len(token.data)) == (wire.A_AUTH, wire.AUTH_TOKEN, 20)
    client.send(wire.A_OPEN, 1, 0, b"shell:getprop\0")  # still not authorised
    assert client.quiet_for(0.2)


def test_token_auth_and_prompt(simulator: Start, sim_key_path: Path) -> None:
    server = simulator("auth_prompt")
    signer = CryptographySigner(str(sim_key_path))
    client = RawClient(server.port)
    token = client.hello().data
    client.send(wire.A_AUTH, wire.AUTH_SIGNATURE, 0, signer.Sign(token))
    retry = client.recv()
    assert retry.command == wire.A_AUTH and retry.arg0 == wire.AUTH_TOKEN and retry.data != token
    client.send(wire.A_AUTH, wire.AUTH_SIGNATURE, 0, os.urandom(256))
    assert client.recv().arg0 == wire.AUTH_TOKEN
    client.send(wire.A_AUTH, wire.AUTH_RSAPUBLICKEY, 0, (sim_key_path.parent / "adbkey.pub").read_bytes() + b"\0")
    assert client.quiet_for(0.3)  # the prompt is on screen; nobody answers
    server.prompt_answer = "accept"
    assert client.recv(timeout=2).data == BANNER
    again = RawClient(server.port)
    token = again.hello().data
    again.send(wire.A_AUTH, wire.AUTH_SIGNATURE, 0, signer.Sign(token))
    assert again.recv().command == wire.A_CNXN
    assert len(server.prompts) == 1


def test_unusable_public_key_is_ignored(simulator: Start) -> None:
    server = simulator("service_tiktok")
    client = RawClient(server.port)
    client.hello()
    client.send(wire.A_AUTH, wire.AUTH_RSAPUBLICKEY, 0, b"not a key\0")
    assert client.quiet_for(0.2)
    assert server.prompts == []


def test_bad_magic_from_the_client_closes_the_connection(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port)
    client.hello()
    client.sock.sendall(b"OPEN" + bytes(20))
    with pytest.raises(ConnectionError):
        client.recv(timeout=2)


def test_drop_after_exactly_n_bytes_of_shell_output(simulator: Start) -> None:
    server = simulator("service_tiktok", auth="none", faults={"drop_after_bytes": 1000})
    client = RawClient(server.port, maxdata=300)
    client.hello()
    remote = client.open(1, b"shell:pm list packages").arg0
    received = bytearray()
    with pytest.raises(ConnectionError):
        while True:
            message = client.recv(timeout=2)
            received += message.data
            client.send(wire.A_OKAY, 1, remote)
    assert len(received) == 1000
    assert bytes(received) == shell_output("service_tiktok", "pm list packages")[:1000]


def test_garbage_is_not_an_adb_message(simulator: Start) -> None:
    server = simulator("service_tiktok", auth="none", faults={"garbage": True})
    client = RawClient(server.port)
    client.hello()  # the handshake itself is clean
    client.send(wire.A_OPEN, 1, 0, b"shell:getprop\0")
    with pytest.raises(wire.ProtocolError):
        client.recv(timeout=2)


def test_bad_checksum_only_matters_on_the_old_version(simulator: Start) -> None:
    server = simulator("service_tiktok", auth="none", faults={"bad_checksum": True})
    old = RawClient(server.port, version=0x01000000)
    old.hello()
    old.parser.verify_checksum = True
    old.open(1, b"shell:echo hi")
    with pytest.raises(wire.ProtocolError, match="checksum"):
        old.recv()
    new = RawClient(server.port, version=0x01000001)
    new.hello()
    new.open(1, b"shell:echo hi")
    assert new.recv().data == b"hi\n"


def test_interactive_shell_behaves_like_a_pty(open_phone: SimulatorServer) -> None:
    client = RawClient(open_phone.port)
    client.hello()
    remote = client.open(1, b"shell:").arg0
    prompt = client.recv()
    assert prompt.data == b"panther:/ $ "
    client.send(wire.A_OKAY, 1, remote)
    client.send(wire.A_WRTE, 1, remote, b"getprop ro.product.model\n")
    received = bytearray()
    while not received.endswith(b"panther:/ $ "):
        message = client.recv()
        if message.command == wire.A_WRTE:
            received += message.data
            client.send(wire.A_OKAY, 1, remote)
    assert received == b"getprop ro.product.model\r\nPixel 7\r\npanther:/ $ "
    client.send(wire.A_WRTE, 1, remote, b"exit\n")
    commands = []
    while True:
        message = client.recv()
        commands.append(message.command)
        if message.command == wire.A_CLSE:
            break
        if message.command == wire.A_WRTE:
            client.send(wire.A_OKAY, 1, remote)
    assert commands[-1] == wire.A_CLSE
