"""Installer pieces that need no build, or cannot be built here (Windows, macOS), are consistent and lint-clean."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys

import pytest

from tests.packaging.conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import manifest  # installer/ is not a package
import trim

pytestmark = pytest.mark.packaging
INSTALLER = ROOT / "installer"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_nl.qm", False),
        ("PySide6/translations/qtbase_de.qm", True),
        ("resources/i18n/phone-selfcheck_nl.qm", True),  # the app's own files are never judged
        ("resources/icons/app.svg", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),  # libraries go by reachability, not by list
    ],
)
def test_keep_lists(dest: str, kept: bool) -> None:
    assert trim.keep_file(dest) is kept


def test_unused_qt_bindings_and_dev_tools_are_excluded() -> None:
    for name in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPrintSupport", "tkinter"):
        assert name in trim.EXCLUDES
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "PySide6.QtSvgWidgets"):
        assert used not in trim.EXCLUDES


def test_the_app_imports_no_excluded_qt_binding() -> None:
    """A binding the spec excludes but the app imports would fail only in the frozen program."""
    used = set()
    for path in (ROOT / "app").rglob("*.py"):
        used |= set(re.findall(r"\b(PySide6\.Qt\w+)", path.read_text("utf-8")))
    assert used, "found no Qt import at all"
    assert not used & set(trim.EXCLUDES)


def test_dangling_links_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept_binaries, kept_datas = trim.drop_dangling_links(binaries, datas)
    assert kept_binaries == binaries
    assert [e[0] for e in kept_datas] == ["libQt6Core.so.6"]


def test_manifest_lists_the_resources_and_a_windows_version() -> None:
    files = {p.as_posix() for p in manifest.resource_files()}
    assert {"policies/be-federal-tiktok.toml", "icons/app.svg", "udev/51-android.rules"} <= files
    assert all(dest.startswith("resources") for _src, dest in manifest.datas())
    assert len(manifest.numeric_version()) == 4
    assert manifest.version().startswith(".".join(map(str, manifest.numeric_version()[:2])))


def test_gui_entry_drops_the_macos_process_serial_number() -> None:
    spec = importlib.util.spec_from_file_location("entry_gui", INSTALLER / "entry_gui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._gui_argv(["-psn_0_1234", "--demo"]) == ["gui", "--demo"]


def test_inno_setup_script_is_consistent() -> None:
    raw = (INSTALLER / "windows" / "phone-selfcheck.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads the accented messages right only with a BOM"
    iss = raw.decode("utf-8-sig").replace("\r\n", "\n")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    for name in re.findall(r'InfoAfterFile: "([^"]+)"', iss):
        note = (INSTALLER / "windows" / name).read_bytes()
        assert note.startswith(b"\xef\xbb\xbf") and b"developer.android.com/studio/run/win-usb" in note
    langs = set(re.findall(r'^Name: "(\w\w)"; MessagesFile', iss, re.M))
    assert langs == {"en", "nl", "fr", "de"}
    for message in ("GoogleDriverLink", "OemDriverLink", "CommandLine"):
        assert {lang for lang in langs if f"{lang}.{message}=" in iss} == langs
    for needed in ("{uninstallexe}", "{group}\\{#AppName}", "VersionInfoVersion=", "OutputBaseFilename="):
        assert needed in iss


def test_macos_entitlements_are_a_plist() -> None:
    with open(INSTALLER / "macos" / "entitlements.plist", "rb") as handle:
        assert plistlib.load(handle) == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


@pytest.mark.skipif(
    shutil.which("shellcheck") is None, reason="shellcheck (Debian package shellcheck) is not installed"
)
@pytest.mark.parametrize("script", ["linux/install.sh", "macos/make-dmg.sh"])
def test_shell_scripts_pass_shellcheck(script: str) -> None:
    result = subprocess.run(["shellcheck", str(INSTALLER / script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_is_valid() -> None:
    desktop = INSTALLER / "linux" / "phone-selfcheck.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
