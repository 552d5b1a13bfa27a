"""Where the program writes: one rule for the key, the register and the settings (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "phone-selfcheck"
DATA_DIR_ENV = "PHONE_SELFCHECK_DATA_DIR"


def data_dir() -> Path:
    """The user's data dir for this program; ``PHONE_SELFCHECK_DATA_DIR`` wins.

    The override exists for tests and for a portable copy run from a USB stick.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
