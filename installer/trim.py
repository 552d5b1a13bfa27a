"""What the frozen bundle leaves out of Python and Qt, shared by the spec and bench/bundle.py so both trim alike.

PyInstaller's Qt hooks collect every plugin type of every Qt module they see (all image formats, all
platforms, Wayland, EGL, GTK theme with its GTK libraries) and every Qt translation. The app draws
widgets, SVG and PDF pages and nothing else, so this module says what to keep, by the destination
path of each collected file, and drops the rest. Keep lists rather than drop lists: a new plugin in a
later PySide6 then stays out until someone decides it is needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

# Python modules nothing in the app imports at run time. Listing a Qt binding here also keeps its
# Qt library (and that library's plugins) out, because PyInstaller's hooks follow the Python modules.
EXCLUDED_QT_MODULES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
        "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
        "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
        "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
        "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
        "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
        "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
        "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
        "QtWebView", "QtXml",
    )
]  # fmt: skip

# Development tools and the standard library's GUI and test kits: present in a developer's
# environment, so PyInstaller would follow them from any optional import.
EXCLUDED_PY_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "test", "lib2to3", "pydoc_data", "ensurepip",
    "venv", "pytest", "_pytest", "pytestqt", "pytest_timeout", "pytest_benchmark", "hypothesis", "mypy", "mypyc",
    "ruff", "pypdf", "IPython", "matplotlib", "numpy", "PIL", "PyQt5", "PyQt6", "PySide2",
]  # fmt: skip

EXCLUDES = EXCLUDED_QT_MODULES + EXCLUDED_PY_MODULES

# Qt plugins kept, per plugin folder, by name without "lib" prefix and file suffix (the same on every
# OS). Folders not listed here are dropped whole.
KEEP_PLUGINS: dict[str, set[str]] = {
    # xcb for X11 and XWayland (no native Wayland: every Wayland desktop runs XWayland and Qt falls
    # back to xcb); offscreen for the CLI's PDF receipts and headless smoke tests.
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},
    "imageformats": {"qsvg"},  # PNG (the receipt's QR code) is built into QtGui
    "iconengines": {"qsvgicon"},
    # Compose keeps dead keys working (é, ë in names); IBus is GNOME's input method framework.
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # The portal theme gives Flatpak-style file dialogs with no GTK libraries in the bundle.
    "platformthemes": {"qxdgdesktopportal"},
    # GLX only: widgets never ask for OpenGL; kept so that a style or driver that does still finds it.
    "xcbglintegrations": {"qxcb-glx-integration"},
    "styles": {"*"},  # the native look on Windows (qmodernwindowsstyle) and macOS (qmacstyle)
    "accessiblebridge": {"*"},
}

# Qt's own translations: the program speaks nl, fr, de and en (English needs none).
KEEP_QT_TRANSLATIONS = {f"qtbase_{lang}.qm" for lang in ("nl", "fr", "de")}


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _stem(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` -> ``qxcb`` / ``qwindows`` / ``qcocoa``."""
    name = filename.split(".", 1)[0]
    return name[3:] if name.startswith("lib") else name


def keep_file(dest: str) -> bool:
    """True if the bundle keeps the file PyInstaller wants to put at ``dest`` (relative to the bundle).

    PySide6 keeps plugins and translations under ``PySide6/Qt/`` (Linux, macOS) or ``PySide6/``
    (Windows); only files below ``PySide6`` are judged, everything else is the app's or Python's.
    """
    parts = _parts(dest)
    if not parts or parts[0] != "PySide6":
        return True
    if "plugins" in parts and len(parts) >= parts.index("plugins") + 3:
        wanted = KEEP_PLUGINS.get(parts[parts.index("plugins") + 1])
        return wanted is not None and ("*" in wanted or _stem(parts[-1]) in wanted)
    if "translations" in parts and parts[-1].endswith(".qm"):
        return parts[-1] in KEEP_QT_TRANSLATIONS
    return True


def _system() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def prune_unreachable(binaries: Iterable[Any], roots: Iterable[str] = ()) -> tuple[list[Any], list[str]]:
    """Drop shared libraries that nothing kept needs any more; return (kept TOC, dropped dest names).

    Dropping a plugin leaves the libraries it alone pulled in (GTK for the GTK theme, QtWayland for
    Wayland, QtNetwork for the TUIO touch plugin). Starting from every Python extension, every kept
    plugin, the Python library and ``roots`` (libraries loaded by name at run time, like libusb),
    follow the import tables and keep what is reached. On Linux and Windows an import names a file
    by its base name, which is how they are matched here; macOS refers to frameworks by path and is
    left alone (its bundle was not built and checked yet).
    """
    toc = list(binaries)
    if _system() == "macos":
        return toc, []
    from PyInstaller.depend import bindepend

    fold = str.lower if _system() == "windows" else str
    root_names = {fold(r) for r in roots}
    files = [e for e in toc if e[2] != "SYMLINK"]
    by_name: dict[str, list[Any]] = {}
    for entry in files:
        by_name.setdefault(fold(_name(entry[0])), []).append(entry)

    def is_root(entry: Any) -> bool:
        name = fold(_name(entry[0]))
        return (
            entry[2] == "EXTENSION"
            or "plugins" in _parts(entry[0])
            or name.startswith(("libpython", "python"))
            or name in root_names
        )

    reached: set[str] = set()
    todo = [e for e in files if is_root(e)]
    while todo:
        entry = todo.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        try:
            imports = bindepend.get_imports(entry[1])
        except Exception:  # not a binary PyInstaller can read (a data blob typed BINARY): keep it, no edges
            continue
        for imported, _resolved in imports:
            todo += by_name.get(fold(os.path.basename(imported)), [])
    kept = [e for e in toc if e[2] not in ("BINARY", "EXTENSION") or e[0] in reached]
    dropped = [e[0] for e in toc if e[2] in ("BINARY", "EXTENSION") and e[0] not in reached]
    return kept, dropped


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def drop_dangling_links(*tocs: list[Any]) -> list[list[Any]]:
    """Remove SYMLINK entries whose target is no longer collected (PyInstaller would make broken links)."""
    present = {os.path.normpath(e[0]) for toc in tocs for e in toc if e[2] != "SYMLINK"}
    links = {
        os.path.normpath(e[0]): os.path.normpath(os.path.join(os.path.dirname(e[0]), e[1]))
        for toc in tocs
        for e in toc
        if e[2] == "SYMLINK"
    }

    def resolves(path: str, seen: frozenset[str] = frozenset()) -> bool:
        if path in present:
            return True
        return path in links and path not in seen and resolves(links[path], seen | {path})

    return [[e for e in toc if e[2] != "SYMLINK" or resolves(os.path.normpath(e[0]))] for toc in tocs]


def trim(binaries: Iterable[Any], datas: Iterable[Any], roots: Iterable[str] = ()) -> tuple[list[Any], list[Any]]:
    """Apply the keep lists to PyInstaller's binaries and datas TOCs, then prune orphaned libraries and links."""
    kept_binaries = [e for e in binaries if keep_file(e[0])]
    kept_datas = [e for e in datas if keep_file(e[0])]
    kept_binaries, dropped = prune_unreachable(kept_binaries, roots)
    kept_binaries, kept_datas = drop_dangling_links(kept_binaries, kept_datas)
    if dropped:
        print(f"trim: dropped {len(dropped)} libraries only unused plugins needed: {', '.join(sorted(dropped))}")
    return kept_binaries, kept_datas
