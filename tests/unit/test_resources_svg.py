"""The pictures and icons under resources/ are self-contained, word-free SVG that Qt can draw.

Word-free because pictures cannot be translated: the captions beside them carry the text.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SVGS = sorted(RESOURCES.rglob("*.svg"))
SVG_NS = "{http://www.w3.org/2000/svg}"
# Elements that would bring words, fonts, rasters or other files into a picture.
FORBIDDEN = {"text", "tspan", "textPath", "font", "font-face", "image", "foreignObject", "script", "style"}
EXTERNAL = ("http:", "https:", "file:", "data:", "//")

GUIDES = [
    "allow_prompt",
    "developer_options",
    "plug_in",
    "revoke",
    "usb_debugging",
    "usb_debugging_off",
    "usb_mode",
]
ICONS = [
    "app",
    "phone",
    "status_incomplete",
    "status_info",
    "status_ok",
    "status_stop",
    "status_warning",
]


def _id(path: Path) -> str:
    return str(path.relative_to(RESOURCES))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@contextmanager
def _qt_messages() -> Iterator[list[str]]:
    """Collect what Qt says while the block runs (QtSvg warns about what it cannot draw)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def test_the_named_pictures_and_icons_exist() -> None:
    missing = [f"guides/{n}.svg" for n in GUIDES if not (RESOURCES / "guides" / f"{n}.svg").is_file()]
    missing += [f"icons/{n}.svg" for n in ICONS if not (RESOURCES / "icons" / f"{n}.svg").is_file()]
    assert not missing


@pytest.mark.parametrize("path", SVGS, ids=_id)
def test_svg_is_self_contained_and_word_free(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    view_box = root.get("viewBox")
    assert view_box, "no viewBox"
    _x, _y, w, h = (float(v) for v in view_box.replace(",", " ").split())
    assert w > 0 and h > 0
    if path.parent.name == "icons":
        assert w == h, "icons are square"
    for element in root.iter():
        assert _local(element.tag) not in FORBIDDEN, f"<{_local(element.tag)}> in {path.name}"
        for name, value in element.attrib.items():
            if _local(name) == "href":
                assert value.startswith("#"), f"external reference {value!r}"
            assert not any(s in value.lower() for s in EXTERNAL), f"{name}={value!r} points outside the file"
    assert path.stat().st_size < 6 * 1024, "keep pictures small and hand-editable"


@pytest.mark.parametrize("path", SVGS, ids=_id)
def test_qt_renders_svg_without_complaint(path: Path) -> None:
    with _qt_messages() as said:
        renderer = QSvgRenderer(str(path))
        valid = renderer.isValid()
    assert valid
    assert not renderer.viewBoxF().isEmpty()
    assert not said, said
