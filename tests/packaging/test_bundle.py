"""The frozen Linux bundle behaves like the source program: CLI contract, receipts, register, key, window, data."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, Built

sys.path.insert(0, str(ROOT / "installer"))
import manifest  # installer/ is not a package

pytestmark = [pytest.mark.packaging, pytest.mark.slow, pytest.mark.timeout(900)]

GUI_TIMEOUT_S = 60
# Desktop hints that make a source run pick a GTK or KDE theme plugin the bundle leaves out on purpose.
_DESKTOP_VARS = ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "QT_QPA_PLATFORMTHEME", "GNOME_DESKTOP_SESSION_ID")


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DESKTOP_VARS and k != "SUDO_USER"}
    env.update({"PHONE_SELFCHECK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"})
    env.update(extra)
    return env


def _run(cmd: list[str | Path], data_dir: Path, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd],
        capture_output=True,
        text=True,
        env=_env(data_dir, **extra),
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


def _without_time(doc: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in doc.items() if k != "checked_at"}


# --- the command line ---------------------------------------------------------------------------


def test_cli_scan_gives_the_source_programs_verdict(built: Built, tmp_path: Path) -> None:
    args = ["scan", "--device", "demo:service_tiktok", "--ownership", "service", "--json"]
    frozen = _run([built.cli, *args], tmp_path / "frozen")
    assert frozen.returncode == 1, frozen.stderr
    doc = json.loads(frozen.stdout)
    assert doc["status"] == "non_compliant"
    assert doc["schema"] == "phone-selfcheck/scan/1"
    assert any(f["package"] == "com.zhiliaoapp.musically" for f in doc["findings"])

    source = _run([sys.executable, "-m", "app", *args], tmp_path / "source")
    assert source.returncode == frozen.returncode
    assert _without_time(doc) == _without_time(json.loads(source.stdout))


@pytest.mark.parametrize("lang", ["nl_BE.UTF-8", "fr_BE.UTF-8", "de_BE.UTF-8"])
def test_cli_speaks_the_users_language_like_the_source_program(built: Built, tmp_path: Path, lang: str) -> None:
    """The command line reads its translations from the bundled .ts files, as the source program does."""
    args = ["scan", "--device", "demo:service_tiktok", "--ownership", "service"]
    frozen = _run([built.cli, *args], tmp_path / "frozen", LANG=lang)
    source = _run([sys.executable, "-m", "app", *args], tmp_path / "source", LANG=lang)
    assert (frozen.returncode, frozen.stdout) == (source.returncode, source.stdout)
    assert "must be removed" not in frozen.stdout


def test_cli_usage_error_keeps_exit_64(built: Built, tmp_path: Path) -> None:
    result = _run([built.cli, "scan"], tmp_path)
    assert result.returncode == 64
    assert "--device" in result.stderr


def test_adb_key_is_created_private_in_the_data_dir(built: Built, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run([built.cli, "scan", "--device", "demo:clean_personal", "--ownership", "personal"], data)
    assert result.returncode == 0, result.stderr
    key = data / "adbkey"
    assert key.is_file(), sorted(p.name for p in data.iterdir())
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (data / "adbkey.pub").read_text("ascii").endswith(" phone-selfcheck")


def test_receipt_written_by_the_bundle_verifies_and_is_registered(built: Built, tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "receipts"
    out.mkdir()
    made = _run(
        [
            built.cli,
            "receipt",
            "--device",
            "demo:clean_personal",
            "--ownership",
            "personal",
            "--name",
            "X",
            "--out",
            out,
        ],
        data,
    )
    assert made.returncode == 0, made.stderr
    receipts = sorted(out.glob("*.json"))
    assert len(receipts) == 1
    pdf = receipts[0].with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")

    verified = _run([built.cli, "verify", receipts[0]], data)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    history = _run([built.cli, "history"], data)
    assert history.returncode == 0
    assert receipts[0].name in history.stdout

    doc = json.loads(receipts[0].read_text("utf-8"))
    doc["status"] = "non_compliant" if doc["status"] != "non_compliant" else "compliant"
    receipts[0].write_text(json.dumps(doc), "utf-8")
    assert _run([built.cli, "verify", receipts[0]], data).returncode == 1


def test_bundled_libusb_is_the_one_loaded(built: Built, tmp_path: Path) -> None:
    """libusb_package looks in its own folder: the library must be there, and used, not a system copy."""
    lib = built.internal / "libusb_package" / "libusb-1.0.so"
    assert lib.is_file()
    result = _run([built.cli, "devices"], tmp_path, LD_DEBUG="files")
    assert result.returncode in (0, 4), result.stderr[-2000:]
    loaded = re.findall(r"file=(\S*libusb[^\s\[]*)", result.stdout + result.stderr)
    assert loaded, "no libusb was loaded"
    assert {Path(p).resolve() for p in loaded} == {lib.resolve()}


# --- the window ---------------------------------------------------------------------------------

_PLUGIN_LINE = re.compile(r'"([^"]*/plugins/([^/"]+)/([^/"]+))" loaded library')


def _loaded_plugins(stderr: str) -> set[tuple[str, str]]:
    return {(kind, name) for _path, kind, name in _PLUGIN_LINE.findall(stderr)}


def test_gui_shows_its_window_and_quits_offscreen(built: Built, tmp_path: Path) -> None:
    result = _run([built.gui, "--demo", "--quit-after-shown"], tmp_path, timeout=GUI_TIMEOUT_S, QT_DEBUG_PLUGINS="1")
    assert result.returncode == 0, result.stderr[-3000:]
    frozen = _loaded_plugins(result.stderr)
    assert ("platforms", "libqoffscreen.so") in frozen
    # Every plugin the source program loads on the same path is in the bundle and loads there too.
    source = _run(
        [sys.executable, "-m", "app", "gui", "--demo", "--quit-after-shown"],
        tmp_path / "source",
        timeout=GUI_TIMEOUT_S,
        QT_DEBUG_PLUGINS="1",
    )
    assert source.returncode == 0, source.stderr[-3000:]
    assert frozen == _loaded_plugins(source.stderr)


def test_gui_ignores_the_process_serial_number_old_finders_pass(built: Built, tmp_path: Path) -> None:
    result = _run([built.gui, "-psn_0_12345", "--demo", "--quit-after-shown"], tmp_path, timeout=GUI_TIMEOUT_S)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run (Debian package xvfb) is not installed")
def test_gui_runs_on_x11_with_the_trimmed_plugins(built: Built, tmp_path: Path) -> None:
    """The xcb platform plugin and what it needs (xcb libraries, GLX integration) survive the trimming."""
    env = _env(tmp_path, QT_QPA_PLATFORM="xcb", QT_DEBUG_PLUGINS="1")
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(built.gui), "--demo", "--quit-after-shown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=GUI_TIMEOUT_S + 30,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert ("platforms", "libqxcb.so") in _loaded_plugins(result.stderr)
    assert "Could not load" not in result.stderr


# --- what is in the bundle ----------------------------------------------------------------------


def test_every_data_file_the_spec_names_is_in_the_bundle(built: Built) -> None:
    named = manifest.resource_files(ROOT)
    assert named, "the spec names no data files"
    bundled = built.internal / "resources"
    missing = [str(rel) for rel in named if not (bundled / rel).is_file()]
    assert not missing, f"named as data in the spec but missing from the bundle: {missing}"
    changed = [str(rel) for rel in named if (bundled / rel).read_bytes() != (ROOT / "resources" / rel).read_bytes()]
    assert not changed, f"differs from resources/: {changed}"


def test_the_bundle_has_the_whole_resources_tree(built: Built) -> None:
    """Checked against the folder itself, not the spec's list, so a file the list forgets is caught too."""
    source = {
        p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    }
    bundled = {
        p.relative_to(built.internal / "resources") for p in (built.internal / "resources").rglob("*") if p.is_file()
    }
    assert source - bundled == set()
    assert {"policies", "devices", "guides", "icons", "udev"} <= {p.parts[0] for p in bundled}


