"""The program talks to the phone and to nothing else: watched with Python's audit hooks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WATCH = r"""
import json, sys
seen = []
def hook(event, args):
    if event in ("socket.connect", "socket.sendto", "socket.bind"):
        addr = args[1]
        seen.append([event, str(addr[0]) if isinstance(addr, tuple) else str(addr)])
    elif event == "socket.getaddrinfo":
        seen.append([event, str(args[0])])
sys.addaudithook(hook)
import contextlib, io
from app.cli import main
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    rc = main(sys.argv[1:])
print(json.dumps({"rc": rc, "seen": seen}))
"""


def test_a_full_scan_and_fix_touch_only_loopback(tmp_path: Path) -> None:
    for argv in (
        ["scan", "--device", "demo:service_tiktok", "--ownership", "service", "--json"],
        ["fix", "--device", "demo:service_tiktok", "--ownership", "service", "--yes", "--json"],
    ):
        out = subprocess.run(
            [sys.executable, "-c", WATCH, *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={"PHONE_SELFCHECK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )
        report = json.loads(out.stdout.strip().splitlines()[-1])
        assert report["rc"] in (0, 1), out.stderr
        assert report["seen"], "the hook saw no socket at all: the test would prove nothing"
        for event, host in report["seen"]:
            assert host.startswith("127.") or host in ("localhost", "::1"), (event, host)
