"""Where the read-only resources (policies, device profiles, icons, translations) live.

One helper for source checkouts, installed wheels and frozen PyInstaller bundles, so no
other module has to know about ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds ``policies/``, ``devices/``, ``i18n/`` and ``icons/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource_path("policies", "x.toml")``."""
    return resources_dir().joinpath(*parts)