def _elf_files(root: Path) -> list[Path]:
    found = []
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with open(p, "rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(p)
    return found


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not installed")
def test_trimming_left_no_shared_library_unresolved(built: Built) -> None:
    """Every library and plugin still finds what it links against, and Qt only from the bundle."""
    problems = []
    for elf in _elf_files(built.bundle):
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "not found" in line:
                problems.append(f"{elf.relative_to(built.bundle)}: {line.strip()}")
            m = re.match(r"\s*(lib(?:Qt6|pyside6|shiboken6|icu)\S*) => (\S+)", line)
            if m and not Path(m.group(2)).resolve().is_relative_to(built.bundle.resolve()):
                problems.append(f"{elf.relative_to(built.bundle)}: {m.group(1)} from outside the bundle: {m.group(2)}")
    assert not problems, "\n".join(problems)


def test_qt_is_trimmed(built: Built) -> None:
    names = {p.relative_to(built.internal).as_posix() for p in built.internal.rglob("*")}
    unwanted = re.compile(r"Qt6(Qml|Quick|Network|WebEngine|Pdf|Multimedia|3D|Wayland|Wl|EglFS|VirtualKeyboard|OpenGL)")
    assert not sorted(n for n in names if unwanted.search(n))
    plugin_dirs = {n.split("/")[3] for n in names if n.startswith("PySide6/Qt/plugins/") and n.count("/") >= 4}
    assert plugin_dirs <= {
        "platforms", "imageformats", "iconengines", "platforminputcontexts", "platformthemes", "xcbglintegrations",
    }  # fmt: skip
    platforms = {n.rsplit("/", 1)[1] for n in names if n.startswith("PySide6/Qt/plugins/platforms/")}
    assert platforms == {"libqxcb.so", "libqoffscreen.so"}
    translations = {n.rsplit("/", 1)[1] for n in names if n.startswith("PySide6/Qt/translations/")}
    assert translations == {"qtbase_nl.qm", "qtbase_fr.qm", "qtbase_de.qm"}
    assert not [n for n in names if re.search(r"(^|/)(tkinter|_tkinter|tcl|tk)\b", n)]


def test_each_executable_runs_only_its_own_entry_script(built: Built) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    for exe, own, other in ((built.gui, "entry_gui", "entry_cli"), (built.cli, "entry_cli", "entry_gui")):
        toc = CArchiveReader(str(exe)).toc
        assert own in toc and other not in toc, sorted(toc)
        pyz = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
        top = {name.split(".")[0] for name in pyz.toc}
        assert not top & {"tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "pytestqt", "pypdf"}
        assert {"app", "adb_shell", "usb1", "platformdirs", "segno"} <= top
        assert "app.gui.main_window" in pyz.toc and "app.device.simulator.server" in pyz.toc


# --- the Linux archive and install.sh -----------------------------------------------------------


def _unpack(built: Built, where: Path) -> Path:
    with tarfile.open(built.archive) as tar:
        tar.extractall(where, filter="tar")
    (top,) = where.iterdir()
    return top


def test_linux_archive_holds_the_installer_pieces(built: Built, tmp_path: Path) -> None:
    top = _unpack(built, tmp_path)
    assert re.fullmatch(r"phone-selfcheck-\d+\.\d+\.\d+\S*", top.name)
    assert os.access(top / "install.sh", os.X_OK)
    assert (top / "udev" / "51-android.rules").read_bytes() == (ROOT / "resources/udev/51-android.rules").read_bytes()
    assert (top / "icons" / "phone-selfcheck.svg").is_file()
    png = (top / "icons" / "phone-selfcheck.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == int.from_bytes(png[20:24], "big") == 256
    desktop = (top / "phone-selfcheck.desktop").read_text("utf-8")
    assert "Icon=phone-selfcheck" in desktop and "Exec=phone-selfcheck" in desktop
    assert os.access(top / "phone-selfcheck" / "phone-selfcheck-cli", os.X_OK)


def test_install_sh_installs_for_the_user_and_does_not_touch_udev_unasked(built: Built, tmp_path: Path) -> None:
    top = _unpack(built, tmp_path / "unpacked")
    home = tmp_path / "home"
    home.mkdir()
    rule = Path("/etc/udev/rules.d/51-phone-selfcheck.rules")
    had_rule = rule.exists()
    env = _env(tmp_path / "data", HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    # No terminal on stdin: the question about the udev rule cannot be asked, so it must not be installed.
    done = subprocess.run(
        ["sh", str(top / "install.sh")], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "USB rule was not installed" in done.stdout
    assert rule.exists() == had_rule

    prefix = home / ".local" / "opt" / "phone-selfcheck"
    desktop = home / ".local" / "share" / "applications" / "phone-selfcheck.desktop"
    text = desktop.read_text("utf-8")
    assert f'Exec="{prefix}/phone-selfcheck"' in text
    assert (home / ".local/share/icons/hicolor/256x256/apps/phone-selfcheck.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/phone-selfcheck.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr

    # The command in ~/.local/bin is a link into the installed copy, and runs from there.
    cli = home / ".local" / "bin" / "phone-selfcheck-cli"
    assert cli.is_symlink()
    result = _run([cli, "scan", "--device", "demo:service_tiktok", "--ownership", "service", "--json"], tmp_path / "d2")
    assert result.returncode == 1 and json.loads(result.stdout)["status"] == "non_compliant"

    gone = subprocess.run(
        ["sh", str(top / "install.sh"), "--uninstall"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert gone.returncode == 0, gone.stderr
    assert not prefix.exists() and not desktop.exists() and not cli.exists()


def _answer_on_a_terminal(cmd: list[str], answer: str, env: dict[str, str]) -> tuple[int, str]:
    """Run ``cmd`` with a pseudo-terminal as stdin (so install.sh can ask) and type ``answer``."""
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(cmd, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
        os.write(master, answer.encode() + b"\n")
        out, _ = proc.communicate(timeout=120)
    finally:
        os.close(master)
        os.close(slave)
    return proc.returncode, out


@pytest.mark.parametrize("answer", ["y", "n"])
def test_install_sh_asks_before_installing_the_udev_rule(built: Built, tmp_path: Path, answer: str) -> None:
    """Yes installs the rule through sudo (or directly as root) and reloads udev; no touches nothing."""
    top = _unpack(built, tmp_path / "unpacked")
    home, rules, fake_bin = tmp_path / "home", tmp_path / "rules.d", tmp_path / "bin"
    for d in (home, rules, fake_bin):
        d.mkdir()
    log = tmp_path / "privileged.log"
    for tool in ("sudo", "udevadm"):
        run = 'exec "$@"' if tool == "sudo" else ":"
        (fake_bin / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n{run}\n', "utf-8")
        (fake_bin / tool).chmod(0o755)
    env = _env(
        tmp_path / "data",
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PATH=f"{fake_bin}:{os.environ['PATH']}",
        PHONE_SELFCHECK_UDEV_RULES_DIR=str(rules),
    )
    code, out = _answer_on_a_terminal(["sh", str(top / "install.sh")], answer, env)
    assert code == 0, out
    assert "Install the USB rule" in out
    rule = rules / "51-phone-selfcheck.rules"
    calls = log.read_text("utf-8") if log.exists() else ""
    if answer == "y":
        assert rule.read_bytes() == (ROOT / "resources" / "udev" / "51-android.rules").read_bytes()
        assert "udevadm control --reload-rules" in calls
        assert "udevadm trigger --subsystem-match=usb --action=add" in calls
    else:
        assert not rule.exists()
        assert calls == ""
