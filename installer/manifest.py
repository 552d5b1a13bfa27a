"""What the bundle ships (every file under resources/) and its version, found once for the spec, build.py and tests."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = "resources"  # app/resources.py looks for this folder in the bundle root (sys._MEIPASS)


def resource_files(root: Path = ROOT) -> list[Path]:
    """Every file under ``resources/``, relative to it, sorted.

    The whole tree rather than a list of kinds: policies, phone profiles, guide pictures, icons, udev
    rule and translations are all read at run time through ``app.resources``, and a list of kinds
    would silently leave out the next kind someone adds. Hidden files and caches are not resources.
    """
    base = root / RESOURCES
    return sorted(
        p.relative_to(base)
        for p in base.rglob("*")
        if p.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(base).parts)
    )


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries, (source file, destination folder in the bundle), one per file."""
    base = root / RESOURCES
    return [(str(base / rel), str(Path(RESOURCES) / rel.parent)) for rel in resource_files(root)]


def version(root: Path = ROOT) -> str:
    """The app's version, read from app/__init__.py without importing the app (and so without Qt)."""
    for line in (root / "app" / "__init__.py").read_text("utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise ValueError("app/__init__.py has no __version__")


def numeric_version(root: Path = ROOT) -> tuple[int, int, int, int]:
    """Four numbers for Windows version resources and Inno Setup, which accept nothing else (0.1.0rc1 -> 0.1.0.0)."""
    release = re.match(r"\d+(\.\d+)*", version(root))
    numbers = [int(n) for n in release.group(0).split(".")][:4] if release else []
    a, b, c, d = (*numbers, 0, 0, 0, 0)[:4]
    return a, b, c, d
