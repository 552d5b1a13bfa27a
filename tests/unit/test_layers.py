"""The layers stay clean: Qt only under app/gui, core knows nothing of device or gui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(sub: str) -> list[Path]:
    return sorted((APP / sub).rglob("*.py")) if sub else sorted(APP.glob("*.py"))


@pytest.mark.parametrize(
    "path", _modules("core") + _modules("device") + _modules(""), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_qt_outside_gui(path: Path) -> None:
    bad = {n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}}
    assert not bad, f"{path} imports Qt: {bad}"


@pytest.mark.parametrize("path", _modules("core"), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_imports_neither_device_nor_gui(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("app.device", "app.gui"))}
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize("path", _modules("device"), ids=lambda p: str(p.relative_to(ROOT)))
def test_device_does_not_import_gui(path: Path) -> None:
    assert not {n for n in _imports(path) if n.startswith("app.gui")}


def test_the_scan_path_does_not_load_qt() -> None:
    """Run a real demo scan in a fresh interpreter and check PySide6 was never imported."""
    code = (
        "import sys, contextlib, io\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    rc = main(['scan', '--device', 'demo:service_tiktok', '--ownership', 'service', '--json'])\n"
        "print(rc, any(m.split('.')[0] == 'PySide6' for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["1", "False"], out.stderr
