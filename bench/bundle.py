"""Benchmark: our frozen bundle against a bare PySide6 hello-window bundle trimmed the same way (size, start-up).

Both bundles are built in this run with PyInstaller, from the same Python and PySide6, with the same
exclusions and Qt keep lists (installer/trim.py) and the same strip setting; the bare one is
QApplication + QMainWindow + QLabel. Then:

- size: bytes on disk of each one-folder bundle (links counted as links). Target: ours <= 1.2x bare.
- start-up to window shown: both frozen executables are started alternately, one untimed warm-up
  each, then ``--runs`` each (median reported). Ours runs ``phone-selfcheck --demo
  --quit-after-shown``, the bare one ``--quit-after-shown`` (same 200 ms close timer). "Shown" is the
  first time Qt flushes the top-level window's backing store to the screen, read from Qt's own
  ``qt.widgets.painting`` log stamped with ``%{time boot}`` (CLOCK_MONOTONIC, the clock this process
  starts from just before spawning), so nothing in the frozen app has to be changed to be timed.
  Target: ours <= 1.3x bare. The wall time to exit is printed too, and so are both programs run
  from source the same way, which separates what freezing costs (frozen / source, per program)
  from what the app itself does before its window shows (ours / bare, either way).

Run: python bench/bundle.py [--runs N] [--keep DIR]   (QT_QPA_PLATFORM=offscreen unless already set)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

from build import build_bundle, dir_size  # noqa: E402 - installer/ is on sys.path only now

SIZE_TARGET = 1.2
START_TARGET = 1.3
QUIT_FLAG = "--quit-after-shown"

BARE_APP = f'''
"""A bare PySide6 window: the baseline the app's bundle is compared with."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Hello")
window.setCentralWidget(QLabel("Hello, world"))
window.resize(980, 700)
window.show()
if "{QUIT_FLAG}" in sys.argv:
    QTimer.singleShot(200, window.close)
sys.exit(app.exec())
'''

# The same Analysis options and trimming as installer/phone-selfcheck.spec, for one executable.
BARE_SPEC = """
import sys
sys.path.insert(0, {installer!r})
import trim
from PyInstaller.compat import is_darwin, is_win

a = Analysis([{script!r}], excludes=trim.EXCLUDES, noarchive=False, optimize=0)
a.binaries, a.datas = trim.trim(a.binaries, a.datas)
pyz = PYZ(a.pure)
STRIP = not (is_win or is_darwin)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="hello", console=False, strip=STRIP, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=STRIP, upx=False, name="hello")
"""

_SHOWN = re.compile(r"^\s*(\d+\.\d+) qt\.widgets\.painting: Flushing top level")


def build_bare(work: Path) -> Path:
    """Write the hello-window script and its spec into ``work`` and freeze it."""
    work.mkdir(parents=True, exist_ok=True)
    script = work / "hello.py"
    script.write_text(textwrap.dedent(BARE_APP).lstrip(), "utf-8")
    spec = work / "hello.spec"
    spec.write_text(BARE_SPEC.format(installer=str(ROOT / "installer"), script=str(script)), "utf-8")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR"]
    subprocess.run([*cmd, "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(spec)], check=True)
    return work / "dist" / "hello"


def time_start(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first flush of the top-level window, seconds to exit) of one fresh process."""
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    ended = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode}: {proc.stderr[-2000:]}")
    for line in proc.stderr.splitlines():
        m = _SHOWN.match(line)
        if m:
            return float(m.group(1)) - started, ended
    raise RuntimeError(f"{cmd[0]} never logged a flush of its window (Qt's log format changed?)")


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    """Median (shown, exit) seconds per command: one warm-up each, then ``runs`` rounds taking turns."""
    for cmd in commands.values():
        time_start(cmd, env)  # warm-up: page cache, font cache, byte code, the ADB key
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(time_start(cmd, env))
    return {
        name: (statistics.median(s for s, _ in values), statistics.median(w for _, w in values))
        for name, values in samples.items()
    }


def main() -> int:
    """Build both bundles, measure, print the two ratios against their targets."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="timed starts of each (default 5, median reported)")
    p.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = p.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    try:
        t0 = time.monotonic()
        ours = build_bundle(work / "ours" / "dist", work / "ours" / "build", clean=False)
        t1 = time.monotonic()
        bare = build_bare(work / "bare")
        t2 = time.monotonic()

        size_ours, size_bare = dir_size(ours), dir_size(bare)
        print(f"build: ours {t1 - t0:.0f} s, bare {t2 - t1:.0f} s")
        print(f"size:  ours {size_ours / 1e6:.1f} MB, bare {size_bare / 1e6:.1f} MB")

        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(
            QT_LOGGING_RULES="qt.widgets.painting=true",
            QT_MESSAGE_PATTERN="%{time boot} %{category}: %{message}",
            PHONE_SELFCHECK_DATA_DIR=str(work / "data"),  # the key is made once (warm-up), then reused
            # Source runs reuse byte code written by the warm-up, as an installed copy would.
            PYTHONPYCACHEPREFIX=str(work / "pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "ours, frozen": [str(ours / "phone-selfcheck"), "--demo", QUIT_FLAG],
            "bare, frozen": [str(bare / "hello"), QUIT_FLAG],
            "ours, source": [sys.executable, "-m", "app", "gui", "--demo", QUIT_FLAG],
            "bare, source": [sys.executable, str(work / "bare" / "hello.py"), QUIT_FLAG],
        }
        med = measure(commands, env, args.runs)
        print(f"start-up, median of {args.runs} ({env['QT_QPA_PLATFORM']}):  window shown   exit")
        for name, (shown, ended) in med.items():
            print(f"  {name:<28} {shown * 1000:8.0f} ms {ended * 1000:6.0f} ms")
        for who in ("ours", "bare"):
            print(f"  freezing, {who}: frozen / source {med[f'{who}, frozen'][0] / med[f'{who}, source'][0]:.2f}x")
        print(f"  ours / bare from source:       {med['ours, source'][0] / med['bare, source'][0]:.2f}x")
        size_ratio = size_ours / size_bare
        start_ratio = med["ours, frozen"][0] / med["bare, frozen"][0]
        verdict = {True: "ok", False: "OVER TARGET"}
        print(f"size ratio (ours / bare):     {size_ratio:.2f}x  (target <= {SIZE_TARGET}x: ", end="")
        print(f"{verdict[size_ratio <= SIZE_TARGET]})")
        print(f"start-up ratio, window shown: {start_ratio:.2f}x  (target <= {START_TARGET}x: ", end="")
        print(f"{verdict[start_ratio <= START_TARGET]})")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
