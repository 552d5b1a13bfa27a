"""The few things the window remembers between runs (helpdesk mode, the agent's name, the language).

Stored as a small JSON file in platformdirs' user config dir: every file the program writes lives in
its own dirs, and never anything about a phone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs


def settings_path() -> Path:
    base = os.environ.get("PHONE_SELFCHECK_DATA_DIR")
    folder = Path(base) if base else Path(platformdirs.user_config_dir("phone-selfcheck", appauthor=False))
    return folder / "settings.json"


def load_settings() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(values: dict[str, Any]) -> None:
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(values, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # settings are a convenience: never fail a check because they could not be saved
