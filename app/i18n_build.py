"""Keep the translations current: ``python -m app.i18n_build update`` then ``release``.

``update`` runs pyside6-lupdate over the whole package (window and command line) into
resources/i18n/phone-selfcheck_{nl,fr,de}.ts; translators edit those with Qt Linguist (or any
editor); ``release`` compiles them to the .qm files the window loads. Both are committed, and a
test fails when a .ts lacks a translation or a .qm is not what ``release`` makes of its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("nl", "fr", "de")


def ts_files() -> list[Path]:
    return [resource_path("i18n", f"phone-selfcheck_{lang}.ts") for lang in LANGS]


def sources() -> list[Path]:
    """Every module with user-visible text (the simulated phone speaks Android's English only)."""
    app = ROOT / "app"
    return sorted(p for p in app.rglob("*.py") if "simulator" not in p.parts)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def update(targets: list[Path] | None = None) -> None:
    args = [_tool("lupdate"), *map(str, sources()), "-no-obsolete", "-ts", *map(str, targets or ts_files())]
    subprocess.run(args, check=True, cwd=ROOT, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def release_all() -> None:
    for ts in ts_files():
        release(ts, ts.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        release_all()
    else:
        sys.stderr.write("usage: python -m app.i18n_build update|release\n")
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
