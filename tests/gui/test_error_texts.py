"""Every device error the core can raise has its own sentence and next step in the window."""

from __future__ import annotations

from typing import Any

import app.device.reader  # noqa: F401 (defines ScanCancelled)
from app.device import errors
from app.gui.texts import error_texts


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


def test_every_error_code_has_its_own_words(qapp: Any) -> None:
    fallback = error_texts(RuntimeError("not a device error"))
    missing = [c.code for c in _subclasses(errors.DeviceError) if error_texts(c()) == fallback]
    assert missing == []
    for cls in _subclasses(errors.DeviceError):
        message, next_step = error_texts(cls())
        assert message.endswith((".", "!")) and next_step.endswith((".", "!")), cls.code
