"""Build the frozen bundle for this OS (dist/phone-selfcheck/), then the installer people double-click.

    python installer/build.py               bundle + this OS's installer
    python installer/build.py --bundle-only just dist/phone-selfcheck/

Linux: dist/phone-selfcheck-<version>-linux-<arch>.tar.gz (bundle, .desktop file, icons, udev rule,
install.sh). Windows: the bundle, then installer/windows/phone-selfcheck.iss compiled with Inno Setup's
iscc when it is installed. macOS: dist/Phone Self-Check.app, then installer/macos/make-dmg.sh.
Everything works offline: PyInstaller, PySide6 and the app come from the current Python environment.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import icons  # noqa: E402 - installer/ is on sys.path only now
from manifest import numeric_version, version  # noqa: E402

NAME = "phone-selfcheck"
SPEC = HERE / "phone-selfcheck.spec"


def arch() -> str:
    """``x86_64`` / ``aarch64`` on Linux, ``x64`` / ``arm64`` names elsewhere: what the archive is called."""
    machine = platform.machine().lower()
    return (
        {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine) if sys.platform.startswith("linux") else machine
    )


def dir_size(path: Path) -> int:
    """Bytes in the files under ``path`` (links counted once, as themselves), as a download would carry them."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def build_bundle(dist: Path, work: Path, clean: bool) -> Path:
    """Run PyInstaller on the spec in a child process (its own interpreter state, its own Qt hooks)."""
    try:
        import PyInstaller  # noqa: F401 - only checking that it is there
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install -e '.[package]'") from None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    subprocess.run([*cmd, str(SPEC)], check=True, cwd=ROOT)
    return dist / NAME


# --- Linux ---------------------------------------------------------------------------------------


def linux_archive(bundle: Path, dist: Path, work: Path) -> Path:
    """The tar.gz a helpdesk hands out: unpack, run ./install.sh (or the program in place)."""
    ver = version()
    top = f"{NAME}-{ver}"
    stage = work / "linux-archive" / top
    shutil.rmtree(stage.parent, ignore_errors=True)
    (stage / "icons").mkdir(parents=True)
    (stage / "udev").mkdir()
    shutil.copytree(bundle, stage / NAME, symlinks=True)
    rendered = icons.render_in_subprocess(work / "icons", ["png"])
    shutil.copy2(rendered["png"], stage / "icons" / f"{NAME}.png")
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", stage / "icons" / f"{NAME}.svg")
    shutil.copy2(ROOT / "resources" / "udev" / "51-android.rules", stage / "udev" / "51-android.rules")
    for name in ("install.sh", f"{NAME}.desktop", "README.txt"):
        shutil.copy2(HERE / "linux" / name, stage / name)
    (stage / "install.sh").chmod(0o755)
    (stage / "VERSION").write_text(ver + "\n", "utf-8")

    out = dist / f"{top}-linux-{arch()}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # Whoever built it, the archive unpacks as the user who unpacks it.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=top, filter=normalise)
    return out


# --- Windows -------------------------------------------------------------------------------------


def find_iscc() -> str | None:
    """Inno Setup's compiler on PATH or in its default install folders."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):  # Windows ignores case
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def windows_installer(bundle: Path, dist: Path, work: Path) -> Path | None:
    """Compile the Inno Setup script, or say how to when Inno Setup is not installed."""
    iss = HERE / "windows" / f"{NAME}.iss"
    iscc = find_iscc()
    if iscc is None:
        print(f"Inno Setup (iscc) not found: the bundle is in {bundle}; install Inno Setup 6 and run build.py again.")
        return None
    icon = icons.render_in_subprocess(work / "icons", ["ico"])["ico"]
    defines = {
        "AppVersion": version(),
        "AppVersionNumeric": ".".join(map(str, numeric_version())),
        "SourceDir": bundle,
        "OutputDir": dist,
        "IconFile": icon,
    }
    subprocess.run([iscc, *(f"/D{k}={v}" for k, v in defines.items()), str(iss)], check=True)
    return dist / f"{NAME}-{version()}-windows-setup.exe"


# --- macOS ---------------------------------------------------------------------------------------


def macos_dmg(dist: Path) -> Path:
    """The .app is made by the spec's BUNDLE step; make-dmg.sh wraps it in a disk image."""
    app = dist / "Phone Self-Check.app"
    if not app.is_dir():
        raise SystemExit(f"{app} was not built")
    out = dist / f"{NAME}-{version()}-macos-{arch()}.dmg"
    subprocess.run(["bash", str(HERE / "macos" / "make-dmg.sh"), str(app), str(out)], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """Build, time and report; the exit code is non-zero when any step fails."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle-only", action="store_true", help="stop after dist/phone-selfcheck/")
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = p.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.monotonic()
    bundle = build_bundle(dist, work, args.clean)
    took = time.monotonic() - started
    print(f"bundle: {bundle} ({dir_size(bundle) / 1e6:.1f} MB) built in {took:.0f} s")
    if args.bundle_only:
        return 0
    if sys.platform.startswith("linux"):
        out: Path | None = linux_archive(bundle, dist, work)
    elif sys.platform == "win32":
        out = windows_installer(bundle, dist, work)
    elif sys.platform == "darwin":
        out = macos_dmg(dist)
    else:
        print(f"no installer for {sys.platform}: the bundle is in {bundle}")
        out = None
    if out is not None:
        print(f"installer: {out} ({out.stat().st_size / 1e6:.1f} MB), {time.monotonic() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
