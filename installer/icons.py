"""Render the app's SVG icon to the raster files installers need: PNG (Linux menus), ICO (Windows), ICNS (macOS).

Drawn at build time with Qt's own SVG renderer, so no image tool beyond PySide6 is needed and the
raster icons always match the SVG the window uses. Run as a script (a QGuiApplication in its own
process) so PyInstaller's process never starts Qt.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SIZE = 256  # the largest size Windows and the freedesktop icon theme ask for
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"
NAME = "phone-selfcheck"


def render(out_dir: Path, formats: list[str], svg: Path = SVG) -> dict[str, Path]:
    """Write ``<out_dir>/phone-selfcheck.<fmt>`` per format, in this process (it starts Qt: see the subprocess one)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"{svg} is not an SVG Qt can draw")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for fmt in formats:
        path = out_dir / f"{NAME}.{fmt}"
        if not image.save(str(path), fmt.upper()):
            raise RuntimeError(f"Qt could not write {path} (is its {fmt} image plugin installed?)")
        written[fmt] = path
    return written


def render_in_subprocess(out_dir: Path, formats: list[str]) -> dict[str, Path]:
    """Same as ``render``, in a fresh Python, so the calling process (PyInstaller, build.py) starts no Qt."""
    subprocess.run([sys.executable, __file__, str(out_dir), *formats], check=True)
    return {fmt: out_dir / f"{NAME}.{fmt}" for fmt in formats}


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: icons.py OUT_DIR FORMAT... (png, ico, icns)")
    for fmt, path in render(Path(sys.argv[1]), sys.argv[2:]).items():
        print(f"{fmt}: {path}")
