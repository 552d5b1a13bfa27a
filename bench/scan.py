"""Benchmark: the full scan against the simulated phone, as a ratio of two floors measured in the same run.

(a) adb-shell's own floor: connect + authenticate + one `pm list packages -f -U -i --show-versioncode
--user 0` on the same simulated phone; (b) Google's adb client running that one command through its
server. Targets (issue 2): full scan at or under 1.3x of (a) at every size, and linear growth.

Run: python bench/scan.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adb_shell.adb_device import AdbDeviceTcp

from app.core.assessment import assess
from app.core.policy import default_policy
from app.core.scope import Ownership
from app.device.keys import rsa_keys
from app.device.reader import read_inventory
from app.device.simulator import SimulatorServer, load_profile
from app.device.transports import open_session

SIZES = (300, 3_000, 20_000)
FLOOR_COMMAND = "pm list packages -f -U -i --show-versioncode --user 0"


def median_time(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up: first connection answers the prompt, imports settle
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def profile_with(tmp: Path, size: int) -> Path:
    path = tmp / f"bench_{size}.json"
    path.write_text(
        json.dumps(
            {
                "schema": "phone-selfcheck/device-profile/1",
                "name": f"bench_{size}",
                "extends": "service_tiktok",
                "filler": {"count": size, "vendor": "google", "seed": 7},
            }
        ),
        encoding="utf-8",
    )
    return path


def free_port() -> int:
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if not 5037 <= port <= 5585:
            return port


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="psc-bench-"))
    os.environ.setdefault("PHONE_SELFCHECK_DATA_DIR", str(tmp / "data"))
    policy = default_policy()
    wanted = [a.package for a in policy.apps]
    keys = rsa_keys()
    adb = shutil.which("adb")
    adb_env = {**os.environ, "HOME": str(tmp), "ANDROID_ADB_SERVER_PORT": str(free_port()), "ADB_MDNS": "0"}
    if adb:
        subprocess.run([adb, "start-server"], env=adb_env, capture_output=True, check=True)
    rows = []
    try:
        for size in SIZES:
            server = SimulatorServer(load_profile(profile_with(tmp, size))).start()
            target = f"tcp:127.0.0.1:{server.port}"

            def full_scan(target: str = target) -> object:
                with open_session(target, rsa_keys=keys) as session:
                    return assess(read_inventory(session, wanted), policy, Ownership.SERVICE)

            def floor(port: int = server.port) -> object:
                device = AdbDeviceTcp("127.0.0.1", port, default_transport_timeout_s=10)
                device.connect(rsa_keys=keys, auth_timeout_s=10)
                out = device.shell(FLOOR_COMMAND, decode=False)
                device.close()
                return out

            t_scan = median_time(full_scan, args.repeat)
            t_floor = median_time(floor, args.repeat)
            t_adb = None
            if adb:
                serial = f"127.0.0.1:{server.port}"
                subprocess.run([adb, "connect", serial], env=adb_env, capture_output=True, timeout=30)
                deadline = time.monotonic() + 20
                while (
                    time.monotonic() < deadline
                    and f"{serial}\tdevice"
                    not in subprocess.run([adb, "devices"], env=adb_env, capture_output=True, text=True).stdout
                ):
                    time.sleep(0.2)
                t_adb = median_time(
                    lambda serial=serial: subprocess.run(  # type: ignore[misc]
                        [adb, "-s", serial, "shell", FLOOR_COMMAND], env=adb_env, capture_output=True, check=True
                    ),
                    args.repeat,
                )
                subprocess.run([adb, "disconnect", serial], env=adb_env, capture_output=True)
            server.stop()
            rows.append((size, t_scan, t_floor, t_adb))
    finally:
        if adb:
            subprocess.run([adb, "kill-server"], env=adb_env, capture_output=True)
    print(f"{'packages':>9} {'scan ms':>9} {'(a) ms':>8} {'scan/(a)':>9} {'(b) ms':>8} {'scan/(b)':>9}")
    for size, t_scan, t_floor, t_adb in rows:
        b = f"{t_adb * 1000:8.1f} {t_scan / t_adb:9.2f}" if t_adb else f"{'n/a':>8} {'n/a':>9}"
        print(f"{size:>9} {t_scan * 1000:9.1f} {t_floor * 1000:8.1f} {t_scan / t_floor:9.2f} {b}")
    (s0, t0, _, _), (s1, t1, _, _) = rows[0], rows[-1]
    print(f"growth: {s1 / s0:.0f}x packages -> {t1 / t0:.1f}x scan time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
